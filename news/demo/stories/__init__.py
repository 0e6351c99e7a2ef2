"""The demo stories, one module per section; see news/demo/content.py."""
