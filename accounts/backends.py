"""
Login rate limiting (django-axes) for every login form of the site: the
readers' own and the Wagtail admin's.
"""

from axes.backends import AxesStandaloneBackend


class LoginRateLimitBackend(AxesStandaloneBackend):
    """
    django-axes' check, skipped when there is no request to limit.

    Every login form passes the request to ``authenticate()``. Code that logs
    someone in without one (the test client's ``login()``, a management shell)
    has no client address to count attempts against; axes would refuse it
    outright, so it goes straight on to the password check.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)
