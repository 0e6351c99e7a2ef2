"""
The front page's section blocks: each menu section with its newest stories.

Their cost must not grow with the number of sections (the demo has six, a
paper may have a dozen): the sections come from the cached navigation, and
the newest stories of all of them from one query, numbered per section by a
window function (SQLite and PostgreSQL both have ROW_NUMBER), plus one query
for the renditions of their pictures.
"""

from django.db.models import F, Window
from django.db.models.functions import Left, RowNumber
from wagtail.models import Site

from home.navigation import menu_sections_of, navigation_for
from news.listings import attach_sections
from news.models import ArticlePage


def menu_sections(home, request):
    """
    `home`'s menu sections as the navigation has them: from the cache when it
    is one of the site's homes, else (a home previewed on another site)
    looked up.
    """
    site = Site.find_for_request(request)
    for language_navigation in navigation_for(site, request).values():
        if language_navigation.home.pk == home.pk:
            return language_navigation.sections
    return menu_sections_of(home, site, request)


def section_blocks(sections, per_section):
    """[(section, [its `per_section` newest live articles])] in two queries."""
    if not sections:
        return []
    newest = newest_per_section(sections, per_section)
    return [(section, newest.get(section.path, [])) for section in sections]


def newest_per_section(sections, per_section):
    """{section path: [its newest live articles, newest first]}."""
    # Sections are all children of one home, so their paths are the same length.
    section_path = Left("path", len(sections[0].path))
    articles = (
        ArticlePage.objects.live()
        .filter(depth=sections[0].depth + 1)
        .alias(section_path=section_path)
        .filter(section_path__in=[section.path for section in sections])
        .annotate(
            rank_in_section=Window(
                RowNumber(),
                partition_by=section_path,
                order_by=[F("display_date").desc(), F("pk").desc()],
            )
        )
        .filter(rank_in_section__lte=per_section)
        .newest_first()
        .with_listing_data()
    )
    newest = {}
    for article in articles:
        newest.setdefault(article.path[: -article.steplen], []).append(article)
    return newest


def attach_menu_sections(articles, sections):
    """
    Set `.section` on each article (teasers show its title): from the menu
    sections already at hand, and in one query only for articles that sit
    in a section kept out of the menu.
    """
    by_path = {section.path: section for section in sections}
    elsewhere = []
    for article in articles:
        article.section = by_path.get(article.path[: -article.steplen])
        if article.section is None:
            elsewhere.append(article)
    attach_sections(elsewhere)
    return articles
