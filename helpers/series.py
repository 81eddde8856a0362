"""Official series that may be compared: one series at a time, never mixed.

A district's figure is set beside its province and Indonesia (from the
gazetteer) and beside the targets. By default only `preferred` rows are used;
`alternatives` shows the rest, so conflicts stay visible.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from . import places, vocab
from .places import INDONESIA

PREFERRED = ("preferred",)


def levels(area: str) -> list[str]:
    """The area, then its province and Indonesia: [district, province, Indonesia]."""
    out = [area]
    province = places.province_of(area)
    if province and province != area:
        out.append(province)
    if area != INDONESIA:
        out.append(INDONESIA)
    return out


def _in_use(row: dict[str, str], on: dt.date | None) -> bool:
    if on is None:
        return not row["in_use_until"]
    start = dt.date.fromisoformat(row["in_use_from"]) if row["in_use_from"] else dt.date.min
    until = dt.date.fromisoformat(row["in_use_until"]) if row["in_use_until"] else dt.date.max
    return start <= on <= until


def default_series(reference_indicator: str, on: dt.date | None = None) -> tuple[str, ...]:
    """The series official for the indicator on a date (today's when no date is given).

    Life expectancy before 15 November 2023 is the SP2010 series, after it the
    Long Form SP2020 series; targets have one series per plan.
    """
    return tuple(
        s["series"]
        for s in vocab.series()
        if reference_indicator in s["default_for"].split(";") and _in_use(s, on)
    )


def series_for(reference_indicator: str) -> tuple[str, ...]:
    """Every series that has been the official one for the indicator, oldest first:
    one line each on a chart, so a change of method shows as a break."""
    rows = [s for s in vocab.series() if reference_indicator in s["default_for"].split(";")]
    return tuple(s["series"] for s in sorted(rows, key=lambda s: s["in_use_from"]))


def apart_series(reference_indicator: str) -> str | None:
    """A series shown beside the official one but never on its lines (e-PPGBM)."""
    return next(
        (s["series"] for s in vocab.series() if reference_indicator in s["apart_for"].split(";")),
        None,
    )


def series_label(name: str) -> str:
    """Short name of a series for charts and sentences."""
    return next((s["label"] for s in vocab.series() if s["series"] == name), name)


def series_kind(series: str) -> str:
    return next(s["kind"] for s in vocab.series() if s["series"] == series)


def reference_indicator(indicator: str, kind: str) -> str | None:
    """The reference indicator a claim of this indicator and kind is compared with."""
    want = "target" if kind == "target" else "level"
    return next(
        (
            r
            for r, (ind, k) in vocab.reference_indicators().items()
            if ind == indicator and k == want
        ),
        None,
    )


def comparable(
    official: pd.DataFrame,
    areas: str | list[str],
    indicator: str,
    series: str | None = None,
    on: dt.date | None = None,
    statuses: tuple[str, ...] = PREFERRED,
) -> pd.DataFrame:
    """Figures of one series for the areas, by area and year.

    Without `series`, the series official on date `on`; raises when the
    indicator has several (targets), since those must not share a line.
    """
    if series is None:
        found = default_series(indicator, on)
        if len(found) != 1:
            raise ValueError(f"{indicator}: name one series of {found or 'none'}")
        series = found[0]
    areas = [areas] if isinstance(areas, str) else areas
    rows = official[
        official["area"].isin(areas)
        & (official["indicator"] == indicator)
        & (official["series"] == series)
        & official["status"].isin(statuses)
    ]
    return rows.sort_values(["area", "year"], key=_area_order(areas), ignore_index=True)


def _area_order(areas: list[str]):
    def key(col: pd.Series) -> pd.Series:
        return col.map({a: i for i, a in enumerate(areas)}) if col.name == "area" else col

    return key


def beside(
    official: pd.DataFrame,
    area: str,
    indicator: str,
    series: str | None = None,
    on: dt.date | None = None,
) -> pd.DataFrame:
    """The area's series with its province's and Indonesia's, in one series."""
    return comparable(official, levels(area), indicator, series, on)


def targets(official: pd.DataFrame, area: str, indicator: str = "stunting_target") -> pd.DataFrame:
    """Targets for the area, its province and Indonesia, each with its own series."""
    rows = official[
        official["area"].isin(levels(area))
        & (official["indicator"] == indicator)
        & official["status"].isin(PREFERRED)
    ]
    return rows.sort_values(["area", "year"], key=_area_order(levels(area)), ignore_index=True)


def alternatives(
    official: pd.DataFrame, area: str, indicator: str, year: int | None = None
) -> pd.DataFrame:
    """Every other figure for the area and indicator: other series and non-preferred rows."""
    rows = official[(official["area"] == area) & (official["indicator"] == indicator)]
    if year is not None:
        rows = rows[rows["year"] == year]
    return rows.sort_values(["year", "series", "line"], ignore_index=True)
