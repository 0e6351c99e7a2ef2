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

import colorsys
import io
import math
import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont, ImageOps

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


def hex_to_rgb(value):
    value = value.lstrip("#")
    return tuple(int(value[i : i + 2], 16) for i in (0, 2, 4))


def shift_hue(rgb, turn):
    """Rotate a colour's hue by `turn` (a fraction of the full circle)."""
    h, lightness, saturation = colorsys.rgb_to_hls(*(v / 255 for v in rgb))
    return tuple(round(v * 255) for v in colorsys.hls_to_rgb((h + turn) % 1, lightness, saturation))


def mix(a, b, t):
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b, strict=True))


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


def white(alpha):
    return (255, 255, 255, alpha)


# --- Motifs, one per section ---------------------------------------------------


def draw_globe(draw, size, rng, start, end, accent):
    w, h = size
    r = h * rng.uniform(0.42, 0.55)
    cx, cy = w * rng.uniform(0.55, 0.75), h * rng.uniform(0.45, 0.6)
    box = (cx - r, cy - r, cx + r, cy + r)
    draw.ellipse(box, fill=white(22), outline=white(120), width=4)
    for i in range(1, 6):  # meridians: ever narrower ellipses
        rx = r * math.cos(i * math.pi / 12)
        draw.ellipse((cx - rx, cy - r, cx + rx, cy + r), outline=white(55), width=3)
    for i in range(-3, 4):  # parallels
        y = cy + r * i / 4
        half = math.sqrt(max(r * r - (y - cy) ** 2, 0))
        draw.line((cx - half, y, cx + half, y), fill=white(55), width=3)
    for _ in range(14):  # cities, and routes between some of them
        a, d = rng.uniform(0, 2 * math.pi), r * math.sqrt(rng.random()) * 0.95
        x, y = cx + d * math.cos(a), cy + d * math.sin(a)
        draw.ellipse((x - 7, y - 7, x + 7, y + 7), fill=(*accent, 230))
        if rng.random() < 0.5:
            draw.line((x, y, cx, cy - r * 0.3), fill=(*accent, 90), width=2)


def draw_hills(draw, size, rng, start, end, accent):
    w, h = size
    sun_r = h * rng.uniform(0.12, 0.18)
    sx, sy = w * rng.uniform(0.2, 0.8), h * rng.uniform(0.22, 0.38)
    draw.ellipse((sx - sun_r, sy - sun_r, sx + sun_r, sy + sun_r), fill=(*accent, 200))
    layers = 4
    for i in range(layers):
        base = h * (0.5 + i * 0.12)
        colour = mix(end, (12, 16, 30), 0.25 + i * 0.18)
        phase, freq = rng.uniform(0, 6.3), rng.uniform(1.5, 3.5)
        points = [(0, h)]
        for x in range(0, w + 40, 40):
            y = base - math.sin(x / w * freq * math.pi + phase) * h * 0.07
            y -= rng.uniform(0, h * 0.015)
            points.append((x, y))
        points.append((w, h))
        draw.polygon(points, fill=(*colour, 150 + i * 25))


def draw_bars(draw, size, rng, start, end, accent):
    w, h = size
    for i in range(1, 6):  # faint grid
        y = h * i / 6
        draw.line((0, y, w, y), fill=white(28), width=2)
    count = rng.randint(9, 13)
    gap = w / (count + 2)
    level = h * rng.uniform(0.55, 0.7)
    tops = []
    for i in range(count):
        level = min(h * 0.85, max(h * 0.15, level - rng.uniform(-0.06, 0.1) * h))
        x = gap * (i + 1.5)
        draw.rectangle((x - gap * 0.3, level, x + gap * 0.3, h), fill=white(45 + i * 6))
        tops.append((x, level - h * 0.05))
    draw.line(tops, fill=(*accent, 230), width=6, joint="curve")
    for x, y in tops:
        draw.ellipse((x - 9, y - 9, x + 9, y + 9), fill=(*accent, 255))


def draw_circuit(draw, size, rng, start, end, accent):
    w, h = size
    step = 50
    for x in range(step // 2, w, step):  # dot grid
        for y in range(step // 2, h, step):
            draw.point((x, y), fill=white(70))
    for _ in range(16):  # traces that turn at right angles, ending in a pad
        x = rng.randrange(0, w // step) * step + step // 2
        y = rng.randrange(0, h // step) * step + step // 2
        points = [(x, y)]
        for _ in range(rng.randint(2, 5)):
            if rng.random() < 0.5:
                x += rng.choice((-1, 1)) * rng.randint(2, 7) * step
            else:
                y += rng.choice((-1, 1)) * rng.randint(1, 4) * step
            points.append((x, y))
        draw.line(points, fill=(*accent, 150), width=4, joint="curve")
        draw.ellipse((x - 10, y - 10, x + 10, y + 10), outline=(*accent, 230), width=4)
    chip_w, chip_h = w * 0.16, h * 0.24
    cx, cy = w * rng.uniform(0.3, 0.7), h * rng.uniform(0.35, 0.65)
    draw.rounded_rectangle(
        (cx - chip_w, cy - chip_h, cx + chip_w, cy + chip_h),
        radius=24,
        fill=white(30),
        outline=white(140),
        width=4,
    )


def draw_stripes(draw, size, rng, start, end, accent):
    w, h = size
    stripe = w / 10
    for i in range(-4, 14, 2):  # mown-pitch stripes, on a slant
        x = i * stripe
        draw.polygon(
            [(x, 0), (x + stripe, 0), (x + stripe - h * 0.4, h), (x - h * 0.4, h)],
            fill=white(18),
        )
    cx, cy = w * rng.uniform(0.1, 0.3), h * rng.uniform(1.0, 1.3)
    for lane in range(6):  # running-track lanes curving out of the frame
        r = h * (0.7 + lane * 0.09)
        draw.arc((cx - r, cy - r, cx + r, cy + r), 270, 360, fill=white(110), width=5)
    bx, by = w * rng.uniform(0.62, 0.8), h * rng.uniform(0.3, 0.5)
    br = h * 0.13
    draw.ellipse((bx - br, by - br, bx + br, by + br), fill=(*accent, 235))
    draw.arc((bx - br, by - br * 2.2, bx + br * 2.2, by + br), 120, 240, fill=white(150), width=5)
    for i in range(1, 4):  # motion lines behind the ball
        y = by + (i - 2) * br * 0.6
        draw.line((bx - br * (2 + i), y, bx - br * 1.3, y), fill=white(120), width=4)


def draw_waves(draw, size, rng, start, end, accent):
    w, h = size
    for i in range(5):
        base = h * (0.45 + i * 0.11)
        amp, freq, phase = h * rng.uniform(0.02, 0.05), rng.uniform(2, 5), rng.uniform(0, 6.3)
        points = [(0, h)]
        points += [
            (x, base + amp * math.sin(x / w * freq * math.pi + phase)) for x in range(0, w + 20, 20)
        ]
        points.append((w, h))
        draw.polygon(points, fill=(*mix(start, (255, 255, 255), 0.15 * i), 60 + i * 18))
    for _ in range(7):  # leaves: a pointed lens shape at an angle
        x, y = rng.uniform(0.05, 0.95) * w, rng.uniform(0.08, 0.4) * h
        length, angle = rng.uniform(40, 110), rng.uniform(0, math.pi)
        draw.polygon(leaf(x, y, length, angle), fill=(*accent, rng.randint(150, 220)))


def leaf(x, y, length, angle, steps=12):
    points = []
    for side in (1, -1):
        for i in range(steps + 1):
            t = i / steps if side == 1 else 1 - i / steps
            along, across = (t - 0.5) * length, side * math.sin(t * math.pi) * length * 0.22
            points.append(
                (
                    x + along * math.cos(angle) - across * math.sin(angle),
                    y + along * math.sin(angle) + across * math.cos(angle),
                )
            )
    return points


MOTIFS = {
    "globe": draw_globe,
    "hills": draw_hills,
    "bars": draw_bars,
    "circuit": draw_circuit,
    "stripes": draw_stripes,
    "waves": draw_waves,
}
