"""The demo stories, one module per section; see demo/content.py."""
