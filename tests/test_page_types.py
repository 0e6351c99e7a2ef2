"""Where each page type may be created in the tree."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from consent.models import PrivacyPolicyPage
from home.models import HomePage
from live.models import LiveBlogPage
from news.models import ArticlePage, SectionPage


class PageTreeRulesTests(WagtailPageTestCase):
    def test_home_page_only_under_the_root(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertCanCreateAt(Page, HomePage)
        self.assertCanNotCreateAt(HomePage, HomePage)
        self.assertCanNotCreateAt(SectionPage, HomePage)
        self.assertCanNotCreateAt(ArticlePage, HomePage)

    def test_home_page_holds_sections_and_the_privacy_policy(self):
        self.assertAllowedSubpageTypes(HomePage, {SectionPage, PrivacyPolicyPage})
        self.assertCanCreateAt(HomePage, SectionPage)
        self.assertCanCreateAt(HomePage, PrivacyPolicyPage)
        self.assertCanNotCreateAt(HomePage, ArticlePage)

    def test_privacy_policy_only_under_the_home_page_and_holds_nothing(self):
        self.assertAllowedParentPageTypes(PrivacyPolicyPage, {HomePage})
        self.assertAllowedSubpageTypes(PrivacyPolicyPage, set())

    def test_section_page_only_under_the_home_page(self):
        self.assertAllowedParentPageTypes(SectionPage, {HomePage})
        self.assertCanNotCreateAt(Page, SectionPage)
        self.assertCanNotCreateAt(SectionPage, SectionPage)
        self.assertCanNotCreateAt(ArticlePage, SectionPage)

    def test_section_page_holds_only_articles_and_live_blogs(self):
        self.assertAllowedSubpageTypes(SectionPage, {ArticlePage, LiveBlogPage})

    def test_article_page_only_under_a_section(self):
        self.assertAllowedParentPageTypes(ArticlePage, {SectionPage})
        self.assertCanCreateAt(SectionPage, ArticlePage)
        self.assertCanNotCreateAt(Page, ArticlePage)
        self.assertCanNotCreateAt(HomePage, ArticlePage)
        self.assertCanNotCreateAt(ArticlePage, ArticlePage)

    def test_nothing_under_an_article(self):
        self.assertAllowedSubpageTypes(ArticlePage, set())
        for page_type in (Page, HomePage, SectionPage, ArticlePage):
            self.assertCanNotCreateAt(ArticlePage, page_type)

    def test_only_one_home_page_per_parent(self):
        root = Page.get_first_root_node()
        self.assertTrue(HomePage.can_create_at(root))
        root.add_child(instance=HomePage(title="Home", slug="home-page"))
        root.refresh_from_db()
        self.assertFalse(HomePage.can_create_at(root))
