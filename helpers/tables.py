"""Reader-facing tables and summaries built from the tidy frames and the claim checks.

Every number a notebook states in prose comes from a function here, so the
prose cannot drift from the data.
"""

from __future__ import annotations

import pandas as pd

from . import series, vocab
from .wording import fmt


def _people_by_article(people: pd.DataFrame) -> dict[str, str]:
    """'Askolani (Bupati Banyuasin); Rini Pratiwi (...)' per article."""
    out: dict[str, list[str]] = {}
    for p in people.itertuples():
        who = f"{p.name} ({p.role})" if pd.notna(p.role) else str(p.name)
        out.setdefault(p.article_id, []).append(who)
    return {k: "; ".join(v) for k, v in out.items()}


def spoke_for(people: pd.DataFrame) -> dict[str, str]:
    """'Muhlis read the speech of Nadalsyah' per article, where the text says so."""
    out: dict[str, list[str]] = {}
    for p in people[people["on_behalf_of"].notna()].itertuples():
        out.setdefault(p.article_id, []).append(f"{p.name} for {p.on_behalf_of}")
    return {k: "; ".join(v) for k, v in out.items()}


def meetings_overview(meetings: pd.DataFrame, people: pd.DataFrame) -> pd.DataFrame:
    """One row per meeting: where, when, how long, who was there and who spoke for whom."""
    names, proxies = _people_by_article(people), spoke_for(people)
    return pd.DataFrame(
        {
            "district": meetings["district"],
            "event": meetings["event_name"],
            "type": meetings["event_type"],
            "from": meetings["date_start"].dt.date,
            "to": meetings["date_end"].dt.date,
            "days": meetings["duration_days"],
            "venue": meetings["venue"],
            "venue in district": meetings["venue_in_district"],
            "participants": meetings["participants"],
            "officials named": meetings["article_id"].map(names),
            "spoke on behalf of": meetings["article_id"].map(proxies),
        }
    )


def figures_quoted(indicators: pd.DataFrame) -> pd.DataFrame:
    """The indicator figures with their exact words."""
    labels = {i.indicator: i.label_en for i in vocab.indicators()}
    return pd.DataFrame(
        {
            "district": indicators["district"],
            "indicator": indicators["indicator"].map(labels),
            "value": [
                fmt(v, u) for v, u in zip(indicators["value"], indicators["unit"], strict=True)
            ],
            "year": indicators["year"],
            "kind": indicators["kind"],
            "quote": indicators["quote"],
            "span": indicators["start"].astype(str) + "-" + indicators["end"].astype(str),
        }
    )


def compare_districts(
    meetings: pd.DataFrame,
    people: pd.DataFrame,
    indicators: pd.DataFrame,
    priorities: pd.DataFrame,
    districts: list[str],
) -> pd.DataFrame:
    """The districts' meetings side by side: one column per district."""
    labels = {i.indicator: i.label_en for i in vocab.indicators()}
    overview = meetings_overview(meetings, people).set_index(meetings["article_id"])
    cols = {}
    for d in districts:
        mine = meetings[meetings["district"] == d]
        ids = list(mine["article_id"])
        rows = overview.loc[ids]
        named = priorities[priorities["article_id"].isin(ids)]["indicator"]
        cols[d] = {
            "meetings": len(mine),
            "type": ", ".join(rows["type"].astype(str)),
            "event": "; ".join(rows["event"].astype(str)),
            "dates": "; ".join(
                f"{a}" + (f" to {b}" if pd.notna(b) else "")
                for a, b in zip(rows["from"], rows["to"], strict=True)
            ),
            "length (days)": int(mine["duration_days"].sum()),
            "venue": "; ".join(rows["venue"].fillna("not stated").astype(str)),
            "venue in district": "; ".join(rows["venue in district"].map(_yes_no)),
            "participants": "; ".join(rows["participants"].map(_count)),
            "officials named": int(people["article_id"].isin(ids).sum()),
            "figures cited": int(indicators["article_id"].isin(ids).sum()),
            "priorities named": ", ".join(sorted({labels[str(i)] for i in named})) or "none",
        }
    return pd.DataFrame(cols)


def _yes_no(v: object) -> str:
    return "unknown" if pd.isna(v) else ("yes" if v else "no")


def _count(v: object) -> str:
    return "not stated" if pd.isna(v) else f"{int(v):,}"


def claims_view(claims: pd.DataFrame) -> pd.DataFrame:
    """The claim checks for reading: what was said, the verdict and why."""
    return pd.DataFrame(
        {
            "district": claims["district"],
            "claim": [
                fmt(v, u) + (f" ({y})" if pd.notna(y) else "")
                for v, u, y in zip(claims["value"], claims["unit"], claims["year"], strict=True)
            ],
            "kind": claims["kind"],
            "speaker": claims["speaker"],
            "quote": claims["quote"],
            "verdict": claims["verdict"],
            "reason": claims["reason"],
        }
    )


def verdict_counts(claims: pd.DataFrame) -> pd.DataFrame:
    """Claims per district and verdict."""
    return pd.crosstab(claims["district"], claims["verdict"].astype(str))


def district_summary(claims: pd.DataFrame, district: str) -> str:
    """A short plain-language account of one district's claims, from the verdicts."""
    mine = claims[claims["district"] == district]
    if mine.empty:
        return f"{district}: no indicator figures were quoted."
    counts = mine["verdict"].astype(str).value_counts()
    tally = ", ".join(f"{n} {v.replace('_', ' ')}" for v, n in counts.items())
    lines = [f"{district}: {len(mine)} figure{'s' if len(mine) != 1 else ''} checked ({tally})."]
    for c in mine.itertuples():
        lines.append(f"- {fmt(c.value, c.unit)}: {c.verdict.replace('_', ' ')}. {c.reason}")
    return "\n".join(lines)


def beside(official: pd.DataFrame, district: str, reference_indicator: str) -> pd.DataFrame:
    """The latest figure of the district, its province and Indonesia in the series in use
    today, with the source of each."""
    rows = series.beside(official, district, reference_indicator)
    latest = rows.groupby("area", sort=False).tail(1)
    levels = series.levels(district)
    out = pd.DataFrame({"area": levels})
    return out.merge(
        latest[["area", "year", "value", "unit", "source_survey", "publisher", "url"]],
        on="area",
        how="left",
    )


def trend(official: pd.DataFrame, area: str, reference_indicator: str) -> str:
    """'2021 22% -> 2022 24.8% -> 2023 20.4% (Kemenkes nutrition surveys)'."""
    parts = []
    for name in series.series_for(reference_indicator):
        rows = series.comparable(official, area, reference_indicator, name)
        if not rows.empty:
            steps = " \u2192 ".join(f"{r.year} {fmt(r.value, r.unit)}" for r in rows.itertuples())
            parts.append(f"{steps} ({series.series_label(name)})")
    return f"{area}: " + ("; ".join(parts) if parts else "no official figure")


def trends(official: pd.DataFrame, district: str, reference_indicator: str) -> str:
    """`trend` for the district, its province and Indonesia, one line each."""
    return "\n".join(trend(official, a, reference_indicator) for a in series.levels(district))


def method_gap(official: pd.DataFrame, reference_indicator: str) -> str:
    """How far the newer series sits from the older one where both give the same area
    and year: the size of the break a chart must not join across."""
    names = series.series_for(reference_indicator)
    if len(names) < 2:
        return f"{reference_indicator}: one series only"
    old, new = (series.comparable(official, list(official["area"].unique()), reference_indicator, n)
                for n in names[:2])  # fmt: skip
    both = old.merge(new, on=["area", "year"], suffixes=("_old", "_new"))
    if both.empty:
        return f"{reference_indicator}: no area and year in both series"
    gap = both["value_new"] - both["value_old"]
    unit = str(both["unit_old"].iloc[0])
    pairs = ", ".join(f"{r.area} {r.year}" for r in both.itertuples())
    return (
        f"{series.series_label(names[1])} minus {series.series_label(names[0])}: "
        f"{fmt(gap.min(), unit)} to {fmt(gap.max(), unit)} for the same area and year ({pairs})"
    )


def mentioned(
    indicators: pd.DataFrame, priorities: pd.DataFrame, meetings: pd.DataFrame
) -> pd.DataFrame:
    """Which indicators each district's meeting quoted a figure for or named as a priority."""
    district = meetings.set_index("article_id")["district"]
    rows = pd.concat([
        pd.DataFrame({"district": indicators["district"], "indicator": indicators["indicator"],
                      "how": "figure quoted"}),
        pd.DataFrame({"district": priorities["article_id"].map(district),
                      "indicator": priorities["indicator"], "how": "named as a priority"}),
    ])  # fmt: skip
    return rows.astype("string").value_counts().rename("mentions").reset_index()


def claims_for(claims: pd.DataFrame, areas: list[str], reference_indicator: str) -> pd.DataFrame:
    """Level claims about the areas, except those that match another measure."""
    indicator = vocab.reference_indicators()[reference_indicator][0]
    return claims[
        claims["area"].isin(areas)
        & (claims["indicator"] == indicator)
        & claims["kind"].isin(["achievement", "baseline"])
        & (claims["verdict"] != "different_measure")
    ]


def claimed(claims: pd.DataFrame, district: str, reference_indicator: str) -> str:
    """'Claimed: 71.4 years (no year; said 2023-04-05)' for the figures a chart marks."""
    mine = claims_for(claims, series.levels(district), reference_indicator)
    if mine.empty:
        return "Claimed at the meetings: none"
    said = [
        f"{fmt(c.value, c.unit)} for {c.area} "
        + (f"({c.year})" if pd.notna(c.year) else f"(no year; said {c.published:%Y-%m-%d})")
        for c in mine.itertuples()
    ]
    return "Claimed at the meetings: " + "; ".join(said)
