"""
What every public page needs to show the notice and hold back declared code:
the notice in the page's language, its privacy-policy link, and the enabled
third-party tags.

It is the same for every reader, so it is cached per site and language until
an editor changes a notice, a tag or a privacy-policy page (the receivers
below drop the entries; page changes through the same helper as the
navigation's), instead of costing queries on every render.
"""

from dataclasses import dataclass

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.models import Locale, Site

from consent.models import ConsentNotice, PrivacyPolicyPage, ThirdPartyTag
from home.page_changes import forget_on_page_changes

CACHE_KEY = "consent-notice:{site_id}:{language}"
VERSION_CACHE_KEY = "consent-policy-version:{language}"
# The version readers agree to before editors have written a notice.
DEFAULT_POLICY_VERSION = 1


@dataclass(frozen=True)
class NoticeContent:
    title: str
    text: str
    analytics_description: str
    marketing_description: str
    policy_version: int
    privacy_url: str | None


@dataclass(frozen=True)
class DeclaredTag:
    name: str
    purpose: str
    code: str
    cookie_names: tuple[str, ...]
    is_google_tag: bool


@dataclass(frozen=True)
class ConsentChrome:
    notice: NoticeContent
    tags: tuple[DeclaredTag, ...]

    @property
    def uses_google_tags(self):
        return any(tag.is_google_tag for tag in self.tags)


def consent_chrome_for(request):
    """The notice and declared tags for the request's site in the active language."""
    site = Site.find_for_request(request)
    key = CACHE_KEY.format(site_id=site.pk if site else "none", language=get_language())
    chrome = cache.get(key)
    if chrome is None:
        chrome = ConsentChrome(notice=build_notice(request), tags=build_tags())
        cache.set(key, chrome, timeout=None)
    return chrome


def policy_version_for(language):
    """
    The policy version of the notice in `language`: what a decision made now
    agrees to. Cached on its own, so recording a decision needs no site or
    page lookup.
    """
    key = VERSION_CACHE_KEY.format(language=language)
    version = cache.get(key)
    if version is None:
        notices = notices_in(Locale.objects.filter(language_code=language))
        version = notices.values_list("policy_version", flat=True).first()
        version = version or DEFAULT_POLICY_VERSION
        cache.set(key, version, timeout=None)
    return version


def notices_in(locales):
    # One notice per language (ConsentNotice.clean); the oldest wins should two slip in.
    return ConsentNotice.objects.filter(locale__in=locales).order_by("pk")


def build_notice(request):
    notice = notices_in([Locale.get_active()]).select_related("privacy_policy").first()
    if notice is None:
        return default_notice(privacy_url(request, None))
    return NoticeContent(
        title=notice.title,
        text=notice.text,
        analytics_description=notice.analytics_description,
        marketing_description=notice.marketing_description,
        policy_version=notice.policy_version,
        privacy_url=privacy_url(request, notice.privacy_policy),
    )


def default_notice(url):
    """Until editors write a notice for a language, readers still get a fair one."""
    return NoticeContent(
        title=_("Cookies and your privacy"),
        text=_(
            "We use cookies that the site needs to work. With your consent we also use "
            "cookies to measure readership and to show content from other sites."
        ),
        analytics_description=_("Counting visits and reads so we know which stories help."),
        marketing_description=_(
            "Videos and posts from other sites, and advertising partners, which may track you."
        ),
        policy_version=DEFAULT_POLICY_VERSION,
        privacy_url=url,
    )


def privacy_url(request, chosen_page):
    """
    The chosen policy page in the active language; else this language's live
    policy page; else the chosen page as it is, when live.
    """
    locale = Locale.get_active()
    chosen = chosen_page.localized if chosen_page is not None else None
    if chosen is not None and chosen.live and chosen.locale_id == locale.pk:
        return chosen.get_url(request)
    page = PrivacyPolicyPage.objects.live().filter(locale=locale).first()
    if page is None and chosen is not None and chosen.live:
        page = chosen
    return page.get_url(request) if page is not None else None


def build_tags():
    return tuple(
        DeclaredTag(
            name=tag.name,
            purpose=tag.purpose,
            code=tag.code,
            cookie_names=tuple(tag.cookie_names),
            is_google_tag=tag.is_google_tag,
        )
        for tag in ThirdPartyTag.objects.filter(enabled=True)
    )


def forget_consent_chrome():
    languages = Locale.objects.values_list("language_code", flat=True)
    site_ids = [*Site.objects.values_list("pk", flat=True), "none"]
    cache.delete_many(
        [CACHE_KEY.format(site_id=s, language=lang) for s in site_ids for lang in languages]
        + [VERSION_CACHE_KEY.format(language=lang) for lang in languages]
    )


@receiver(post_save, sender=ConsentNotice)
@receiver(post_delete, sender=ConsentNotice)
@receiver(post_save, sender=ThirdPartyTag)
@receiver(post_delete, sender=ThirdPartyTag)
@receiver(post_delete, sender=Site)
def forget_when_consent_content_changes(sender, **kwargs):
    forget_consent_chrome()


forget_on_page_changes(
    forget_consent_chrome, [PrivacyPolicyPage], dispatch_uid="consent.forget_consent_chrome"
)
