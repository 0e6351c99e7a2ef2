"""
The comments of an article, served apart from the article itself.

The article page is cached whole and is the same for every reader, so it
holds only a link here. This endpoint is per-reader and never cached: it
shows the published comments, the reader's own comments awaiting review, and
the log-in prompt or the comment form (with its CSRF token). Without
JavaScript a reader follows the link to this page; with it, comments.js
fetches `?partial=1` (the same HTML without the page around it) into the
article.
"""

from contextlib import suppress

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.db import IntegrityError
from django.db.models import Prefetch, Q
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_http_methods

from accounts.models import ReaderProfile
from comments.forms import CommentForm, ReportForm
from comments.models import Comment, CommentReport
from comments.posting import CommentRefused, comments_open, post_comment
from news.listings import paginate
from news.models import ArticlePage


@require_http_methods(["GET", "POST"])
def thread(request, article_id):
    article = get_object_or_404(ArticlePage.objects.live(), pk=article_id)
    if request.method == "POST":
        return post(request, article)
    return render_thread(request, article, new_comment_form(article))


def post(request, article):
    if not request.user.is_authenticated:
        return redirect_to_login(article_return_url(request, article))
    form = CommentForm(request.POST, article=article)
    if form.is_valid():
        data = form.cleaned_data
        try:
            comment = post_comment(request.user, article, data["body"], data["parent"])
        except CommentRefused as refusal:
            form.add_error("body", str(refusal))
        else:
            messages.success(request, posted_message(comment))
            return redirect(after_post_url(request, article, data["return_to"], comment))
    return render_thread(request, article, form, status=400)


def posted_message(comment):
    if comment.status == Comment.Status.APPROVED:
        return _("Your comment is published.")
    return _("Thank you. Your comment will appear once a moderator has read it.")


def after_post_url(request, article, return_to, comment):
    anchor = f"#comment-{comment.pk}"
    if return_to == "article":
        return article.get_url(request) + anchor
    return reverse("comments:thread", args=[article.pk]) + anchor


def article_return_url(request, article):
    """Where logging in from the comments leads back to: the article, at its comments."""
    return f"{article.get_url(request)}#comments"


def new_comment_form(article):
    return CommentForm(article=article, initial={"return_to": "thread"})


def render_thread(request, article, form, status=200):
    context = thread_context(request, article, form)
    template = (
        "comments/includes/thread.html"
        if request.GET.get("partial") == "1"
        else "comments/thread_page.html"
    )
    return TemplateResponse(request, template, context, status=status)


def thread_context(request, article, form):
    reader = request.user if request.user.is_authenticated else None
    profile = ReaderProfile.objects.filter(user=reader).first() if reader else None
    threads = paginate(request, visible_threads(article, reader), settings.COMMENTS_PER_PAGE)
    return {
        "article": article,
        "article_url": article.get_url(request),
        "login_next": article_return_url(request, article),
        "threads": threads,
        "form": form,
        "body_max_length": settings.COMMENTS_MAX_LENGTH,
        "reader": reader,
        "suspended": bool(profile and profile.suspended),
        "comments_open": comments_open(article),
        "page_title": _("Comments: %(headline)s") % {"headline": article.title},
    }


def visible_to(reader):
    """Published comments and placeholders for all; a reader also sees their own waiting ones."""
    visible = Q(status__in=[Comment.Status.APPROVED, Comment.Status.REMOVED])
    if reader is not None:
        visible |= Q(author=reader, status=Comment.Status.PENDING)
    return visible


def visible_threads(article, reader):
    """Threads newest first, each with its visible replies oldest first: three queries."""
    replies = (
        Comment.objects.filter(visible_to(reader))
        .select_related("author__reader_profile")
        .order_by("created_at", "pk")
    )
    return (
        article.comments.filter(visible_to(reader), parent=None)
        .select_related("author__reader_profile")
        .prefetch_related(Prefetch("replies", queryset=replies))
        .order_by("-created_at", "-pk")
    )


@login_required
@require_http_methods(["GET", "POST"])
def report(request, comment_id):
    comment = get_object_or_404(
        Comment.objects.select_related("article"),
        pk=comment_id,
        status=Comment.Status.APPROVED,
        article__live=True,
    )
    thread_url = reverse("comments:thread", args=[comment.article_id]) + f"#comment-{comment.pk}"
    refusal = report_refusal(request.user, comment)
    if refusal:
        messages.info(request, refusal)
        return redirect(thread_url)
    form = ReportForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        # Reported twice at once: the unique constraint keeps one, which is what we want.
        with suppress(IntegrityError):
            CommentReport.objects.create(
                comment=comment, reporter=request.user, reason=form.cleaned_data["reason"]
            )
        messages.success(request, _("Thank you. A moderator will look at this comment."))
        return redirect(thread_url)
    context = {
        "comment": comment,
        "form": form,
        "thread_url": thread_url,
        "page_title": _("Report a comment"),
    }
    return TemplateResponse(
        request, "comments/report.html", context, status=400 if form.is_bound else 200
    )


def report_refusal(reader, comment):
    """Why `reader` cannot report `comment`, or None when they can."""
    if comment.author_id == reader.pk:
        return _("You cannot report your own comment.")
    if ReaderProfile.objects.filter(user=reader, suspended=True).exists():
        return _("Your account is suspended from commenting.")
    if CommentReport.objects.filter(comment=comment, reporter=reader).exists():
        return _("You have already reported this comment.")
    return None
