"""The demo stories: a package per section, a module per story; see demo/content.py."""
