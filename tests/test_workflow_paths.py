"""
All publishing goes through the review workflow: every path that can make a
page live is tried as a Reporter, and no live page comes of it
(newsroom/publish_guards.py lists the paths and what holds each).

Translations are made live by wagtail-localize when the transaction commits,
so those paths run inside django_capture_on_commit_callbacks.
"""

import html
from datetime import timedelta
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from freezegun import freeze_time
from wagtail.models import Page
from wagtail_localize.models import StringTranslation, Translation

from news.authors import Author
from news.models import ArticlePage
from newsroom.publish_guards import untranslated_section_error
from newsroom.roles import EDITORS, REPORTERS
from tests.admin_helpers import article_form as shared_article_form

pytestmark = pytest.mark.django_db


def user_in(group_name, username):
    user = get_user_model().objects.create_user(username, f"{username}@example.com", "pw")
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def reporter(client, home):
    client.force_login(user_in(REPORTERS, "somchai"))
    return client


@pytest.fixture
def editor(home):
    editor = Client()
    editor.force_login(user_in(EDITORS, "ananya"))
    return editor


def article_form(article, **overrides):
    return shared_article_form(article, body_html="<p>เนื้อข่าวที่ยังไม่ผ่านการตรวจ</p>", **overrides)


def live_in_english(article):
    return ArticlePage.objects.filter(
        translation_key=article.translation_key, locale__language_code="en", live=True
    ).exists()


def translate_every_string(translation):
    for segment in translation.source.stringsegment_set.select_related("string", "context"):
        StringTranslation.objects.create(
            translation_of=segment.string,
            locale=translation.target_locale,
            context=segment.context,
            data=f"English for {segment.string.data}",
        )


def submit_for_translation(client, page, locale):
    response = client.post(f"/admin/localize/submit/page/{page.pk}/", {"locales": [locale.pk]})
    assert response.status_code == 302
    return Translation.objects.get(source__object_id=page.translation_key, target_locale=locale)


# Wagtail's own paths


def test_the_page_editor_saves_a_reporters_publish_as_a_draft(reporter, make_article):
    draft = make_article(title="ข่าวร่าง", publish=False)
    response = reporter.post(
        f"/admin/pages/{draft.pk}/edit/", article_form(draft, **{"action-publish": "1"})
    )
    assert response.status_code == 302
    assert not ArticlePage.objects.get(pk=draft.pk).live


def test_the_add_form_saves_a_reporters_publish_as_a_draft(reporter, section):
    new = ArticlePage(title="ข่าวใหม่", slug="new-story", standfirst="สรุป")
    reporter.post(
        f"/admin/pages/add/news/articlepage/{section.pk}/",
        article_form(new, **{"action-publish": "1"}),
    )
    assert not ArticlePage.objects.get(slug="new-story").live


def test_bulk_publish_skips_what_a_reporter_may_not_publish(reporter, make_article):
    drafts = [make_article(publish=False) for _ in range(2)]
    ids = "&".join(f"id={draft.pk}" for draft in drafts)
    reporter.post(f"/admin/bulk/wagtailcore/page/publish/?{ids}", {})
    assert not ArticlePage.objects.filter(pk__in=[d.pk for d in drafts], live=True).exists()


@pytest.mark.parametrize("publishing_field", ["publish_copies", "alias"])
def test_a_copy_by_a_reporter_is_never_live(reporter, make_article, section, publishing_field):
    original = make_article(title="ข่าวต้นฉบับ", slug="original")
    reporter.post(
        f"/admin/pages/{original.pk}/copy/",
        {
            "new_title": "ข่าวสำเนา",
            "new_slug": "the-copy",
            "new_parent_page": section.pk,
            publishing_field: "on",
        },
    )
    assert not ArticlePage.objects.filter(slug="the-copy", live=True).exists()


def test_moving_a_draft_leaves_it_a_draft(reporter, make_article, make_section):
    draft = make_article(publish=False)
    business = make_section(title="ธุรกิจ", slug="business")
    reporter.post(f"/admin/pages/{draft.pk}/move/{business.pk}/confirm/")
    moved = ArticlePage.objects.get(pk=draft.pk)
    assert moved.get_parent().pk == business.pk, "the move itself is allowed"
    assert not moved.live


def test_reverting_and_publishing_as_a_reporter_changes_nothing_live(reporter, make_article):
    story = make_article(title="พาดหัวเดิม")
    first_revision = story.live_revision
    story.title = "พาดหัวที่ผ่านการตรวจ"
    story.save_revision().publish()
    reporter.post(
        f"/admin/pages/{story.pk}/revisions/{first_revision.pk}/revert/",
        article_form(story, title="พาดหัวเดิม", **{"action-publish": "1"}),
    )
    assert ArticlePage.objects.get(pk=story.pk).title == "พาดหัวที่ผ่านการตรวจ"


def test_a_reporters_go_live_time_publishes_nothing(reporter, make_article):
    draft = make_article(publish=False)
    go_live = timezone.now() + timedelta(hours=1)
    reporter.post(
        f"/admin/pages/{draft.pk}/edit/",
        article_form(
            draft,
            go_live_at=timezone.localtime(go_live).strftime("%Y-%m-%d %H:%M"),
            **{"action-publish": "1"},
        ),
    )
    with freeze_time(go_live + timedelta(minutes=5)):
        call_command("publish_scheduled", stdout=StringIO())
    assert not ArticlePage.objects.get(pk=draft.pk).live


def test_a_reporter_cannot_approve_their_own_submission(reporter, make_article):
    draft = make_article(publish=False)
    reporter.post(f"/admin/pages/{draft.pk}/edit/", article_form(draft, **{"action-submit": "1"}))
    task_state = draft.current_workflow_state.current_task_state
    reporter.post(f"/admin/pages/workflow/action/{draft.pk}/approve/{task_state.pk}/", {})
    assert not ArticlePage.objects.get(pk=draft.pk).live


# wagtail-localize's paths


def test_translate_this_page_on_a_live_story_makes_an_english_draft(
    reporter, make_article, english_section, locale_en, django_capture_on_commit_callbacks
):
    story = make_article(title="ข่าวภาษาไทยเท่านั้น")
    with django_capture_on_commit_callbacks(execute=True):
        submit_for_translation(reporter, story, locale_en)
    assert story.get_translation(locale_en).live is False


def test_translate_this_page_refuses_to_publish_a_copy_of_its_section(
    reporter, editor, make_article, make_section, locale_en, home
):
    """Wagtail copies a missing section as a live alias of the Thai one."""
    home.copy_for_translation(locale_en).save_revision().publish()
    story = make_article(parent=make_section(title="กีฬา", slug="sport"))
    url = f"/admin/localize/submit/page/{story.pk}/"

    response = reporter.post(url, {"locales": [locale_en.pk]})
    assert response.status_code == 200
    assert html.unescape(
        str(untranslated_section_error(story.get_parent(), locale_en).message)
    ) in (html.unescape(response.content.decode()))
    assert not Page.objects.filter(locale=locale_en, depth__gt=2).exists()

    assert editor.post(url, {"locales": [locale_en.pk]}).status_code == 302


def test_sync_with_publish_immediately_leaves_a_reporters_translation_a_draft(
    reporter, make_article, english_section, locale_en, django_capture_on_commit_callbacks
):
    draft = make_article(title="ร่างที่ยังไม่ผ่านการตรวจ", publish=False)
    with django_capture_on_commit_callbacks(execute=True):
        translation = submit_for_translation(reporter, draft, locale_en)
        translate_every_string(translation)
        response = reporter.post(
            f"/admin/localize/update/{translation.source.pk}/", {"publish_translations": "on"}
        )
    assert response.status_code == 302, "the sync itself goes ahead"
    assert not live_in_english(draft)


def test_the_sync_form_offers_publish_immediately_to_editors_only(
    reporter, editor, make_article, english_section, locale_en, soup
):
    translation = submit_for_translation(editor, make_article(), locale_en)
    url = f"/admin/localize/update/{translation.source.pk}/"
    checkbox = "input[type=checkbox][name=publish_translations]"
    assert soup(editor.get(url)).select_one(checkbox) is not None
    assert soup(reporter.get(url)).select_one(checkbox) is None


def test_an_editors_sync_still_publishes(
    editor, make_article, english_section, locale_en, django_capture_on_commit_callbacks
):
    story = make_article(title="ข่าวที่ตรวจแล้ว")
    with django_capture_on_commit_callbacks(execute=True):
        translation = submit_for_translation(editor, story, locale_en)
        translate_every_string(translation)
        editor.post(
            f"/admin/localize/update/{translation.source.pk}/", {"publish_translations": "on"}
        )
    assert live_in_english(story)


def test_the_translation_editors_publish_is_refused_to_a_reporter(
    reporter, make_article, english_section, locale_en, django_capture_on_commit_callbacks
):
    story = make_article(title="ข่าวที่แปลครบ")
    with django_capture_on_commit_callbacks(execute=True):
        translation = submit_for_translation(reporter, story, locale_en)
        translate_every_string(translation)
        english = story.get_translation(locale_en)
        reporter.post(f"/admin/pages/{english.pk}/edit/", {"action": "publish"})
    assert not live_in_english(story)


def test_converting_a_draft_translation_to_an_alias_is_refused_to_a_reporter(
    reporter, make_article, english_section, locale_en, django_capture_on_commit_callbacks
):
    story = make_article(title="ข่าวภาษาไทย")
    with django_capture_on_commit_callbacks(execute=True):
        submit_for_translation(reporter, story, locale_en)
        english = story.get_translation(locale_en)
        response = reporter.post(f"/admin/localize/page/{english.pk}/convert_to_alias/")
    assert response.status_code == 403
    assert not live_in_english(story)


def test_translating_a_snippet_takes_the_permission_to_add_one(
    reporter, editor, author, locale_en, django_capture_on_commit_callbacks
):
    url = f"/admin/localize/submit/snippet/news/author/{author.pk}/"
    assert reporter.post(url, {"locales": [locale_en.pk]}).status_code == 403
    assert not Author.objects.filter(locale=locale_en).exists()

    with django_capture_on_commit_callbacks(execute=True):
        assert editor.post(url, {"locales": [locale_en.pk]}).status_code == 302
    assert Author.objects.filter(locale=locale_en).exists()
