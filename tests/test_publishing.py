"""
Newsroom publishing: who may publish (reporters submit, editors approve and
publish), scheduled publishing, breaking news, and corrections and updates
as editors add them in the admin.
"""

from datetime import timedelta
from io import StringIO

import pytest
from django.apps import apps as django_apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from freezegun import freeze_time
from wagtail.models import (
    GroupPagePermission,
    Locale,
    Revision,
    Workflow,
    WorkflowPage,
    WorkflowState,
)

from frontcache.banners import purge_expired_banners
from news.models import DEFAULT_BREAKING_HOURS, ArticlePage
from newsroom.models import ArticleCorrection
from newsroom.roles import (
    APPROVAL_TASK_NAME,
    EDITORS,
    MODERATORS,
    REPORTERS,
    WORKFLOW_NAME,
    set_up_roles,
)
from tests.admin_helpers import article_form

pytestmark = pytest.mark.django_db


@pytest.fixture
def make_user(db):
    def make(username, group_name):
        user = get_user_model().objects.create_user(username, f"{username}@example.com", "pw")
        user.groups.add(Group.objects.get(name=group_name))
        return user

    return make


@pytest.fixture
def reporter_client(client, make_user, home):
    client.force_login(make_user("somchai", REPORTERS))
    return client


@pytest.fixture
def editor_client(make_user, home):
    """A second browser, logged in as an editor (the `client` may be the reporter's)."""
    editor = Client()
    editor.force_login(make_user("ananya", EDITORS))
    return editor


def edit_url(page):
    return f"/admin/pages/{page.pk}/edit/"


def admin_time(value):
    """A time as the admin's date-time field takes it, in the site's time zone."""
    return timezone.localtime(value).strftime("%Y-%m-%d %H:%M")


# Roles and the review workflow


def test_the_migration_creates_the_three_groups_and_the_review_workflow():
    reporters, editors, moderators = (
        Group.objects.get(name=name) for name in (REPORTERS, EDITORS, MODERATORS)
    )
    for group in (reporters, editors, moderators):
        assert group.permissions.filter(codename="access_admin").exists()
    assert not reporters.permissions.filter(codename="add_author").exists()
    assert editors.permissions.filter(codename="add_author").exists()

    workflow = Workflow.objects.get(name=WORKFLOW_NAME)
    assert workflow.active
    [task] = [task.specific for task in workflow.tasks.all()]
    assert list(task.groups.all()) == [editors]
    # Wagtail's own "Moderators approval" workflow and Moderators' publishing
    # rights over the whole tree are gone: Moderators handle comments.
    assert not Workflow.objects.filter(active=True).exclude(pk=workflow.pk).exists()
    assert not GroupPagePermission.objects.filter(group=moderators).exists()


def test_every_language_home_gets_the_page_permissions_and_the_workflow(home):
    english = home.copy_for_translation(Locale.objects.get_or_create(language_code="en")[0])
    for page in (home, english):
        granted = set(
            GroupPagePermission.objects.filter(page=page).values_list(
                "group__name", "permission__codename"
            )
        )
        assert (REPORTERS, "change_page") in granted
        assert (REPORTERS, "publish_page") not in granted
        assert {(EDITORS, "publish_page"), (EDITORS, "change_page")} <= granted
        assert WorkflowPage.objects.get(page=page).workflow.name == WORKFLOW_NAME


def test_a_reporter_cannot_publish_but_can_submit_for_review(reporter_client, make_article):
    article = make_article(title="ข่าวเดิม")
    assert reporter_client.get(edit_url(article)).status_code == 200

    response = reporter_client.post(
        edit_url(article), article_form(article, title="พาดหัวใหม่", **{"action-publish": "1"})
    )
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.title == "ข่าวเดิม", "the reporter's publish must not reach readers"
    assert article.has_unpublished_changes
    assert article.get_latest_revision_as_object().title == "พาดหัวใหม่"

    response = reporter_client.post(f"/admin/pages/{article.pk}/unpublish/")
    article.refresh_from_db()
    assert article.live

    response = reporter_client.post(
        edit_url(article), article_form(article, title="พาดหัวใหม่", **{"action-submit": "1"})
    )
    assert response.status_code == 302
    state = article.current_workflow_state
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.current_task_state.task.name == APPROVAL_TASK_NAME
    article.refresh_from_db()
    assert article.title == "ข่าวเดิม"


def test_a_reporter_cannot_approve_and_an_editor_can(reporter_client, editor_client, make_article):
    article = make_article(title="ข่าวเดิม")
    reporter_client.post(
        edit_url(article), article_form(article, title="พาดหัวที่ผ่านการตรวจ", **{"action-submit": "1"})
    )
    task_state = article.current_workflow_state.current_task_state
    approve_url = f"/admin/pages/workflow/action/{article.pk}/approve/{task_state.pk}/"

    reporter_client.post(approve_url, {"comment": ""})
    article.refresh_from_db()
    assert article.title == "ข่าวเดิม"

    response = editor_client.post(approve_url, {"comment": "ตรวจแล้ว"})
    assert response.status_code in (200, 302)
    article.refresh_from_db()
    assert article.title == "พาดหัวที่ผ่านการตรวจ"
    assert not article.has_unpublished_changes


def test_an_editor_publishes_and_unpublishes_directly(editor_client, make_article):
    article = make_article(title="ข่าวเดิม")

    response = editor_client.post(
        edit_url(article), article_form(article, title="แก้พาดหัว", **{"action-publish": "1"})
    )
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.title == "แก้พาดหัว" and article.live

    response = editor_client.post(f"/admin/pages/{article.pk}/unpublish/")
    assert response.status_code == 302
    article.refresh_from_db()
    assert not article.live


def test_a_reporter_adds_a_draft_to_a_section_without_publishing_it(reporter_client, section):
    response = reporter_client.post(
        f"/admin/pages/add/news/articlepage/{section.pk}/",
        article_form(
            ArticlePage(title="ข่าวใหม่จากภาคสนาม", slug="field-report", standfirst="สรุปข่าว"),
            **{"action-publish": "1"},
        ),
    )
    assert response.status_code == 302
    draft = ArticlePage.objects.get(slug="field-report")
    assert not draft.live


# Scheduled publishing


def test_an_editors_scheduled_story_goes_live_when_publish_scheduled_runs(
    editor_client, make_article, client
):
    story = make_article(title="ข่าวตั้งเวลา", publish=False)
    go_live = timezone.now() + timedelta(hours=2)
    editor_client.post(
        edit_url(story),
        article_form(story, go_live_at=admin_time(go_live), **{"action-publish": "1"}),
    )
    story.refresh_from_db()
    assert not story.live
    scheduled = Revision.page_revisions.get(
        object_id=str(story.pk), approved_go_live_at__isnull=False
    )

    assert scheduled.approved_go_live_at == go_live.replace(second=0, microsecond=0)

    call_command("publish_scheduled", stdout=StringIO())
    story.refresh_from_db()
    assert not story.live, "two hours early"

    with freeze_time(go_live + timedelta(minutes=1)):  # the timer's next run after go-live
        call_command("publish_scheduled", stdout=StringIO())

    story.refresh_from_db()
    assert story.live
    assert client.get(story.url).status_code == 200


def test_a_reporter_cannot_schedule(reporter_client, make_article):
    story = make_article(title="ข่าวตั้งเวลา", publish=False)
    go_live = timezone.now() + timedelta(hours=2)
    reporter_client.post(
        edit_url(story),
        article_form(story, go_live_at=admin_time(go_live), **{"action-publish": "1"}),
    )
    assert not Revision.page_revisions.filter(
        object_id=str(story.pk), approved_go_live_at__isnull=False
    ).exists()


# Breaking news


def test_breaking_news_shows_on_the_front_page_and_in_listings_until_it_expires(
    client, soup, home, section, make_article
):
    breaking = make_article(
        title="ด่วน: แผ่นดินไหวทางภาคเหนือ",
        is_breaking=True,
        breaking_until=timezone.now() + timedelta(hours=1),
    )
    make_article(title="ข่าวธรรมดา")

    front = soup(client.get("/th/"))
    banner = front.select_one(".breaking")
    assert banner is not None
    assert [a.get_text() for a in banner.select("a")] == [breaking.title]
    listing = soup(client.get(section.url))
    labelled = [
        teaser.select_one(".teaser__headline").get_text(strip=True)
        for teaser in listing.select(".teaser")
        if teaser.select_one(".teaser__breaking")
    ]
    assert labelled == [breaking.title]

    # The time runs out: once the minute's timer has run, the next render of
    # each page drops banner and label (frontcache/banners.py).
    ArticlePage.objects.filter(pk=breaking.pk).update(
        breaking_until=timezone.now() - timedelta(seconds=1)
    )
    purge_expired_banners()
    assert soup(client.get("/th/")).select_one(".breaking") is None
    assert soup(client.get(section.url)).select_one(".teaser__breaking") is None


def test_flagging_breaking_news_without_an_end_time_lasts_the_default_hours(
    editor_client, make_article
):
    article = make_article()
    before = timezone.now()
    editor_client.post(
        edit_url(article), article_form(article, is_breaking="on", **{"action-publish": "1"})
    )
    article.refresh_from_db()
    assert article.is_breaking_now
    expected = before + timedelta(hours=DEFAULT_BREAKING_HOURS)
    assert abs(article.breaking_until - expected) < timedelta(minutes=1)


# Corrections and updates


def correction_row(text, kind="correction", date=None):
    return {
        "id": "",
        "date": admin_time(date or timezone.now()),
        "kind": kind,
        "text": text,
    }


def test_an_editor_appends_a_correction_that_readers_see_at_the_articles_end(
    editor_client, client, soup, make_article
):
    article = make_article(title="สะพานใหม่ข้ามแม่น้ำ")
    text = "ข่าวก่อนหน้านี้ระบุว่าสะพานยาว 21 กิโลเมตร ที่ถูกต้องคือ 12 กิโลเมตร"
    response = editor_client.post(
        edit_url(article),
        article_form(article, corrections=[correction_row(text)], **{"action-publish": "1"}),
    )
    assert response.status_code == 302

    note = ArticleCorrection.objects.get(page=article)
    assert note.locale.language_code == "th"
    page = soup(client.get(article.url))
    corrections = page.select_one("article .corrections")
    assert corrections is not None
    assert text in corrections.get_text()
    assert corrections.select_one("time")["datetime"].endswith("+07:00")
    # At the end: after the body.
    body = page.select_one(".article__body")
    assert body in corrections.find_all_previous(class_="article__body")


def test_a_reporters_correction_waits_for_an_editor(reporter_client, client, soup, make_article):
    article = make_article()
    reporter_client.post(
        edit_url(article),
        article_form(article, corrections=[correction_row("แก้ไขตัวเลข")], **{"action-publish": "1"}),
    )
    assert not ArticleCorrection.objects.exists()
    assert soup(client.get(article.url)).select_one(".corrections") is None


def test_the_corrections_page_lists_the_newest_first_for_its_language_only(
    client, soup, make_article, home, section
):
    old = make_article(title="ข่าวเก่า")
    new = make_article(title="ข่าวใหม่")
    for article, text, hours in ((old, "แก้ไขครั้งแรก", 5), (new, "อัปเดตล่าสุด", 1)):
        article.corrections.add(
            ArticleCorrection(text=text, date=timezone.now() - timedelta(hours=hours))
        )
        article.save_revision().publish()
    draft = make_article(title="ข่าวที่ถูกถอน")
    draft.corrections.add(ArticleCorrection(text="ไม่ควรปรากฏ"))
    draft.save_revision().publish()
    draft.unpublish()

    response = client.get("/th/corrections/")
    assert response.status_code == 200
    items = soup(response).select(".corrections-list__item")
    assert [item.select_one(".correction__text").get_text() for item in items] == [
        "อัปเดตล่าสุด",
        "แก้ไขครั้งแรก",
    ]
    assert items[0].select_one("a")["href"] == new.url

    assert client.get("/en/corrections/").status_code == 404, "no English content at all"
    Locale.objects.create(language_code="en")
    english = soup(client.get("/en/corrections/"))
    assert english.select(".corrections-list__item") == []
    assert client.get("/th/corrections/?page=x").status_code == 400
    assert client.get("/th/corrections/?page=9").status_code == 404


def test_the_migration_opens_homes_that_existed_before_it(home):
    """A site that had its home pages before the newsroom app gets them opened too."""
    GroupPagePermission.objects.filter(page=home).delete()
    WorkflowPage.objects.filter(page=home).delete()

    set_up_roles(django_apps)

    assert GroupPagePermission.objects.filter(page=home, group__name=EDITORS).count() == 6
    assert WorkflowPage.objects.get(page=home).workflow.name == WORKFLOW_NAME
    assert Workflow.objects.filter(name=WORKFLOW_NAME).count() == 1, "run twice, made once"


def test_every_page_links_the_corrections_page_from_its_footer(client, soup, section):
    link = soup(client.get(section.url)).select_one(".site-footer__corrections a")
    assert link["href"] == "/th/corrections/"
    assert client.get(link["href"]).status_code == 200
