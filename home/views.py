"""Site-wide views that are not Wagtail pages."""

from django.contrib.staticfiles import finders
from django.core.exceptions import BadRequest
from django.http import FileResponse, Http404
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


def favicon(request):
    """
    /favicon.ico: browsers ask for it at the root whatever the page links, and
    a 404 there fills every log. Found where `collectstatic` finds it
    (site/static), so it answers the same in development and production; a web
    server in front may serve the file itself.
    """
    path = finders.find("favicon.ico")
    if path is None:
        raise Http404
    return FileResponse(open(path, "rb"), content_type="image/x-icon")  # noqa: SIM115 - FileResponse closes it
