"""
What search engines read from a live blog: schema.org `LiveBlogPosting`,
built with the article's helpers (syndication/metadata.py), with the coverage
times and the latest updates as `liveBlogUpdate`. Each update's URL is its
permalink (`?update=<id>`), which lands on it whichever page it is on by then.
"""

from datetime import timedelta

from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import get_language

from syndication.metadata import HEADLINE_MAX, SCHEMA_IMAGES, absolute, iso, json_ld, publisher

# Google reads the newest updates; more only makes every page heavier.
UPDATES_IN_JSON_LD = 10
# A blog still live with no end time set is expected to run at least this long.
EXPECTED_RUN = timedelta(days=1)


def live_blog_json_ld(request, blog, *, section, authors, latest):
    """The page's JSON-LD, escaped for a <script> element."""
    url = absolute(request, blog.get_url(request))
    data = {
        "@context": "https://schema.org",
        "@type": "LiveBlogPosting",
        "@id": url,
        "url": url,
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "headline": blog.title[:HEADLINE_MAX],
        "description": blog.search_description or blog.standfirst,
        "inLanguage": get_language(),
        "image": hero_images(request, blog),
        "datePublished": iso(blog.first_published_at or blog.coverage_start),
        "dateModified": iso(newest_time(blog, latest)),
        "coverageStartTime": iso(blog.coverage_start),
        "coverageEndTime": iso(coverage_end(blog)),
        "author": [{"@type": "Person", "name": author.name} for author in authors],
        "publisher": publisher(request),
        "liveBlogUpdate": [
            blog_posting(url, update) for update in newest_shown(latest)[:UPDATES_IN_JSON_LD]
        ],
    }
    if section is not None:
        data["articleSection"] = section.title
    return mark_safe(json_ld(data))  # noqa: S308 - escaped for <script> by json_ld


def hero_images(request, blog):
    if blog.hero_image is None:
        return []
    renditions = blog.hero_image.get_renditions(*SCHEMA_IMAGES)
    return [absolute(request, renditions[spec].url) for spec in SCHEMA_IMAGES]


def coverage_end(blog):
    if blog.coverage_end is not None or not blog.is_live:
        return blog.coverage_end or blog.coverage_start
    return timezone.now() + EXPECTED_RUN


def newest_shown(updates):
    shown = [update for update in updates if not update.is_removed]
    return sorted(shown, key=lambda update: (update.posted_at, update.pk), reverse=True)


def newest_time(blog, updates):
    times = [update.edited_at or update.posted_at for update in newest_shown(updates)]
    return max([*times, blog.last_published_at or blog.coverage_start])


def blog_posting(blog_url, update):
    text = update.text  # with author_name, from live/rendering.py
    posting = {
        "@type": "BlogPosting",
        "@id": f"{blog_url}#{update.anchor}",
        "url": f"{blog_url}?update={update.pk}",
        "headline": update.title or Truncator(text).chars(HEADLINE_MAX),
        "articleBody": text,
        "datePublished": iso(update.posted_at),
    }
    if update.edited_at:
        posting["dateModified"] = iso(update.edited_at)
    if update.author_name:
        posting["author"] = {"@type": "Person", "name": update.author_name}
    return posting
