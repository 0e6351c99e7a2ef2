"""The reader's comment and report forms."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from comments.models import Comment, CommentReport, clean_body
from localization.text_hygiene import clean_text

# Where to send the reader after posting: back to the comments page (no
# JavaScript), or to the article the comments were loaded into.
RETURN_CHOICES = [("thread", "thread"), ("article", "article")]


class CommentForm(forms.Form):
    body = forms.CharField(
        label=_("Your comment"),
        max_length=settings.COMMENTS_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    parent = forms.IntegerField(required=False, widget=forms.HiddenInput, min_value=1)
    return_to = forms.ChoiceField(
        choices=RETURN_CHOICES, required=False, widget=forms.HiddenInput, initial="thread"
    )

    def __init__(self, *args, article, **kwargs):
        self.article = article
        super().__init__(*args, **kwargs)
        # Filled in here, not at import, so it is in the language of the request.
        self.fields["body"].help_text = _(
            "Plain text, up to %(count)s characters. Be kind and stay on topic."
        ) % {"count": settings.COMMENTS_MAX_LENGTH}

    def clean_body(self):
        # Invisible characters out first: a comment of zero-width spaces is empty.
        body = clean_body(clean_text(self.cleaned_data["body"]))
        if not body:
            raise forms.ValidationError(_("Write something first."), code="empty")
        return body

    def clean_parent(self):
        parent_id = self.cleaned_data.get("parent")
        if parent_id is None:
            return None
        parent = (
            Comment.objects.filter(
                pk=parent_id, article=self.article, parent=None, status=Comment.Status.APPROVED
            )
            .only("pk", "article_id", "parent_id")
            .first()
        )
        if parent is None:
            raise forms.ValidationError(
                _("You can only reply to a published comment that starts a thread here."),
                code="bad_parent",
            )
        return parent


class ReportForm(forms.Form):
    reason = forms.ChoiceField(
        label=_("What is wrong with this comment?"),
        choices=CommentReport.Reason.choices,
        widget=forms.RadioSelect,
    )
