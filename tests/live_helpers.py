"""
Fixtures of the live-coverage tests (tests/test_live_*.py, tests/test_banner.py):
a Thai live blog under the World section and its updates.
"""

import itertools
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.contrib.frontend_cache.backends.base import BaseBackend

from frontcache.keys import url_key
from live.models import LiveBlogPage
from live.updates import LiveUpdate, UpdateState

_counter = itertools.count(1)


@pytest.fixture
def make_blog(request):
    """A published live blog under `parent`, by default the `section` fixture's."""

    def make(title="เฝ้าระวังน้ำท่วมเจ้าพระยา", parent=None, status="live", **fields):
        parent = parent or request.getfixturevalue("section")
        n = next(_counter)
        blog = LiveBlogPage(
            title=title,
            slug=f"flood-watch-{n}",
            standfirst="ระดับน้ำเจ้าพระยาสูงขึ้นต่อเนื่อง",
            status=status,
            live=False,
            **fields,
        )
        parent.add_child(instance=blog)
        blog.save_revision().publish()
        return LiveBlogPage.objects.get(pk=blog.pk)

    return make


@pytest.fixture
def blog(make_blog):
    return make_blog()


@pytest.fixture
def make_update(blog):
    """A published update `minutes_ago` old (by default each older than the one before)."""
    ages = itertools.count(0)

    def make(text=None, minutes_ago=None, state=UpdateState.PUBLISHED, on=None, **fields):
        age = next(ages) if minutes_ago is None else minutes_ago
        text = text or f"ระดับน้ำที่สถานีบางไทร {age}"
        return LiveUpdate.objects.create(
            blog=on or blog,
            state=state,
            posted_at=timezone.now() - timedelta(minutes=age),
            body=[("paragraph", f"<p>{text}</p>")],
            **fields,
        )

    return make


@pytest.fixture
def make_member(db):
    """A staff user in the named group (Reporters, Editors, Live desk), by the data migrations."""

    def make(group_name, username=None):
        user = get_user_model().objects.create_user(
            username=username or group_name.lower().replace(" ", "-"), password="pw"
        )
        user.groups.add(Group.objects.get(name=group_name))
        return user

    return make


class RecordingPurges(BaseBackend):
    """Stands in for Varnish: keeps the paths of every purge."""

    paths = set()

    def purge(self, url):
        self.purge_batch([url])

    def purge_batch(self, urls):
        RecordingPurges.paths |= {url_key(url) for url in urls}


@pytest.fixture
def live_purges(settings):
    """The set of paths purged, with purging switched on (call after the commit callbacks)."""
    settings.WAGTAILFRONTENDCACHE = {"test": {"BACKEND": "tests.live_helpers.RecordingPurges"}}
    RecordingPurges.paths = set()
    return RecordingPurges.paths
