"""One article text -> its facts, each traced to [start, end) and the exact quote.

Pure: the same text and publication date always give the same facts.
"""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache
from typing import Any

from . import places
from .dates import find_dates
from .figures import extract_figures
from .meeting import extract_meeting
from .organisations import extract_organisations
from .people import extract_people
from .priorities import extract_priorities
from .textnorm import Sentence, normalise, sentences


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _span(text: str, span: tuple[int, int] | None) -> dict[str, Any]:
    if span is None:
        return {"quote": None, "start": None, "end": None}
    return {"quote": text[span[0] : span[1]], "start": span[0], "end": span[1]}


def _fact(text: str, obj: Any, *fields: str) -> dict[str, Any]:
    """The named fields of a fact, whole numbers without a decimal point (3510, not
    3510.0), then its quote and span. Written out, as a megabyte of text can hold tens
    of thousands of facts."""
    out = {}
    for f in fields:
        value = getattr(obj, f)
        out[f] = int(value) if isinstance(value, float) and value.is_integer() else value
    start, end = obj.start, obj.end
    out["quote"], out["start"], out["end"] = text[start:end], start, end
    return out


# The stages of an extraction, in the order they run.
STAGES = (
    "normalise", "sentences", "dates", "places", "meeting", "figures", "people",
    "priorities", "organisations",
)  # fmt: skip
Step = Callable[..., Any]  # step(stage, fn, *args) -> fn(*args)


def _call(_stage: str, fn: Callable[..., Any], *args: Any) -> Any:
    return fn(*args)


def _district(view: str, sents: list[Sentence]) -> str | None:
    """The story's district, from places outside 'Baca juga' lines and other noise."""
    return places.story_district(view, skip=[(s.start, s.end) for s in sents if s.noise])


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic garbage collector paused, then restored as it was. Extraction makes
    no reference cycles (its facts are tuples and dicts of plain values), so the
    collector would only walk the many matches and tuples of a long text again and
    again: a tenth of the time on a megabyte of short sentences. Reference counting
    still frees everything; what a pause leaves, the next collection takes."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


# A short article that reaches every stage's patterns. The keyword pass reads a text
# once for every set of words asked of it so far (scan.KEYWORDS); a set first asked for
# while a text is being read makes the pass read that text again. Without a first read
# of this, the first text of a process would be read some thirty times over (a text of
# two megabytes took 2.5 times as long as the same text read next). A test checks that
# no text read after it, of the articles and the benchmark's inputs, adds a set.
_PRIMER = (
    "Banyuasin, Rabu (25/1/2023) - Rapat koordinasi penurunan stunting di Kabupaten "
    'Banyuasin berlangsung di Aula Bappeda, diikuti 120 peserta dengan tema "Cegah '
    'Stunting". Bupati Banyuasin H. Askolani, S.H. mengatakan prevalensi stunting turun '
    "2 persen menjadi 20 persen pada 2023 (SSGI 2022) dan sekitar 18 persen tiga tahun "
    "berturut-turut, untuk target 14 persen. Hadir dr. Budi Santoso dari Dinkes Banyuasin, "
    "Kepala Puskesmas Sukajadi, dan Satgas Stunting. Indikator prioritas: angka kematian ibu."
)


@cache
def prime() -> None:
    """Load the vocabularies and build every pattern and keyword set, once per
    process, by extracting _PRIMER: then the first real text is read once."""
    with collector_paused():
        _facts(_PRIMER, "primer", None, _call)


def extract_article(
    text: str, article_id: str, published: dt.date | None = None, step: Step = _call
) -> dict[str, Any]:
    """Facts of one article in the extraction contract of DESIGN.md, plus
    priorities, organisations and the spans of the meeting's fields. Each stage is
    called through `step` with its name: the benchmark passes one that times them."""
    prime()
    with collector_paused():
        return _facts(text, article_id, published, step)


def _facts(text: str, article_id: str, published: dt.date | None, step: Step) -> dict[str, Any]:
    view = step("normalise", normalise, text)
    sents = step("sentences", sentences, view)
    dates = step("dates", find_dates, view, published)
    district = step("places", _district, view, sents)
    meeting = step("meeting", extract_meeting, view, sents, dates, district, published)
    figures = step("figures", extract_figures, view, sents, dates, district, published)
    people = step("people", extract_people, view, sents)
    priorities = step("priorities", extract_priorities, view, sents, {f.num_start for f in figures})
    orgs = step("organisations", extract_organisations, view, sents)
    return {
        "article_id": article_id,
        "published": _iso(published),
        "meeting": {
            "event_type": meeting.event_type,
            "event_name": meeting.event_name,
            "district": meeting.district,
            "province": meeting.province,
            "date_start": _iso(meeting.date_start),
            "date_end": _iso(meeting.date_end),
            "venue": meeting.venue,
            "participants": meeting.participants,
            "theme": meeting.theme,
            "spans": {
                "event_name": _span(text, meeting.event_span),
                "date": _span(text, meeting.date_span),
                "venue": _span(text, meeting.venue_span),
                "participants": _span(text, meeting.participants_span),
                "theme": _span(text, meeting.theme_span),
            },
        },
        "people": [
            _fact(text, p, "name", "title_prefix", "title_suffix", "role", "on_behalf_of")
            for p in people
        ],
        "indicators": [
            _fact(
                text,
                f,
                "indicator",
                "value",
                "qualifier",
                "unit",
                "year",
                "kind",
                "area",
                "years_running",
            )
            for f in figures
        ],
        "priorities": [_fact(text, p, "indicator") for p in priorities],
        "organisations": [_fact(text, o, "name", "kind") for o in orgs],
    }
