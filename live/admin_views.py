"""
The live desk in the admin: `/admin/live/<blog>/` posts an update in a few
seconds and lists the blog's updates (waiting ones first) with what the user
may do to each: edit, remove with a reason, approve, withdraw. Who may do
what is live/roles.py; a refused action is a 403, never a silent no-op.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from live import roles
from live.admin_forms import EditUpdateForm, QuickUpdateForm, RemoveUpdateForm
from live.models import CoverageStatus, LiveBlogPage
from live.rendering import update_text
from live.updates import LiveUpdate, UpdateState

DESK_LISTING_LENGTH = 100


def blogs(request):
    """Every live blog not yet ended, newest first: where the desk starts."""
    require(roles.can_post(request.user))
    listed = LiveBlogPage.objects.exclude(status=CoverageStatus.ENDED).order_by("-coverage_start")
    return TemplateResponse(
        request, "live/admin/blogs.html", {"blogs": listed, "page_title": _("Live blogs")}
    )


def desk(request, blog_id):
    require(roles.can_post(request.user))
    blog = get_object_or_404(LiveBlogPage, pk=blog_id)
    form = QuickUpdateForm(request.POST or None, locale=blog.locale)
    if request.method == "POST" and form.is_valid():
        update = form.build_update(blog, request.user)
        if roles.publishes_directly(request.user):
            update.state = UpdateState.PUBLISHED
            messages.success(request, _("Update posted."))
        else:
            messages.success(request, _("Update sent to an editor for review."))
        update.save()
        return redirect("live_desk", blog_id=blog.pk)
    updates = blog.updates.select_related("author", "created_by").order_by("-posted_at", "-pk")
    listed = sorted(updates[:DESK_LISTING_LENGTH], key=lambda update: not update.is_pending)
    return TemplateResponse(
        request,
        "live/admin/desk.html",
        {
            "blog": blog,
            "form": form,
            "rows": [
                (update, update_text(update), actions_for(request.user, update))
                for update in listed
            ],
            "publishes_directly": roles.publishes_directly(request.user),
            "page_title": blog.title,
        },
    )


def actions_for(user, update):
    return {
        "edit": roles.can_edit(user, update),
        "remove": roles.publishes_directly(user) and update.state == UpdateState.PUBLISHED,
        "approve": roles.publishes_directly(user) and update.is_pending,
        "withdraw": roles.can_withdraw(user, update),
    }


def edit(request, update_id):
    update = get_object_or_404(LiveUpdate.objects.select_related("blog"), pk=update_id)
    require(roles.can_edit(request.user, update))
    form = EditUpdateForm(request.POST or None, instance=update)
    if request.method == "POST" and form.is_valid():
        update = form.save(commit=False)
        update.record_edit(form.cleaned_data.get("edit_note", ""))
        update.save()
        messages.success(request, _("Update saved."))
        return redirect("live_desk", blog_id=update.blog_id)
    context = {"form": form, "update": update, "page_title": _("Edit update")}
    return TemplateResponse(request, "live/admin/edit.html", context)


def remove(request, update_id):
    update = get_object_or_404(LiveUpdate, pk=update_id, state=UpdateState.PUBLISHED)
    require(roles.publishes_directly(request.user))
    form = RemoveUpdateForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        update.remove(form.cleaned_data["reason"])
        messages.success(request, _("Update removed; readers see the reason."))
        return redirect("live_desk", blog_id=update.blog_id)
    context = {"form": form, "update": update, "page_title": _("Remove update")}
    return TemplateResponse(request, "live/admin/remove.html", context)


@require_POST
def approve(request, update_id):
    update = get_object_or_404(LiveUpdate, pk=update_id, state=UpdateState.PENDING)
    require(roles.publishes_directly(request.user))
    update.publish()
    messages.success(request, _("Update approved and posted."))
    return redirect("live_desk", blog_id=update.blog_id)


@require_POST
def withdraw(request, update_id):
    update = get_object_or_404(LiveUpdate, pk=update_id, state=UpdateState.PENDING)
    require(roles.can_withdraw(request.user, update))
    update.delete()
    messages.success(request, _("Update deleted."))
    return redirect("live_desk", blog_id=update.blog_id)


def require(allowed):
    if not allowed:
        raise PermissionDenied
