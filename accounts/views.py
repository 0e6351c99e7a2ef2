"""
The reader's account pages. Every one is per-reader and never cached; they
live under the language prefix so each reads in the reader's language.
"""

import json

from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse, reverse_lazy
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET, require_http_methods

from accounts import personal_data
from accounts.forms import DeleteAccountForm, ProfileForm, ReaderAuthenticationForm, SignUpForm
from accounts.models import ReaderProfile


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
    if request.method == "POST" and form.is_valid():
        user = form.save()
        if user is not None:
            login(request, user, backend="django.contrib.auth.backends.ModelBackend")
            messages.success(request, _("Welcome! Your account is ready."))
            return redirect(next_url)
    status = 400 if form.is_bound else 200
    context = {"form": form, "next": next_url, "page_title": _("Sign up")}
    return render(request, "accounts/sign_up.html", context, status=status)


class ReaderLoginView(auth_views.LoginView):
    """Django's login view (it validates `next` itself) with the readers' form."""

    template_name = "accounts/login.html"
    authentication_form = ReaderAuthenticationForm
    redirect_authenticated_user = True
    extra_context = {"page_title": _("Log in")}

    def form_invalid(self, form):
        response = super().form_invalid(form)
        response.status_code = 400
        return response


@require_http_methods(["POST"])
def log_out(request):
    logout(request)
    return redirect(safe_next_url(request, front_page_url()))


@login_required
@require_http_methods(["GET", "POST"])
def account(request):
    profile, _created = ReaderProfile.objects.get_or_create(
        user=request.user,
        defaults={"display_name": request.user.get_full_name() or request.user.get_username()},
    )
    form = ProfileForm(request.POST or None, instance=profile)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your display name is saved."))
        return redirect("accounts:account")
    status = 400 if form.is_bound else 200
    context = {"form": form, "profile": profile, "page_title": _("Your account")}
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
        return redirect("accounts:deleted")
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
