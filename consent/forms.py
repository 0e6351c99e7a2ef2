"""The reader's choice as posted by the notice or the cookie-settings page."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from consent.models import Decision


class ConsentForm(forms.Form):
    """
    ``decision`` is the button pressed. Accept and decline ignore the
    checkboxes; "save my choices" takes them as they are (unticked by
    default: PDPA consent is never assumed).
    """

    decision = forms.ChoiceField(label=_("Decision"), choices=Decision.choices)
    analytics = forms.BooleanField(label=_("Analytics"), required=False)
    marketing = forms.BooleanField(label=_("Marketing and third-party embeds"), required=False)
    language = forms.ChoiceField(label=_("Language"), choices=settings.LANGUAGES)

    def purposes(self):
        """(analytics, marketing) as the reader chose them."""
        decision = self.cleaned_data["decision"]
        if decision == Decision.ACCEPT_ALL:
            return True, True
        if decision == Decision.DECLINE:
            return False, False
        return self.cleaned_data["analytics"], self.cleaned_data["marketing"]
