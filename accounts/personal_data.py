"""
A reader's copy of their data (PDPA, right of access and portability).

Each app that keeps something about a reader registers a function that
returns it as plain JSON-ready data; `export_for` puts the sections together.
The comments app registers its section in its AppConfig.ready().
"""

from django.utils import timezone

from accounts.models import ReaderProfile

_sections = {}


def register(name, collect):
    """`collect(user)` returns the JSON-ready data of section `name` for `user`."""
    _sections[name] = collect


def export_for(user):
    data = {
        "exported_at": timezone.now().isoformat(),
        "account": account_data(user),
    }
    for name, collect in _sections.items():
        data[name] = collect(user)
    return data


def account_data(user):
    profile = ReaderProfile.objects.filter(user=user).first()
    return {
        "email": user.email,
        "display_name": profile.display_name if profile else "",
        "date_joined": user.date_joined.isoformat(),
        "last_login": user.last_login.isoformat() if user.last_login else None,
        "suspended_from_commenting": profile.suspended if profile else False,
    }
