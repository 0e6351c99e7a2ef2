"""Forms of the reader's account pages: sign up, log in, profile, deletion."""

from django import forms
from django.contrib.auth import get_user_model, password_validation
from django.contrib.auth.forms import AuthenticationForm
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext_lazy as _

from accounts.models import ReaderProfile

User = get_user_model()

# A display name must not advertise a web address: it is printed on every comment.
LINK_MARKERS = ("://", "www.", "http")


def normalize_email(address):
    """E-mail addresses are matched without regard to case, so they are stored lower-case."""
    return address.strip().lower()


def validate_display_name(name):
    lowered = name.lower()
    if any(marker in lowered for marker in LINK_MARKERS):
        raise ValidationError(_("A display name cannot contain a web address."), code="link")


class DisplayNameField(forms.CharField):
    def __init__(self, **kwargs):
        super().__init__(
            label=_("Display name"),
            min_length=2,
            max_length=ReaderProfile._meta.get_field("display_name").max_length,
            help_text=_("Shown beside your comments. You can change it later."),
            validators=[validate_display_name],
            **kwargs,
        )


class SignUpForm(forms.Form):
    display_name = DisplayNameField()
    email = forms.EmailField(label=_("Email address"), max_length=150)
    password1 = forms.CharField(
        label=_("Password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=_("At least 8 characters, not only digits and not a common password."),
    )
    password2 = forms.CharField(
        label=_("Password again"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def clean_email(self):
        email = normalize_email(self.cleaned_data["email"])
        if User.objects.filter(username__iexact=email).exists():
            raise ValidationError(self.taken_message(), code="taken")
        return email

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
                self.add_error("password1", error)
        return cleaned

    @staticmethod
    def taken_message():
        return _("There is already an account with this email address. Log in instead.")

    def save(self):
        """The new reader, or None (with a form error) when the address was taken meanwhile."""
        data = self.cleaned_data
        try:
            with transaction.atomic():
                user = User.objects.create_user(
                    username=data["email"], email=data["email"], password=data["password1"]
                )
                ReaderProfile.objects.create(user=user, display_name=data["display_name"])
        except IntegrityError:
            self.add_error("email", self.taken_message())
            return None
        return user


class ReaderAuthenticationForm(AuthenticationForm):
    """Django's login form, asking for the e-mail address readers signed up with."""

    def __init__(self, request=None, *args, **kwargs):
        super().__init__(request, *args, **kwargs)
        self.fields["username"].label = _("Email address")
        self.fields["username"].widget.attrs.update({"autocomplete": "email"})

    def clean_username(self):
        username = self.cleaned_data["username"]
        # Readers' login names are their lower-case addresses; staff names are left alone.
        return normalize_email(username) if "@" in username else username


class ProfileForm(forms.ModelForm):
    display_name = DisplayNameField()

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
