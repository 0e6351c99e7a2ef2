"""
The section motifs of the demo's pictures (images.py): a globe for World,
hills for Thailand, a chart for Business, ... drawn in white over the
gradient, each from the picture's own random generator.
"""

import math

from demo.colours import mix, white

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
