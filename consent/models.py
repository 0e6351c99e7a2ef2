"""
Consent under Thailand's PDPA: what readers are told, what third-party code
waits for their consent, and the record of what each reader chose.

- ``ConsentNotice``: the notice's text, privacy-policy link and policy
  version, one per language (a translatable snippet).
- ``ThirdPartyTag``: code from another company (an analytics tag, an ad
  pixel) that editors declare with its purpose; it runs only for readers who
  consented to that purpose.
- ``ConsentRecord``: one row per decision, the proof of what was agreed.
- ``PrivacyPolicyPage``: the policy itself, a page in each language.

The reader's decision lives in a first-party cookie (consent/cookie.py);
the page HTML is the same for every reader (see README, "Consent (PDPA)").
"""

import re
import uuid

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page, RevisionMixin, TranslatableMixin

from localization.slug_reservations import ReservedSlugMixin, ReservedSlugPageForm
from localization.slugs import AsciiSlugMixin
from news.blocks import HeadingBlock, ParagraphBlock


class Purpose(models.TextChoices):
    """What non-essential code is for. Strictly necessary cookies need no consent."""

    ANALYTICS = "analytics", _("Analytics")
    MARKETING = "marketing", _("Marketing and third-party embeds")


class Decision(models.TextChoices):
    """Which button the reader pressed."""

    ACCEPT_ALL = "accept", _("Accepted all")
    DECLINE = "decline", _("Declined (strictly necessary only)")
    CUSTOM = "custom", _("Chose purposes")


class ConsentNotice(TranslatableMixin, RevisionMixin, models.Model):
    """
    The consent notice shown at the bottom of every public page until the
    reader decides: one per language, translated with wagtail-localize like
    any snippet. Every save keeps a revision, so the wording readers saw under
    each policy version can be shown later. Raising ``policy_version`` asks
    every reader again: their cookie carries the version they agreed to.
    """

    title = models.CharField(_("title"), max_length=120)
    text = models.TextField(
        _("text"),
        max_length=1000,
        help_text=_("What the site uses cookies for, in a few plain sentences."),
    )
    privacy_policy = models.ForeignKey(
        "consent.PrivacyPolicyPage",
        verbose_name=_("privacy policy"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Linked from the notice, in the reader's language when translated."),
    )
    analytics_description = models.TextField(
        _("analytics: what it means"),
        max_length=500,
        help_text=_("Shown beside the analytics choice."),
    )
    marketing_description = models.TextField(
        _("marketing and embeds: what it means"),
        max_length=500,
        help_text=_("Shown beside the marketing and embeds choice."),
    )
    policy_version = models.PositiveIntegerField(
        _("policy version"),
        default=1,
        validators=[MinValueValidator(1)],
        help_text=_(
            "Raise this number when the policy changes in a way readers must agree to again: "
            "every reader is then asked again. Fixing a typo needs no new version."
        ),
    )

    panels = [
        FieldPanel("title"),
        FieldPanel("text"),
        FieldPanel("privacy_policy"),
        MultiFieldPanel(
            [FieldPanel("analytics_description"), FieldPanel("marketing_description")],
            heading=_("Purposes"),
        ),
        FieldPanel("policy_version"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("consent notice")
        verbose_name_plural = _("consent notices")

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        others = ConsentNotice.objects.filter(locale_id=self.locale_id).exclude(pk=self.pk)
        if self.locale_id and others.exists():
            raise ValidationError(
                _("This language already has a consent notice. Edit that one instead.")
            )


# Editor code is kept inert inside a <template> element until consent; a
# closing tag in the code would end that element early and run the rest.
TEMPLATE_END_TAG = re.compile(r"</\s*template", re.IGNORECASE)
GOOGLE_TAG_MARKERS = ("googletagmanager.com", "google-analytics.com", "gtag(")


class ThirdPartyTag(models.Model):
    """
    Code from another company that editors add to every public page: an
    analytics tag, an advertising pixel. It is declared with its purpose and
    runs only in the browsers of readers who consented to that purpose; until
    then it sits inert in the page. Google tags also get Consent Mode v2
    signals (denied by default, updated on the reader's choice).
    """

    name = models.CharField(
        _("name"), max_length=120, help_text=_("For example 'Google Analytics'.")
    )
    purpose = models.CharField(_("purpose"), max_length=20, choices=Purpose.choices)
    code = models.TextField(
        _("code"),
        max_length=20_000,
        help_text=_(
            "The HTML the provider gives you, script tags included. It runs only after the "
            "reader consents to the purpose above."
        ),
    )
    cookies = models.CharField(
        _("cookies it sets"),
        max_length=500,
        blank=True,
        help_text=_(
            "Comma-separated cookie names, '*' for a prefix (for example '_ga, _ga_*'). "
            "Listed in the privacy policy and removed when a reader withdraws consent."
        ),
    )
    enabled = models.BooleanField(_("enabled"), default=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("purpose"),
        FieldPanel("code"),
        FieldPanel("cookies"),
        FieldPanel("enabled"),
    ]

    class Meta:
        verbose_name = _("third-party tag")
        verbose_name_plural = _("third-party tags")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if TEMPLATE_END_TAG.search(self.code or ""):
            raise ValidationError(
                {"code": _("The code may not contain '</template>': it would run before consent.")}
            )

    @property
    def is_google_tag(self):
        return any(marker in self.code for marker in GOOGLE_TAG_MARKERS)

    @property
    def cookie_names(self):
        return [name.strip() for name in self.cookies.split(",") if name.strip()]


class ConsentRecord(models.Model):
    """
    One reader's decision, as proof of what was agreed: a random consent id
    (kept in the reader's cookie, so later changes share it), the choices,
    the policy version and the language of the notice, and the time. No IP
    address, user agent or account: the id alone cannot identify a person.
    Rows older than CONSENT_RECORD_RETENTION_DAYS are deleted by
    ``manage.py purge_consent_records``.
    """

    consent_id = models.UUIDField(_("consent id"), default=uuid.uuid4, db_index=True)
    decision = models.CharField(_("decision"), max_length=10, choices=Decision.choices)
    analytics = models.BooleanField(_("analytics"))
    marketing = models.BooleanField(_("marketing and embeds"))
    policy_version = models.PositiveIntegerField(_("policy version"))
    language = models.CharField(_("language"), max_length=8)
    created_at = models.DateTimeField(_("time"), default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("consent record")
        verbose_name_plural = _("consent records")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.consent_id} {self.decision} v{self.policy_version}"


class PrivacyPolicyPage(ReservedSlugMixin, AsciiSlugMixin, Page):
    """
    The privacy policy, one page per language under the home page: what the
    site collects, why, for how long, and the reader's rights under the PDPA.
    The page also lists the third-party tags editors have declared, so the
    policy never falls behind the code that actually runs.
    """

    effective_date = models.DateField(
        _("effective date"), help_text=_("When this version of the policy took effect.")
    )
    body = StreamField(
        [("heading", HeadingBlock()), ("paragraph", ParagraphBlock())],
        verbose_name=_("body"),
    )

    content_panels = Page.content_panels + [FieldPanel("effective_date"), FieldPanel("body")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    base_form_class = ReservedSlugPageForm
    slug_prefix = "privacy"

    class Meta:
        verbose_name = _("privacy policy page")
        verbose_name_plural = _("privacy policy pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["declared_tags"] = ThirdPartyTag.objects.filter(enabled=True)
        return context
