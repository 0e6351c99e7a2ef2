"""A NUL byte in a URL path is a 400 before any view: PostgreSQL would refuse it with a 500."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "path", ["/admin/workflows/tasks/add/%00/%00/", "/th/%00/", "/admin/snippets/%00/x/"]
)
def test_a_nul_byte_in_the_path_is_a_bad_request(admin_client, path):
    assert admin_client.get(path).status_code == 400
