"""
What each article body block knows about itself, so its template only reads
``value.x``: a pull quote's line breaks, a picture's alt text, an embed's
provider HTML, and which article a related story shows the reader.

The blocks in news/blocks.py build these values (``Meta.value_class``). This
module imports no models: it asks the app registry for ArticlePage when it
needs it, so values, blocks and news.models import one way.
"""

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.template.defaultfilters import linebreaksbr
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.text import Truncator
from wagtail import blocks
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.embeds.format import embed_to_frontend_html

# How long a failed embed lookup is remembered, so a provider that is down is
# not asked again on every render of the article.
EMBED_FAILURE_TTL = 15 * 60
# A related story's standfirst is cut to this many characters in the box.
RELATED_SUMMARY_LENGTH = 160


class PullQuoteValue(blocks.StructValue):
    @property
    def quote_html(self):
        """The quotation, escaped, keeping the line breaks the speaker's words were typed with."""
        return linebreaksbr(self["quote"])


class ImageValue(blocks.StructValue):
    @property
    def alt(self):
        """
        The editor's alt text. Content saved before alt text was required has
        none: it falls back to the picture's own description rather than
        leaving screen-reader users with nothing.
        """
        if self["alt_text"]:
            return self["alt_text"]
        image = self["image"]
        return image.default_alt_text if image else ""

    @property
    def has_caption(self):
        """A caption line is shown for a caption, a credit, or both."""
        return bool(self["caption"] or self["credit"])


class EmbedValue(blocks.StructValue):
    @cached_property
    def embed_html(self):
        """The provider's HTML, or "" when it cannot be had (the template links instead)."""
        return embed_html_or_empty(self["url"])


def embed_html_or_empty(url):
    failure_key = f"embed-failed:{url}"
    if cache.get(failure_key):
        return ""
    html = embed_to_frontend_html(url)
    if not html:
        cache.set(failure_key, True, EMBED_FAILURE_TTL)
    return html


class RelatedStoryValue(blocks.StructValue):
    """
    A link to another article as the reader sees it. `target` is the chosen
    article in the reader's language: a target in another language (a
    translation copies its source's choices) is swapped for its live
    translation, and there is none to show when it has none, since a Thai link
    in an English box would only confuse its readers. A deleted or unpublished
    target shows nothing either.
    """

    # Shared by every related story of one body (RelatedStoryBlock.bulk_to_python),
    # so their translations are fetched together, in one query.
    translations = None

    @property
    def target(self):
        article = self["article"]
        if article is None:
            return None
        language = reader_language()
        if article.locale.language_code != language:
            return self.shared_translations().live_translation(article, language)
        return article if article.live else None

    @property
    def link_text(self):
        """The editor's headline for the link, or the target's own."""
        target = self.target
        return self["headline"] or (target.title if target else "")

    @property
    def summary(self):
        target = self.target
        standfirst = target.standfirst if target else ""
        return Truncator(standfirst).chars(RELATED_SUMMARY_LENGTH)

    def shared_translations(self):
        # A value built on its own (a form, a preview) looks up only its own target.
        if self.translations is None:
            self.translations = LiveTranslations([self["article"]])
        return self.translations


def share_translations(stories):
    """Let `stories` (RelatedStoryValues of one body) fetch their translations together."""
    shared = LiveTranslations([story["article"] for story in stories])
    for story in stories:
        story.translations = shared
    return stories


class LiveTranslations:
    """
    The live translations of some articles, fetched for all of them in one
    query the first time one is asked for in a language, hero images and
    renditions included, so twenty related stories cost what one does.
    """

    def __init__(self, articles):
        self.articles = [article for article in articles if article is not None]
        self.by_language = {}

    def live_translation(self, article, language_code):
        if language_code not in self.by_language:
            self.by_language[language_code] = self.fetch(language_code)
        return self.by_language[language_code].get(article.translation_key)

    def fetch(self, language_code):
        keys = {
            article.translation_key
            for article in self.articles
            if article.locale.language_code != language_code
        }
        article_model = apps.get_model("news", "ArticlePage")
        found = (
            article_model.objects.live()
            .with_listing_data()
            .filter(translation_key__in=keys, locale__language_code=language_code)
        )
        return {article.translation_key: article for article in found}


def reader_language():
    """
    The content language the reader reads in: the one the URL's /th/ or /en/
    prefix activated, which is also the language of the page they are on.
    """
    try:
        return get_supported_content_language_variant(translation.get_language())
    except LookupError:
        return get_supported_content_language_variant(settings.LANGUAGE_CODE)
