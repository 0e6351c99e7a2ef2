"""
The shapes of the demo data, and short constructors to write story bodies in.

A story body is a tuple of blocks written with the helpers at the bottom of
this module, so a story in ``stories/`` reads almost like the article::

    body=(
        p("First paragraph."),
        quote("Something worth quoting.", "Dr Somsri Chaiyaporn", "Economist"),
        related("older-story", "another-older-story"),
        p("Last paragraph."),
    )

The loader (loader.py) turns each helper into one or more StreamField blocks.
"""

from dataclasses import dataclass

# --- Body blocks -------------------------------------------------------------


@dataclass(frozen=True)
class Paragraph:
    text: str


@dataclass(frozen=True)
class Heading:
    text: str
    level: str = "h2"


@dataclass(frozen=True)
class Quote:
    text: str
    speaker: str
    role: str = ""


@dataclass(frozen=True)
class Related:
    """A run of related-story links: one block per slug, side by side in the body."""

    slugs: tuple[str, ...]


@dataclass(frozen=True)
class Picture:
    """
    A picture in the body. The pixels are drawn by images.py; the n-th picture
    of a translation shows the same image as the n-th picture of the original.
    """

    alt: str
    caption: str = ""


@dataclass(frozen=True)
class Facts:
    title: str
    items: tuple[str, ...]
    source: str = ""


@dataclass(frozen=True)
class Embed:
    url: str
    caption: str = ""


Block = Paragraph | Heading | Quote | Related | Picture | Facts | Embed


def p(text):
    return Paragraph(text)


def h2(text):
    return Heading(text, "h2")


def h3(text):
    return Heading(text, "h3")


def quote(text, speaker, role=""):
    return Quote(text, speaker, role)


def related(*slugs):
    return Related(tuple(slugs))


def picture(alt, caption=""):
    return Picture(alt, caption)


def facts(title, items, source=""):
    return Facts(title, tuple(items), source)


def embed(url, caption=""):
    return Embed(url, caption)


# --- Sections, authors and stories ---------------------------------------------


@dataclass(frozen=True)
class Section:
    slug: str
    th_title: str
    en_title: str
    th_intro: str
    en_intro: str
    # Hero art for the section's stories: background gradient, accent, motif.
    colours: tuple[str, str, str]
    motif: str


@dataclass(frozen=True)
class AuthorData:
    key: str
    th_name: str
    en_name: str
    th_role: str
    en_role: str
    th_bio: str
    en_bio: str
    colours: tuple[str, str]

    @property
    def initials(self):
        # From the romanised name: the font Pillow ships has no Thai glyphs.
        return "".join(part[0] for part in self.en_name.split()[:2]).upper()


@dataclass(frozen=True)
class Version:
    """One language's text of a story."""

    title: str
    standfirst: str
    body: tuple[Block, ...]
    tags: tuple[str, ...] = ()
    hero_caption: str = ""
    # Alt text of the hero image in this language (the page's hero_alt_text).
    # The first language's text is also the shared image's own description.
    hero_alt: str = ""
    updated_note: str = ""


@dataclass(frozen=True)
class Story:
    """
    A story in one or both languages. With both, the English page is made as a
    translation of the Thai one. `hours_ago` places it in time relative to
    when the demo is loaded, so the site always looks current.
    """

    slug: str
    section: str
    hours_ago: float
    authors: tuple[str, ...]
    th: Version | None = None
    en: Version | None = None
    # Hours after publication when the story was updated (needs updated_note).
    updated_after_hours: float | None = None

    @property
    def versions(self):
        return {code: v for code, v in (("th", self.th), ("en", self.en)) if v is not None}

    @property
    def primary(self):
        return self.th or self.en

    def primary_picture(self, number):
        """The `number`-th picture (from 1) of the first language; the image keeps its alt text."""
        pictures = [block for block in self.primary.body if isinstance(block, Picture)]
        return pictures[number - 1]
