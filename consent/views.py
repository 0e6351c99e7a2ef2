"""
The reader-facing consent endpoints.

- ``decide`` (POST /consent/, private): records a decision, sets the
  consent cookie and sends the reader back to the page they were on; our
  JavaScript posts the same form and gets JSON instead of a redirect.
- ``state_css`` (GET /consent/state.css, private): for readers without
  JavaScript, a tiny per-reader stylesheet that hides the notice once they
  have decided. Pages link it inside <noscript>, so the page itself stays
  the same for everyone.
- ``preferences`` (/<lang>/cookie-settings/, public and cached): the choices
  on a page of their own, where the footer's "Cookie settings" link leads
  when JavaScript is off.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import BadRequest, PermissionDenied
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST, require_safe
from django.views.decorators.vary import vary_on_cookie

from consent.cookie import (
    ConsentState,
    issued_here,
    new_consent_id,
    set_consent_cookie,
    state_from_request,
)
from consent.forms import ConsentForm
from consent.models import ConsentRecord
from consent.notice import consent_chrome_for, policy_version_for
from web.network import client_ip
from web.rate_limits import RateLimit, retry_after, too_many_requests

MAX_NEXT_LENGTH = 2000
MAX_VERSION_DIGITS = 9
HIDE_NOTICE_CSS = ".consent-notice{display:none}"


# The notice's form sits on pages cached whole for every reader, so it cannot
# carry a CSRF token. A decision forged from another site is refused by its
# Origin / Sec-Fetch-Site headers instead (comes_from_another_site).
@csrf_exempt
@never_cache
@require_POST
def decide(request):
    if comes_from_another_site(request):
        raise PermissionDenied(_("Consent can only be given on this site."))
    limit = RateLimit.from_setting(settings.CONSENT_RATE_LIMIT)
    wait = retry_after("consent", client_ip(request), limit)
    if wait:
        message = _("Too many choices from your network in a short time. Nothing was saved.")
        return too_many_requests(request, message, wait, as_json=wants_json(request))
    form = ConsentForm(request.POST)
    if not form.is_valid():
        if wants_json(request):
            return JsonResponse({"errors": form.errors}, status=400)
        raise BadRequest(_("Your choice could not be read. Please choose again."))
    language = form.cleaned_data["language"]
    state = record_decision(request, form, language)
    if wants_json(request):
        response = JsonResponse(
            {"version": state.version, "analytics": state.analytics, "marketing": state.marketing}
        )
    else:
        target = safe_next(request, request.POST.get("next")) or home_url(language)
        response = HttpResponseRedirect(target)
        response.status_code = 303  # See Other: the browser follows with a GET
    set_consent_cookie(response, request, state)
    return response


def record_decision(request, form, language):
    """Log the decision and return the state for the reader's cookie."""
    version = policy_version_for(language)
    previous = state_from_request(request)
    analytics, marketing = form.purposes()
    state = ConsentState(
        version=version,
        analytics=analytics,
        marketing=marketing,
        # A reader who changes their mind keeps their id, so the log links
        # a withdrawal to the consent it withdraws; only an id we issued.
        consent_id=kept_or_new_id(previous),
    )
    ConsentRecord.objects.create(
        consent_id=state.consent_id,
        decision=form.cleaned_data["decision"],
        analytics=analytics,
        marketing=marketing,
        policy_version=version,
        language=language,
    )
    return state


def kept_or_new_id(previous):
    if previous is not None and issued_here(previous.consent_id):
        return previous.consent_id
    return new_consent_id()


def comes_from_another_site(request):
    """
    True for a POST sent by another site's page. Browsers say where a request
    comes from in Sec-Fetch-Site, older ones only in Origin; "null" is what a
    sandboxed frame sends, which our own pages never do.
    """
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if fetch_site:
        return fetch_site == "cross-site"
    origin = request.headers.get("Origin")
    if origin is None:
        return False
    return origin == "null" or urlsplit(origin).netloc != request.get_host()


def wants_json(request):
    return "application/json" in request.headers.get("Accept", "")


def safe_next(request, target):
    """`target` when it is a path or URL on this site, else None (never off-site)."""
    if not target or len(target) > MAX_NEXT_LENGTH or "\x00" in target:
        return None
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return None


def home_url(language):
    with translation.override(language):
        return reverse("wagtail_serve", args=[""])


@never_cache
@vary_on_cookie
@require_safe
def state_css(request):
    raw = request.GET.get("version", "")
    if not (raw.isascii() and raw.isdigit() and len(raw) <= MAX_VERSION_DIGITS):
        return HttpResponse(
            "/* version must be a whole number */", status=400, content_type="text/css"
        )
    state = state_from_request(request)
    if state is None or state.version != int(raw):
        return HttpResponse("", content_type="text/css")
    # The cookie-settings page says which choice is in force (one line per combination).
    current = f'[data-consent-current="{state.purposes_key}"]{{display:block}}'
    return HttpResponse(HIDE_NOTICE_CSS + current, content_type="text/css")


@require_safe
def preferences(request):
    return TemplateResponse(
        request,
        "consent/preferences.html",
        {
            "page_title": _("Cookie settings"),
            "next": safe_next(request, request.GET.get("next")) or request.path,
            "privacy_url": consent_chrome_for(request).notice.privacy_url,
        },
    )
