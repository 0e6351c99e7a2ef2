"""
Each role can do what the README's "Roles and review" table says, and no
more: the newsroom migrations grant exactly that (newsroom/roles.py).
Reporters upload images and choose them, editors also publish and manage
anyone's images, moderators see only the moderation of comments.
"""

import importlib
import json
import re
from io import BytesIO

import PIL.Image
import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.images import get_image_model
from wagtail.models import Collection, GroupCollectionPermission

from newsroom.roles import APPROVAL_TASK_NAME, EDITORS, MODERATORS, REPORTERS, WORKFLOW_NAME

pytestmark = pytest.mark.django_db

UPLOAD_AND_CHOOSE = {"add_image", "choose_image", "add_document", "choose_document"}
ANYONES_MEDIA = {"change_image", "delete_image", "change_document", "delete_document"}
MODERATION_URLS = {
    "/admin/account/",  # their own account, as for everyone
    "/admin/snippets/comments/comment/?status=review",
    "/admin/snippets/accounts/readerprofile/",
    "/admin/snippets/comments/watchedword/",
}
TRANSLATIONS_REPORT = "/admin/localize/reports/translations/"


@pytest.fixture
def login(client, home):
    def log_in(group_name, username=None):
        username = username or group_name.lower()
        user = get_user_model().objects.create_user(username, f"{username}@example.com", "pw")
        user.groups.add(Group.objects.get(name=group_name))
        client.force_login(user)
        return user

    return log_in


def collection_permissions(group_name):
    return set(
        GroupCollectionPermission.objects.filter(
            group__name=group_name, collection=Collection.get_first_root_node()
        ).values_list("permission__codename", flat=True)
    )


def media_group_permissions(group_name):
    """Plain group permissions on images and documents (Wagtail reads collections instead)."""
    return set(
        Group.objects.get(name=group_name)
        .permissions.filter(content_type__app_label__in=["wagtailimages", "wagtaildocs"])
        .values_list("codename", flat=True)
    )


def png_file(name):
    """A real, small PNG as a browser uploads it."""
    data = BytesIO()
    PIL.Image.new("RGB", (64, 48), "green").save(data, "PNG")
    return SimpleUploadedFile(name, data.getvalue(), content_type="image/png")


def upload_image(client, title):
    return client.post(
        "/admin/images/add/",
        {
            "title": title,
            "file": png_file("durian.png"),
            "collection": Collection.get_first_root_node().pk,
            "tags": "",
        },
    )


def chooser_html(client):
    response = client.get("/admin/images/chooser/")
    assert response.status_code == 200
    return json.loads(response.content)["html"]


def menu_urls(client):
    """Every address in the admin's main menu (the sidebar's JSON), submenus included."""
    html = client.get("/admin/").content.decode()
    props = re.search(r'id="wagtail-sidebar-props"[^>]*>(.*?)</script>', html, re.S).group(1)
    return {url for url in re.findall(r'"url": "([^"]*)"', props) if url.startswith("/admin/")}


def test_the_migrations_grant_each_role_its_image_and_document_permissions():
    assert collection_permissions(REPORTERS) == UPLOAD_AND_CHOOSE
    assert collection_permissions(EDITORS) == UPLOAD_AND_CHOOSE | ANYONES_MEDIA
    assert collection_permissions(MODERATORS) == set()
    for group_name in (REPORTERS, EDITORS, MODERATORS):
        assert media_group_permissions(group_name) == set(), group_name


def test_a_reporter_uploads_an_image_chooses_it_and_cannot_publish(client, login, make_article):
    reporter = login(REPORTERS)
    assert client.get("/admin/images/").status_code == 200

    response = upload_image(client, "ทุเรียนหมอนทอง")
    image = get_image_model().objects.get(title="ทุเรียนหมอนทอง")
    assert response.status_code == 302
    assert image.uploaded_by_user == reporter

    html = chooser_html(client)
    assert "ทุเรียนหมอนทอง" in html
    assert "/admin/images/chooser/create/" in html, "the chooser's upload tab"
    assert client.get(f"/admin/images/{image.pk}/").status_code == 200, "their own upload"

    article = make_article(title="ข่าวร่าง", publish=False)
    assert not article.permissions_for_user(reporter).can_publish()


def test_a_reporter_cannot_edit_someone_elses_image(client, login, make_image):
    others = make_image(title="ภาพของช่างภาพ")
    login(REPORTERS)
    assert client.get(f"/admin/images/{others.pk}/").status_code == 302
    assert "ภาพของช่างภาพ" in chooser_html(client), "but may choose it"


def test_an_editor_publishes_and_deletes_anyones_image(client, login, make_image, make_article):
    others = make_image(title="ภาพของผู้สื่อข่าว")
    editor = login(EDITORS)
    article = make_article(title="ข่าวร่าง", publish=False)
    assert article.permissions_for_user(editor).can_publish()

    response = client.post(f"/admin/images/{others.pk}/delete/")
    assert response.status_code == 302
    assert not get_image_model().objects.filter(pk=others.pk).exists()


def test_a_moderator_sees_only_the_moderation_of_comments(client, login, image):
    login(MODERATORS)
    assert menu_urls(client) == MODERATION_URLS
    assert client.get("/admin/snippets/comments/comment/").status_code == 200
    for url in (
        "/admin/pages/",
        "/admin/images/",
        f"/admin/images/{image.pk}/",
        "/admin/documents/",
    ):
        assert client.get(url).status_code == 302, url


@pytest.mark.parametrize("url", [TRANSLATIONS_REPORT, f"{TRANSLATIONS_REPORT}results/"])
def test_only_translators_open_the_translations_report(client, login, url):
    """Hiding the menu item is not enough: the address itself refuses."""
    login(MODERATORS)
    refused = client.get(url)
    assert refused.status_code == 302 and refused.url == "/admin/"
    login(EDITORS, "desk-editor")
    assert client.get(url).status_code == 200


def test_a_site_made_with_the_english_workflow_names_gets_the_thai_ones():
    """newsroom/migrations/0004: the names admin sentences show ("ส่งไปยัง …")."""
    from django.apps import apps
    from wagtail.models import Task, Workflow

    rename = importlib.import_module("newsroom.migrations.0004_thai_workflow_names")
    Workflow.objects.filter(name=WORKFLOW_NAME).update(name="Newsroom review")
    Task.objects.filter(name=APPROVAL_TASK_NAME).update(name="Editors' approval")
    rename.forwards(apps, None)
    assert Workflow.objects.filter(name=WORKFLOW_NAME).count() == 1
    assert Task.objects.filter(name=APPROVAL_TASK_NAME).count() == 1
    assert not Workflow.objects.filter(name="Newsroom review").exists()
