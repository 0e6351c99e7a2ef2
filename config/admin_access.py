"""
Admin access for the wagtail-localize views that config/urls.py routes ahead
of the admin's own URLs (to guard them), and so outside its decorator.
"""

from functools import wraps

from wagtail.admin.auth import get_localized_response, reject_request
from wagtail.log_actions import LogContext


def as_in_the_admin(view):
    """
    What the admin's URLs give every view: a login for the anonymous, the
    editor's own admin language and time zone, and the editor on the audit
    log. Unlike Wagtail's `require_admin_access`, a refusal inside the view
    stays a 403 instead of becoming a redirect to the dashboard: these views
    answer the translation editor's scripts as well as pages.
    """

    @wraps(view)
    def in_the_admin(request, *args, **kwargs):
        user = request.user
        if user.is_anonymous or not user.has_perms(["wagtailadmin.access_admin"]):
            return reject_request(request)
        with LogContext(user=user):
            return get_localized_response(view, request, *args, **kwargs)

    return in_the_admin
