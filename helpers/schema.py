"""Frame schemas, built from the data dictionary (data/dictionary/frames.csv).

The dictionary documents every column; the same file gives each column its
dtype, whether it may be null and which vocabulary its values come from, so
documentation and validation cannot drift apart.
"""

from __future__ import annotations

import csv
from functools import cache, lru_cache

import pandas as pd
import pandera.pandas as pa

from . import paths, vocab
from .places import INDONESIA

DICTIONARY = paths.DATA / "dictionary" / "frames.csv"
KINDS = ("achievement", "target", "baseline", "change")
QUALIFIERS = ("<", ">", "~")
AREA_LEVELS = ("district", "province", "national")
SERIES_KINDS = ("survey", "administrative", "estimate", "target", "statement")
VERDICTS = (
    "consistent",
    "contradicted",
    "different_measure",
    "no_official_figure",
    "not_comparable",
)
COMPARISON_ROLES = (
    "compared",
    "change_from",
    "same_series",
    "other_series",
    "alternative",
    "context",
)


def allowed_values(name: str) -> frozenset[str]:
    """The vocabulary a column's values must come from."""
    units = {i.unit for i in vocab.indicators() if i.unit} | {"percentage_points"}
    sets = {
        "indicators": vocab.indicator_ids(),
        "units": frozenset(units),
        "kinds": frozenset(KINDS),
        "qualifiers": frozenset(QUALIFIERS),
        "event_types": frozenset(e[0] for e in vocab.event_types()),
        "gazetteer": frozenset(a.area for a in vocab.areas()),
        "reference_areas": frozenset(a.area for a in vocab.areas()) | {INDONESIA},
        "area_levels": frozenset(AREA_LEVELS),
        "reference_indicators": frozenset(vocab.reference_indicators()),
        "series": frozenset(s["series"] for s in vocab.series()),
        "series_kinds": frozenset(SERIES_KINDS),
        "statuses": vocab.statuses(),
        "verdicts": frozenset(VERDICTS),
        "comparison_roles": frozenset(COMPARISON_ROLES),
    }
    return sets[name]


@lru_cache(maxsize=1)
def dictionary() -> tuple[dict[str, str], ...]:
    with DICTIONARY.open(newline="", encoding="utf-8") as f:
        return tuple(csv.DictReader(f))


def columns(frame: str) -> list[dict[str, str]]:
    cols = [c for c in dictionary() if c["frame"] == frame]
    if not cols:
        raise KeyError(f"{DICTIONARY}: no frame named {frame!r}")
    return cols


def cast(frame: str, df: pd.DataFrame) -> pd.DataFrame:
    """Columns in dictionary order with dictionary dtypes."""
    out = pd.DataFrame(index=df.index)
    for c in columns(frame):
        col = df[c["column"]] if c["column"] in df else pd.Series(pd.NA, index=df.index)
        if c["dtype"].startswith("datetime64"):
            col = pd.to_datetime(col, errors="raise").astype("datetime64[ns]")
        elif c["dtype"] == "category":
            values = sorted(allowed_values(c["allowed"])) if c["allowed"] else None
            unknown = sorted(
                set(col.dropna().astype(str)) - set(values or col.dropna().astype(str))
            )
            if unknown:
                raise ValueError(f"{frame}.{c['column']}: values not in the vocabulary: {unknown}")
            col = col.astype(pd.CategoricalDtype(values) if values else "category")
        else:
            col = col.astype(c["dtype"])
        out[c["column"]] = col
    return out.reset_index(drop=True)


def _check(allowed: str) -> list[pa.Check]:
    return [pa.Check.isin(sorted(allowed_values(allowed)))] if allowed else []


@cache
def schema(frame: str) -> pa.DataFrameSchema:
    cols = {
        c["column"]: pa.Column(
            c["dtype"] if c["dtype"] != "category" else None,
            checks=_check(c["allowed"]),
            nullable=c["nullable"] == "true",
            description=c["description"],
        )
        for c in columns(frame)
    }
    checks = []
    if "start" in cols and "end" in cols:
        checks.append(pa.Check(lambda d: (d["end"] >= d["start"]).fillna(True), name="end>=start"))
    return pa.DataFrameSchema(cols, checks=checks, strict=True, ordered=True, name=frame)


def validate(frame: str, df: pd.DataFrame) -> pd.DataFrame:
    return schema(frame).validate(df, lazy=True)


def column_names(frame: str) -> list[str]:
    return [c["column"] for c in columns(frame)]
