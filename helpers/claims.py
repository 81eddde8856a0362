"""Each figure quoted at a meeting set against the official series, with a verdict and why.

Verdicts:
- consistent: within the unit's tolerance (data/vocab/tolerances.csv) of the
  official figure for the same area and year, in the series official when the
  claim was made;
- contradicted: same area, indicator, series and year, outside the tolerance
  (for a change: the series moved by another amount or the other way);
- different_measure: the number matches another series (e-PPGBM weighing
  records rather than the survey);
- no_official_figure: no official figure for the area; the province and
  Indonesia are shown for context;
- not_comparable: no like-for-like figure (no figure for the stated year, an
  undated claim with only distant years, a change with no year).
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from . import schema, series, vocab
from .series import series_label
from .wording import difference as _difference
from .wording import fmt, points_unit

# An undated claim is read as the latest figure out by then, if no older than this.
UNDATED_MAX_GAP_YEARS = 2
# Kinds of series a claim may be said to have taken its number from.
MEASURED = ("survey", "administrative", "estimate")


@dataclass
class Outcome:
    """A verdict, its one-sentence reason and the official rows it rests on."""

    verdict: str
    reason: str
    compared: pd.Series | None = None
    change_from: pd.Series | None = None
    official_value: float | None = None
    tolerance: float | None = None
    rows: list[tuple[str, pd.Series]] = field(default_factory=list)


def _tolerance(unit: str | None) -> float:
    return vocab.tolerances().get(unit or "", 0.0)


def _label(indicator: str) -> str:
    """'stunting prevalence among under-fives': the indicator in a sentence."""
    label = next((i.label_en for i in vocab.indicators() if i.indicator == indicator), indicator)
    return label[0].lower() + label[1:]


def _cite(row: pd.Series) -> str:
    """'SKI 2023 (20.4%)': the survey and the figure."""
    return f"{row['source_survey']} ({fmt(row['value'], row['unit'])})"


def _nearest(rows: pd.DataFrame, year: int) -> pd.Series | None:
    """The row nearest the year; the later one on a tie."""
    if rows.empty:
        return None
    gap = (rows["year"] - year).abs().astype(float) - rows["year"].astype(float) / 1e6
    return rows.loc[gap.idxmin()]


def _missing(v: Any) -> bool:
    return v is None or v is pd.NA or v is pd.NaT or (isinstance(v, float) and math.isnan(v))


def _year(c: dict[str, Any]) -> int | None:
    return None if _missing(c.get("year")) else int(c["year"])


def _on(c: dict[str, Any]) -> dt.date | None:
    p = c.get("published")
    return None if _missing(p) else pd.Timestamp(p).date()


def _main_series(ref: str, c: dict[str, Any]) -> str | None:
    """The one series official for the indicator when the claim was made."""
    found = series.default_series(ref, _on(c))
    return found[0] if len(found) == 1 else None


def _series_rows(official: pd.DataFrame, area: str, ref: str, c: dict[str, Any]) -> pd.DataFrame:
    """The area's preferred figures in that series."""
    main = _main_series(ref, c)
    return series.comparable(official, area, ref, main) if main else official.iloc[:0]


def _match_other(
    c: dict[str, Any], area_rows: pd.DataFrame, main: str | None, years: range
) -> pd.Series | None:
    """A preferred figure of another measured series, in the years, within tolerance."""
    kinds = area_rows["series"].astype(str).map(series.series_kind)
    rows = area_rows[
        (area_rows["series"] != main)
        & (area_rows["status"] == "preferred")
        & kinds.isin(MEASURED).to_numpy()
        & area_rows["year"].isin(list(years))
    ]
    close = rows[(rows["value"] - c["value"]).abs() <= _tolerance(c["unit"]) + 1e-9]
    if close.empty:
        return None
    return close.loc[(close["value"] - c["value"]).abs().astype(float).idxmin()]


def _different(c: dict[str, Any], other: pd.Series, main_rows: pd.DataFrame) -> Outcome:
    near = _nearest(main_rows, int(other["year"]))
    than = ""
    if near is not None:
        than = (
            f", not the {series_label(near['series'])}, whose {near['source_survey']} figure "
            f"is {fmt(near['value'], near['unit'])}"
        )
    reason = (
        f"{fmt(c['value'], c['unit'])} matches the {series_label(other['series'])} for "
        f"{other['year']} ({fmt(other['value'], other['unit'])}), a different measure{than}, "
        "so it must not be read as the official prevalence."
    )
    rows = [("compared", other)] + ([("same_series", near)] if near is not None else [])
    return Outcome(
        "different_measure", reason, other, None, float(other["value"]), _tolerance(c["unit"]), rows
    )


def _context(official: pd.DataFrame, c: dict[str, Any], ref: str) -> list[pd.Series]:
    """The province's and Indonesia's latest figures, up to the claim's year, in the series
    official when the claim was made."""
    year = _year(c) or (_on(c).year - 1 if _on(c) else None)
    out = []
    for area in series.levels(c["area"])[1:]:
        rows = _series_rows(official, area, ref, c)
        row = _nearest(rows[rows["year"] <= year], year) if year else _nearest(rows, 9999)
        if row is not None:
            out.append(row)
    return out


def _no_figure(c: dict[str, Any], official: pd.DataFrame, ref: str) -> Outcome:
    ctx = _context(official, c, ref)
    reason = f"No official {_label(c['indicator'])} for {c['area']} is in the reference data"
    if ctx:
        where = " and ".join(
            f"{r['area']} was {fmt(r['value'], r['unit'])} ({r['year']})" for r in ctx
        )
        when = f" on {_on(c).isoformat()}" if _on(c) else ""
        reason += (
            f"; for context, under the {series_label(ctx[0]['series'])} (in use{when}), {where}."
        )
    else:
        reason += "."
    return Outcome("no_official_figure", reason, rows=[("context", r) for r in ctx])


def _compare(
    c: dict[str, Any], row: pd.Series, main_rows: pd.DataFrame, other: pd.Series | None, dated: bool
) -> Outcome:
    """Consistent within tolerance; otherwise another series, or contradicted when the
    years match and not comparable when the claim gave no year."""
    tol, diff = _tolerance(c["unit"]), float(c["value"]) - float(row["value"])
    before = main_rows[main_rows["year"] < row["year"]]
    prev = before.iloc[-1] if not before.empty else None
    rows = [("compared", row)] + ([("same_series", prev)] if prev is not None else [])
    claimed = fmt(c["value"], c["unit"]) + (f" for {row['year']}" if dated else " (no year given)")
    versus = f"{_cite(row)}" + ("" if dated else f", the latest figure out by then ({row['year']})")
    earlier = f"; the figure before it was {_cite(prev)}" if prev is not None else ""
    out = Outcome("consistent", "", row, None, float(row["value"]), tol, rows)
    if abs(diff) <= tol + 1e-9:
        out.reason = (
            f"{claimed} is within {fmt(tol, points_unit(c['unit']))} of {versus} "
            f"(difference {_difference(diff, c['unit'])}){earlier}."
        )
    elif other is not None:
        return _different(c, other, main_rows)
    elif dated:
        out.verdict = "contradicted"
        out.reason = (
            f"{claimed} differs from {versus} by {_difference(diff, c['unit'])}, more than "
            f"the tolerance of {fmt(tol, points_unit(c['unit']))}{earlier}."
        )
    else:
        out.verdict = "not_comparable"
        out.reason = (
            f"{claimed} differs from {versus} by {_difference(diff, c['unit'])}, but without "
            "a year it cannot be called contradicted."
        )
    return out


def check_level(c: dict[str, Any], official: pd.DataFrame) -> Outcome:
    """A level (achievement or baseline) against the series official when it was said."""
    ref = series.reference_indicator(c["indicator"], "level")
    if ref is None:
        reason = f"The reference data has no official series for {_label(c['indicator'])}."
        return Outcome("no_official_figure", reason)
    main = _main_series(ref, c)
    area_rows = official[(official["area"] == c["area"]) & (official["indicator"] == ref)]
    main_rows = _series_rows(official, c["area"], ref, c)
    year, pub = _year(c), _on(c)
    cap = pub.year if pub else int(official["year"].max()) + 1
    window = range(year - 1, year + 1) if year else range(cap - UNDATED_MAX_GAP_YEARS - 1, cap)
    other = _match_other(c, area_rows, main, window)
    if main_rows.empty:
        return (
            _different(c, other, main_rows) if other is not None else _no_figure(c, official, ref)
        )
    if year is not None:
        same = main_rows[main_rows["year"] == year]
        if not same.empty:
            return _compare(c, same.iloc[0], main_rows, other, dated=True)
        if other is not None:
            return _different(c, other, main_rows)
        near = _nearest(main_rows, year)
        reason = (
            f"The {series_label(main)} have no figure for {c['area']} in {year}; the nearest "
            f"is {_cite(near)}, for another year."
        )
        return Outcome("not_comparable", reason, rows=[("same_series", near)])
    prior = main_rows[main_rows["year"] < cap]
    if prior.empty or cap - 1 - int(prior["year"].max()) > UNDATED_MAX_GAP_YEARS:
        if other is not None:
            return _different(c, other, main_rows)
        near = _nearest(main_rows, cap - 1)
        reason = (
            f"The figure names no year and the nearest official figure, {_cite(near)}, is "
            f"too far from {cap} to compare."
        )
        return Outcome("not_comparable", reason, rows=[("same_series", near)])
    return _compare(c, prior.iloc[-1], main_rows, other, dated=False)


def _moves(rows: pd.DataFrame) -> list[tuple[pd.Series, pd.Series]]:
    return [(rows.iloc[i], rows.iloc[i + 1]) for i in range(len(rows) - 1)]


def _move_text(a: pd.Series, b: pd.Series) -> str:
    verb = "rose" if b["value"] > a["value"] else "fell"
    return (
        f"{verb} {fmt(abs(b['value'] - a['value']))} points from {a['year']} "
        f"({fmt(a['value'], a['unit'])}) to {b['year']} ({fmt(b['value'], b['unit'])})"
    )


def check_change(c: dict[str, Any], official: pd.DataFrame) -> Outcome:
    """A stated change against the change in the series over the stated years: each
    year of the run must move the same way, and the last step by the stated amount."""
    ref = series.reference_indicator(c["indicator"], "level")
    label, year = _label(c["indicator"]), _year(c)
    if ref is None:
        return Outcome(
            "no_official_figure", f"The reference data has no official series for {label}."
        )
    if year is None:
        return Outcome("not_comparable", "A change with no year cannot be set against the series.")
    rows = _series_rows(official, c["area"], ref, c)
    if rows.empty:
        return _no_figure(c, official, ref)
    end, earlier = rows[rows["year"] == year], rows[rows["year"] < year]
    if end.empty or earlier.empty:
        have = ", ".join(str(y) for y in rows["year"])
        reason = (
            f"The series has no pair of years ending in {year} to measure a change (it has {have})."
        )
        return Outcome(
            "not_comparable", reason, rows=[("same_series", r) for _, r in rows.iterrows()]
        )
    run = 1 if _missing(c.get("years_running")) else int(c["years_running"])
    end_row, start_row = end.iloc[0], earlier.iloc[-1]
    first = min(year - run, int(start_row["year"]))
    steps = _moves(rows[(rows["year"] >= first) & (rows["year"] <= year)])
    official_change = float(end_row["value"]) - float(start_row["value"])
    diff = float(c["value"]) - official_change
    against = [s for s in steps if (s[1]["value"] - s[0]["value"]) * c["value"] < 0]
    said = "fell" if c["value"] < 0 else "rose"
    run_text = f", {run} years in a row" if run > 1 else ""
    claim = f"The text says {label} {said} {fmt(abs(c['value']))} points in {year}{run_text}"
    moved = ", then ".join(_move_text(a, b) for a, b in steps)
    where = f"in the {series_label(end_row['series'])} it {moved}"
    tol = _tolerance(c["unit"])
    verdict = "consistent" if not against and abs(diff) <= tol + 1e-9 else "contradicted"
    joiner = ", and " if verdict == "consistent" else ", but "
    tail = (
        ""
        if against or verdict == "consistent"
        else f" (a difference of {_difference(diff, c['unit'])})"
    )
    rows_used = [("compared", end_row), ("change_from", start_row)]
    return Outcome(
        verdict,
        f"{claim}{joiner}{where}{tail}.",
        end_row,
        start_row,
        official_change,
        tol,
        rows_used,
    )


def check_target(c: dict[str, Any], official: pd.DataFrame) -> Outcome:
    """A stated target against the targets of the area, its province and Indonesia."""
    ref = series.reference_indicator(c["indicator"], "target")
    label, year, claimed = _label(c["indicator"]), _year(c), fmt(c["value"], c["unit"])
    if ref is None:
        return Outcome("no_official_figure", f"The reference data has no targets for {label}.")
    rows = official[
        official["area"].isin(series.levels(c["area"])) & (official["indicator"] == ref)
    ]
    if year is not None:
        rows = rows[rows["year"] == year]
    when = f" for {year}" if year is not None else ""
    if rows.empty:
        reason = f"No official target for {label}{when} for {c['area']}, its province or Indonesia."
        return Outcome("no_official_figure", reason)
    tol = _tolerance(c["unit"])
    close = rows[(rows["value"] - c["value"]).abs() <= tol + 1e-9]
    listed = "; ".join(
        f"{r['area']} {fmt(r['value'], r['unit'])} ({r['source_survey']}, {r['year']})"
        for _, r in rows.iterrows()
    )
    if not close.empty:
        row = close.iloc[0]
        reason = (
            f"The target of {claimed}{when} matches the {row['source_survey']} for {row['area']} "
            f"({fmt(row['value'], row['unit'])}, {row['year']})."
        )
        return Outcome(
            "consistent", reason, row, None, float(row["value"]), tol, [("compared", row)]
        )
    own = rows[(rows["area"] == c["area"]) & (rows["status"] == "preferred")]
    if not own.empty and year is not None:
        row = own.iloc[0]
        reason = f"The target of {claimed}{when} matches none of the official targets: {listed}."
        return Outcome(
            "contradicted", reason, row, None, float(row["value"]), tol, [("compared", row)]
        )
    reason = (
        f"The target of {claimed}{when} has no like-for-like official target; nearest: {listed}."
    )
    return Outcome("not_comparable", reason, rows=[("context", r) for _, r in rows.iterrows()])


def check(c: dict[str, Any], official: pd.DataFrame) -> Outcome:
    """The verdict for one claim (a row of the indicators frame, as a dict)."""
    if c["kind"] == "change":
        return check_change(c, official)
    if c["kind"] == "target":
        return check_target(c, official)
    return check_level(c, official)


def derived(indicators: pd.DataFrame) -> dict[int, tuple[str, float]]:
    """What a count and the percentage written right after it imply: '3.510 anak atau
    6,31 persen' gives the number of under-fives behind the percentage."""
    concept = {i.indicator: i.concept for i in vocab.indicators()}
    out: dict[int, tuple[str, float]] = {}
    rows = indicators.reset_index(drop=True)
    for i, a in rows.iterrows():
        for j, b in rows.iterrows():
            gap = b["start"] - a["end"]
            if (
                a["article_id"] == b["article_id"]
                and a["unit"] == "count"
                and b["unit"] == "percent"
                and concept.get(a["indicator"]) == concept.get(b["indicator"])
                and 0 <= gap <= 2
                and b["value"] > 0
            ):
                total = round(float(a["value"]) / (float(b["value"]) / 100))
                text = (
                    f"{fmt(a['value'])} at {fmt(b['value'], 'percent')} implies a base of about "
                    f"{fmt(total)} ({fmt(a['value'])} / {b['value'] / 100:g})"
                )
                out[i] = out[j] = (text, float(total))
    return out


def speakers(indicators: pd.DataFrame, people: pd.DataFrame) -> list[str | None]:
    """The nearest person named before each figure; for a speech read on someone's
    behalf, the person it was read for, and who read it."""
    out: list[str | None] = []
    for _, f in indicators.iterrows():
        named = people[(people["article_id"] == f["article_id"]) & (people["start"] <= f["start"])]
        if named.empty:
            out.append(None)
            continue
        p = named.loc[named["start"].astype(int).idxmax()]
        who = f"{p['name']} ({p['role']})" if not _missing(p["role"]) else str(p["name"])
        if not _missing(p["on_behalf_of"]):
            lead = people[
                (people["article_id"] == f["article_id"]) & (people["name"] == p["on_behalf_of"])
            ]
            role = lead["role"].iloc[0] if not lead.empty else None
            boss = f"{p['on_behalf_of']} ({role})" if not _missing(role) else str(p["on_behalf_of"])
            who = f"{boss}, read by {who}"
        out.append(who)
    return out


def _diff(value: float, official: float | None) -> float | None:
    return None if official is None else round(float(value) - official, 6)


def _timing(c: dict[str, Any]) -> str | None:
    """A figure for a year not over when it was said cannot be that year's survey."""
    year, on = _year(c), _on(c)
    if year is None or on is None or year < on.year:
        return None
    return (
        f"Stated on {on.isoformat()}, before {year} was over, so it cannot be a published "
        f"figure for {year}; any agreement with a later release is after the fact."
    )


_ROW_COLUMNS = ["area", "indicator", "year", "value", "unit", "series", "source_survey",
                "publisher", "url", "status", "line"]  # fmt: skip


def check_claims(
    indicators: pd.DataFrame, people: pd.DataFrame, official: pd.DataFrame
) -> dict[str, pd.DataFrame]:
    """The claims frame (one row per figure) and the official figures set beside each."""
    claims, comparisons = [], []
    implied = derived(indicators)
    said_by = speakers(indicators, people)
    for i, c in enumerate(indicators.reset_index(drop=True).to_dict("records")):
        claim_id = f"{c['article_id']}:{c['start']}-{c['end']}"
        out = check(c, official)
        reason = out.reason
        if i in implied and out.verdict == "no_official_figure":
            reason = reason.rstrip(".") + f"; {implied[i][0]}."
        row = out.compared
        claims.append({
            **{k: c.get(k) for k in schema.column_names("claims") if k in c},
            "claim_id": claim_id,
            "speaker": said_by[i],
            "verdict": out.verdict,
            "reason": reason,
            "official_value": out.official_value,
            "official_from_year": None if out.change_from is None else out.change_from["year"],
            "official_year": None if row is None else row["year"],
            "official_series": None if row is None else row["series"],
            "official_source": None if row is None else row["source_survey"],
            "official_publisher": None if row is None else row["publisher"],
            "official_url": None if row is None else row["url"],
            "difference": _diff(c["value"], out.official_value),
            "tolerance": out.tolerance,
            "derived": implied[i][0] if i in implied else None,
            "derived_value": implied[i][1] if i in implied else None,
            "note": _timing(c),
        })  # fmt: skip
        seen = {int(r["line"]) for _, r in out.rows}
        extra = _alternatives(official, c, out, seen)
        for role, r in [*out.rows, *extra]:
            comparisons.append(
                {"claim_id": claim_id, "role": role, **{k: r[k] for k in _ROW_COLUMNS}}
            )
    tables = {
        "claims": pd.DataFrame(claims, columns=schema.column_names("claims")),
        "claim_comparisons": pd.DataFrame(
            comparisons, columns=schema.column_names("claim_comparisons")
        ),
    }
    return {k: schema.validate(k, schema.cast(k, v)) for k, v in tables.items()}


def _alternatives(
    official: pd.DataFrame, c: dict[str, Any], out: Outcome, seen: set[int]
) -> list[tuple[str, pd.Series]]:
    """Other rows for the compared area, indicator and year: other series and
    non-preferred figures, so conflicts are shown beside the verdict."""
    if out.compared is None:
        return []
    row = out.compared
    rows = series.alternatives(official, row["area"], row["indicator"], int(row["year"]))
    extra = []
    for _, r in rows.iterrows():
        if int(r["line"]) in seen:
            continue
        role = (
            "alternative"
            if r["status"] != "preferred"
            else ("same_series" if r["series"] == row["series"] else "other_series")
        )
        extra.append((role, r))
    return extra


def summary_lines(claims: pd.DataFrame) -> list[str]:
    """The claims table for a terminal: one block per claim, verdict and reason."""
    lines = []
    for c in claims.itertuples():
        year = "" if _missing(c.year) else f" ({c.year})"
        lines += [
            f"{c.claim_id}  {c.indicator} {c.kind} {fmt(c.value, c.unit)}{year}",
            f"  quote:   \u201c{c.quote}\u201d" + (f" \u2014 {c.speaker}" if c.speaker else ""),
            f"  verdict: {c.verdict}. {c.reason}",
        ]
        if not _missing(c.note):
            lines.append(f"  note:    {c.note}")
    return lines
