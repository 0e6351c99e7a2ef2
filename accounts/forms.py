"""Forms of the reader's account pages: sign up, log in, profile, deletion."""

from django import forms
from django.contrib.auth import get_user_model, password_validation
from django.contrib.auth.forms import AuthenticationForm
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext_lazy as _

from accounts.models import ReaderProfile
from localization.text_hygiene import clean_name

User = get_user_model()

# A display name must not advertise a web address: it is printed on every comment.
LINK_MARKERS = ("://", "www.", "http")


def normalize_email(address):
    """E-mail addresses are matched without regard to case, so they are stored lower-case."""
    return address.strip().lower()


# Django's catalog has no Thai for its length and password messages, so a
# Thai reader got English errors; every field and check here says it in our
# own translated words instead.
TOO_LONG = _("Please use at most %(limit_value)d characters (you typed %(show_value)d).")
PASSWORD_MESSAGES = {
    "password_too_short": _("The password is too short: use at least %(min_length)d characters."),
    "password_too_common": _("This password is too common. Please choose another."),
    "password_entirely_numeric": _("The password cannot be only digits."),
    "password_too_similar": _("The password is too close to your email address."),
}


def readable_password_errors(error):
    """Django's password-validator errors in our own translated words, codes kept."""
    return [
        ValidationError(PASSWORD_MESSAGES.get(item.code, item.message), item.code, item.params)
        for item in error.error_list
    ]


def validate_display_name(name):
    lowered = name.lower()
    if any(marker in lowered for marker in LINK_MARKERS):
        raise ValidationError(_("A display name cannot contain a web address."), code="link")


def display_name_taken(name, profile=None):
    """True when another reader's name reads the same, whatever the case."""
    others = ReaderProfile.objects.filter(display_name__iexact=name)
    if profile is not None and profile.pk:
        others = others.exclude(pk=profile.pk)
    return others.exists()


NAME_TAKEN = _("Another reader already uses this display name. Please choose another.")


class DisplayNameField(forms.CharField):
    """
    A display name with invisible characters taken out and compatibility forms
    folded (localization/text_hygiene.py): what is left must be long enough.
    """

    def to_python(self, value):
        value = super().to_python(value)
        # A NUL byte is refused outright (Django's validator), not cleaned away.
        return value if "\x00" in value else clean_name(value)

    def __init__(self, **kwargs):
        super().__init__(
            label=_("Display name"),
            min_length=2,
            max_length=ReaderProfile._meta.get_field("display_name").max_length,
            help_text=_("Shown beside your comments. You can change it later."),
            validators=[validate_display_name],
            error_messages={
                "required": _("Please choose a display name."),
                "min_length": _("A display name needs at least %(limit_value)d characters."),
                "max_length": TOO_LONG,
            },
            **kwargs,
        )


class SignUpForm(forms.Form):
    display_name = DisplayNameField()
    email = forms.EmailField(
        label=_("Email address"),
        max_length=150,
        error_messages={
            "required": _("Please enter your email address."),
            "invalid": _("Please enter a valid email address, such as name@example.com."),
            "max_length": TOO_LONG,
        },
    )
    password1 = forms.CharField(
        label=_("Password"),
        strip=False,
        error_messages={"required": _("Please choose a password.")},
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=_("At least 8 characters, not only digits and not a common password."),
    )
    password2 = forms.CharField(
        label=_("Password again"),
        strip=False,
        error_messages={"required": _("Please type the password again.")},
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def clean_display_name(self):
        name = self.cleaned_data["display_name"]
        if display_name_taken(name):
            raise ValidationError(NAME_TAKEN, code="name_taken")
        return name

    def clean_email(self):
        return normalize_email(self.cleaned_data["email"])

    def existing_user(self):
        """The account that already has this address (sign-up must not say so)."""
        return User.objects.filter(username__iexact=self.cleaned_data["email"]).first()

    def clean(self):
        cleaned = super().clean()
        first, second = cleaned.get("password1"), cleaned.get("password2")
        if first and second and first != second:
            self.add_error("password2", _("The two passwords are not the same."))
        elif first and "email" in cleaned:
            candidate = User(username=cleaned["email"], email=cleaned["email"])
            try:
                password_validation.validate_password(first, candidate)
            except ValidationError as error:
                self.add_error("password1", readable_password_errors(error))
        return cleaned

    def save(self):
        """
        The new reader, not active until they follow the link mailed to them;
        None when the address was taken meanwhile (the caller says nothing of it).
        """
        data = self.cleaned_data
        try:
            with transaction.atomic():
                user = User.objects.create_user(
                    username=data["email"],
                    email=data["email"],
                    password=data["password1"],
                    is_active=False,
                )
                ReaderProfile.objects.create(user=user, display_name=data["display_name"])
        except IntegrityError:
            return None
        return user


class ReaderAuthenticationForm(AuthenticationForm):
    """
    Django's login form, asking for the e-mail address readers signed up with.
    Its own error speaks of a "username", which our form never asks for.
    """

    error_messages = {
        "invalid_login": _(
            "That email address and password do not match an account. Check both and "
            "try again; the password is case-sensitive."
        ),
        "inactive": _("This account is closed."),
    }

    def __init__(self, request=None, *args, **kwargs):
        super().__init__(request, *args, **kwargs)
        username = self.fields["username"]
        username.label = _("Email address")
        username.widget.attrs.update({"autocomplete": "email"})
        username.error_messages["required"] = _("Please enter your email address.")
        self.fields["password"].error_messages["required"] = _("Please enter your password.")

    def clean_username(self):
        username = self.cleaned_data["username"]
        # Readers' login names are their lower-case addresses; staff names are left alone.
        return normalize_email(username) if "@" in username else username


class ProfileForm(forms.ModelForm):
    display_name = DisplayNameField()

    def clean_display_name(self):
        name = self.cleaned_data["display_name"]
        if display_name_taken(name, self.instance):
            raise ValidationError(NAME_TAKEN, code="name_taken")
        return name

    class Meta:
        model = ReaderProfile
        fields = ["display_name"]


class DeleteAccountForm(forms.Form):
    password = forms.CharField(
        label=_("Your password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )
    confirm = forms.BooleanField(
        label=_("I understand that my account is deleted for good."),
    )

    def __init__(self, user, *args, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise ValidationError(_("That is not your password."), code="wrong_password")
        return password
