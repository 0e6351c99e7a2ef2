"""
The page editor saves a new page only when the editor asks.

Wagtail 8 autosaves the add form as well as the edit form: its w-autosave
controller posts the form in the background (``Accept: application/json``) to
the create view, which defers the required fields and creates a draft page.
An add form opened and abandoned thus left a draft with a blank standfirst and
body on the dashboard. Here the create view of every page type (the viewset
for ``Page``, which Wagtail lets a project's hook replace) has autosave off,
and refuses such a background post; the edit form of an existing page keeps
autosaving.
"""

from django.utils.translation import gettext as _
from wagtail.admin.views.pages.create import CreateView
from wagtail.admin.viewsets.pages import PageViewSet


class CreateWithoutAutosaveView(CreateView):
    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["autosave_enabled"] = False
        return context

    def post(self, request):
        # A form rendered before autosave was off (an open tab) may still post.
        if self.expects_json_response:
            return self.json_error_response(
                "autosave_on_create",
                _("A new page is saved only when you press Save draft or Publish."),
            )
        return super().post(request)


class PageWithoutAutosaveOnCreateViewSet(PageViewSet):
    add_view_class = CreateWithoutAutosaveView
