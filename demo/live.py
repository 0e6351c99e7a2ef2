"""
The demo's live coverage (run by `manage.py load_demo_content` on every
start; each step checks first, so a second run changes nothing):

- a flood-watch live blog in the Thailand section, live, in Thai with more
  than 30 updates (two pinned, some key events, pictures and pull quotes),
  and its English translation with a few updates of its own;
- the breaking banner, in both languages, pointing at it.

The words are in demo/live_updates.py.
"""

from datetime import timedelta
from io import BytesIO

from django.core.files.images import ImageFile
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import Locale

from demo import images
from demo import live_updates as words
from live.banner import BreakingBanner
from live.models import LiveBlogAuthor, LiveBlogPage
from live.updates import LiveUpdate, UpdateState
from news.authors import Author
from news.models import SectionPage

SLUG = "flood-watch"
SECTION = "thailand"
COLOURS = ("#0b3d91", "#1e88e5", "#ffd54f")
COVERAGE_HOURS = 7


def ensure_demo_live_blog(log):
    thai = LiveBlogPage.objects.filter(slug=SLUG, locale__language_code="th").first()
    if thai is None:
        thai = create_thai_blog(log)
        if thai is None:
            return
    english = thai.get_translation_or_none(Locale.objects.filter(language_code="en").first())
    if english is None:
        translate(thai, log)
    ensure_banner(thai, log)


def create_thai_blog(log):
    section = SectionPage.objects.filter(slug=SECTION, locale__language_code="th").first()
    if section is None:
        log("Live blog: skipped, there is no Thailand section")
        return None
    now = timezone.now().replace(second=0, microsecond=0)
    blog = LiveBlogPage(
        title=words.TITLE["th"],
        slug=SLUG,
        standfirst=words.STANDFIRST["th"],
        key_points=words.KEY_POINTS["th"],
        status="live",
        coverage_start=now - timedelta(hours=COVERAGE_HOURS),
        hero_image=picture("flood-watch", words.TITLE["th"], "hero"),
        live=False,
    )
    author = Author.objects.filter(locale__language_code="th").first()
    if author is not None:
        blog.live_blog_authors = [LiveBlogAuthor(author=author)]
    section.add_child(instance=blog)
    blog.save_revision().publish()
    entries = words.THAI + words.station_readings()
    add_updates(blog, entries, author, now)
    log(f"Live blog: {blog.title} with {len(entries)} updates (th)")
    return blog


def translate(thai, log):
    english_locale = Locale.objects.get(language_code="en")
    blog = thai.copy_for_translation(english_locale)
    blog.title = words.TITLE["en"]
    blog.standfirst = words.STANDFIRST["en"]
    blog.key_points = words.KEY_POINTS["en"]
    blog.save_revision().publish()
    author = Author.objects.filter(locale=english_locale).first()
    add_updates(blog, words.ENGLISH, author, timezone.now().replace(second=0, microsecond=0))
    log(f"Live blog: {blog.title} with {len(words.ENGLISH)} updates (en)")


def add_updates(blog, entries, author, now):
    for n, (minutes_ago, title, text, extra) in enumerate(entries):
        LiveUpdate.objects.create(
            blog=blog,
            state=UpdateState.PUBLISHED,
            posted_at=now - timedelta(minutes=minutes_ago),
            title=title,
            body=body_of(text, extra, n),
            author=author,
            is_pinned=extra == words.PINNED,
            is_key_event=extra == words.KEY,
        )


def body_of(text, extra, number):
    """A paragraph, or a pull quote, with a picture when `extra` is its alt text."""
    if isinstance(extra, tuple):
        quote, speaker, role = extra
        return [("pull_quote", {"quote": quote, "speaker": speaker, "role": role})]
    body = [("paragraph", f"<p>{text}</p>")]
    if isinstance(extra, str) and extra not in (words.PINNED, words.KEY):
        image = picture(f"flood-watch/{number}", extra, str(number))
        body.append(("image", {"image": image, "alt_text": extra, "caption": text}))
    return body


def picture(seed, alt, name):
    """The demo picture `seed` (drawn once: found by title on the next run)."""
    title = f"{SLUG} ({name})"
    existing = get_image_model().objects.filter(title=title).first()
    if existing is not None:
        return existing
    image = get_image_model()(title=title, description=alt[:255])
    jpeg = images.hero_jpeg(seed, COLOURS, "waves", size=images.BODY_SIZE)
    image.file = ImageFile(BytesIO(jpeg), name=f"{SLUG}-{name}.jpg")
    image.save()
    return image


def ensure_banner(blog, log):
    if BreakingBanner.objects.filter(page=blog).exists():
        return
    BreakingBanner.objects.create(
        text_th=words.BANNER["th"], text_en=words.BANNER["en"], page=blog, is_active=True
    )
    log(f"Breaking banner: {words.BANNER['th']}")
