"""
Stories: the page types that listings, archives and feeds show side by side,
newest first. Articles are stories; so are live blogs, which belong to the
live app, above this one: news may not import them (pyproject, layers), so a
page model says itself that it is a story, as search/stories.py reads it too:

    is_story = True                       # listed by its date: its first
                                          # DateTimeField FilterField beyond Page's
    story_label = _("Live")               # the label its teaser shows, when...
    @classmethod
    def labelled_stories(cls): ...        # ...it is among these (a queryset)

Listings ask for the union of every story model in one query on the page
table (each model's fields come through its own LEFT JOIN, coalesced), and
build plain `Teaser` values from the rows: no page objects, which cost
about 0.2 ms each to build, and a URL made from the listing root's own URL
and the page's `url_path`, as Wagtail's routing reads it, with no lookup.
"""

from dataclasses import dataclass
from functools import cache

from django.contrib.contenttypes.models import ContentType
from django.db.models import DateTimeField, Exists, F, OuterRef, Q, Value
from django.db.models.functions import Coalesce
from modelcluster.fields import ParentalKey
from wagtail.images import get_image_model
from wagtail.models import Page, get_page_models
from wagtail.search import index

TEASER_FIELDS = ["pk", "title", "path", "url_path", "content_type_id", "story_date"] + [
    "teaser_standfirst", "teaser_image_id", "teaser_labelled"
]  # fmt: skip
# The renditions a teaser shows (news/templatetags/listing.py): only these are fetched.
TEASER_SPECS = ("fill-320x180", "fill-640x360", "fill-960x540", "fill-1280x720")


@cache
def story_models():
    """Every page model that says it is a story, in a fixed order."""
    return tuple(model for model in get_page_models() if getattr(model, "is_story", False))


@cache
def date_field(model):
    """The story's date column: the first date-and-time FilterField it adds to Page's."""
    page_filters = {field.field_name for field in Page.search_fields}
    for field in model.search_fields:
        name = field.field_name
        if (
            isinstance(field, index.FilterField)
            and name not in page_filters
            and isinstance(model._meta.get_field(name), DateTimeField)
        ):
            return name
    raise LookupError(f"{model.__name__} declares no date FilterField")


def story_content_types():
    return list(ContentType.objects.get_for_models(*story_models()).values())


def model_of(content_type_id):
    return ContentType.objects.get_for_id(content_type_id).model_class()


def coalesced(field_of):
    """The value of each story model's `field_of(model)`, from whichever model the row is."""
    fields = [F(f"{model._meta.model_name}__{field_of(model)}") for model in story_models()]
    return Coalesce(*fields) if len(fields) > 1 else fields[0]


def stories():
    """Live stories of every kind, with `story_date`, newest first."""
    return (
        Page.objects.live()
        .filter(content_type__in=story_content_types())
        .annotate(story_date=coalesced(date_field))
        .order_by("-story_date", "-pk")
    )


def with_teaser_data(queryset):
    """`queryset` of `stories()` as rows with what a teaser shows (TEASER_FIELDS)."""
    labelled = [
        Exists(model.labelled_stories().filter(pk=OuterRef("pk")))
        for model in story_models()
        if hasattr(model, "labelled_stories")
    ]
    return queryset.annotate(
        teaser_standfirst=coalesced(lambda model: "standfirst"),
        teaser_image_id=coalesced(lambda model: "hero_image_id"),
        teaser_labelled=Q(*labelled, _connector=Q.OR) if labelled else Value(False),
    )


def related_to(target_model, **lookups):
    """
    A filter for stories linked to rows of `target_model` (an author, a tag)
    matching `lookups`: through each story model's own child relation to it
    (articles' `article_authors`, live blogs' `live_blog_authors`...).
    """
    condition = Q(pk__in=[])
    for model in story_models():
        relation = relation_to(model, target_model)
        if relation is not None:
            matching = {f"{relation}__{name}": value for name, value in lookups.items()}
            condition |= Q(pk__in=model.objects.filter(**matching).values("pk"))
    return condition


def relation_to(model, target_model):
    """
    `<child relation>__<field>` from `model` to `target_model`, or None: only
    through the page's own cluster children (its byline, its tags), not rows
    that merely point at it (a live blog's updates have authors too).
    """
    for relation in model._meta.related_objects:
        if not isinstance(relation.field, ParentalKey):
            continue
        for field in relation.related_model._meta.concrete_fields:
            if field.is_relation and field.related_model is target_model:
                return f"{relation.get_accessor_name()}__{field.name}"
    return None


@dataclass
class Teaser:
    """A story as listings show it, built from a row of `with_teaser_data`."""

    pk: int
    title: str
    path: str
    url: str
    standfirst: str
    date: object
    image_id: int | None
    label: str
    kind: str
    image: object = None
    section: object = None
    steplen = Page.steplen


def teasers_from(rows, root_url_path, root_url):
    """
    Teasers for `rows`, their URLs under the listing root (the home or the
    section whose own URL is `root_url`), their pictures in one query.
    """
    teasers = [teaser_from(row, root_url_path, root_url) for row in rows]
    attach_images(teasers)
    return teasers


def teaser_from(row, root_url_path, root_url):
    model = model_of(row["content_type_id"])
    return Teaser(
        pk=row["pk"],
        title=row["title"],
        path=row["path"],
        url=url_under(root_url, root_url_path, row["url_path"]),
        standfirst=row["teaser_standfirst"] or "",
        date=row["story_date"],
        image_id=row["teaser_image_id"],
        label=model.story_label if row["teaser_labelled"] else "",
        kind=model._meta.model_name,
    )


def url_under(root_url, root_url_path, url_path):
    """The URL of the page at `url_path` under a root whose own URL and path are known."""
    return root_url + url_path[len(root_url_path) :]


def attach_images(teasers):
    """
    Set `.image` on each teaser, with the teaser renditions already made, in
    one query (two the first time a picture has none yet).
    """
    ids = {teaser.image_id for teaser in teasers if teaser.image_id}
    if not ids:
        return
    images = images_with_renditions(ids)
    for teaser in teasers:
        teaser.image = images.get(teaser.image_id)


def images_with_renditions(ids):
    image_model = get_image_model()
    renditions = image_model.get_rendition_model().objects.filter(
        image_id__in=ids, filter_spec__in=TEASER_SPECS
    )
    images = {}
    for rendition in renditions.select_related("image"):
        image = images.get(rendition.image_id)
        if image is None:
            image = images[rendition.image_id] = rendition.image
            image.prefetched_renditions = []  # what Wagtail looks in before cache and database
        image.prefetched_renditions.append(rendition)
        rendition.image = image
    missing = ids - images.keys()
    for image in image_model.objects.filter(pk__in=missing) if missing else ():
        image.prefetched_renditions = []
        images[image.pk] = image
    return images
