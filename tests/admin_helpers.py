"""
What several admin tests do the same way: post an article's edit form as the
admin's page editor sends it, and log a browser tab into the admin through
its login form (the way an editor does, so the session and language are real).
"""

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

ARTICLE_FORM_FIELDS = (
    "hero_image",
    "hero_alt_text",
    "hero_caption",
    "hero_credit",
    "tags",
    "display_date",
    "updated_note",
    "updated_at",
    "breaking_until",
    "seo_title",
    "search_description",
    "go_live_at",
    "expire_at",
)


def article_form(article, body_html="<p>เนื้อข่าว</p>", corrections=(), **overrides):
    """The article's edit form as the admin posts it, with `overrides` applied."""
    data = dict.fromkeys(ARTICLE_FORM_FIELDS, "")
    data.update(
        title=article.title,
        slug=article.slug,
        standfirst=article.standfirst,
        body=streamfield([("paragraph", rich_text(body_html))]),
        article_authors=inline_formset([]),
        corrections=inline_formset(list(corrections)),
    )
    data.update(overrides)
    return nested_form_data(data)


def admin_tab(browser, live_server, username, password, viewport_height=900):
    """A new browser context with one tab logged into the admin as `username`."""
    context = browser.new_context(viewport={"width": 1280, "height": viewport_height})
    context.set_default_timeout(20_000)
    tab = context.new_page()
    tab.goto(f"{live_server.url}/admin/login/")
    tab.fill("#id_username", username)
    tab.fill("#id_password", password)
    tab.locator("form button[type=submit]").click()
    tab.wait_for_url(f"{live_server.url}/admin/")
    return context, tab
