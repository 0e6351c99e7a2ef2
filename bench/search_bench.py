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

import django  # noqa: E402

django.setup()

from django.contrib.contenttypes.models import ContentType  # noqa: E402
from django.db import connection  # noqa: E402
from wagtail.models import Locale, Page  # noqa: E402
from wagtail.search.backends import get_search_backend  # noqa: E402

from bench.harness import percentile, thai_home, throwaway_database  # noqa: E402
from localization.segmentation import words  # noqa: E402
from news.models import ArticlePage, SectionPage  # noqa: E402
from search.query import ReaderQuery  # noqa: E402

THAI_SHARE = 0.8
INDEX_BATCH = 500
RESULTS_PER_PAGE = 10

# Filler: everyday Thai news words, none of them part of a planted term.
THAI_FILLER = [
    "เจ้าหน้าที่",
    "ประชุม",
    "ร่วมกับ",
    "ประชาชน",
    "เพื่อ",
    "หารือ",
    "เรื่อง",
    "แนวทาง",
    "แก้ไข",
    "ปัญหา",
    "ที่เกิดขึ้น",
    "พื้นที่",
    "โดย",
    "มี",
    "ผู้เข้าร่วม",
    "จำนวนมาก",
    "ทั้งนี้",
    "คาดว่า",
    "จะ",
    "ความคืบหน้า",
    "ภายใน",
    "สัปดาห์",
    "นอกจากนี้",
    "ยัง",
    "สำรวจ",
    "ความคิดเห็น",
    "ชุมชน",
    "อย่างต่อเนื่อง",
    "ขณะที่",
    "หน่วยงาน",
    "ท้องถิ่น",
    "เตรียม",
    "งบประมาณ",
    "สำหรับ",
    "โครงการ",
    "ใหม่",
    "ซึ่ง",
    "เริ่มต้น",
    "ปีหน้า",
    "รัฐบาล",
    "ประกาศ",
    "มาตรการ",
    "ช่วยเหลือ",
    "ครอบครัว",
    "ได้รับ",
    "ผลกระทบ",
    "อย่างหนัก",
    "ตัวแทน",
    "กล่าวว่า",
    "สถานการณ์",
    "ดีขึ้น",
    "เมื่อเทียบกับ",
    "เดือนที่แล้ว",
    "แต่",
    "ยังคง",
    "ต้อง",
    "ติดตาม",
    "ใกล้ชิด",
    "นักวิชาการ",
    "เสนอ",
    "ให้",
    "ทบทวน",
    "นโยบาย",
    "ระยะยาว",
    "และ",
    "เปิดเผย",
    "ข้อมูล",
    "ต่อ",
    "สาธารณะ",
    "อีกด้านหนึ่ง",
    "ภาคเอกชน",
    "พร้อม",
    "สนับสนุน",
    "การลงทุน",
    "ใน",
    "จังหวัด",
    "ภาคเหนือ",
    "ภาคใต้",
    "ภาคอีสาน",
    "ผู้สื่อข่าว",
    "รายงาน",
    "ว่า",
    "บรรยากาศ",
    "เป็นไปด้วย",
    "ความเรียบร้อย",
]  # noqa: SIM905 - reads as the word list it is; 85 quoted words would not

# Planted Thai terms: each is put inside an unspaced sentence of some stories.
THAI_TERMS = [
    "ดอกเบี้ย",
    "อัตราดอกเบี้ย",
    "น้ำท่วม",
    "ภัยแล้ง",
    "เลือกตั้ง",
    "แผ่นดินไหว",
    "นักท่องเที่ยว",
    "เงินเฟ้อ",
    "ยางพารา",
    "ข้าวหอมมะลิ",
    "ราคาข้าวหอมมะลิ",
    "รถไฟฟ้า",
    "ฝุ่นละออง",
    "โรงพยาบาล",
    "มหาวิทยาลัย",
    "ธนาคารแห่งประเทศไทย",
    "ผู้ว่าการธนาคารแห่งประเทศไทย",
    "ค่าแรงขั้นต่ำ",
    "พลังงานแสงอาทิตย์",
    "ชาวประมง",
    "ทุเรียน",
    "สนามบิน",
    "ไข้เลือดออก",
    "ตลาดหลักทรัพย์",
]

# The labelled set: each Thai query and the planted terms whose stories must be found.
THAI_QUERIES = {
    "ดอกเบี้ย": ["ดอกเบี้ย", "อัตราดอกเบี้ย"],
    "อัตราดอกเบี้ย": ["อัตราดอกเบี้ย"],
    "น้ำท่วม": ["น้ำท่วม"],
    "ภัยแล้ง": ["ภัยแล้ง"],
    "เลือกตั้ง": ["เลือกตั้ง"],
    "แผ่นดินไหว": ["แผ่นดินไหว"],
    "นักท่องเที่ยว": ["นักท่องเที่ยว"],
    "เงินเฟ้อ": ["เงินเฟ้อ"],
    "ยางพารา": ["ยางพารา"],
    "ข้าวหอมมะลิ": ["ข้าวหอมมะลิ", "ราคาข้าวหอมมะลิ"],
    "ราคาข้าวหอมมะลิ": ["ราคาข้าวหอมมะลิ"],
    "รถไฟฟ้า": ["รถไฟฟ้า"],
    "ฝุ่นละออง": ["ฝุ่นละออง"],
    "โรงพยาบาล": ["โรงพยาบาล"],
    "มหาวิทยาลัย": ["มหาวิทยาลัย"],
    "ธนาคารแห่งประเทศไทย": ["ธนาคารแห่งประเทศไทย", "ผู้ว่าการธนาคารแห่งประเทศไทย"],
    "ผู้ว่าการธนาคารแห่งประเทศไทย": ["ผู้ว่าการธนาคารแห่งประเทศไทย"],
    "ค่าแรงขั้นต่ำ": ["ค่าแรงขั้นต่ำ"],
    "พลังงานแสงอาทิตย์": ["พลังงานแสงอาทิตย์"],
    "ชาวประมง": ["ชาวประมง"],
    "ทุเรียน": ["ทุเรียน"],
    "สนามบิน": ["สนามบิน"],
    "ไข้เลือดออก": ["ไข้เลือดออก"],
    "ตลาดหลักทรัพย์": ["ตลาดหลักทรัพย์"],
}

ENGLISH_FILLER = [
    "officials",
    "met",
    "residents",
    "on",
    "Tuesday",
    "to",
    "discuss",
    "plans",
    "for",
    "the",
    "district",
    "while",
    "the",
    "ministry",
    "said",
    "it",
    "would",
    "publish",
    "figures",
    "next",
    "week",
    "and",
    "local",
    "groups",
    "asked",
    "for",
    "more",
    "support",
    "as",
    "the",
    "government",
    "announced",
    "new",
    "measures",
    "after",
    "months",
    "of",
    "debate",
    "reporters",
    "heard",
    "from",
    "families",
    "traders",
    "and",
    "teachers",
    "across",
    "the",
    "northern",
    "provinces",
]  # noqa: SIM905 - as above
ENGLISH_TERMS = ["floods", "flooding", "election", "elections", "farmers", "farmer", "exports"]
ENGLISH_TERMS += ["exported", "tourists", "inflation", "earthquake", "interest rates"]
ENGLISH_QUERIES = ["flood", "elections", "farmers", "export", "tourist", "inflation"]
ENGLISH_QUERIES += ["earthquake", "interest rates"]


def thai_sentence(rng, term=None):
    """Ten to eighteen filler words written Thai style, without spaces; `term` inside."""
    chosen = rng.choices(THAI_FILLER, k=rng.randint(10, 18))
    if term:
        chosen.insert(rng.randint(1, len(chosen) - 1), term)
    return "".join(chosen)


def english_sentence(rng, term=None):
    chosen = rng.choices(ENGLISH_FILLER, k=rng.randint(10, 18))
    if term:
        chosen.insert(rng.randint(1, len(chosen) - 1), term)
    return " ".join(chosen).capitalize() + "."


def generate_article(rng, thai):
    """(title, standfirst, body paragraphs, planted terms) of one generated story."""
    terms, sentence = (THAI_TERMS, thai_sentence) if thai else (ENGLISH_TERMS, english_sentence)
    planted = rng.sample(terms, k=rng.choice([0, 1, 1, 2]))
    places = {term: rng.randrange(12) for term in planted}  # 0 title, 1 standfirst, else body

    def text_at(place):
        here = [term for term, spot in places.items() if spot == place]
        return sentence(rng, here[0] if here else None)

    # Thai puts a space between sentences, not between words.
    paragraphs = [
        " ".join(text_at(2 + 4 * p + s) for s in range(4) if 2 + 4 * p + s < 12) for p in range(3)
    ]
    return text_at(0), text_at(1), paragraphs, set(planted)


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
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return len(pks)


def search_page(locale, text):
    """What the results page asks the database: the first ten results and the count."""
    query = ReaderQuery.parse(text).as_backend_query()
    results = ArticlePage.objects.live().filter(locale=locale).search(query)
    return list(results[:RESULTS_PER_PAGE]), results.count()


def listing_page(section):
    """The baseline: a section page's newest ten and its count."""
    articles = section.articles()
    return list(articles[:RESULTS_PER_PAGE]), articles.count()


def suggestions(locale, text):
    articles = ArticlePage.objects.live().filter(locale=locale, title__icontains=text)
    return list(articles.newest_first()[:50])


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


def recall(thai, planted):
    """Per labelled query: planted stories found, and hits outside the planted set."""
    texts = dict(ArticlePage.objects.filter(locale=thai).values_list("pk", "title"))
    found_total = relevant_total = false_total = 0
    print("\nRecall on the labelled Thai queries (all results, not only the first page)")
    print(f"  {'query':<30} {'words':>5} {'relevant':>8} {'found':>6} {'recall':>7} {'extra':>6}")
    for text, terms in THAI_QUERIES.items():
        relevant = set().union(*(planted.get(term, set()) for term in terms))
        query = ReaderQuery.parse(text).as_backend_query()
        hits = {a.pk for a in ArticlePage.objects.live().filter(locale=thai).search(query)}
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

    with throwaway_database():
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
    print(f"{indexed} articles ({THAI_SHARE:.0%} Thai) on {connection.vendor}")
    print(f"  generated in {generated:.1f} s, indexed in {indexing:.1f} s")
    print(f"  ({indexed / indexing:.0f} articles/s through the site's indexer)")

    single, phrases = categorised_thai_queries()
    for text in single + phrases + ENGLISH_QUERIES:  # warm caches and plans
        search_page(thai, text)
    baseline = timed(listing_page, sections[thai][0], runs=args.runs * 5)
    print(f"\nSearch, first page and count ({args.runs} runs per query)")
    report_latency("baseline: section listing", baseline)
    for label, locale, queries in [
        (f"Thai words ({len(single)})", thai, single),
        (f"Thai phrases ({len(phrases)})", thai, phrases),
        (f"English words ({len(ENGLISH_QUERIES)})", english, ENGLISH_QUERIES),
    ]:
        samples = [s for q in queries for s in timed(search_page, locale, q, runs=args.runs)]
        report_latency(label, samples, baseline)
    prefixes = ["ดอกเบ", "น้ำท่", "เลือก", "ทุเรี", "ธนาคารแห่ง"]
    samples = [s for p in prefixes for s in timed(suggestions, thai, p, runs=args.runs)]
    report_latency(f"suggestions ({len(prefixes)} prefixes)", samples, baseline)

    recall(thai, planted)


if __name__ == "__main__":
    main()
