"""
The reader's account pages. Every one is per-reader and never cached; they
live under the language prefix so each reads in the reader's language.
"""

import json

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse, reverse_lazy
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET, require_http_methods

from accounts import personal_data
from accounts import sign_up as sign_up_flow
from accounts.forms import (
    DeleteAccountForm,
    ProfileForm,
    ReaderAuthenticationForm,
    SignUpForm,
    normalize_email,
)
from accounts.models import ReaderProfile, public_name_for
from accounts.signed_in_hint import COOKIE_NAME, forget_signed_in, remember_signed_in
from home.site_settings import SiteIdentity
from web.network import client_ip
from web.rate_limits import RateLimit, retry_after, too_many_requests


def safe_next_url(request, fallback):
    """The `next` the reader came with when it points at this site, else `fallback`."""
    target = request.POST.get("next") or request.GET.get("next") or ""
    allowed = url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return target if allowed else fallback


def front_page_url():
    return f"/{get_language()}/"


@require_http_methods(["GET", "POST"])
def sign_up(request):
    next_url = safe_next_url(request, reverse("accounts:account"))
    if request.user.is_authenticated:
        return redirect(next_url)
    form = SignUpForm(request.POST or None)
    if request.method == "POST":
        wait = retry_after("sign-up", client_ip(request), limit("SIGN_UP_RATE_LIMIT"))
        if wait:
            return too_many_requests(request, _("Too many sign-ups from your network."), wait)
    if request.method == "POST" and form.is_valid():
        # The same answer whether the address had an account or not (accounts/sign_up.py).
        sign_up_flow.register(request, form)
        return redirect("accounts:sign_up_sent")
    status = 400 if form.is_bound else 200
    context = {"form": form, "next": next_url, "page_title": _("Sign up")}
    return render(request, "accounts/sign_up.html", context, status=status)


def sign_up_sent(request):
    return render(request, "accounts/sign_up_sent.html", {"page_title": _("Check your email")})


@require_http_methods(["GET", "POST"])
def activate(request, uidb64, token):
    """The mailed link: a button (GET) that activates the account and logs the reader in (POST)."""
    user = sign_up_flow.user_to_activate(uidb64, token)
    if request.method == "POST" and user is not None:
        user.is_active = True
        user.save(update_fields=["is_active"])
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(request, _("Welcome! Your account is ready."))
        return remember_signed_in(request, redirect("accounts:account"))
    context = {"validlink": user is not None, "page_title": _("Activate your account")}
    return render(request, "accounts/activate.html", context, status=200 if user else 400)


def limit(setting_name):
    return RateLimit.from_setting(getattr(settings, setting_name))


class ReaderLoginView(auth_views.LoginView):
    """
    Django's login view (it validates `next` itself) with the readers' form.
    The masthead's "Log in" link is the same for everyone in the cached page,
    so a reader who is already signed in is sent to their account page, with
    the `next` they came with for the logout there.
    """

    template_name = "accounts/login.html"
    authentication_form = ReaderAuthenticationForm
    extra_context = {"page_title": _("Log in")}

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            return remember_signed_in(request, redirect(account_url(request)))
        response = super().dispatch(request, *args, **kwargs)
        if COOKIE_NAME in request.COOKIES and not request.user.is_authenticated:
            forget_signed_in(response)  # the session behind the hint has expired
        return response

    def form_valid(self, form):
        return remember_signed_in(self.request, super().form_valid(form))

    def form_invalid(self, form):
        response = super().form_invalid(form)
        response.status_code = 400
        return response


def account_url(request):
    """The account page, carrying the reader's safe `next` on to its logout form."""
    next_url = safe_next_url(request, "")
    return reverse("accounts:account") + (f"?{urlencode({'next': next_url})}" if next_url else "")


@require_http_methods(["POST"])
def log_out(request):
    """Back to the page the reader came from (a same-site `next`), else the front page."""
    logout(request)
    return forget_signed_in(redirect(safe_next_url(request, front_page_url())))


@login_required
@require_http_methods(["GET", "POST"])
def account(request):
    profile, _created = ReaderProfile.objects.get_or_create(
        user=request.user,
        defaults={"display_name": public_name_for(request.user)},
    )
    form = ProfileForm(request.POST or None, instance=profile)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your display name is saved."))
        return redirect("accounts:account")
    status = 400 if form.is_bound else 200
    context = {
        "form": form,
        "profile": profile,
        "page_title": _("Your account"),
        "next": safe_next_url(request, ""),
    }
    return render(request, "accounts/account.html", context, status=status)


@login_required
@require_GET
def download_data(request):
    """Everything the site keeps about the reader, as a JSON file."""
    data = personal_data.export_for(request.user)
    body = json.dumps(data, ensure_ascii=False, indent=2)
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    filename = f"news-world-daily-data-{timezone.localdate():%Y-%m-%d}.json"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@login_required
@require_http_methods(["GET", "POST"])
def delete_account(request):
    user = request.user
    if is_staff_account(user):
        messages.error(request, _("Staff accounts are closed by the site's administrators."))
        return redirect("accounts:account")
    form = DeleteAccountForm(user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        logout(request)
        # Deleting the user takes their profile and reports with it; the
        # comments app decides what happens to their comments (README).
        user.delete()
        return forget_signed_in(redirect("accounts:deleted"))
    status = 400 if form.is_bound else 200
    context = {"form": form, "page_title": _("Delete your account")}
    return render(request, "accounts/delete_account.html", context, status=status)


def account_deleted(request):
    return render(request, "accounts/deleted.html", {"page_title": _("Account deleted")})


def is_staff_account(user):
    return user.is_staff or user.is_superuser or user.has_perm("wagtailadmin.access_admin")


class PasswordResetView(auth_views.PasswordResetView):
    template_name = "accounts/password_reset.html"
    email_template_name = "accounts/email/password_reset.txt"
    subject_template_name = "accounts/email/password_reset_subject.txt"
    success_url = reverse_lazy("accounts:password_reset_done")
    extra_context = {"page_title": _("Reset your password")}

    def form_valid(self, form):
        wait = self.wait_before_another(form.cleaned_data["email"])
        if wait:
            message = _("Too many password resets asked for. Nothing was sent.")
            return too_many_requests(self.request, message, wait)
        # The e-mail is rendered without the request: it is given the site's
        # identity, and its link the configured address, never the Host header.
        self.extra_email_context = {
            "identity": SiteIdentity.for_request(self.request),
            "base_url": settings.PUBLIC_BASE_URL.rstrip("/"),
        }
        return super().form_valid(form)

    def wait_before_another(self, email):
        """Seconds to wait when this client, or this address, asked too often; else None."""
        client = retry_after(
            "reset-client", client_ip(self.request), limit("PASSWORD_RESET_LIMIT_PER_CLIENT")
        )
        return client or retry_after(
            "reset-email", normalize_email(email), limit("PASSWORD_RESET_LIMIT_PER_EMAIL")
        )


class PasswordResetDoneView(auth_views.PasswordResetDoneView):
    template_name = "accounts/password_reset_done.html"
    extra_context = {"page_title": _("Check your email")}


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "accounts/password_reset_confirm.html"
    success_url = reverse_lazy("accounts:password_reset_complete")
    extra_context = {"page_title": _("Choose a new password")}


class PasswordResetCompleteView(auth_views.PasswordResetCompleteView):
    template_name = "accounts/password_reset_complete.html"
    extra_context = {"page_title": _("Password changed")}


class PasswordChangeView(auth_views.PasswordChangeView):
    template_name = "accounts/password_change.html"
    success_url = reverse_lazy("accounts:account")
    extra_context = {"page_title": _("Change your password")}

    def form_valid(self, form):
        messages.success(self.request, _("Your password is changed."))
        return super().form_valid(form)
