"""Charts in the house style, each saved to reports/figures as PNG and SVG.

Every chart has a title with the Indonesian term and its English gloss, axis
labels with units, and a source caption built from the rows it draws. Colours
are Okabe & Ito's colour-blind-safe set, and every colour is paired with a
marker or line style so nothing rests on colour alone.
"""

from __future__ import annotations

import datetime as dt
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import matplotlib
import matplotlib.pyplot as plt
import pandas as pd
from IPython.display import Image
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from . import paths, series, tables, vocab

STYLE = Path(__file__).with_name("house.mplstyle")
COLOURS = {
    "district": "#0072B2",
    "province": "#E69F00",
    "national": "#009E73",
    "claim": "#D55E00",
    "target": "#CC79A7",
    "other": "#999999",
    "eppgbm": "#56B4E9",
}
VERDICT_COLOURS = {
    "consistent": "#009E73",
    "contradicted": "#D55E00",
    "different_measure": "#56B4E9",
    "no_official_figure": "#999999",
    "not_comparable": "#E69F00",
}
VERDICT_MARKERS = {
    "consistent": "o",
    "contradicted": "X",
    "different_measure": "s",
    "no_official_figure": "^",
    "not_comparable": "v",
}
_LEVEL_MARKER = {"district": "o", "province": "s", "national": "^"}
_UNIT_LABEL = {
    "percent": "percent (%)",
    "years": "years",
    "index": "index (0-100)",
    "per_1000_live_births": "per 1,000 live births",
    "per_100000_live_births": "per 100,000 live births",
}
YEARS = (2018.6, 2024.4)


@contextmanager
def style() -> Iterator[None]:
    """The house style, for any chart drawn inside the block."""
    with plt.style.context(STYLE):
        yield


def publish(fig: Figure, name: str, folder: Path = paths.FIGURES) -> Image:
    """Save as PNG and SVG under reports/figures and return the PNG for display.

    SVG metadata carries no date and ids are salted (house style), so reruns
    write the same files.
    """
    folder.mkdir(parents=True, exist_ok=True)
    png, svg = folder / f"{name}.png", folder / f"{name}.svg"
    fig.savefig(png, metadata={"Software": None}, pil_kwargs={"compress_level": 1})
    fig.savefig(svg, metadata={"Date": None, "Creator": None})
    plt.close(fig)
    return Image(filename=str(png))


def _indicator(reference_indicator: str) -> vocab.Indicator:
    return _indicator_for(vocab.reference_indicators()[reference_indicator][0])


def indicator_term(reference_indicator: str) -> str:
    """The Indonesian term: 'Prevalensi stunting (tengkes) balita'."""
    return _indicator(reference_indicator).label_id


def indicator_title(reference_indicator: str) -> str:
    """'Prevalensi stunting (tengkes) balita - stunting prevalence among under-fives'."""
    label = _indicator(reference_indicator).label_en
    return f"{indicator_term(reference_indicator)} \u2014 {label[0].lower()}{label[1:]}"


def unit_label(reference_indicator: str) -> str:
    unit = _indicator(reference_indicator).unit or ""
    return _UNIT_LABEL.get(unit, unit)


def caption(fig: Figure, rows: pd.DataFrame, claims: pd.DataFrame | None = None) -> None:
    """'Source: Kementerian Kesehatan (BKPK): SSGI 2021, ...' from the rows drawn."""
    meta = {s["series"]: s["producer"] for s in vocab.series()}
    parts = []
    if not rows.empty:
        by = rows.astype({"series": "string"}).groupby("series", sort=False)["source_survey"]
        for name, surveys in by:
            parts.append(f"{meta.get(name, name)}: {', '.join(sorted(set(surveys)))}")
    text = "Source: " + "; ".join(parts) if parts else "Source: none"
    text += ". Publishers and URLs: data/reference/sources.csv."
    if claims is not None and not claims.empty:
        said = sorted(
            {
                f"{a} ({p:%d %b %Y})"
                for a, p in zip(claims["article_id"], claims["published"], strict=True)
            }
        )
        text += f"\nClaims: articles {', '.join(said)} in data/raw/articles."
    source_note(fig, text)


def source_note(fig: Figure, text: str) -> None:
    """The source caption, just below the figure's own area, where no axis label reaches;
    the tight bounding box of savefig takes it in."""
    fig.tight_layout()  # axis labels inside the figure, so the caption can go under it
    width = int(fig.get_figwidth() * 72 / 4.3)  # characters of 7.5 pt text across the figure
    lines = [part for line in text.splitlines() for part in textwrap.wrap(line, width) or [""]]
    below = -4 / (72 * fig.get_figheight())  # 4 points under the bottom edge
    fig.text(0.01, below, "\n".join(lines), ha="left", va="top", fontsize=7.5, color="#444444")


def _level(area: str) -> str:
    if area == series.INDONESIA:
        return "national"
    a = vocab.area_by_name().get(area)
    return a.level if a else "district"


def _decimal_year(when: pd.Timestamp) -> float:
    return when.year + (when.day_of_year - 1) / 365


def _claim_x(claims: pd.DataFrame) -> pd.Series:
    """A dated claim at its year; an undated one at the day it was said."""
    stated = claims["year"].astype("Float64")
    said = claims["published"].map(lambda p: _decimal_year(p) if pd.notna(p) else pd.NA)
    return stated.fillna(said.astype("Float64"))


def level_panel(
    ax: Axes,
    official: pd.DataFrame,
    claims: pd.DataFrame | None,
    area: str,
    reference_indicator: str,
    targets: bool = True,
) -> pd.DataFrame:
    """One area with its province and Indonesia, one line per series (a method change
    is a new line style, never a joined line); returns the rows drawn, for the caption."""
    drawn = []
    names = series.series_for(reference_indicator)
    styles = ["-", "--", ":"]
    for i, name in enumerate(names):
        rows = series.comparable(official, series.levels(area), reference_indicator, name)
        for place, got in rows.groupby("area", sort=False):
            level = _level(str(place))
            label = f"{place}" + (f" ({series.series_label(name)})" if len(names) > 1 else "")
            ax.plot(
                got["year"],
                got["value"],
                styles[i % 3],
                marker=_LEVEL_MARKER[level],
                color=COLOURS[level],
                label=label,
            )
            drawn.append(got)
        others = official[
            official["area"].isin(series.levels(area))
            & (official["indicator"] == reference_indicator)
            & (official["series"] == name)
            & (official["status"] != "preferred")
            & ~official["status"].isin(["duplicate_confirmation"])
        ]
        if not others.empty:
            ax.scatter(
                others["year"],
                others["value"],
                facecolors="none",
                edgecolors=COLOURS["other"],
                marker="o",
                s=40,
                label="other reported figure (not preferred)",
                zorder=3,
            )
            drawn.append(others)
    if targets and reference_indicator == "stunting_prevalence":
        t = series.targets(official, area)
        t = t[t["year"].between(2019, 2024)]
        for (place, name), got in t.groupby(["area", "series"], sort=False, observed=True):
            ax.scatter(
                got["year"],
                got["value"],
                marker="_",
                s=220,
                linewidths=2.5,
                color=COLOURS["target"],
                zorder=4,
            )
            for r in got.itertuples():
                ax.annotate(
                    f"{series.series_label(str(name))} {r.value:g}% ({place})",
                    (r.year, r.value),
                    xytext=(-4, -11),
                    textcoords="offset points",
                    ha="right",
                    fontsize=7,
                    color=COLOURS["target"],
                )
            drawn.append(got)
        if not t.empty:
            ax.scatter(
                [], [], marker="_", s=220, linewidths=2.5, color=COLOURS["target"], label="target"
            )
    if claims is not None and not claims.empty:
        mine = tables.claims_for(claims, series.levels(area), reference_indicator)
        if not mine.empty:
            x = _claim_x(mine)
            ax.scatter(
                x,
                mine["value"],
                marker="D",
                s=60,
                color=COLOURS["claim"],
                edgecolors="black",
                linewidths=0.8,
                zorder=5,
                label="figure claimed at a meeting",
            )
            for xi, r in zip(x, mine.itertuples(), strict=True):
                when = "" if pd.notna(r.year) else f", said {r.published:%b %Y}, no year"
                ax.annotate(
                    f"claimed {r.value:g}{when}",
                    (xi, r.value),
                    xytext=(6, 4),
                    textcoords="offset points",
                    fontsize=7.5,
                    color=COLOURS["claim"],
                )
    ax.set_xlim(*YEARS)
    ax.xaxis.set_major_locator(matplotlib.ticker.MultipleLocator(1))
    ax.set_xlabel("year the figure refers to")
    ax.set_ylabel(unit_label(reference_indicator))
    return pd.concat(drawn) if drawn else official.iloc[:0]


def indicator_chart(
    official: pd.DataFrame, claims: pd.DataFrame, district: str, reference_indicator: str
) -> Figure:
    """The district's indicator beside its province and Indonesia, with claims marked;
    for stunting, e-PPGBM weighing records in a panel of their own."""
    apart = series.apart_series(reference_indicator)
    width = [4, 1] if apart else [1]
    fig, axes = plt.subplots(
        1, len(width), gridspec_kw={"width_ratios": width}, sharey=True, squeeze=False
    )
    ax = axes[0][0]
    drawn = level_panel(ax, official, claims, district, reference_indicator)
    ax.set_title(district)
    if apart:
        drawn = pd.concat(
            [drawn, apart_panel(axes[0][1], official, claims, district, reference_indicator, apart)]
        )
    fig.suptitle(indicator_title(reference_indicator), x=0.01, ha="left")
    handles, labels = ax.get_legend_handles_labels()
    fig.legend(handles, labels, loc="upper left", bbox_to_anchor=(1.0, 0.9))
    mine = tables.claims_for(claims, series.levels(district), reference_indicator)
    caption(fig, drawn, mine)
    return fig


def apart_panel(
    ax: Axes,
    official: pd.DataFrame,
    claims: pd.DataFrame,
    area: str,
    reference_indicator: str,
    apart: str,
) -> pd.DataFrame:
    """Figures of a series that must not share the main panel (e-PPGBM), labelled so."""
    rows = official[
        (official["area"] == area)
        & (official["indicator"] == reference_indicator)
        & (official["series"] == apart)
    ]
    ax.scatter(
        rows["year"],
        rows["value"],
        marker="s",
        s=50,
        color=COLOURS["eppgbm"],
        label=series.series_label(apart),
    )
    matched = claims[(claims["area"] == area) & (claims["official_series"] == apart)]
    if not matched.empty:
        ax.scatter(
            matched["official_year"],
            matched["value"],
            marker="D",
            s=60,
            facecolors="none",
            edgecolors=COLOURS["claim"],
            linewidths=1.5,
            zorder=5,
        )
    for r in rows.itertuples():
        ax.annotate(
            f"{r.value:g}",
            (r.year, r.value),
            xytext=(6, 0),
            textcoords="offset points",
            fontsize=7.5,
        )
    ax.set_title(f"{series.series_label(apart)}:\na different measure", fontsize=8)
    ax.set_xlim(
        rows["year"].min() - 1 if not rows.empty else 2020,
        rows["year"].max() + 1 if not rows.empty else 2022,
    )
    ax.xaxis.set_major_locator(matplotlib.ticker.MultipleLocator(1))
    ax.set_xlabel("year")
    return rows


def key_handles() -> list[Line2D]:
    """A legend that explains the encoding once, for panels that share it."""
    h = [
        Line2D([], [], color=COLOURS[level], marker=_LEVEL_MARKER[level], label=name)
        for level, name in (("district", "district"), ("province", "its province"),
                            ("national", "Indonesia"))
    ]  # fmt: skip
    h += [
        Line2D([], [], color="#555555", ls="-", label="solid: series in use before Nov 2023"),
        Line2D([], [], color="#555555", ls="--", label="dashed: BPS new method (from Nov 2023)"),
        Line2D([], [], ls="", marker="o", mfc="none", mec=COLOURS["other"],
               label="other reported figure (not preferred)"),
        Line2D([], [], ls="", marker="D", color=COLOURS["claim"], mec="black",
               label="figure claimed at a meeting"),
    ]  # fmt: skip
    return h


def small_multiples(
    official: pd.DataFrame, claims: pd.DataFrame, districts: list[str], indicators: list[str]
) -> Figure:
    """Districts side by side (columns) for each indicator (rows), same axes per row."""
    fig, axes = plt.subplots(
        len(indicators),
        len(districts),
        figsize=(4.2 * len(districts), 3.2 * len(indicators)),
        sharey="row",
        sharex=True,
        squeeze=False,
    )
    drawn = []
    for i, ind in enumerate(indicators):
        for j, district in enumerate(districts):
            ax = axes[i][j]
            drawn.append(level_panel(ax, official, claims, district, ind, targets=False))
            ax.set_title(f"{district}\n{indicator_term(ind)}", fontsize=9)
            if j:
                ax.set_ylabel("")
            if i < len(indicators) - 1:
                ax.set_xlabel("")
    fig.legend(handles=key_handles(), loc="upper left", bbox_to_anchor=(1.0, 0.95))
    fig.suptitle(
        "Kabupaten berdampingan \u2014 the districts on the same axes, "
        "each beside its province and Indonesia",
        x=0.01,
        ha="left",
    )
    used = claims[claims["district"].isin(districts)]
    caption(fig, pd.concat(drawn), used)
    return fig


def timeline(meetings: pd.DataFrame) -> Figure:
    """When each meeting took place (bar from first to last day) and when it was reported."""
    fig, ax = plt.subplots(figsize=(8, 1.2 + 0.6 * len(meetings)))
    rows = meetings.sort_values("date_start").reset_index(drop=True)
    for i, m in rows.iterrows():
        start = m["date_start"]
        end = m["date_end"] if pd.notna(m["date_end"]) else start
        ax.barh(i, (end - start).days + 1, left=start, height=0.5, color=COLOURS["district"])
        if pd.notna(m["published"]):
            ax.scatter(m["published"], i, marker="|", s=200, color=COLOURS["claim"], zorder=3)
        ax.annotate(
            f"{m['event_name']} ({m['duration_days']} day{'s' if m['duration_days'] != 1 else ''})",
            (start, i),
            xytext=(0, 11),
            textcoords="offset points",
            fontsize=8,
        )
    ax.set_yticks(range(len(rows)), rows["district"])
    ax.set_ylim(-0.7, len(rows) - 0.2)
    pad = dt.timedelta(days=20)
    ax.set_xlim(rows["date_start"].min() - pad, rows["published"].max() + pad)
    ax.set_xlabel("date (bar: meeting days; tick: article published)")
    ax.set_ylabel("district")
    ax.grid(axis="x")
    fig.suptitle(
        "Rapat kesehatan kabupaten \u2014 district health meetings in the corpus", x=0.01, ha="left"
    )
    source_note(
        fig,
        "Source: meeting dates and publication dates from the articles in data/raw/articles "
        "(data/raw/articles.csv).",
    )
    return fig


def short_area(area: str) -> str:
    """'Kabupaten Barito Utara' -> 'Barito Utara' for tight labels."""
    a = vocab.area_by_name().get(area)
    return a.name if a else area


def claim_label(c) -> str:
    """'Barito Utara: life expectancy 71.4 (no year)'."""
    year = f"{c.year}" if pd.notna(c.year) else "no year"
    term = _indicator_for(c.indicator).label_en.split(" among ")[0].lower()
    return f"{short_area(c.district)}: {term} {c.value:g} ({year})"


def _indicator_for(indicator: str) -> vocab.Indicator:
    return next(i for i in vocab.indicators() if i.indicator == indicator)


def claims_chart(claims: pd.DataFrame, comparisons: pd.DataFrame) -> Figure:
    """Each claimed figure beside the official figure it was checked against (or, with
    none, the province and Indonesia), one panel per unit, coloured by verdict."""
    shown_ids = set(comparisons.loc[comparisons["role"].isin(["compared", "context"]), "claim_id"])
    levels = claims[(claims["kind"] != "change") & claims["claim_id"].isin(shown_ids)]
    levels = levels.reset_index(drop=True)
    units = list(dict.fromkeys(levels["unit"].astype(str)))
    fig, axes = plt.subplots(
        len(units), 1, figsize=(8, 1.3 + 0.55 * len(levels) + 0.6 * len(units)), squeeze=False
    )
    drawn = []
    for ax, unit in zip(axes[:, 0], units, strict=True):
        mine = levels[levels["unit"].astype(str) == unit].reset_index(drop=True)
        for i, c in mine.iterrows():
            shown = comparisons[comparisons["claim_id"] == c["claim_id"]]
            ref = shown[shown["role"].isin(["compared", "context"])]
            drawn.append(ref)
            for r in ref.itertuples():
                ax.plot([c["value"], r.value], [i, i], color="#cccccc", lw=1, zorder=1)
                ax.scatter(
                    r.value,
                    i,
                    marker=_LEVEL_MARKER[_level(r.area)],
                    color=COLOURS[_level(r.area)],
                    s=45,
                    zorder=2,
                )
                ax.annotate(
                    f"{short_area(r.area)} {r.year}: {r.value:g}",
                    (r.value, i),
                    xytext=(0, -11),
                    textcoords="offset points",
                    ha="center",
                    fontsize=6.5,
                    color="#444444",
                )
            ax.scatter(
                c["value"],
                i,
                marker=VERDICT_MARKERS[c["verdict"]],
                color=VERDICT_COLOURS[c["verdict"]],
                edgecolors="black",
                linewidths=0.6,
                s=80,
                zorder=3,
            )
        ax.set_yticks(
            range(len(mine)),
            [claim_label(c) for c in mine.itertuples()],
            fontsize=7.5,
        )
        ax.set_ylim(-0.8, len(mine) - 0.3)
        ax.invert_yaxis()
        ax.set_xlabel(_UNIT_LABEL.get(unit, unit))
        ax.grid(axis="x")
    for verdict, colour in VERDICT_COLOURS.items():
        axes[0][0].scatter(
            [],
            [],
            marker=VERDICT_MARKERS[verdict],
            color=colour,
            edgecolors="black",
            linewidths=0.6,
            label=f"claimed: {verdict.replace('_', ' ')}",
        )
    for level, colour in COLOURS.items():
        if level in _LEVEL_MARKER:
            axes[0][0].scatter(
                [], [], marker=_LEVEL_MARKER[level], color=colour, label=f"official: {level}"
            )
    fig.legend(
        *axes[0][0].get_legend_handles_labels(), loc="upper left", bbox_to_anchor=(1.0, 0.95)
    )
    fig.suptitle(
        "Angka yang diklaim vs angka resmi \u2014 claimed versus official figures",
        x=0.01,
        ha="left",
    )
    caption(fig, pd.concat(drawn) if drawn else comparisons.iloc[:0], levels)
    return fig


def use_house_style() -> None:
    """Use the house style for every chart drawn from here on (a notebook's first cell)."""
    plt.style.use(STYLE)


def slug(text: str) -> str:
    """'Kabupaten Barito Utara' -> 'barito_utara': a file-name part."""
    return "_".join(short_area(text).lower().replace("-", " ").split())
