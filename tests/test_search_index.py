"""
The search index follows the content: publishing, unpublishing, republished
edits, deletion, byline and tag changes and translations; and the settings
for a search cluster (OpenSearch / Elasticsearch) keep Thai words and English
stems.
"""

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.test.utils import override_settings
from wagtail.search.backends import get_search_backend
from wagtail_localize.models import StringTranslation, Translation

from news.models import ArticlePage
from search.backends import search_backends
from tests.search_helpers import RATE_SENTENCE, found, search

pytestmark = pytest.mark.django_db


# The index follows the content


def test_a_draft_is_found_only_once_published_and_never_after_unpublishing(
    client, make_article, soup
):
    article = make_article(title="ข่าวแผ่นดินไหว", publish=False)
    assert found(search(client, "แผ่นดินไหว"), soup) == []
    article.save_revision().publish()
    assert found(search(client, "แผ่นดินไหว"), soup) == ["ข่าวแผ่นดินไหว"]
    ArticlePage.objects.get(pk=article.pk).unpublish()
    assert found(search(client, "แผ่นดินไหว"), soup) == []


def test_a_republished_edit_replaces_the_old_words(client, make_article, soup):
    article = make_article(title="ข่าวแผ่นดินไหว")
    article.title = "ข่าวพายุฤดูร้อน"
    article.save_revision().publish()
    assert found(search(client, "แผ่นดินไหว"), soup) == []
    assert found(search(client, "พายุ"), soup) == ["ข่าวพายุฤดูร้อน"]


def test_a_saved_draft_does_not_change_what_readers_find(client, make_article, soup):
    article = make_article(title="ข่าวแผ่นดินไหว")
    article.title = "ข่าวพายุฤดูร้อน"
    article.save_revision()
    assert found(search(client, "แผ่นดินไหว"), soup) == ["ข่าวแผ่นดินไหว"]
    assert found(search(client, "พายุ"), soup) == []


def test_a_deleted_story_leaves_the_index(client, make_article, soup):
    article = make_article(title="ข่าวแผ่นดินไหว")
    entries = get_index_entries(article)
    assert entries.exists()
    ArticlePage.objects.get(pk=article.pk).delete()
    assert not entries.exists()
    assert found(search(client, "แผ่นดินไหว"), soup) == []


def get_index_entries(page):
    from wagtail.search.models import IndexEntry

    return IndexEntry.objects.filter(object_id=str(page.pk))


def test_authors_and_tags_added_in_the_publishing_edit_are_found(
    client, make_article, make_author, soup
):
    article = make_article(title="ข่าวการเมือง")
    article.article_authors.create(author=make_author(name="วรรณา ศรีสุข"))
    article.tags.add("รัฐสภา")
    article.save_revision().publish()
    assert found(search(client, "วรรณา"), soup) == ["ข่าวการเมือง"]
    assert found(search(client, "รัฐสภา"), soup) == ["ข่าวการเมือง"]


def test_renaming_an_author_reindexes_their_stories(client, make_article, make_author, soup):
    author = make_author(name="วรรณา ศรีสุข")
    make_article(title="ข่าวการเมือง", authors=[author])
    author.name = "วรรณี ทองดี"
    author.save()
    assert found(search(client, "วรรณี"), soup) == ["ข่าวการเมือง"]
    assert found(search(client, "วรรณา"), soup) == []


def test_a_translation_is_found_in_its_language_once_published(
    admin_client,
    client,
    make_article,
    english_section,
    locale_en,
    soup,
    django_capture_on_commit_callbacks,
):
    thai = make_article(title="ชาวนาเริ่มปลูกข้าวรอบใหม่", standfirst="ฝนมาตามฤดู")
    response = admin_client.post(
        f"/admin/localize/submit/page/{thai.pk}/", {"locales": [locale_en.pk]}
    )
    assert response.status_code == 302
    translation = Translation.objects.get(source__object_id=thai.translation_key)
    english_text = {
        "ชาวนาเริ่มปลูกข้าวรอบใหม่": "Farmers plant a new rice crop",
        "ฝนมาตามฤดู": "The rains came on time",
    }
    for segment_ in translation.source.stringsegment_set.select_related("string", "context"):
        StringTranslation.objects.create(
            translation_of=segment_.string,
            locale=locale_en,
            context=segment_.context,
            data=english_text.get(segment_.string.data, segment_.string.data),
        )
    assert found(search(client, "rains", lang="en"), soup) == []
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)

    assert found(search(client, "rains", lang="en"), soup) == ["Farmers plant a new rice crop"]
    assert found(search(client, "rains", lang="th"), soup) == []
    assert found(search(client, "ชาวนา", lang="th"), soup) == ["ชาวนาเริ่มปลูกข้าวรอบใหม่"]


# Scale-out: OpenSearch / Elasticsearch settings


def test_the_database_backend_is_the_default():
    backends = search_backends({})
    assert backends["default"]["BACKEND"] == "search.database_backend"
    assert backends["default"]["SEARCH_CONFIG"] == "thai_english"


@pytest.mark.parametrize(
    "environ",
    [
        {"SEARCH_BACKEND": "solr"},
        {"SEARCH_BACKEND": "opensearch"},
        {"SEARCH_BACKEND": "opensearch", "SEARCH_URLS": "http://x:9200", "SEARCH_TOKENIZER": "x"},
    ],
)
def test_a_cluster_backend_needs_a_known_kind_urls_and_tokenizer(environ):
    with pytest.raises(ImproperlyConfigured):
        search_backends(environ)


@pytest.mark.parametrize("tokenizer", ["thai", "icu_tokenizer"])
def test_opensearch_is_configured_for_thai_words_and_english_stems(make_article, tokenizer):
    environ = {
        "SEARCH_BACKEND": "opensearch",
        "SEARCH_URLS": "https://search-1.internal:9200, https://search-2.internal:9200",
        "SEARCH_TOKENIZER": tokenizer,
    }
    article = make_article(title="ข่าวเศรษฐกิจ", body=[("paragraph", f"<p>{RATE_SENTENCE}</p>")])
    with override_settings(WAGTAILSEARCH_BACKENDS=search_backends(environ)):
        backend = get_search_backend("default")  # builds the client; connects to nothing

    assert [host["host"] for host in backend.hosts] == ["search-1.internal", "search-2.internal"]
    analysis = backend.settings["settings"]["analysis"]
    assert analysis["analyzer"]["default"]["tokenizer"] == tokenizer
    assert "english_stemmer" in analysis["analyzer"]["default"]["filter"]
    assert analysis["analyzer"]["edgengram_analyzer"]["tokenizer"] == tokenizer
    assert "ngram_analyzer" in analysis["analyzer"]  # Wagtail's own analyzers are kept
    # The document sent to the cluster carries the same segmented words.
    document = backend.mapping_class(ArticlePage).get_document(article)
    body = next(value for key, value in document.items() if key.endswith("__body"))
    assert "อัตรา ดอกเบี้ย นโยบาย" in body
