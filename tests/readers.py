"""
Helpers for the reader tests (accounts, comments, moderation, view counts):
readers, moderators and a logged-in client, plus Cache-Control parsing.
"""

import itertools

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from accounts.models import ReaderProfile

PASSWORD = "a-long-reader-passphrase"
_numbers = itertools.count(1)


def make_reader(email=None, name=None, password=PASSWORD, **profile_fields):
    """A reader as the sign-up form makes them: lower-case e-mail as login name, and a profile."""
    n = next(_numbers)
    email = email or f"reader{n}@example.com"
    user = get_user_model().objects.create_user(username=email, email=email, password=password)
    ReaderProfile.objects.create(user=user, display_name=name or f"ผู้อ่าน {n}", **profile_fields)
    return user


def make_moderator(email=None):
    user = get_user_model().objects.create_user(
        username=email or f"moderator{next(_numbers)}@example.com", password=PASSWORD
    )
    user.groups.add(Group.objects.get(name="Moderators"))
    return user


def cache_control(response):
    return {part.strip() for part in response.get("Cache-Control", "").split(",") if part.strip()}


def assert_never_cached(response):
    directives = cache_control(response)
    assert "private" in directives, response.get("Cache-Control")
    assert "no-store" in directives, response.get("Cache-Control")
    assert "public" not in directives


def live_article(title, slug):
    """
    A published Thai article for tests against a live server. Those tests run
    on a flushed database (an earlier transactional test empties it, even of
    the rows Wagtail's migrations made), so the tree is built from scratch.
    """
    from wagtail.models import Locale, Page, Site

    from home.models import HomePage
    from news.models import ArticlePage, SectionPage

    thai, _created = Locale.objects.get_or_create(language_code="th")
    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=thai)
    )
    home = HomePage.objects.first()
    if home is None:
        for page in root.get_children():
            page.delete()
        home = root.add_child(instance=HomePage(title="หน้าแรก", slug="home", locale=thai))
        Site.objects.all().delete()
        Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    section = SectionPage.objects.first() or home.add_child(
        instance=SectionPage(title="ข่าวโลก", slug="world", show_in_menus=True)
    )
    article = section.add_child(
        instance=ArticlePage(title=title, slug=slug, standfirst="ย่อหน้าเปิด", body=[])
    )
    article.save_revision().publish()
    article.refresh_from_db()
    return article
