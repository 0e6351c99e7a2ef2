"""
The demo's pictures as Wagtail images: drawn (images.py) and saved once each,
found again by title on later loads.
"""

from io import BytesIO

from django.core.files.images import ImageFile
from wagtail.images import get_image_model

from demo import content, images


def image(title, alt, filename, draw):
    """The image with this title, drawn and saved only if it does not exist yet."""
    image_model = get_image_model()
    existing = image_model.objects.filter(title=title).first()
    if existing is not None:
        return existing
    image = image_model(title=title, description=alt[:255])
    image.file = ImageFile(BytesIO(draw()), name=filename)
    image.save()
    return image


def hero_image(story):
    section = section_data(story.section)
    return image(
        f"{story.slug} (hero)",
        alt=story.primary.hero_alt or story.primary.title,
        filename=f"{story.slug}.jpg",
        draw=lambda: images.hero_jpeg(
            story.slug, section.colours, section.motif, variant=content.place_in_section(story)
        ),
    )


def body_image(story, number, picture):
    section = section_data(story.section)
    return image(
        f"{story.slug} (picture {number})",
        alt=picture.alt,
        filename=f"{story.slug}-{number}.jpg",
        draw=lambda: images.hero_jpeg(
            f"{story.slug}/{number}", section.colours, section.motif, images.BODY_SIZE
        ),
    )


def section_data(slug):
    return next(s for s in content.SECTIONS if s.slug == slug)
