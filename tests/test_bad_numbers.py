"""
Numeric parameters are bounded before Python converts them (issue 14, item 5).

Python refuses to turn more than 4,300 digits into an int (a ValueError, so a
500); every `?page=` is checked on its text first, so a long number is a 400
like any other malformed one, on every listing that pages.
"""

import pytest

from tests.comments_helpers import thread_url

HUGE = "9" * 4301
SEVEN_DIGITS = "1234567"


@pytest.fixture
def listing_urls(section, article, author):
    article.article_authors.create(author=author)
    return [
        "/th/world/",
        f"/th/authors/{author.slug}/",
        "/th/corrections/",
        thread_url(article),
    ]


@pytest.mark.django_db
@pytest.mark.parametrize("number", [HUGE, "1" + "0" * 5000, SEVEN_DIGITS])
def test_overlong_page_numbers_are_a_bad_request(client, listing_urls, number):
    for url in listing_urls:
        response = client.get(url, {"page": number})
        assert response.status_code == 400, (url, response.status_code)


@pytest.mark.django_db
def test_a_page_number_within_bounds_is_still_read(client, listing_urls):
    assert client.get(listing_urls[0], {"page": "1"}).status_code == 200
    assert client.get(listing_urls[0], {"page": "999999"}).status_code == 404


@pytest.mark.django_db
def test_search_page_number_of_thousands_of_digits_is_a_400(client, home):
    response = client.get("/th/search/", {"q": "ข่าว", "page": HUGE})
    assert response.status_code == 400


@pytest.mark.django_db
def test_consent_state_version_of_thousands_of_digits_is_a_400(client):
    response = client.get("/consent/state.css", {"version": HUGE})
    assert response.status_code == 400


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/th/comments/{}/", "/th/analytics/views/{}/"])
def test_overlong_ids_in_the_path_are_not_found(client, home, path):
    assert client.get(path.format(HUGE)).status_code == 404
