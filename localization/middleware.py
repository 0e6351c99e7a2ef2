"""Language prefixes in URLs: /th/..., /en/..., and what happens without one."""

import re

from django.conf import settings
from django.middleware.locale import LocaleMiddleware
from django.utils import translation
from django.utils.cache import patch_cache_control, patch_vary_headers

# A first path segment shaped like a language code: "xx", "xxx", "xx-yy".
LANGUAGE_CODE_SHAPE = re.compile(r"^/([a-z]{2,3}(?:[-_][a-z0-9]{2,8})*)(?:/|$)", re.IGNORECASE)


class LanguagePrefixMiddleware(LocaleMiddleware):
    """
    Django's LocaleMiddleware with two changes:

    - A path that starts with something shaped like a language code we do not
      serve (``/xx/``, ``/fr/``) is a plain 404. Django would redirect it to
      ``/th/xx/`` because Wagtail's catch-all pattern accepts any path.
    - The redirect from ``/`` (and other unprefixed paths) depends on the
      reader's saved choice (the ``django_language`` cookie, set by the
      language switch) and ``Accept-Language``, so it varies on both and is
      never stored in a shared cache.
    """

    def process_response(self, request, response):
        if response.status_code == 404 and has_unknown_language_prefix(request.path_info):
            return response
        response = super().process_response(request, response)
        unprefixed = not translation.get_language_from_path(request.path_info)
        if unprefixed and response.status_code in (301, 302):
            patch_vary_headers(response, ("Accept-Language", "Cookie"))
            patch_cache_control(response, private=True)
        return response


def has_unknown_language_prefix(path):
    match = LANGUAGE_CODE_SHAPE.match(path)
    if match is None:
        return False
    served = {code.lower() for code, _name in settings.LANGUAGES}
    return match.group(1).lower() not in served
