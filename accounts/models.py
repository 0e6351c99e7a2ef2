"""
Readers: the people who sign up on the public site to comment.

A reader is an ordinary Django user with no staff flag and no permission at
all, so the Wagtail admin turns them away. Their login name is their e-mail
address; the name shown beside their comments lives in ReaderProfile.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel


class ReaderProfile(models.Model):
    """
    The public side of a reader: the display name printed on their comments,
    and whether the editors have suspended them from commenting. A suspended
    reader can still log in, read, download their data and delete their
    account; they cannot comment or report comments.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="reader_profile",
    )
    display_name = models.CharField(
        _("display name"),
        max_length=50,
        help_text=_("Shown beside the reader's comments."),
    )
    suspended = models.BooleanField(
        _("suspended from commenting"),
        default=False,
        help_text=_("The reader can still log in and read, but cannot comment or report."),
    )
    suspension_reason = models.CharField(
        _("reason for the suspension"),
        max_length=300,
        blank=True,
        help_text=_("For the other moderators; the reader does not see it."),
    )
    suspended_at = models.DateTimeField(_("suspended at"), null=True, blank=True, editable=False)
    created_at = models.DateTimeField(_("signed up"), default=timezone.now, editable=False)

    panels = [
        FieldPanel("display_name"),
        MultiFieldPanel(
            [FieldPanel("suspended"), FieldPanel("suspension_reason")],
            heading=_("Suspension"),
        ),
    ]

    class Meta:
        verbose_name = _("reader")
        verbose_name_plural = _("readers")
        ordering = ["-created_at"]

    def __str__(self):
        return self.display_name

    def save(self, *args, **kwargs):
        # Remember when the suspension began, so moderators can see how long it has run.
        if self.suspended and self.suspended_at is None:
            self.suspended_at = timezone.now()
        elif not self.suspended:
            self.suspended_at = None
        super().save(*args, **kwargs)

    @property
    def email(self):
        return self.user.email


def display_name_for(user):
    """The name to print for `user`: their reader name, else (staff) their public name."""
    profile = getattr(user, "reader_profile", None)
    if profile is not None:
        return profile.display_name
    return public_name_for(user)


def public_name_for(user):
    """
    The name a user without a reader profile is shown with: their full name,
    never their login name (a staff login name is half of a way in).
    """
    return user.get_full_name() or str(_("Newsroom staff"))
