"""
Which search backend the site uses, chosen by environment variables.

By default the search index lives in the site's own database (Wagtail's
database backend): SQLite's FTS5 in development, PostgreSQL's full-text
search in production, with the ``thai_english`` configuration created by
search/migrations/0001 (Thai words as written, English words stemmed).

A newsroom that outgrows its database sets ``SEARCH_BACKEND=opensearch``
(or ``elasticsearch``) and ``SEARCH_URLS``; the index then lives in that
cluster, analysed with Thai-aware tokenization and English stemming.

Imported by the settings, so this module touches no model.
"""

from django.core.exceptions import ImproperlyConfigured

POSTGRES_SEARCH_CONFIG = "thai_english"

CLUSTER_BACKENDS = {
    # OpenSearch 2.x and 3.x servers, through opensearch-py 3 (requirements.txt).
    "opensearch": "wagtail.search.backends.opensearch3",
    # Elasticsearch 9: also `pip install "elasticsearch>=9,<10"`.
    "elasticsearch": "wagtail.search.backends.elasticsearch9",
}
# `thai` is built into OpenSearch and Elasticsearch; `icu_tokenizer` needs the
# analysis-icu plugin and is the same word breaker we use before indexing.
TOKENIZERS = ("thai", "icu_tokenizer")


def search_backends(environ):
    """WAGTAILSEARCH_BACKENDS for the given environment (a mapping like os.environ)."""
    kind = environ.get("SEARCH_BACKEND", "database")
    if kind == "database":
        return {
            "default": {
                # Wagtail's database backend, matched through the GIN index on
                # PostgreSQL (search/database_backend.py).
                "BACKEND": "search.database_backend",
                # Only PostgreSQL reads it; SQLite's tokenizer is set in the migration.
                "SEARCH_CONFIG": POSTGRES_SEARCH_CONFIG,
            }
        }
    if kind not in CLUSTER_BACKENDS:
        choices = ", ".join(["database", *CLUSTER_BACKENDS])
        raise ImproperlyConfigured(f"SEARCH_BACKEND={kind!r}: choose one of {choices}.")
    urls = [url.strip() for url in environ.get("SEARCH_URLS", "").split(",") if url.strip()]
    if not urls:
        raise ImproperlyConfigured(f"SEARCH_BACKEND={kind} needs SEARCH_URLS, comma-separated.")
    tokenizer = environ.get("SEARCH_TOKENIZER", "thai")
    if tokenizer not in TOKENIZERS:
        raise ImproperlyConfigured(f"SEARCH_TOKENIZER={tokenizer!r}: choose one of {TOKENIZERS}.")
    return {
        "default": {
            "BACKEND": CLUSTER_BACKENDS[kind],
            "URLS": urls,
            "INDEX_PREFIX": environ.get("SEARCH_INDEX_PREFIX", "newsroom_"),
            "TIMEOUT": int(environ.get("SEARCH_TIMEOUT", "5")),
            "INDEX_SETTINGS": thai_index_settings(tokenizer),
        }
    }


def thai_index_settings(tokenizer):
    """
    Analysis settings merged into the cluster's index: the default analyzer
    (used by every text field) splits Thai into words and stems English; the
    autocomplete analyzer splits the same way before making prefixes. The
    text we send is already segmented (localization/indexing.py), so the cluster
    and the database backends see the same words.
    """
    return {
        "settings": {
            "analysis": {
                "analyzer": {
                    "default": {
                        "type": "custom",
                        "tokenizer": tokenizer,
                        "filter": ["lowercase", "decimal_digit", "english_stemmer"],
                    },
                    "edgengram_analyzer": {
                        "type": "custom",
                        "tokenizer": tokenizer,
                        "filter": ["lowercase", "decimal_digit", "edgengram"],
                    },
                },
                "filter": {"english_stemmer": {"type": "stemmer", "language": "english"}},
            }
        }
    }
