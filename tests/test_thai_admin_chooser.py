"""
The related-story chooser's "Choose a page (Article)" is in each editor's
admin language, whoever opened an article editor first in the process
(issue 15). Wagtail bakes that label into a plain string when the block's
widget is built, and the block keeps its widget for the process's life
(localization/chooser_labels.py).
"""

import html
import json
import re
import threading

import pytest
from django.utils import translation
from wagtail.users.models import UserProfile

from news.blocks import ArticleChooserBlock

BLOCK_DEFINITIONS = re.compile(r'data-w-block-data-value="([^"]*)"')


def _editor(django_user_model, username, language):
    user = django_user_model.objects.create_superuser(username, password="x" * 12)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


def _strings(packed):
    if isinstance(packed, str):
        yield packed
    elif isinstance(packed, dict | list):
        for item in packed.values() if isinstance(packed, dict) else packed:
            yield from _strings(item)


def _article_chooser_labels(response, soup):
    """The labels of the "Choose a page (<type>)" buttons the editor's block
    definitions (telepath JSON) hold."""
    labels = []
    for found in BLOCK_DEFINITIONS.findall(response.content.decode()):
        for text in _strings(json.loads(html.unescape(found))):
            for button in soup(text).select(".page-chooser .chooser__choose-button"):
                labels.append(button.get_text(strip=True))
    return labels


@pytest.mark.django_db
def test_an_english_editor_first_leaves_the_thai_editors_chooser_thai(
    client, django_user_model, make_article, soup
):
    story = make_article(title="ราคาทุเรียนส่งออกพุ่ง")
    english = _editor(django_user_model, "ananya", "en")
    thai = _editor(django_user_model, "pranee", "th")

    client.force_login(english)
    assert _article_chooser_labels(client.get(f"/admin/pages/{story.pk}/edit/"), soup) == [
        "Choose a page (Article)"
    ]
    client.force_login(thai)
    assert _article_chooser_labels(client.get(f"/admin/pages/{story.pk}/edit/"), soup) == [
        "เลือกหน้า (ข่าว)"
    ]


def test_a_fresh_blocks_widget_and_field_built_in_english_serve_thai():
    """Two request threads building the block's widget and form field at once,
    in English, leave no English label behind: the label is lazy from the
    moment the widget exists."""
    block = ArticleChooserBlock()
    built = []

    def build(attribute):
        with translation.override("en"):
            built.append(getattr(block, attribute))

    threads = [threading.Thread(target=build, args=(name,)) for name in ("widget", "field")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    with translation.override("th"):
        assert str(block.widget.choose_one_text) == "เลือกหน้า (ข่าว)"
        assert str(block.field.widget.choose_one_text) == "เลือกหน้า (ข่าว)"
    with translation.override("en"):
        assert str(block.field.widget.choose_one_text) == "Choose a page (Article)"
