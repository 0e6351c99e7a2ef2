"""Site-wide views that are not Wagtail pages."""

from django.core.exceptions import BadRequest
from django.template.response import TemplateResponse


def bad_request(request, exception=None):
    """
    400 page with the site's chrome. Django's own handler renders without the
    request; ours has it, so the header, language and navigation work.
    """
    # Only our own BadRequest messages are meant for readers; others (such as
    # a bad Host header) may quote what the client sent.
    message = str(exception) if isinstance(exception, BadRequest) else ""
    return TemplateResponse(request, "400.html", {"message": message}, status=400).render()
