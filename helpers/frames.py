"""Tidy, typed frames of meeting facts from data/raw: one fact a row.

A file that cannot be read is listed in `errors` with its reason; every other
article still loads. Every fact row carries article_id, start, end and quote.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from . import articles, paths, places, schema, vocab
from .extract import extract_article

FRAMES = ("meetings", "meeting_fields", "people", "indicators", "priorities", "organisations")


@dataclass
class Frames:
    """The frames by name, and one line per article that could not be used."""

    tables: dict[str, pd.DataFrame]
    errors: list[str] = field(default_factory=list)
    facts: list[dict[str, Any]] = field(default_factory=list)

    def __getitem__(self, name: str) -> pd.DataFrame:
        return self.tables[name]

    def __iter__(self):
        return iter(self.tables)


def _venue_in_district(venue: str | None, district: str | None) -> bool | None:
    """True when the venue names the district or one of its places; None when it names none."""
    if not venue or not district:
        return None
    named = {a for p in places.find_places(venue) for a in p.areas}
    subs = {vocab.subdistricts().get(w) for w in _words(venue)} - {None}
    area = vocab.area_by_name().get(district)
    capital = {area.capital} if area else set()
    if district in named or district in subs or capital & set(_words(venue)):
        return True
    if named or subs:
        return False
    return None


def _words(text: str) -> list[str]:
    """Every run of one to three words: candidate place names inside a venue."""
    toks = text.replace(",", " ").split()
    return [" ".join(toks[i : i + n]) for n in (1, 2, 3) for i in range(len(toks) - n + 1)]


def _rows(facts: dict[str, Any], meta: articles.ArticleMeta | None) -> dict[str, list[dict]]:
    aid, m = facts["article_id"], facts["meeting"]
    start, end = pd.Timestamp(m["date_start"]) if m["date_start"] else None, m["date_end"]
    duration = None
    if start is not None:
        duration = (pd.Timestamp(end) - start).days + 1 if end else 1
    ev = m["spans"]["event_name"]
    meeting = {
        "article_id": aid,
        "outlet": meta.outlet if meta else None,
        "url": meta.url if meta else None,
        "published": facts["published"],
        **{k: m[k] for k in ("event_type", "event_name", "district", "province", "date_start")},
        "date_end": m["date_end"],
        "duration_days": duration,
        "venue": m["venue"],
        "venue_in_district": _venue_in_district(m["venue"], m["district"]),
        "participants": m["participants"],
        "theme": m["theme"],
        "n_people": len(facts["people"]),
        "n_figures": len(facts["indicators"]),
        **ev,
    }
    values = {"event_name": m["event_name"], "date": m["date_start"], "venue": m["venue"],
              "participants": m["participants"], "theme": m["theme"]}  # fmt: skip
    fields = [
        {"article_id": aid, "field": k, "value": None if values[k] is None else str(values[k]), **s}
        for k, s in m["spans"].items()
        if s["start"] is not None
    ]
    base = {"article_id": aid}
    return {
        "meetings": [meeting],
        "meeting_fields": fields,
        "people": [{**base, **p} for p in facts["people"]],
        "indicators": [
            {**base, "district": m["district"], "published": facts["published"], **i}
            for i in facts["indicators"]
        ],
        "priorities": [{**base, **p} for p in facts["priorities"]],
        "organisations": [{**base, **o} for o in facts["organisations"]],
    }


def extract_all(
    folder: Path = paths.RAW_ARTICLES, metadata_path: Path = paths.RAW_METADATA
) -> tuple[list[dict[str, Any]], dict[str, articles.ArticleMeta], list[str]]:
    """Facts of every article listed in the metadata, plus the errors met on the way."""
    metadata = articles.load_metadata(metadata_path)
    listed = {m.file for m in metadata.values()}
    errors = [
        f"{p}: text file has no row in {metadata_path.name}; add one to load it"
        for p in sorted(folder.glob("*.txt"))
        if p.name not in listed
    ]
    facts = []
    for meta in metadata.values():
        path = folder / meta.file
        try:
            text = articles.read_text(path)
        except articles.ArticleError as e:
            errors.append(str(e))
            continue
        facts.append(extract_article(text, meta.article_id, meta.published))
    return facts, metadata, errors


def build_frames(
    folder: Path = paths.RAW_ARTICLES, metadata_path: Path = paths.RAW_METADATA
) -> Frames:
    """Every frame, typed and validated against the data dictionary."""
    facts, metadata, errors = extract_all(folder, metadata_path)
    rows: dict[str, list[dict]] = {name: [] for name in FRAMES}
    for f in facts:
        for name, got in _rows(f, metadata.get(f["article_id"])).items():
            rows[name].extend(got)
    tables = {}
    for name in FRAMES:
        cols = [c["column"] for c in schema.columns(name)]
        df = schema.cast(name, pd.DataFrame(rows[name], columns=cols))
        tables[name] = schema.validate(name, df)
    return Frames(tables, errors, facts)


def write_frames(frames: Frames, out: Path = paths.PROCESSED) -> dict[str, Path]:
    """Write every frame as CSV, all or nothing: temporary files first, then renames."""
    out.mkdir(parents=True, exist_ok=True)
    staged: list[tuple[Path, Path]] = []
    try:
        for name in frames:
            fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".csv", dir=out)
            staged.append((Path(tmp), out / f"{name}.csv"))
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
                frames[name].to_csv(f, index=False)
    except BaseException:
        for tmp, _ in staged:
            tmp.unlink(missing_ok=True)
        raise
    for tmp, final in staged:
        os.replace(tmp, final)
    return {final.stem: final for _, final in staged}
