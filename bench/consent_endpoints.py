"""
Benchmark: the consent endpoints, the notice's share of a page, and the log export.

In a throwaway database, each figure is measured beside a baseline in the same
run, interleaved so both see the same machine load:

- POST /consent/ (validate, write a record, set the cookie, redirect) against
  a bare Django view that only sets a cookie and redirects;
- GET /consent/state.css against a bare view returning the same CSS;
- rendering the notice (head and body parts) against rendering the whole
  front page it sits in;
- exporting the consent log as CSV, our chunked stream against Wagtail's own
  (which holds every row in memory): time and peak memory.

Run with `.venv/bin/python bench/consent.py` (`--runs N`, `--records N`);
DATABASE_URL picks the database as for the site.
"""

import argparse
import os
import statistics
import sys
import time
import tracemalloc
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.http import HttpResponse, HttpResponseRedirect  # noqa: E402
from django.template import Context, Template  # noqa: E402
from django.test import Client, RequestFactory  # noqa: E402
from django.urls import path  # noqa: E402
from django.utils import timezone, translation  # noqa: E402
from wagtail.admin.views.mixins import SpreadsheetExportMixin  # noqa: E402
from wagtail.models import Locale  # noqa: E402

from bench.harness import percentile, thai_home, throwaway_database  # noqa: E402
from consent.admin_views import ConsentLogView  # noqa: E402
from consent.models import ConsentRecord, ThirdPartyTag  # noqa: E402
from consent.views import HIDE_NOTICE_CSS  # noqa: E402
from demo.consent import ensure_demo_consent  # noqa: E402
from news.models import SectionPage  # noqa: E402

NOTICE_TEMPLATE = Template("{% load consent_tags %}{% consent_head %}{% consent_notice %}")


def bare_decide(request):
    response = HttpResponseRedirect("/th/")
    response.set_cookie("bench", "version:1|analytics:0|marketing:0", samesite="Lax")
    return response


def bare_css(request):
    return HttpResponse(HIDE_NOTICE_CSS, content_type="text/css")


def bench_urlpatterns():
    from config.urls import urlpatterns

    return [path("bench/decide/", bare_decide), path("bench/css/", bare_css), *urlpatterns]


urlpatterns = []  # filled in main(); this module is the ROOT_URLCONF while timing


def build_site():
    english, _created = Locale.objects.get_or_create(language_code="en")
    home = thai_home()
    home.copy_for_translation(english).save_revision().publish()
    home.add_child(instance=SectionPage(title="โลก", slug="world", show_in_menus=True))
    ensure_demo_consent(lambda line: None)
    ThirdPartyTag.objects.create(
        name="Readership counter", purpose="analytics", code="<script>count()</script>"
    )


def timed(call):
    start = time.perf_counter()
    call()
    return time.perf_counter() - start


def compare(label, baseline_label, measured, baseline):
    p50, base50 = statistics.median(measured), statistics.median(baseline)
    for name, samples in ((label, measured), (baseline_label, baseline)):
        print(
            f"  {name:<34} p50 {statistics.median(samples) * 1000:7.3f} ms   "
            f"p95 {percentile(samples, 0.95) * 1000:7.3f} ms"
        )
    print(f"  ratio: {p50 / base50:.2f}x")


def bench_endpoints(runs):
    client = Client()
    decision = {"decision": "custom", "analytics": "1", "language": "th", "next": "/th/"}

    def post_decision():
        assert client.post("/consent/", decision).status_code == 303

    def post_bare():
        assert client.post("/bench/decide/", decision).status_code == 302

    def get_state():
        assert client.get("/consent/state.css?version=1").status_code == 200

    def get_bare_css():
        assert client.get("/bench/css/").status_code == 200

    for call in (post_decision, post_bare, get_state, get_bare_css):
        call()  # warm up
    decide_times, bare_times, css_times, bare_css_times = [], [], [], []
    for _ in range(runs):
        decide_times.append(timed(post_decision))
        bare_times.append(timed(post_bare))
        css_times.append(timed(get_state))
        bare_css_times.append(timed(get_bare_css))
    print("POST /consent/ (records a decision) vs a bare cookie-and-redirect view")
    compare("POST /consent/", "bare view", decide_times, bare_times)
    print("GET /consent/state.css vs a bare view returning the same CSS")
    compare("GET /consent/state.css", "bare view", css_times, bare_css_times)


def bench_notice_share(runs):
    client = Client()
    request = RequestFactory().get("/th/")
    client.get("/th/")  # warm up: the notice is cached after this

    def render_notice():
        request.__dict__.pop("consent_chrome", None)  # as on a new request
        with translation.override("th"):
            NOTICE_TEMPLATE.render(Context({"request": request}))

    def render_page():
        assert client.get("/th/").status_code == 200

    render_notice()
    notice_times, page_times = [], []
    for _ in range(runs):
        notice_times.append(timed(render_notice))
        page_times.append(timed(render_page))
    print("The notice's head and body parts vs the whole front page (GET /th/)")
    compare("notice parts", "whole front page", notice_times, page_times)


def bench_export(records):
    now = timezone.now()
    ConsentRecord.objects.bulk_create(
        ConsentRecord(
            consent_id=uuid.uuid4(),
            decision="custom",
            analytics=n % 2 == 0,
            marketing=n % 3 == 0,
            policy_version=1,
            language="th",
            created_at=now,
        )
        for n in range(records)
    )
    view = ConsentLogView()
    view.setup(RequestFactory().get("/admin/consent_log/", {"export": "csv"}))

    def log():
        # A fresh queryset each time: an evaluated one would hand back its cached rows.
        return ConsentRecord.objects.order_by("-created_at", "-pk")

    def export(stream):
        # Timed on its own: tracing allocations slows Python several times over.
        start = time.perf_counter()
        size = sum(len(line) for line in stream(view, log()))
        elapsed = time.perf_counter() - start
        tracemalloc.start()
        for _line in stream(view, log()):
            pass
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        return elapsed, peak, size

    ours = export(ConsentLogView.stream_csv)
    wagtails = export(SpreadsheetExportMixin.stream_csv)
    assert ours[2] == wagtails[2], "both exports must write the same CSV"
    print(f"CSV export of {records:,} records ({ours[2] / 1024:,.0f} KB)")
    for name, (elapsed, peak, _size) in (("ours (chunked)", ours), ("Wagtail's", wagtails)):
        print(f"  {name:<16} {elapsed:6.2f} s   peak memory {peak / 2**20:6.1f} MB")
    print(f"  ratio: time {ours[0] / wagtails[0]:.2f}x, peak memory {ours[1] / wagtails[1]:.2f}x")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--runs", type=int, default=300)
    parser.add_argument("--records", type=int, default=50_000)
    args = parser.parse_args()

    urlpatterns.extend(bench_urlpatterns())
    with throwaway_database(urlconf=__name__):
        build_site()
        print(f"database: {connection.vendor}; runs: {args.runs}")
        bench_endpoints(args.runs)
        bench_notice_share(args.runs)
        bench_export(args.records)


if __name__ == "__main__":
    main()
