"""Number formatting for the report: the same text the figures have always had in BENCHMARKS.md."""

from __future__ import annotations

import re

DASH = "–"


def parse(text: str) -> float | None:
    """A recorded figure as a number, or None when it is empty or not a number."""
    try:
        return float(text)
    except ValueError:
        return None


def fixed(value: float, decimals: int) -> str:
    """`value` with a fixed number of decimals (C printf rounding, as awk printed it)."""
    return f"{value:.{decimals}f}"


def divide(a: str, b: str, decimals: int = 2) -> str:
    """a ÷ b with `decimals` decimals; empty when an operand is empty or not a number, or b is zero."""
    x, y = parse(a), parse(b)
    if x is None or y is None or y == 0:
        return ""
    return fixed(x / y, decimals)


def commas(text: str) -> str:
    """Thousands separators in the leading digits of a figure; a dash for an empty one."""
    if text == "":
        return DASH
    pattern = re.compile(r"^([0-9]+)([0-9]{3})")
    while True:
        changed = pattern.sub(r"\1,\2", text, count=1)
        if changed == text:
            return text
        text = changed


def megabytes(byte_count: str) -> str:
    """Bytes as MB: one decimal, two below 1 MB; empty for an empty figure."""
    value = parse(byte_count)
    if value is None:
        return ""
    mb = value / 1_000_000
    return fixed(mb, 2 if mb < 1 else 1)


def or_dash(text: str) -> str:
    """The figure, or a dash when it is empty."""
    return text if text != "" else DASH


def percent(part: float, whole: float, decimals: int = 1) -> str:
    """part ÷ whole as a percentage, or empty when whole is zero."""
    if whole == 0:
        return ""
    return fixed(100 * part / whole, decimals)
