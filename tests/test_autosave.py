"""
Autosave in the page editor (Wagtail 8's w-autosave controller).

The controller posts the whole form in the background with
``Accept: application/json``. On the add form that created a draft with
blank required fields (and, for a Thai headline, the slug ``-``), which then
sat on the dashboard and collided with the next story. The add form now has
no autosave and refuses such a post; the edit form keeps autosaving, and its
answer carries the slug the page got so the open form shows it.
"""

import pytest
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from news.models import ArticlePage

pytestmark = pytest.mark.django_db

AUTOSAVE = {"HTTP_ACCEPT": "application/json"}


def half_filled_form(title, slug="-"):
    """What the add form holds once a headline is typed and nothing else."""
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "standfirst": "",
            "body": streamfield([]),
            "article_authors": inline_formset([]),
            "corrections": inline_formset([]),
        }
    )


def editor_form_controllers(response, soup):
    return soup(response).find("form", id="page-edit-form")["data-controller"].split()


def test_an_abandoned_add_form_leaves_no_draft(admin_client, section):
    pages_before = Page.objects.count()
    url = f"/admin/pages/add/news/articlepage/{section.pk}/"

    response = admin_client.post(url, half_filled_form("ข่าวที่ยังเขียนไม่เสร็จ"), **AUTOSAVE)

    assert response.status_code == 400
    assert response.json()["success"] is False
    assert Page.objects.count() == pages_before


def test_the_add_form_does_not_autosave_and_the_edit_form_does(
    admin_client, section, make_article, soup
):
    add = admin_client.get(f"/admin/pages/add/news/articlepage/{section.pk}/")
    draft = make_article(title="ข่าวร่าง", slug="draft-story", publish=False)
    edit = admin_client.get(f"/admin/pages/{draft.pk}/edit/")

    assert "w-autosave" not in editor_form_controllers(add, soup)
    assert "w-autosave" in editor_form_controllers(edit, soup)


def test_the_edit_form_autosaves_and_shows_the_slug_the_page_got(admin_client, make_article):
    draft = make_article(title="Rice exports rise", slug="rice-exports-rise", publish=False)
    thai_title = "ส่งออกข้าวเพิ่มขึ้น"
    # The editor retyped the headline in Thai; the slug field was emptied (slug-rule.js).
    form = half_filled_form(thai_title, slug="")
    form["standfirst"] = draft.standfirst

    response = admin_client.post(f"/admin/pages/{draft.pk}/edit/", form, **AUTOSAVE)

    assert response.status_code == 200, response.content.decode()[:2000]
    saved = ArticlePage.objects.get(pk=draft.pk).get_latest_revision_as_object()
    assert saved.title == thai_title
    assert saved.slug == f"story-{draft.translation_key.hex[:8]}"
    assert response.json()["field_updates"]["slug"] == saved.slug
