"""
The site's identity, edited under *Settings → Site identity*, one per site:
the publication's name, the logo Google shows beside its stories, its social
accounts, the picture shared when a page has none, and the newsroom's e-mail.

The chrome, the <head> metadata, the feeds and the sitemaps read it through
`SiteIdentity.for_request(request)`; the name is typed nowhere else.
`WAGTAIL_SITE_NAME` (config/settings) names the admin and is the name a new
site starts with, and what a page shows when there is no request to find the
site by (the 500 page, which must not depend on the database).

Reading it costs no query once warm: `for_request` keeps it on the request
(Wagtail's own caching) and, between requests, in the cache, which is
forgotten whenever a site's identity or an image it may use is saved or
deleted (and after CACHE_SECONDS in any case). Pages already in a shared
cache keep the old name until they expire (`PUBLIC_CACHE_S_MAXAGE`); purging
them on save is for the front-end cache.
"""

from django.conf import settings
from django.core.cache import cache
from django.core.validators import RegexValidator
from django.db import models, transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.images import get_image_model_string
from wagtail.models import Site

from news import render_cache

CACHE_KEY = "site-identity:{site_id}"
# A save forgets the cached copy at once; this bounds how long a process-local
# cache (no REDIS_URL, several workers) may keep another worker's old copy.
CACHE_SECONDS = 15 * 60
X_HANDLE = RegexValidator(
    r"^@?[A-Za-z0-9_]{1,15}$",
    _("An X account name is 1 to 15 letters, digits or underscores, for example @newsworld."),
)


def default_publication_name():
    """A new site starts with the name the project is installed under."""
    return settings.WAGTAIL_SITE_NAME


def image_field(verbose_name, help_text):
    return models.ForeignKey(
        get_image_model_string(),
        verbose_name=verbose_name,
        help_text=help_text,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )


@register_setting(icon="site")
class SiteIdentity(BaseSiteSetting):
    """
    Why the name is a pair of fields (Thai, English) and not translated with
    wagtail-localize: a site setting is one row per site, and
    wagtail-localize's TranslatableMixin needs a row per language, which the
    one-row-per-site constraint refuses (IntegrityError on the second
    locale). A translatable snippet holding the name would cost a query per
    request for the active language's copy and send editors to two places
    for one identity. The name is a proper noun that rarely changes and the
    site serves a fixed pair of languages (adding one is a code change
    anyway: URL prefixes, catalogs), so both forms sit side by side in this
    one row; an empty English name means the brand keeps its Thai form.
    Wording around the name ("The latest news from ...") stays in the
    translation catalogs with the name as a placeholder.
    """

    name_th = models.CharField(
        _("name in Thai"),
        max_length=100,
        default=default_publication_name,
        help_text=_("The publication's name on Thai pages, in feeds and for search engines."),
    )
    name_en = models.CharField(
        _("name in English"),
        max_length=100,
        blank=True,
        help_text=_("Empty: English pages use the Thai name."),
    )
    publisher_logo = image_field(
        _("publisher logo"),
        _(
            "Shown by search engines beside the stories: a wide logo, scaled to fit "
            "600x60 pixels. Empty: the logo of the site's design."
        ),
    )
    default_share_image = image_field(
        _("default share image"),
        _(
            "The picture social networks show for a page without one of its own "
            "(front and section pages). At least 1200x630 pixels."
        ),
    )
    x_handle = models.CharField(
        _("X (Twitter) account"),
        max_length=16,
        blank=True,
        validators=[X_HANDLE],
        help_text=_("For example @newsworld: named on every shared link."),
    )
    facebook_url = models.URLField(
        _("Facebook page"),
        blank=True,
        help_text=_("For example https://www.facebook.com/newsworld"),
    )
    contact_email = models.EmailField(
        _("contact e-mail"),
        blank=True,
        help_text=_("Where readers write to the newsroom; shown in the footer."),
    )

    select_related = ["publisher_logo", "default_share_image"]

    panels = [
        MultiFieldPanel([FieldPanel("name_th"), FieldPanel("name_en")], heading=_("Name")),
        MultiFieldPanel(
            [FieldPanel("publisher_logo"), FieldPanel("default_share_image")],
            heading=_("Pictures"),
        ),
        MultiFieldPanel(
            [FieldPanel("x_handle"), FieldPanel("facebook_url"), FieldPanel("contact_email")],
            heading=_("Accounts and contact"),
        ),
    ]

    class Meta:
        verbose_name = _("site identity")
        verbose_name_plural = _("site identities")

    @classmethod
    def for_request(cls, request):
        """
        The identity of the requested site, read once per request and kept in
        the cache between requests. A host no site serves gets the defaults.
        """
        attr_name = cls.get_cache_attr_name()
        if not hasattr(request, attr_name):
            site = Site.find_for_request(request)
            identity = cls.cached_for_site(site) if site is not None else cls()
            identity._request = request
            setattr(request, attr_name, identity)
        return getattr(request, attr_name)

    @classmethod
    def cached_for_site(cls, site):
        """
        `for_site` through the cache. The admin keeps using `for_site`, so an
        editor always sees what is stored.
        """
        key = CACHE_KEY.format(site_id=site.pk)
        identity = cache.get(key)
        if identity is None:
            identity = cls.for_site(site)
            cache.set(key, identity, timeout=CACHE_SECONDS)
        return identity

    def clean(self):
        super().clean()
        self.x_handle = self.x_handle.removeprefix("@")

    @property
    def name(self):
        """The name in the active language."""
        return self.name_for(get_language())

    def name_for(self, language_code):
        names = {"th": self.name_th, "en": self.name_en}
        return names.get(language_code) or self.name_th

    @property
    def x_account(self):
        """The X account as twitter:site wants it: @name."""
        return f"@{self.bare_x_handle}" if self.x_handle else ""

    @property
    def bare_x_handle(self):
        # clean() drops the @, but a handle set in code may still have it.
        return self.x_handle.removeprefix("@")

    @property
    def same_as(self):
        """The publication's social profiles, for schema.org's `sameAs`."""
        profiles = [self.facebook_url]
        if self.x_handle:
            profiles.append(f"https://x.com/{self.bare_x_handle}")
        return [url for url in profiles if url]


def forget_identities(site_ids):
    """Drop these sites' cached identities, now and again when the transaction commits."""
    keys = [CACHE_KEY.format(site_id=pk) for pk in site_ids]
    cache.delete_many(keys)
    # A request between the save and the commit may have cached the old row.
    transaction.on_commit(lambda: cache.delete_many(keys))


@receiver(post_save, sender=SiteIdentity)
@receiver(post_delete, sender=SiteIdentity)
def forget_identity_when_it_changes(sender, instance, **kwargs):
    forget_identities([instance.site_id])
    if not kwargs.get("created"):
        # Articles' cached <head> tags show the name, the accounts and the pictures.
        # A new row changes nothing shown: the first read of a site's identity
        # makes it (`for_site`), with the defaults that read shows.
        render_cache.forget_bodies()


@receiver(post_save, sender=get_image_model_string())
@receiver(post_delete, sender=get_image_model_string())
def forget_identities_when_an_image_changes(sender, **kwargs):
    """
    A cached identity carries its images: an image changed, or deleted (which
    empties the field without saving the identity), must not be served from it.
    """
    forget_identities(list(Site.objects.values_list("pk", flat=True)))
