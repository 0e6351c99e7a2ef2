"""Colour arithmetic for the demo's drawn pictures."""

import colorsys


def hex_to_rgb(value):
    value = value.lstrip("#")
    return tuple(int(value[i : i + 2], 16) for i in (0, 2, 4))


def shift_hue(rgb, turn):
    """Rotate a colour's hue by `turn` (a fraction of the full circle)."""
    h, lightness, saturation = colorsys.rgb_to_hls(*(v / 255 for v in rgb))
    return tuple(round(v * 255) for v in colorsys.hls_to_rgb((h + turn) % 1, lightness, saturation))


def mix(a, b, t):
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b, strict=True))


def white(alpha):
    return (255, 255, 255, alpha)
