"""
`manage.py load_demo_content`: a Thai/English demo site with sections,
articles, authors and images, that can be run again without changing anything.
"""

from io import StringIO

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import TestCase
from wagtail.images import get_image_model
from wagtail.models import Page, Revision, Site

from demo.content import LEAD_STORY
from home.models import HomePage
from news.authors import Author
from news.models import ArticlePage, SectionPage


def snapshot():
    """The counts a second run must leave alone."""
    return {
        "pages": Page.objects.count(),
        "articles": ArticlePage.objects.count(),
        "sections": SectionPage.objects.count(),
        "images": get_image_model().objects.count(),
        "authors": Author.objects.count(),
        "revisions": Revision.objects.count(),
        "users": get_user_model().objects.count(),
    }


class LoadDemoContentTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.output = StringIO()
        call_command("load_demo_content", "--with-demo-admin", stdout=cls.output)
        cls.counts = snapshot()

    def test_builds_sections_in_both_languages(self):
        for lang in ("th", "en"):
            sections = SectionPage.objects.live().filter(locale__language_code=lang)
            self.assertGreaterEqual(sections.count(), 6, lang)
            self.assertTrue(all(s.show_in_menus for s in sections), lang)
            home = HomePage.objects.live().get(locale__language_code=lang)
            self.assertEqual(
                set(sections.values_list("pk", flat=True)),
                set(SectionPage.objects.child_of(home).live().values_list("pk", flat=True)),
            )

    def test_builds_thirty_articles_in_thai_and_english(self):
        articles = ArticlePage.objects.live()
        self.assertGreaterEqual(articles.count(), 30)
        by_language = {
            lang: articles.filter(locale__language_code=lang).count() for lang in ("th", "en")
        }
        self.assertGreater(by_language["th"], 0, by_language)
        self.assertGreater(by_language["en"], 0, by_language)
        for article in articles:
            self.assertTrue(article.standfirst, article)
            self.assertGreater(len(article.body), 0, article)
            self.assertIsNotNone(article.display_date, article)
            self.assertIsInstance(article.get_parent().specific, SectionPage)

    def test_builds_authors_and_images(self):
        self.assertGreater(Author.objects.count(), 0)
        self.assertGreater(get_image_model().objects.count(), 0)
        articles = ArticlePage.objects.live()
        self.assertTrue(articles.filter(article_authors__isnull=False).exists())
        self.assertTrue(articles.filter(hero_image__isnull=False).exists())

    def test_default_site_is_rooted_at_the_thai_home(self):
        site = Site.objects.get(is_default_site=True)
        home = site.root_page.specific
        self.assertIsInstance(home, HomePage)
        self.assertEqual(home.locale.language_code, "th")
        # Wagtail's welcome page is gone; the tree holds only our page types.
        self.assertFalse(Page.objects.filter(depth=2).exclude(content_type__model="homepage"))

    def test_demo_admin_can_log_in(self):
        admin = get_user_model().objects.get(username="admin")
        self.assertTrue(admin.is_superuser)
        self.assertTrue(self.client.login(username="admin", password="admin"))
        self.assertEqual(self.client.get("/admin/").status_code, 200)

    def test_demo_newsroom_logins_are_printed_and_in_their_groups(self):
        output = self.output.getvalue()
        for username, group in (
            ("reporter", "Reporters"),
            ("editor", "Editors"),
            ("moderator", "Moderators"),
        ):
            user = get_user_model().objects.get(username=username)
            self.assertEqual([g.name for g in user.groups.all()], [group])
            self.assertFalse(user.is_superuser)
            self.assertIn(f"user {username}  password {username}", output)

    def test_the_lead_story_is_breaking_and_carries_a_correction(self):
        for lead in ArticlePage.objects.filter(slug=LEAD_STORY):
            self.assertTrue(lead.is_breaking_now, lead.locale)
            self.assertEqual(lead.corrections.count(), 1, lead.locale)
        response = self.client.get("/en/corrections/")
        self.assertContains(response, "Nakhon Sawan")

    def test_second_run_changes_nothing(self):
        out = StringIO()
        call_command("load_demo_content", "--with-demo-admin", stdout=out)
        self.assertEqual(snapshot(), self.counts)

    def test_second_run_restores_a_deleted_article_and_nothing_else(self):
        untranslated = [
            a
            for a in ArticlePage.objects.live().order_by("pk")
            if ArticlePage.objects.filter(translation_key=a.translation_key).count() == 1
        ]
        victim = (untranslated or list(ArticlePage.objects.order_by("pk")))[-1]
        slug, lang = victim.slug, victim.locale.language_code
        victim.delete()
        self.assertLess(ArticlePage.objects.count(), self.counts["articles"])

        call_command("load_demo_content", "--with-demo-admin", stdout=StringIO())

        after = snapshot()
        self.assertEqual(after, self.counts)
        self.assertTrue(
            ArticlePage.objects.live().filter(slug=slug, locale__language_code=lang).exists()
        )

    def test_site_serves_the_demo_pages(self):
        for lang in ("th", "en"):
            self.assertEqual(self.client.get(f"/{lang}/").status_code, 200, lang)
            section = SectionPage.objects.live().filter(locale__language_code=lang).first()
            self.assertEqual(self.client.get(section.url).status_code, 200, section.url)
            for article in ArticlePage.objects.live().filter(locale__language_code=lang)[:3]:
                self.assertEqual(self.client.get(article.url).status_code, 200, article.url)
