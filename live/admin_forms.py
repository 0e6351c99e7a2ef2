"""
The live desk's forms: a quick one for posting (a few lines of text, maybe a
picture, typed in seconds) and the full one for editing, with every block.
"""

from django import forms
from django.utils.html import escape
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.images import get_image_model
from wagtail.images.widgets import AdminImageChooser

from live.updates import LiveUpdate
from news.authors import Author


class QuickUpdateForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200, required=False)
    text = forms.CharField(
        label=_("Text"),
        widget=forms.Textarea(attrs={"rows": 5}),
        required=False,
        help_text=_("An empty line starts a new paragraph."),
    )
    image = forms.ModelChoiceField(
        label=_("Picture"),
        queryset=get_image_model().objects.all(),
        widget=AdminImageChooser,
        required=False,
    )
    image_alt = forms.CharField(
        label=_("Alt text"),
        max_length=250,
        required=False,
        help_text=_("Describe what the picture shows for readers who cannot see it."),
    )
    author = forms.ModelChoiceField(
        label=_("Author"), queryset=Author.objects.all(), required=False
    )
    is_pinned = forms.BooleanField(label=_("Pinned"), required=False)
    is_key_event = forms.BooleanField(label=_("Key event"), required=False)

    def __init__(self, *args, locale=None, **kwargs):
        super().__init__(*args, **kwargs)
        if locale is not None:  # the byline in the blog's language
            self.fields["author"].queryset = Author.objects.filter(locale=locale)

    def clean(self):
        data = super().clean()
        if not data.get("text", "").strip() and not data.get("image"):
            raise forms.ValidationError(_("Write some text or choose a picture."))
        if data.get("image") and not data.get("image_alt", "").strip():
            self.add_error("image_alt", _("Describe the picture for readers who cannot see it."))
        return data

    def body(self):
        """The typed text as paragraph blocks, then the picture."""
        paragraphs = [part.strip() for part in self.cleaned_data["text"].split("\n\n")]
        body = [
            ("paragraph", "<p>" + escape(part).replace("\n", "<br/>") + "</p>")
            for part in paragraphs
            if part
        ]
        if self.cleaned_data.get("image"):
            image = {
                "image": self.cleaned_data["image"],
                "alt_text": self.cleaned_data["image_alt"],
            }
            body.append(("image", image))
        return body

    def build_update(self, blog, user):
        data = self.cleaned_data
        return LiveUpdate(
            blog=blog,
            title=data["title"],
            body=self.body(),
            author=data["author"],
            is_pinned=data["is_pinned"],
            is_key_event=data["is_key_event"],
            created_by=user,
        )


class EditUpdateForm(WagtailAdminModelForm):
    """Every block; a published update's edit needs a note, which readers see."""

    class Meta:
        model = LiveUpdate
        fields = ["title", "body", "author", "is_pinned", "is_key_event", "edit_note"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["author"].queryset = Author.objects.filter(locale=self.instance.blog.locale)
        if self.instance.is_pending:
            del self.fields["edit_note"]
        else:
            self.fields["edit_note"].required = True
            self.initial["edit_note"] = ""


class RemoveUpdateForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason, shown to readers"),
        max_length=200,
        help_text=_("For example 'The figure was wrong; see the update at 14:05'."),
    )
