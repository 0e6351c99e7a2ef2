"""Reading what {% seo_head %} put in a page's <head>, shared by the SEO tests."""

import json


def meta(page, key):
    """The content of <meta property=key> or <meta name=key>."""
    tag = page.find("meta", attrs={"property": key}) or page.find("meta", attrs={"name": key})
    return tag["content"] if tag else None


def json_ld(page):
    [script] = page.select('script[type="application/ld+json"]')
    return json.loads(script.string)
