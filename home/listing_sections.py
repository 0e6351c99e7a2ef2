"""
The section each listed story sits in, for the listings that name it (the
front page's lead and latest news, the archives, search results).
"""

from news.models import SectionPage


def attach_sections(articles, known_sections=None):
    """
    Set `.section` on each article from its parent's path, with one query for
    all of them instead of one `get_parent()` each; none when the caller
    has read the sections they can be in already (`known_sections`, the
    search's sections of the language).
    """
    articles = list(articles)
    if not articles:
        return articles
    if known_sections is None:
        parent_paths = {a.path[: -a.steplen] for a in articles}
        # Listings show a section's title only: the other columns are not read.
        known_sections = SectionPage.objects.filter(path__in=parent_paths).only("path", "title")
    sections = {s.path: s for s in known_sections}
    for article in articles:
        article.section = sections.get(article.path[: -article.steplen])
    return articles
