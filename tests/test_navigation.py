"""The cached section navigation follows what editors publish, move and delete."""

from news.models import SectionPage


def nav_titles(client, soup, url="/th/"):
    return [a.text for a in soup(client.get(url)).select(".section-nav a")]


def test_a_newly_published_section_appears_at_once(client, home, section, soup):
    assert nav_titles(client, soup) == ["โลก"]

    sport = home.add_child(
        instance=SectionPage(title="กีฬา", slug="sport", show_in_menus=True, live=False)
    )
    assert nav_titles(client, soup) == ["โลก"], "a draft section is not in the menu"
    sport.save_revision().publish()

    assert nav_titles(client, soup) == ["โลก", "กีฬา"]


def test_renamed_unpublished_and_deleted_sections_leave_the_menu(client, home, section, soup):
    other = home.add_child(instance=SectionPage(title="กีฬา", slug="sport", show_in_menus=True))
    assert nav_titles(client, soup) == ["โลก", "กีฬา"]

    section.title = "ต่างประเทศ"
    section.save_revision().publish()
    assert nav_titles(client, soup) == ["ต่างประเทศ", "กีฬา"]

    other.unpublish()
    assert nav_titles(client, soup) == ["ต่างประเทศ"]

    SectionPage.objects.get(pk=section.pk).delete()
    assert nav_titles(client, soup) == []
