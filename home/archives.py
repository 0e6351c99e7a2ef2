"""
The archives readers can browse, as routes of each language's home page, so
the page tree answers for every public URL (and the reserved slugs of its
sections follow from these routes, see home/reserved_slugs.py):

    /<lang>/authors/<slug>/    an author's stories (articles and live blogs)
    /<lang>/tags/<name>/       the stories with a tag, named in that language (Thai as is)
    /<lang>/corrections/       every correction and update, newest first

Each lists in the language of its URL and is paginated like a section (a
malformed ?page= is a 400, one past the end a 404). The context carries no
`page`: the SEO head and the language switch then describe the archive, with
its own title and canonical URL, not the home page it hangs from.
"""

from django.http import Http404
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Locale

from home.listing_sections import attach_sections
from home.reserved_slugs import reserved_child_slugs
from news.authors import Author
from news.listings import listed_stories, paginate
from news.stories import related_to, stories
from news.tags import ArticleTag

# The one model from above the home layer: corrections are newsroom notes on
# articles, and their archive hangs from the home page like the others.
from newsroom.models import ArticleCorrection

ARCHIVE_PAGE_SIZE = 12
CORRECTIONS_PAGE_SIZE = 20
TAG_NAME_MAX_LENGTH = ArticleTag._meta.get_field("name").max_length
TEMPLATES = "home/archives/"
# Tag names are free text (Thai marks, spaces, dots), which Wagtail's URL
# pattern refuses: config/urls.py sends every path under this to the page tree.
TAG_ROUTE_PREFIX = "tags/"


class ArchiveRoutesMixin(RoutablePageMixin):
    """The archive routes of a home page; its own URL stays its front page."""

    @path("authors/<slug:slug>/", name="author")
    def author_archive(self, request, slug):
        author = find_author(slug, active_locale())
        by_author = related_to(Author, translation_key=author.translation_key)
        context = {
            "author": author,
            "page_title": author.name,
            "page_description": author.role or author.bio[:200],
            "articles": archive_page(request, self, by_author),
        }
        return render_archive(request, "author_page.html", context, context["articles"])

    @path(TAG_ROUTE_PREFIX + "<path:name>/", name="tag")
    def tag_archive(self, request, name):
        # A tag name longer than any stored, or with a NUL byte (which PostgreSQL
        # refuses outright), cannot exist: answer 404 before asking the database.
        if len(name) > TAG_NAME_MAX_LENGTH or "\x00" in name:
            raise Http404(_("There is no tag with this name."))
        locale = active_locale()
        tag = get_object_or_404(ArticleTag, name=name, locale=locale)  # each language its own tags
        articles = archive_page(request, self, related_to(ArticleTag, pk=tag.pk))
        context = {"tag": tag, "page_title": tag.name, "articles": articles}
        if not context["articles"].object_list:
            raise Http404(_("No stories in this language have this tag."))
        return render_archive(request, "tag_page.html", context, context["articles"])

    @path("corrections/", name="corrections")
    def corrections_archive(self, request):
        corrections = ArticleCorrection.objects.on_live_articles(active_locale())
        context = {
            "page_title": _("Corrections and updates"),
            "page_description": _("Every correction and update we have made to our stories."),
            "corrections": paginate(request, corrections, CORRECTIONS_PAGE_SIZE),
        }
        return render_archive(request, "corrections_page.html", context, context["corrections"])

    @classmethod
    def reserved_child_slugs(cls):
        """Slugs a child page may not take: these routes would hide it (home/reserved_slugs.py)."""
        return reserved_child_slugs(cls)


def archive_url(name, *args):
    """
    The URL of an archive in the active language: /th/authors/<slug>/. The
    home page is the site's root, so its URL is the language's root and the
    route's path follows it; no page is looked up.
    """
    return reverse("wagtail_serve", args=[""]) + ArchiveRoutesMixin.get_resolver().reverse(
        name, *args
    )


def find_author(slug, locale):
    """The author in the page's language, else in the language they were written in."""
    authors = Author.objects.filter(slug=slug).select_related("photo")
    author = authors.filter(locale=locale).first() or authors.first()
    if author is None:
        raise Http404(_("There is no author at this address."))
    return author


def active_locale():
    """The locale of the URL's language; a language without content has no archives."""
    return get_object_or_404(Locale, language_code=get_language())


def archive_page(request, home, condition):
    """
    One page of the stories of every type under `home` (its language) that
    meet `condition`, newest first, with what teasers show (image, section).
    """
    stories_under_home = stories().descendant_of(home).filter(condition)
    page = listed_stories(request, home, ARCHIVE_PAGE_SIZE, stories_under_home)
    page.object_list = attach_sections(page.object_list)
    return page


def render_archive(request, template, context, page):
    """The archive's response, its canonical URL being its path plus ?page= past the first."""
    url = request.build_absolute_uri(request.path)
    context["canonical_url"] = url if page.number == 1 else f"{url}?page={page.number}"
    return TemplateResponse(request, TEMPLATES + template, context)
