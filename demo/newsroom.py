"""
The newsroom part of the demo site, run by `manage.py load_demo_content` on
every start (each step checks first, so a second run changes nothing):

- one login per role, development only like the admin's: reporter/reporter,
  editor/editor, moderator/moderator, each in its group (newsroom/roles.py);
- on the front-page story, in Thai and English, a correction at its end and
  the breaking-news flag for six hours, so the banner, the label and the
  corrections page have something to show. Once the six hours have run out,
  the next start flags the story again.
"""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from demo.content import LEAD_STORY
from news.models import DEFAULT_BREAKING_HOURS, ArticlePage
from newsroom.models import ArticleCorrection
from newsroom.roles import EDITORS, MODERATORS, REPORTERS

DEMO_STAFF = [
    ("reporter", REPORTERS, "drafts stories and submits them for review"),
    ("editor", EDITORS, "approves, publishes, schedules and unpublishes"),
    ("moderator", MODERATORS, "moderates readers' comments"),
]

DEMO_CORRECTION = {
    "th": (
        "ข่าวฉบับก่อนหน้านี้ระบุว่าปริมาณน้ำที่ไหลผ่านจังหวัดนครสวรรค์เพิ่มขึ้นราวร้อยละ 50 "
        "จากสัปดาห์ก่อน ตัวเลขที่ถูกต้องของศูนย์บริหารน้ำฯ คือราวร้อยละ 15"
    ),
    "en": (
        "An earlier version of this story said the flow through Nakhon Sawan had risen by "
        "about 50 per cent on the week before. The water centre's figure is about 15 per cent."
    ),
}


def ensure_demo_story_notes(log):
    """The lead story's correction and breaking-news flag, in each language it exists in."""
    for article in ArticlePage.objects.filter(slug=LEAD_STORY).select_related("locale"):
        language = article.locale.language_code
        changed = []
        if not article.corrections.exists() and language in DEMO_CORRECTION:
            article.corrections.add(
                ArticleCorrection(
                    date=timezone.now().replace(second=0, microsecond=0) - timedelta(minutes=30),
                    kind=ArticleCorrection.Kind.CORRECTION,
                    text=DEMO_CORRECTION[language],
                )
            )
            changed.append("a correction")
        if not article.is_breaking_now:
            article.is_breaking = True
            article.breaking_until = timezone.now() + timedelta(hours=DEFAULT_BREAKING_HOURS)
            changed.append(f"breaking news for {DEFAULT_BREAKING_HOURS} hours")
        if changed:
            article.save_revision().publish()
            log(f"Lead story [{language}]: {' and '.join(changed)}")


def ensure_demo_staff(log):
    """One user per newsroom role, with the role's name as username and password."""
    users = get_user_model()
    for username, group_name, what in DEMO_STAFF:
        user = users.objects.filter(username=username).first()
        note = " (unless changed)" if user else ""
        if user is None:
            user = users.objects.create_user(username, f"{username}@example.com", username)
            user.groups.add(Group.objects.get(name=group_name))
        log(f"  {group_name}: user {username}  password {username}{note} - {what}")
