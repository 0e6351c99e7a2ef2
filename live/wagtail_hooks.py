"""
The live desk's place in the admin: its URLs, a *Live blogs* menu item, a
*Post updates* button on a live blog's header and in page listings, the
breaking banner as a snippet, and the news sitemap's live blogs.
"""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets.button import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

import web.converters  # noqa: F401 - registers <db_id:...>
from live import admin_views, roles
from live.banner import BreakingBanner
from live.models import CoverageStatus, LiveBlogPage


@hooks.register("register_admin_urls")
def live_desk_urls():
    return [
        path("live/", admin_views.blogs, name="live_blogs"),
        path("live/<db_id:blog_id>/", admin_views.desk, name="live_desk"),
        path("live/update/<db_id:update_id>/edit/", admin_views.edit, name="live_edit_update"),
        path(
            "live/update/<db_id:update_id>/remove/", admin_views.remove, name="live_remove_update"
        ),
        path("live/update/<db_id:update_id>/approve/", admin_views.approve, name="live_approve"),
        path("live/update/<db_id:update_id>/withdraw/", admin_views.withdraw, name="live_withdraw"),
    ]


class LiveDeskMenuItem(MenuItem):
    def is_shown(self, request):
        return roles.can_post(request.user)


@hooks.register("register_admin_menu_item")
def live_desk_menu_item():
    return LiveDeskMenuItem(_("Live blogs"), reverse("live_blogs"), icon_name="time", order=150)


def post_updates_button(page, user, priority):
    if issubclass(page.specific_class or object, LiveBlogPage) and roles.can_post(user):
        url = reverse("live_desk", kwargs={"blog_id": page.pk})
        yield Button(_("Post updates"), url, icon_name="time", priority=priority)


@hooks.register("register_page_header_buttons")
def live_blog_header_button(page, user, view_name=None, next_url=None):
    yield from post_updates_button(page, user, priority=5)


@hooks.register("register_page_listing_buttons")
def live_blog_listing_button(page, user, next_url=None):
    yield from post_updates_button(page, user, priority=5)


class BreakingBannerViewSet(SnippetViewSet):
    model = BreakingBanner
    icon = "warning"
    menu_label = _("Breaking banner")
    add_to_admin_menu = True
    menu_order = 160
    list_display = ["text_th", "is_active", "ends_at", "updated_at"]


register_snippet(BreakingBannerViewSet)


@hooks.register("news_sitemap_pages")
def live_blogs_in_news_sitemap(under_homes):
    """Live blogs are news while they are live (syndication/sitemaps.py)."""
    return (
        LiveBlogPage.objects.live()
        .public()
        .filter(under_homes, status=CoverageStatus.LIVE)
        .select_related("locale")
    )
