"""
Demo content for a fresh development site: `python manage.py load_demo_content`.

The package keeps the *what* apart from the *how*:

- ``schema.py``   the shapes of the data: sections, authors, stories and the
                  body blocks a story is written in;
- ``content.py``  the sections and authors, and every story gathered from
                  ``stories/`` (one module per section, so each stays readable);
- ``images.py``   pictures drawn with Pillow (hero art, body pictures and
                  author portraits), deterministic and with no network;
- ``loader.py``   turns the data into Wagtail pages, snippets and images,
                  idempotently, inside one transaction.

All the text is original and fictional: the people quoted and the
institutions they speak for are invented.
"""
