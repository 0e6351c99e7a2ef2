"""
Turns the demo data (content.py) into Wagtail pages, authors and images.

How it is built, and why:

- Thai is the default language, so every page is made in Thai first and the
  English page is made from it with ``copy_for_translation``: the two share a
  translation key, which is what the language switcher and wagtail-localize
  follow. English-only stories are plain English pages.
- Every page is published through a revision (``save_revision().publish()``),
  as an editor's would be, so the admin shows a normal history. Publishing
  stamps "now" on the page, so the story's own dates are written afterwards
  with ``.update()``, which bypasses ``save()`` and the publish machinery.
- Stories are created oldest first and may only link to older stories, so a
  related-story block's target always exists when the body is written.
- Each step looks for what it would create (by slug and locale, images by
  title) and skips it when found, so running the loader again is harmless.
  ``is_loaded()`` is the cheap check the command makes before any of this.
- The caller runs ``load()`` inside one transaction: a failure leaves no half
  site behind, and SQLite writes far faster in one transaction than in many.
"""

from datetime import timedelta
from zoneinfo import ZoneInfo

from django.utils import timezone
from django.utils.text import slugify
from wagtail.coreutils import find_available_slug
from wagtail.models import Locale, Page, PageLogEntry, Revision, Site

from demo import content, images, pictures
from demo.bodies import stream_data
from demo.pictures import body_image, hero_image
from demo.site_root import point_default_site_at, remove_welcome_page
from demo.tag_links import link_tag_translations
from home.models import HomePage
from news.authors import ArticleAuthor, Author
from news.models import ArticlePage, SectionPage

BANGKOK = ZoneInfo("Asia/Bangkok")
LANGUAGES = ("th", "en")
# Homes and sections are older than any story: they were "launched" first.
SITE_LAUNCH_AGE = timedelta(days=30)


def is_loaded():
    """True when every demo article already exists: one query, for the fast second run."""
    expected = {(lang, s.slug) for s in content.STORIES for lang in s.versions}
    found = set(
        ArticlePage.objects.filter(slug__in={slug for _, slug in expected}).values_list(
            "locale__language_code", "slug"
        )
    )
    return expected <= found


class DemoLoader:
    def __init__(self, log):
        self.log = log
        # Dates are relative to the moment of loading so the site looks
        # current; whole minutes, in Bangkok time, as an editor would set them.
        self.now = timezone.localtime(timezone.now(), BANGKOK).replace(second=0, microsecond=0)
        self.locales = {}
        self.homes = {}
        self.sections = {}  # section slug -> {lang: SectionPage}
        self.authors = {}  # author key -> {lang: Author}
        self.articles = {lang: {} for lang in LANGUAGES}  # lang -> {slug: ArticlePage}
        self.created = 0

    def load(self):
        found = content.problems()
        if found:
            raise ValueError("The demo data has mistakes:\n  " + "\n  ".join(found))
        self.ensure_locales()
        self.ensure_homes()
        self.ensure_sections()
        self.ensure_authors()
        # Oldest first: a story only links to older ones (see content.problems).
        for story in sorted(content.STORIES, key=lambda s: -s.hours_ago):
            self.ensure_story(story)
        self.ensure_lead_story()
        return self.created

    # --- Site, locales, homes and sections -----------------------------------

    def ensure_locales(self):
        for lang in LANGUAGES:
            self.locales[lang], _ = Locale.objects.get_or_create(language_code=lang)
        self.log("Locales: th (default), en")

    def ensure_homes(self):
        th, en = self.locales["th"], self.locales["en"]
        home = HomePage.objects.filter(locale=th, depth=2).first()
        if home is None:
            home = self.create_thai_home()
        point_default_site_at(home)
        translation = home.get_translation_or_none(en)
        if translation is None:
            translation = self.translate(home, en, title=content.HOME_TITLES["en"])
            self.publish(translation, self.now - SITE_LAUNCH_AGE)
        self.homes = {"th": home, "en": translation.specific}
        self.log(f"Home pages: {home.title} (th), {translation.title} (en)")

    def create_thai_home(self):
        root = Page.get_first_root_node()
        site = Site.objects.filter(is_default_site=True).first()
        remove_welcome_page(root, site, self.log)
        home = HomePage(
            title=content.HOME_TITLES["th"],
            slug=find_available_slug(root, "home"),
            locale=self.locales["th"],
            live=False,
        )
        root.add_child(instance=home)
        self.publish(home, self.now - SITE_LAUNCH_AGE)
        return home

    def ensure_sections(self):
        th_home, en = self.homes["th"], self.locales["en"]
        for data in content.SECTIONS:
            section = SectionPage.objects.child_of(th_home).filter(slug=data.slug).first()
            if section is None:
                section = SectionPage(
                    title=data.th_title,
                    slug=data.slug,
                    intro=data.th_intro,
                    show_in_menus=True,
                    live=False,
                )
                fresh(th_home).add_child(instance=section)
                self.publish(section, self.now - SITE_LAUNCH_AGE)
            translation = section.get_translation_or_none(en)
            if translation is None:
                translation = self.translate(section, en, title=data.en_title, intro=data.en_intro)
                self.publish(translation, self.now - SITE_LAUNCH_AGE)
            self.sections[data.slug] = {"th": section, "en": translation.specific}
            self.log(f"Section: {data.th_title} / {data.en_title} (/{data.slug}/)")

    # --- Authors -------------------------------------------------------------

    def ensure_authors(self):
        th, en = self.locales["th"], self.locales["en"]
        for data in content.AUTHORS:
            author = Author.objects.filter(locale=th, name=data.th_name).first()
            if author is None:
                photo = pictures.image(
                    f"{data.en_name} (portrait)",
                    alt=f"ภาพประจำตัวของ {data.th_name}",
                    filename=f"author-{data.key}.jpg",
                    draw=lambda d=data: images.portrait_jpeg(d.key, d.colours, d.initials),
                )
                author = Author.objects.create(
                    locale=th,
                    name=data.th_name,
                    # The author page's address reads in Latin letters: /th/authors/ananya-sukjai/
                    slug=slugify(data.en_name),
                    role=data.th_role,
                    bio=data.th_bio,
                    photo=photo,
                )
            translation = author.get_translation_or_none(en)
            if translation is None:
                translation = author.copy_for_translation(en)  # keeps the photo
                translation.name, translation.role = data.en_name, data.en_role
                translation.bio = data.en_bio
                translation.save()
            self.authors[data.key] = {"th": author, "en": translation}
            self.log(f"Author: {data.th_name} / {data.en_name}, {data.en_role}")

    # --- Stories -------------------------------------------------------------

    def ensure_story(self, story):
        # Thai comes first in story.versions, so an English page can be made
        # as the translation of a Thai one that already exists.
        for lang in story.versions:
            page = self.find_article(lang, story.slug)
            if page is None:
                if lang == "en" and story.th is not None:
                    page = self.translate_article(story, self.articles["th"][story.slug])
                else:
                    page = self.create_article(story, lang, hero_image(story))
            self.articles[lang][story.slug] = page
        link_tag_translations(story, self.locales["th"], self.locales["en"])

    def find_article(self, lang, slug):
        return ArticlePage.objects.filter(locale=self.locales[lang], slug=slug).first()

    def create_article(self, story, lang, hero):
        version = story.versions[lang]
        page = ArticlePage(slug=story.slug, locale=self.locales[lang], live=False)
        page.hero_image = hero
        self.fill_article(page, story, lang)
        fresh(self.sections[story.section][lang]).add_child(instance=page)
        self.publish_article(page, story, self.published_at(story, lang))
        self.log(f"  [{lang}] {story.section}/{story.slug}: {version.title}")
        return page

    def translate_article(self, story, thai_page):
        """The English page as a translation of the Thai one: same slug, key and hero image."""
        page = thai_page.copy_for_translation(self.locales["en"])
        self.fill_article(page, story, "en")
        self.publish_article(page, story, self.published_at(story, "en"))
        self.log(f"  [en] {story.section}/{story.slug}: {story.en.title}")
        return page

    def fill_article(self, page, story, lang):
        version = story.versions[lang]
        page.title = version.title
        page.standfirst = version.standfirst
        page.hero_caption = version.hero_caption
        page.hero_alt_text = version.hero_alt
        page.hero_credit = content.HERO_CREDIT[lang]
        page.body = stream_data(story, lang, self.articles, body_image)
        page.updated_note = version.updated_note
        page.search_description = version.standfirst[:255]
        # Replaces whatever copy_for_translation copied from the Thai page.
        page.article_authors = [
            ArticleAuthor(author=self.authors[key][lang], sort_order=order)
            for order, key in enumerate(story.authors)
        ]
        page.tags.set(version.tags)

    def published_at(self, story, lang):
        published = self.now - timedelta(hours=story.hours_ago)
        if lang == "en" and story.th is not None:
            # The translation follows the Thai story by half an hour to an
            # hour and a half, but never into the future.
            lag = timedelta(minutes=30 + sum(map(ord, story.slug)) % 60)
            published += min(lag, (self.now - published) / 2)
        return published.replace(second=0, microsecond=0)

    def publish_article(self, page, story, published):
        updated = None
        if story.updated_after_hours is not None:
            updated = min(published + timedelta(hours=story.updated_after_hours), self.now)
        page.display_date = published
        page.updated_at = updated
        self.publish(page, published, updated)
        self.created += 1

    # --- Front pages ---------------------------------------------------------

    def ensure_lead_story(self):
        for lang in LANGUAGES:
            home = fresh(self.homes[lang])
            lead = self.articles[lang][content.LEAD_STORY]
            if home.lead_story_id != lead.pk:
                home.lead_story = lead
                # The front page was last edited when the lead story went up.
                self.publish(home, self.now - SITE_LAUNCH_AGE, lead.last_published_at)
                self.log(f"Lead story [{lang}]: {lead.title}")

    # --- Publishing ----------------------------------------------------------

    @staticmethod
    def translate(page, locale, **fields):
        translation = page.specific.copy_for_translation(locale)
        for name, value in fields.items():
            setattr(translation, name, value)
        return translation

    def publish(self, page, published, updated=None):
        """
        Publish through a revision, then back-date it: publishing stamps the
        current time, which would put every demo story at the same minute.
        """
        revision = page.save_revision()
        revision.publish()
        updated = min(updated or published, self.now)
        Page.objects.filter(pk=page.pk).update(
            first_published_at=published,
            last_published_at=updated,
            latest_revision_created_at=updated,
        )
        Revision.objects.filter(pk=revision.pk).update(created_at=updated)
        PageLogEntry.objects.filter(page_id=page.pk).update(timestamp=updated)
        page.first_published_at, page.last_published_at = published, updated


def fresh(page):
    """
    The page as the database has it now. Tree fields (numchild) of a page held
    in memory go stale when children are added through another instance, as
    copy_for_translation does; adding a child to, or saving, a stale instance
    would corrupt the tree.
    """
    return type(page).objects.get(pk=page.pk)
