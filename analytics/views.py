"""
The view-count beacon: POST /<lang>/analytics/views/<article id>/.

The article page is cached, so the server cannot count views when it sends
the page; beacon.js sends this small request once the page is shown instead.
It sets no cookie and stores nothing about the reader (see filters.py).
The answer is always an empty 204, whether the view was counted or not.
"""

from django.http import Http404, HttpResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from analytics.counting import record_view
from analytics.filters import (
    is_bot,
    is_over_address_limit,
    is_prefetch,
    is_repeat_view,
    is_staff,
)
from news.models import ArticlePage


# No CSRF token: the page that sends the beacon is the same cached page for
# everyone. A forged beacon can only add a view, and the repeat check limits
# that to one per address and browser per window, and to VIEW_COUNT_PER_ADDRESS
# per address whatever the browser.
@csrf_exempt
@require_POST
def beacon(request, article_id):
    if not ArticlePage.objects.live().filter(pk=article_id).exists():
        raise Http404
    if should_count(request, article_id):
        record_view(article_id)
    return HttpResponse(status=204)


def should_count(request, article_id):
    if is_bot(request) or is_prefetch(request) or is_staff(request):
        return False
    return not is_repeat_view(request, article_id) and not is_over_address_limit(
        request, article_id
    )
