"""
Benchmark: site search over 20,000 generated Thai and English articles on
PostgreSQL.

Builds a throwaway database (migrations, a Thai home with an English
translation, three sections each), generates the articles and indexes them
with the site's own indexer, then prints:

- p50/p95 of a search as the results page runs it (first ten results and the
  count) for single Thai words, Thai phrases typed without spaces and English
  words; beside it the section listing's query (newest ten and the count) as
  the baseline, and the ratio;
- p50/p95 of the suggestions endpoint's query;
- recall on a labelled set of Thai queries: each query's stories are the ones
  the generator planted its term in, so the truth is known without reading;
  also the hits outside that set, split into those that do contain the query
  as text and those that do not (false hits);
- how long generating and indexing took.

Generating is fast because articles are not created one by one through
treebeard and revisions: page rows are computed (tree paths, URL paths) and
bulk-inserted, the article rows inserted beside them, and only indexing goes
through the real code path (the search backend's add_bulk with our segmented
fields), a batch at a time.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres .venv/bin/python bench/search_bench.py

`--articles N` changes the number of articles, `--runs N` the timed runs per
query. Takes about six minutes for 20,000 articles; `--articles 2000`, under a minute.
"""

import argparse
import os
import random
import sys
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

# Its own throwaway database on the local PostgreSQL unless told otherwise.
os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/newsroom_search_bench")

import django  # noqa: E402

django.setup()

from urllib.parse import urlencode  # noqa: E402

from django.contrib.contenttypes.models import ContentType  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client, RequestFactory  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import translation  # noqa: E402
from wagtail.models import Locale, Page  # noqa: E402
from wagtail.search.backends import get_search_backend  # noqa: E402

from bench.harness import (  # noqa: E402
    HEADER,
    bench_urlpatterns,
    compare_with_bare,
    percentile,
    print_load,
    print_row,
    queries_of,
    thai_home,
    throwaway_database,
)
from bench.search_corpus import (  # noqa: E402
    ENGLISH_QUERIES,
    SUGGESTION_PREFIXES,
    THAI_QUERIES,
    generate_article,
)
from localization.segmentation import words  # noqa: E402
from news.models import ArticlePage, SectionPage  # noqa: E402
from search.forms import SearchForm  # noqa: E402
from search.query import ReaderQuery  # noqa: E402
from search.suggestions import headline_suggestions  # noqa: E402
from search.views import SearchPaginator, matching_stories, sections_of  # noqa: E402

urlpatterns = []  # filled in main(); this module is the ROOT_URLCONF while timing

THAI_SHARE = 0.8
INDEX_BATCH = 500
RESULTS_PER_PAGE = 10


def build_site():
    """A Thai home and its English translation, three sections each."""
    thai = Locale.get_default()
    english, _ = Locale.objects.get_or_create(language_code="en")
    home = thai_home()
    home.copy_for_translation(english).save_revision().publish()
    sections = {thai: [], english: []}
    for title, slug in [("โลก", "world"), ("ธุรกิจ", "business"), ("ไทย", "thailand")]:
        section = home.add_child(instance=SectionPage(title=title, slug=slug, show_in_menus=True))
        sections[thai].append(section)
        translation = section.copy_for_translation(english)
        translation.save_revision().publish()
        sections[english].append(SectionPage.objects.get(pk=translation.pk))
    return thai, english, sections


def insert_articles(section, stories, start_date):
    """Page rows computed and bulk-inserted, then the article rows beside them."""
    content_type = ContentType.objects.get_for_model(ArticlePage)
    depth = section.depth + 1
    pages = []
    for number, (title, *_rest) in enumerate(stories, start=1):
        slug = f"story-{section.pk}-{number}"
        date = start_date + timedelta(hours=number)
        pages.append(
            Page(
                title=title,
                draft_title=title,
                slug=slug,
                content_type=content_type,
                locale_id=section.locale_id,
                translation_key=uuid.uuid4(),
                live=True,
                path=ArticlePage._get_path(section.path, depth, number),
                depth=depth,
                numchild=0,
                url_path=f"{section.url_path}{slug}/",
                first_published_at=date,
                last_published_at=date,
            )
        )
    Page.objects.bulk_create(pages, batch_size=1000)
    articles = [
        ArticlePage(
            page_ptr_id=page.pk,
            standfirst=standfirst,
            body=[("paragraph", f"<p>{text}</p>") for text in paragraphs],
            display_date=page.first_published_at,
        )
        for page, (_title, standfirst, paragraphs, _terms) in zip(pages, stories, strict=True)
    ]
    fields = ArticlePage._meta.local_concrete_fields
    for start in range(0, len(articles), 1000):
        ArticlePage._base_manager._insert(articles[start : start + 1000], fields=fields)
    Page.objects.filter(pk=section.pk).update(numchild=len(pages))
    return [page.pk for page in pages]


def generate(count, rng, thai, english, sections):
    """Insert `count` articles; return {planted term: set of article pks}."""
    planted = {}
    start_date = datetime(2024, 1, 1, tzinfo=UTC)
    thai_count = int(count * THAI_SHARE)
    for locale, total in ((thai, thai_count), (english, count - thai_count)):
        per_section = total // len(sections[locale])
        for section in sections[locale]:
            stories = [generate_article(rng, locale == thai) for _ in range(per_section)]
            pks = insert_articles(section, stories, start_date)
            for pk, story in zip(pks, stories, strict=True):
                for term in story[3]:
                    planted.setdefault(term, set()).add(pk)
    return planted


def index_all():
    backend = get_search_backend()
    pks = list(ArticlePage.objects.order_by("pk").values_list("pk", flat=True))
    for start in range(0, len(pks), INDEX_BATCH):
        batch = list(ArticlePage.objects.filter(pk__in=pks[start : start + INDEX_BATCH]))
        backend.add_bulk(ArticlePage, batch)
    # As autovacuum leaves a live database: statistics, and the GIN indexes'
    # pending lists merged (a bulk load leaves them long, and slow to read).
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    return len(pks)


def search_page(locale, text):
    """What the results page asks the database: the first ten results and the count."""
    query = ReaderQuery.parse(text)
    results = matching_stories(search_form(locale, text), locale, query)
    page = SearchPaginator(results, RESULTS_PER_PAGE).page(1)
    return list(page), page.paginator.count


def search_form(locale, text):
    form = SearchForm({"q": text}, sections=sections_of(locale))
    assert form.is_valid(), form.errors
    return form


def listing_page(section):
    """The database baseline: a section page's newest ten and its count."""
    articles = ArticlePage.objects.live().child_of(section).newest_first()
    return list(articles[:RESULTS_PER_PAGE]), articles.count()


def suggestions(locale, text):
    with translation.override(locale.language_code):
        return headline_suggestions(RequestFactory().get("/"), text)


def timed(function, *args, runs):
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        function(*args)
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def report_latency(label, samples, baseline=None):
    p50, p95 = percentile(samples, 0.5), percentile(samples, 0.95)
    line = f"  {label:<34} p50 {p50:7.2f} ms   p95 {p95:7.2f} ms"
    if baseline:
        line += f"   x{p50 / percentile(baseline, 0.5):5.1f} of baseline p50"
    print(line)


def time_views(client, label, urls, runs):
    """One row: the real views through the middleware, interleaved with the bare view."""
    pages, bares = [], []
    for url in urls:
        client.get(url)  # warm: plans, templates, the site-root cache
        page_times, bare_times = compare_with_bare(client, url, runs)
        pages += page_times
        bares += bare_times
    queries, size = queries_of(client, urls[0])
    print_row(label, (pages, bares), queries, size)


def search_url(locale, text):
    return f"/{locale.language_code}/search/?{urlencode({'q': text})}"


def suggest_url(locale, text):
    return f"/{locale.language_code}/search/suggest/?{urlencode({'q': text})}"


def explain_queries(label, client, url, marker):
    """EXPLAIN ANALYZE of the queries a GET of `url` makes whose SQL holds `marker`: plan nodes."""
    with CaptureQueriesContext(connection) as captured:
        client.get(url)
    for query in captured.captured_queries:
        sql = query["sql"]
        if marker not in sql:
            continue
        kind = "count" if sql.startswith("SELECT COUNT(*)") else "rows"
        with connection.cursor() as cursor:
            cursor.execute("EXPLAIN (ANALYZE, COSTS OFF) " + sql)
            plan = [row[0] for row in cursor.fetchall()]
        print(f"\n  {label}, {kind}:")
        for line in plan:
            node = line.lstrip().startswith(("->", "Index Cond"))
            if node or line.startswith(("Limit", "Aggregate")):
                print("    " + line.rstrip())
            elif line.startswith("Execution Time"):
                print("    " + line)


def recall(thai, planted):
    """Per labelled query: planted stories found, and hits outside the planted set."""
    texts = dict(ArticlePage.objects.filter(locale=thai).values_list("pk", "title"))
    found_total = relevant_total = false_total = 0
    print("\nRecall on the labelled Thai queries (all results, not only the first page)")
    print(f"  {'query':<30} {'words':>5} {'relevant':>8} {'found':>6} {'recall':>7} {'extra':>6}")
    for text, terms in THAI_QUERIES.items():
        relevant = set().union(*(planted.get(term, set()) for term in terms))
        query = ReaderQuery.parse(text)
        hits = {story.pk for story in matching_stories(search_form(thai, text), thai, query)}
        extra = hits - relevant
        false_hits = {pk for pk in extra if text not in full_text(pk, texts)}
        found_total += len(hits & relevant)
        relevant_total += len(relevant)
        false_total += len(false_hits)
        share = len(hits & relevant) / len(relevant) if relevant else 1.0
        print(
            f"  {text:<30} {len(words(text)):>5} {len(relevant):>8} {len(hits & relevant):>6} "
            f"{share:>7.1%} {len(extra):>6}"
        )
    print(
        f"  overall recall {found_total / relevant_total:.1%} ({found_total}/{relevant_total}); "
        f"false hits (query text not in the story): {false_total}"
    )


def full_text(pk, titles):
    article = ArticlePage.objects.get(pk=pk)
    return " ".join([titles[pk], article.standfirst, str(article.body.raw_data)])


def categorised_thai_queries():
    single = [q for q in THAI_QUERIES if len(words(q)) == 1]
    phrases = [q for q in THAI_QUERIES if len(words(q)) > 1]
    return single, phrases


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    if connection.vendor != "postgresql":
        sys.exit("This benchmark needs PostgreSQL: set DATABASE_URL=postgres://...")
    urlpatterns.extend(bench_urlpatterns())
    with throwaway_database(urlconf=__name__):
        run(args)


def run(args):
    rng = random.Random(args.seed)
    thai, english, sections = build_site()
    started = time.perf_counter()
    planted = generate(args.articles, rng, thai, english, sections)
    generated = time.perf_counter() - started
    started = time.perf_counter()
    indexed = index_all()
    indexing = time.perf_counter() - started
    print_load()
    print(f"{indexed} articles ({THAI_SHARE:.0%} Thai) on {connection.vendor}")
    print(f"  generated in {generated:.1f} s, indexed in {indexing:.1f} s")
    print(f"  ({indexed / indexing:.0f} articles/s through the site's indexer)")

    single, phrases = categorised_thai_queries()
    rows = [
        (f"Thai words ({len(single)})", thai, single),
        (f"Thai phrases ({len(phrases)})", thai, phrases),
        (f"English words ({len(ENGLISH_QUERIES)})", english, ENGLISH_QUERIES),
    ]
    client = Client()
    print(f"\nThe real views through the middleware, {args.runs} runs per query")
    print(HEADER)
    for label, locale, queries in rows:
        time_views(client, label, [search_url(locale, q) for q in queries], args.runs)
    urls = [suggest_url(thai, prefix) for prefix in SUGGESTION_PREFIXES]
    time_views(client, f"suggestions ({len(urls)} prefixes)", urls, args.runs)

    baseline = timed(listing_page, sections[thai][0], runs=args.runs * 5)
    print(f"\nThe database's part: first page and count ({args.runs} runs per query)")
    report_latency("baseline: section listing", baseline)
    for label, locale, queries in rows:
        samples = [s for q in queries for s in timed(search_page, locale, q, runs=args.runs)]
        report_latency(label, samples, baseline)
    samples = [s for p in SUGGESTION_PREFIXES for s in timed(suggestions, thai, p, runs=args.runs)]
    report_latency(f"suggestions ({len(SUGGESTION_PREFIXES)} prefixes)", samples, baseline)

    print("\nQuery plans (EXPLAIN ANALYZE; plan nodes only)")
    explain_queries("Thai word ดอกเบี้ย", client, search_url(thai, "ดอกเบี้ย"), "@@")
    explain_queries("Thai phrase อัตราดอกเบี้ย", client, search_url(thai, "อัตราดอกเบี้ย"), "@@")
    explain_queries("suggestions ดอกเบ", client, suggest_url(thai, "ดอกเบ"), " LIKE ")

    recall(thai, planted)


if __name__ == "__main__":
    main()
