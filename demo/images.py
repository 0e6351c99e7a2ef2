"""
Pictures for the demo site, drawn with Pillow: no network, no image files in
the repository.

Each picture is a diagonal gradient in its section's colours, a motif for the
section (a globe for World, hills for Thailand, a chart for Business, ...),
a few soft blurred lights, a vignette and a little grain so JPEG does not band
the gradients. Author portraits are a gradient disc with the author's
initials.

Every function takes a `seed` string and draws with its own
``random.Random(seed)``, so the same seed gives the same bytes whatever order
the pictures are made in. The shapes are deliberately abstract: the captions
and credits call them illustrations.
"""

import io
import math
import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont, ImageOps

from demo.colours import hex_to_rgb, mix, shift_hue
from demo.motifs import MOTIFS

HERO_SIZE = (1600, 900)
BODY_SIZE = (1400, 933)
PORTRAIT_SIZE = 400
JPEG_QUALITY = 85


# Successive stories of a section turn its colours round the colour wheel by
# the golden angle: cards side by side never share a palette, while the motif
# keeps them recognisably the section's.
GOLDEN_TURN = 0.381966


def variant_turn(variant):
    """How far story number `variant` of its section turns the colours, in [-0.5, 0.5)."""
    return (variant * GOLDEN_TURN + 0.5) % 1 - 0.5


def hero_jpeg(seed, colours, motif, size=HERO_SIZE, variant=0):
    """
    A section illustration as JPEG bytes. `colours` is (start, end, accent) in
    hex; `variant` is the story's place in its section, so that a section's
    cards differ at a glance (a small random turn alone left them clones).
    """
    rng = random.Random(seed)  # noqa: S311 - art, not security
    turn = variant_turn(variant) + rng.uniform(-0.03, 0.03)
    start, end, accent = (shift_hue(hex_to_rgb(c), turn) for c in colours)
    if rng.random() < 0.4:
        start, end = end, start
    image = gradient(size, start, end, angle=rng.uniform(-35, 35))
    image = add_lights(image, rng, accent)
    overlay = Image.new("RGBA", size, (0, 0, 0, 0))
    MOTIFS[motif](ImageDraw.Draw(overlay), size, rng, start, end, accent)
    image = Image.alpha_composite(image.convert("RGBA"), overlay).convert("RGB")
    if variant % 2:
        image = ImageOps.mirror(image)  # the motif's weight moves to the other side
    image = vignette(image)
    image = grain(image, rng)
    return to_jpeg(image)


def portrait_jpeg(seed, colours, initials, size=PORTRAIT_SIZE):
    """A square abstract avatar with the initials, as JPEG bytes."""
    rng = random.Random(seed)  # noqa: S311 - art, not security
    first, second = (hex_to_rgb(c) for c in colours)
    image = gradient((size, size), first, second, angle=rng.uniform(-60, 60))
    image = add_lights(image, rng, mix(second, (255, 255, 255), 0.5), count=3)
    overlay = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    # A ring offset from the centre gives the flat disc some depth.
    inset = size // 8
    draw.ellipse((inset, inset, size - inset, size - inset), fill=(255, 255, 255, 38))
    shift = rng.randint(-size // 10, size // 10)
    draw.ellipse(
        (inset + shift, inset - shift, size - inset + shift, size - inset - shift),
        outline=(255, 255, 255, 90),
        width=max(2, size // 100),
    )
    font = initials_font(size // 3)
    centre = (size / 2, size / 2)
    draw.text((centre[0] + 3, centre[1] + 4), initials, font=font, fill=(0, 0, 0, 70), anchor="mm")
    draw.text(centre, initials, font=font, fill=(255, 255, 255, 240), anchor="mm")
    image = Image.alpha_composite(image.convert("RGBA"), overlay).convert("RGB")
    return to_jpeg(grain(image, rng))


def initials_font(size):
    # Pillow 10.1+ ships a scalable font inside the wheel; older builds fall
    # back to the tiny bitmap font rather than failing.
    try:
        return ImageFont.load_default(size=size)
    except TypeError:
        return ImageFont.load_default()


# --- Building blocks ---------------------------------------------------------


def gradient(size, start, end, angle):
    """A linear gradient from `start` to `end`, tilted by `angle` degrees."""
    mask = Image.linear_gradient("L").rotate(angle, resample=Image.BICUBIC, expand=True)
    # Keep only the largest upright square inside the rotated one, so its
    # empty corners never show.
    turn = math.radians(angle)
    side = 256 / (abs(math.cos(turn)) + abs(math.sin(turn)))
    cx, cy = mask.width / 2, mask.height / 2
    box = (cx - side / 2 + 1, cy - side / 2 + 1, cx + side / 2 - 1, cy + side / 2 - 1)
    mask = mask.crop(tuple(round(v) for v in box)).resize(size, Image.BICUBIC)
    return Image.composite(Image.new("RGB", size, end), Image.new("RGB", size, start), mask)


def add_lights(image, rng, colour, count=5):
    """Soft out-of-focus lights, drawn small and blurred, then scaled up (cheap)."""
    small = (image.width // 8, image.height // 8)
    layer = Image.new("RGBA", small, (*colour, 0))
    draw = ImageDraw.Draw(layer)
    for _ in range(count):
        r = rng.uniform(0.08, 0.25) * small[1]
        x, y = rng.uniform(0, small[0]), rng.uniform(0, small[1])
        draw.ellipse((x - r, y - r, x + r, y + r), fill=(*colour, rng.randint(40, 90)))
    layer = layer.filter(ImageFilter.GaussianBlur(small[1] / 14))
    layer = layer.resize(image.size, Image.BICUBIC)
    return Image.alpha_composite(image.convert("RGBA"), layer).convert("RGB")


def vignette(image, strength=0.45):
    mask = Image.radial_gradient("L").resize(image.size, Image.BICUBIC)
    mask = mask.point(lambda v: int(max(0, v - 110) * strength * 1.8))
    return Image.composite(Image.new("RGB", image.size, (8, 10, 18)), image, mask)


def grain(image, rng, amount=0.035):
    # effect_noise is seeded from C's rand(), not ours, so it is replaced by
    # a small tile of our own noise repeated over the image: deterministic.
    tile = Image.new("L", (64, 64))
    tile.putdata([rng.randint(96, 160) for _ in range(64 * 64)])
    noise = Image.new("L", image.size)
    for x in range(0, image.width, 64):
        for y in range(0, image.height, 64):
            noise.paste(tile, (x, y))
    return Image.blend(image, Image.merge("RGB", (noise, noise, noise)), amount)


def to_jpeg(image):
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=JPEG_QUALITY, optimize=True, progressive=True)
    return buffer.getvalue()
