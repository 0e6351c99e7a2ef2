"""
The pages the public search finds: every story model (articles, live blogs:
page models marked ``is_story = True``, found at run time by news/stories.py,
since live sits above search in the layers and search must not import it).

Each story model indexes its headline in the index's body column
(``search_body_includes_title``), so a search over all of them is matched
on that column alone, through its GIN index (search/database_backend.py);
`StoryQuerySet` tells the backend so. A story's date, for the date filter
and the "newest" order, is its model's date column (`news.stories.date_field`:
an article's display date, a live blog's start).
"""

import operator
from functools import reduce

from django.db.models import Q
from wagtail.models import Page
from wagtail.query import PageQuerySet

from home.site_root_cache import home_of
from news.stories import coalesced, date_field, story_models, url_under


class StoryQuerySet(PageQuerySet):
    """Pages of the story models only, whose index body holds the headline too."""

    search_body_includes_title = True


def stories():
    """Every story page, published or not; `.specific()` gives each its own model."""
    return StoryQuerySet(Page).type(*story_models())


def story_date():
    """The story's date on a Page queryset, from whichever story table the row is in."""
    return coalesced(date_field)


def dated_between(start=None, end=None):
    """A filter for stories dated from `start` (included) to `end` (excluded)."""
    conditions = []
    for model in story_models():
        bounds = {}
        if start:
            bounds[f"{date_field(model)}__gte"] = start
        if end:
            bounds[f"{date_field(model)}__lt"] = end
        conditions.append(Q(pk__in=model.objects.filter(**bounds).values("pk")))
    return reduce(operator.or_, conditions)


def url_maker(request):
    """
    A story's URL from its page (or anything with `url_path`, `id` and
    `title`): under the language's home page the request was routed from
    (home/site_root_cache.py), the home's URL and the rest of the story's
    path, as listings build theirs (news/stories.py); otherwise (the cache
    was bypassed, a story outside that home) Wagtail's own `get_url`, which
    takes a few times as long.
    """
    home = home_of(request)
    root_url = home.get_url(request) if home is not None else None

    def story_url(story):
        if root_url is not None and story.url_path.startswith(home.url_path):
            return url_under(root_url, home.url_path, story.url_path)
        if not isinstance(story, Page):
            story = Page.from_db(
                None, ("id", "title", "url_path"), (story.id, story.title, story.url_path)
            )
        return story.get_url(request)

    return story_url
