"""
Sign-up that does not say who already has an account.

The form used to answer "there is already an account with this address",
which let anyone test addresses. Now every valid sign-up gets the same answer
("check your email") and the address gets the e-mail: a new reader a link
that activates the account and logs them in; the owner of an existing
account a note that someone tried, with the login and reset links (a reader
who never activated gets a fresh activation link instead). A taken address
costs the same password hashing as a new one, so the time taken says nothing
either. Every link is built from ``PUBLIC_BASE_URL``, never from the
request's Host header.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.tokens import default_token_generator
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_decode, urlsafe_base64_encode

from home.site_settings import SiteIdentity

User = get_user_model()


def register(request, form):
    """Create the reader, or tell the address's owner; the response is the caller's, the same."""
    existing = form.existing_user()
    if existing is None:
        user = form.save()
        if user is not None:
            send_activation(request, user)
            return
        existing = form.existing_user()  # taken between the check and the insert
    else:
        make_password(form.cleaned_data["password1"])  # the work a new account costs
    if existing is None:
        return
    if not existing.is_active and existing.last_login is None:
        send_activation(request, existing)
    else:
        mail(request, existing, "already_registered", {})


def send_activation(request, user):
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    path = reverse("accounts:activate", kwargs={"uidb64": uid, "token": token})
    mail(request, user, "activate", {"activate_url": public_url(path)})


def user_to_activate(uidb64, token):
    """The not yet active reader the link names, when its token is good; else None."""
    try:
        user = User.objects.get(pk=urlsafe_base64_decode(uidb64).decode())
    except (ValueError, TypeError, OverflowError, User.DoesNotExist):
        return None
    if user.is_active or not default_token_generator.check_token(user, token):
        return None
    return user


def public_url(path):
    """`path` on the site's configured address (PUBLIC_BASE_URL), whatever Host was asked."""
    return settings.PUBLIC_BASE_URL.rstrip("/") + path


def mail(request, user, name, context):
    context = {
        **context,
        "identity": SiteIdentity.for_request(request),
        "login_url": public_url(reverse("accounts:login")),
        "reset_url": public_url(reverse("accounts:password_reset")),
    }
    subject = render_to_string(f"accounts/email/{name}_subject.txt", context).strip()
    body = render_to_string(f"accounts/email/{name}.txt", context)
    send_mail(subject, body, None, [user.email])
