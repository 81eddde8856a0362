"""Numbers as they are written in English sentences, tables and charts."""

from __future__ import annotations

_SUFFIX = {
    "percent": "%",
    "percentage_points": " points",
    "years": " years",
    "index": "",
    "per_1000_live_births": " per 1,000 live births",
    "per_100000_live_births": " per 100,000 live births",
}


def fmt(value: float, unit: str | None = None) -> str:
    """20.4 -> '20.4%', 71.85 -> '71.85 years', 3510 -> '3,510', 22.0 -> '22%'."""
    text = f"{float(value):,.3f}".rstrip("0").rstrip(".")
    return text + _SUFFIX.get(unit or "", "")


def points_unit(unit: str | None) -> str | None:
    """The unit of a difference: percentages differ by percentage points."""
    return "percentage_points" if unit == "percent" else unit


def difference(value: float, unit: str | None) -> str:
    """A signed difference, '+0.4 points'."""
    return ("+" if value > 0 else "") + fmt(round(value, 6), points_unit(unit))
