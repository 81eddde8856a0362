"""Official figures (data/reference/official_indicators.csv) as a typed, checked frame.

Every row is kept: conflicts, duplicates and low-confidence figures are part of
the story and carry a status saying why they are not the preferred figure. A
row that cannot be used (a value that is not a number, an unknown unit or
series, two preferred rows for the same key) is listed with its line and the
reason, never dropped silently; `load_reference` refuses a file that has any.
"""

from __future__ import annotations

import csv
import math
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from . import paths, schema, vocab
from .places import INDONESIA

OFFICIAL = paths.REFERENCE / "official_indicators.csv"
SOURCES = paths.REFERENCE / "sources.csv"
# One preferred figure per key; other rows for the key must say why they differ.
KEY = ("area", "indicator", "year", "series")
_TEXT_COLUMNS = ("source_survey", "publisher", "url")


class ReferenceError(Exception):
    """A reference file that cannot be used, naming the file and each problem."""

    def __init__(self, path: Path | str, problems: list[str]):
        self.path, self.problems = Path(path), problems
        super().__init__(f"{path}: " + "; ".join(problems))


@dataclass
class Reference:
    """The usable rows, typed, and one row per unusable line with its reason."""

    table: pd.DataFrame
    unusable: pd.DataFrame = field(
        default_factory=lambda: pd.DataFrame(columns=["file", "line", "problem"])
    )


def _number(text: str, kind: type) -> float | int | None:
    try:
        value = kind(text)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _area_problem(row: dict[str, str]) -> str | None:
    """The area, its level and its province must agree with the gazetteer."""
    if row["area"] == INDONESIA:
        return (
            None if row["area_level"] == "national" else "Indonesia must have area_level national"
        )
    area = vocab.area_by_name().get(row["area"])
    if area is None:
        return f"area {row['area']!r} is not in the gazetteer (data/vocab/gazetteer.csv)"
    if row["area_level"] != area.level:
        return f"area_level {row['area_level']!r} but {row['area']} is a {area.level}"
    if row["province"] != area.province:
        return f"province {row['province']!r} but {row['area']} is in {area.province}"
    return None


def row_problems(row: dict[str, str]) -> list[str]:
    """Everything wrong with one row, in words a reader can act on."""
    problems = []
    if _number(row["value"], float) is None:
        problems.append(f"value {row['value']!r} is not a number")
    if _number(row["year"], int) is None:
        problems.append(f"year {row['year']!r} is not a whole year")
    ref = vocab.reference_indicators()
    if row["indicator"] not in ref:
        problems.append(
            f"unknown indicator {row['indicator']!r} (not in data/vocab/reference_indicators.csv)"
        )
    units = schema.allowed_values("units")
    if row["unit"] not in units:
        problems.append(f"unknown unit {row['unit']!r} (known: {', '.join(sorted(units))})")
    elif row["indicator"] in ref:
        expected = next(
            i.unit for i in vocab.indicators() if i.indicator == ref[row["indicator"]][0]
        )
        if row["unit"] != expected:
            problems.append(f"unit {row['unit']!r} but {row['indicator']} is in {expected!r}")
    if row["series"] not in schema.allowed_values("series"):
        problems.append(f"unknown series {row['series']!r} (not in data/reference/series.csv)")
    if row["status"] not in vocab.statuses():
        problems.append(f"unknown status {row['status']!r} (not in data/vocab/statuses.csv)")
    if row["area_level"] not in schema.AREA_LEVELS:
        problems.append(f"unknown area_level {row['area_level']!r}")
    elif problem := _area_problem(row):
        problems.append(problem)
    problems += [f"{c} is empty" for c in _TEXT_COLUMNS if not row[c]]
    return problems


def _duplicate_problems(rows: list[tuple[int, dict[str, str]]]) -> dict[int, str]:
    """Lines that repeat a key already held by a preferred row, without saying why."""
    keys = Counter(tuple(r[k] for k in KEY) for _, r in rows if r["status"] == "preferred")
    first: dict[tuple[str, ...], int] = {}
    out = {}
    for line, r in rows:
        key = tuple(r[k] for k in KEY)
        if r["status"] != "preferred" or keys[key] < 2:
            continue
        if key in first:
            out[line] = (
                f"duplicates the preferred row on line {first[key]} "
                f"({', '.join(f'{k}={v}' for k, v in zip(KEY, key, strict=True))}); "
                "mark one with a status saying why it differs"
            )
        else:
            first[key] = line
    return out


def read_reference(path: Path | str = OFFICIAL) -> Reference:
    """All usable rows of the file, typed; unusable ones listed with their reason.

    A missing column makes the whole file unusable, so it raises instead.
    """
    path = Path(path)
    try:
        with path.open(newline="", encoding="utf-8") as f:
            reader = csv.DictReader(f)
            columns = [c for c in schema.columns("official_indicators") if c["column"] != "line"]
            missing = [c["column"] for c in columns if c["column"] not in (reader.fieldnames or [])]
            if missing:
                raise ReferenceError(path, [f"missing column(s): {', '.join(missing)}"])
            rows: list[tuple[int, dict[str, str]]] = []
            for row in reader:
                if None in row:
                    raise ReferenceError(
                        path, [f"line {reader.line_num}: more fields than the header"]
                    )
                rows.append((reader.line_num, {k: (v or "").strip() for k, v in row.items()}))
    except (OSError, UnicodeDecodeError) as e:
        raise ReferenceError(path, [f"cannot be read ({e})"]) from None
    bad = [(path.name, line, p) for line, r in rows for p in row_problems(r)]
    dups = _duplicate_problems([(line, r) for line, r in rows if not row_problems(r)])
    bad += [(path.name, line, p) for line, p in dups.items()]
    bad_lines = {line for _, line, _ in bad}
    good = [{**r, "line": line} for line, r in rows if line not in bad_lines]
    table = pd.DataFrame(good, columns=[c["column"] for c in schema.columns("official_indicators")])
    table = table.assign(
        value=pd.to_numeric(table["value"]),
        year=pd.to_numeric(table["year"]),
        note=table["note"].replace("", pd.NA),
        province=table["province"].replace("", pd.NA),
    )
    table = schema.validate("official_indicators", schema.cast("official_indicators", table))
    unusable = pd.DataFrame(bad, columns=["file", "line", "problem"]).sort_values(
        ["line"], kind="stable", ignore_index=True
    )
    return Reference(table, unusable)


def load_reference(path: Path | str = OFFICIAL) -> pd.DataFrame:
    """The official figures, or a ReferenceError listing every unusable line."""
    ref = read_reference(path)
    if len(ref.unusable):
        lines = [f"line {r.line}: {r.problem}" for r in ref.unusable.itertuples()]
        raise ReferenceError(path, lines)
    return ref.table


def series_table() -> pd.DataFrame:
    """Series metadata: what each series measures and when it was the official one."""
    df = pd.DataFrame(list(vocab.series()))
    for c in ("default_for", "apart_for", "in_use_from", "in_use_until"):
        df[c] = df[c].replace("", pd.NA)
    return schema.validate("series", schema.cast("series", df))


def _joined(values: pd.Series) -> str:
    return ";".join(sorted({str(v) for v in values}))


def sources_table(table: pd.DataFrame) -> pd.DataFrame:
    """One row per publisher, URL and series: the sources table beside the data."""
    keys = ["publisher", "url", "series", "source_survey"]
    grouped = table.astype({"series": "string"}).groupby(keys, sort=True, dropna=False)
    df = grouped.agg(
        indicators=("indicator", _joined),
        areas=("area", _joined),
        years=("year", _joined),
        n_figures=("value", "size"),
        statuses=("status", _joined),
    ).reset_index()
    meta = series_table().set_index("series")[["measures", "method_notes"]]
    df = df.join(meta, on="series")
    return schema.validate("sources", schema.cast("sources", df))
