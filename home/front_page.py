"""
The front page's stories: the lead, the latest news and a block for each
menu section with its newest stories.

Their cost must not grow with the number of sections (the demo has six, a
paper may have a dozen): the sections come from the cached navigation, and
every story the page shows from one query over all story types
(news/stories.py), ranked three ways by window functions (SQLite and
PostgreSQL both have ROW_NUMBER): overall, within its section, and with the
editors' chosen lead first. One more query fetches the pictures with their
renditions.

The three parts are rendered to HTML together and kept (`front_page_parts`)
per home, lead story, language and host, until any story, section or
picture changes (news/render_cache.py's generation), and for a minute at
most: the teasers say "5 minutes ago". The most-read list between them is the
reader-independent ranking of its own cache (analytics/), rendered apart.
"""

import time

from django.db.models import Case, F, IntegerField, Q, Value, When, Window
from django.db.models.functions import Left, RowNumber
from django.template.loader import render_to_string
from wagtail.models import Page, Site

from home.listing_sections import attach_sections
from home.navigation import menu_sections_of, nav_page, navigation_for
from news import render_cache
from news.stories import TEASER_FIELDS, stories, teasers_from, with_teaser_data

LATEST_NEWS_COUNT = 10
ARTICLES_PER_SECTION_BLOCK = 4


PARTS = {
    "lead": "home/includes/front_lead.html",
    "latest": "home/includes/front_latest.html",
    "sections": "home/includes/front_sections.html",
}


def front_page_parts(home, request):
    """{"lead", "latest", "sections"}: the stories as HTML, from the cache when current."""

    def render():
        context = front_page_context(home, request)
        return {name: render_to_string(template, context) for name, template in PARTS.items()}

    if getattr(request, "is_preview", False):
        return render()
    version = (home.lead_story_id, int(time.time() // 60))
    return render_cache.kept(render_cache.revision_key("front", home, request), version, render)


def front_page_context(home, request):
    """{"lead_story", "latest_news", "section_blocks"} for `home`."""
    home_link, sections = home_navigation(home, request)
    rows = list(ranked_stories(home))
    teasers = teasers_from(rows, home.url_path, home_link.url)
    ranked = sorted(zip(rows, teasers, strict=True), key=lambda pair: pair[0]["rank"])
    lead = chosen_lead(ranked) or (ranked[0][1] if ranked else None)
    latest = [t for row, t in ranked if t is not lead and row["rank"] <= LATEST_NEWS_COUNT + 1]
    latest = latest[:LATEST_NEWS_COUNT]
    attach_menu_sections([lead, *latest] if lead else latest, sections)
    return {
        "lead_story": lead,
        "lead_stories": [lead] if lead else [],
        "latest_news": latest,
        "section_blocks": section_blocks(ranked, sections),
    }


def home_navigation(home, request):
    """
    (home link, menu sections) as the cached navigation has them when `home`
    is one of the site's homes, else (a home previewed on another site) looked up.
    """
    site = Site.find_for_request(request)
    for language_navigation in navigation_for(site, request).values():
        if language_navigation.home.pk == home.pk:
            return language_navigation
    return nav_page(home, site, request), menu_sections_of(home, site, request)


def ranked_stories(home):
    """Rows of the stories the page may show: the newest, each section's newest, the chosen lead."""
    section_path = Left("path", len(home.path) + Page.steplen)
    newest = [F("story_date").desc(), F("pk").desc()]
    chosen = chosen_first(home)
    rows = with_teaser_data(stories().filter(path__startswith=home.path, depth=home.depth + 2))
    return (
        rows.annotate(
            section_path=section_path,
            is_chosen=chosen,
            rank=Window(RowNumber(), order_by=newest),
            rank_in_section=Window(RowNumber(), partition_by=section_path, order_by=newest),
            chosen_rank=Window(RowNumber(), order_by=[chosen, *newest]),
        )
        .filter(
            Q(rank__lte=LATEST_NEWS_COUNT + 1)
            | Q(rank_in_section__lte=ARTICLES_PER_SECTION_BLOCK)
            | Q(chosen_rank=1)
        )
        .values(*TEASER_FIELDS, "section_path", "is_chosen", "rank", "rank_in_section")
    )


def chosen_first(home):
    """
    0 for the editors' lead story in this home's language (a translated home
    starts out pointing at the source's story, so its translation counts), else 1.
    """
    if home.lead_story_id is None:
        return Value(1)
    chosen = Page.objects.filter(pk=home.lead_story_id).values("translation_key")
    is_chosen = When(translation_key__in=chosen, then=Value(0))
    return Case(is_chosen, default=Value(1), output_field=IntegerField())


def chosen_lead(ranked):
    """The chosen lead story's teaser, when it is live in this language."""
    return next((teaser for row, teaser in ranked if row["is_chosen"] == 0), None)


def section_blocks(ranked, sections):
    """[(section, [its newest stories])] for each menu section, in the menu's order."""
    by_section = {}
    for row, teaser in sorted(ranked, key=lambda pair: pair[0]["rank_in_section"]):
        if row["rank_in_section"] <= ARTICLES_PER_SECTION_BLOCK:
            by_section.setdefault(row["section_path"], []).append(teaser)
    return [(section, by_section.get(section.path, [])) for section in sections]


def attach_menu_sections(teasers, sections):
    """
    Set `.section` on each teaser (the lead and latest show its title): from
    the menu sections already at hand, and in one query only for stories
    that sit in a section kept out of the menu.
    """
    by_path = {section.path: section for section in sections}
    elsewhere = []
    for teaser in teasers:
        teaser.section = by_path.get(teaser.path[: -teaser.steplen])
        if teaser.section is None:
            elsewhere.append(teaser)
    attach_sections(elsewhere)
    return teasers
