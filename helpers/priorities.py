"""Indicators named as priorities without a value ('indikator utama ... usia harapan
hidup, angka kematian ibu melahirkan, ...')."""

from __future__ import annotations

import itertools
import re
from typing import NamedTuple

from . import scan, vocab
from .positions import any_within
from .scan import Phrase, Phrases
from .textnorm import Sentence

# \b(?:indikator(?:-indikator)?\s+(?:utama|prioritas|kinerja)|prioritas)\b ignoring case,
# as phrases so that the engine skips from candidate to candidate.
LEAD = Phrases(
    (
        Phrase("lead", r"indikator(?:-indikator)?\s+(?:utama|prioritas|kinerja)", "i", False),
        Phrase("lead", "prioritas", "p", False),
    ),
    r"\b",
)
_ITEM_END = re.compile(r"[,;]|\s+dan\s+|\s+serta\s+")
_CLOSE_QUOTE = re.compile(r"[\"”]")


class Priority(NamedTuple):
    indicator: str
    start: int
    end: int


def _indicator(item: str) -> str:
    m = vocab.alias_pattern().search(item)
    if not m:
        return "other"
    concept = vocab.alias_concept(m)
    return (
        "other"
        if concept == "other"
        else vocab.indicator_for(concept, vocab.default_unit(concept)) or "other"
    )


def extract_priorities(view: str, sents: list[Sentence], figure_starts: set[int]) -> list[Priority]:
    """Items of a list led by 'indikator utama' or 'prioritas' that carry no figure."""
    out: list[Priority] = []
    starts = sorted(figure_starts)
    leads = scan.per_span(LEAD, view, [(s.start, s.end) for s in sents])
    for s, found in zip(sents, leads, strict=True):
        if s.noise or not found:
            continue
        lead = found[0]
        close = _CLOSE_QUOTE.search(view, lead.end(), s.end)
        body_end = close.start() if close else s.end
        bounds = [lead.end()]
        bounds += [m.start() for m in _ITEM_END.finditer(view, lead.end(), body_end)]
        bounds.append(body_end)
        items = []
        for i, (a, b) in enumerate(itertools.pairwise(bounds)):
            sep = _ITEM_END.match(view, a) if i else None
            a = sep.end() if sep else a
            text = view[a:b]
            if i == 0:
                m = vocab.alias_pattern().search(text)
                if not m:
                    continue
                lead_word = re.search(
                    r"(?:angka|persentase|prevalensi|usia|umur|cakupan)\s+$",
                    text[: m.start()],
                    re.I,
                )
                a += lead_word.start() if lead_word else m.start()
            a += len(view[a:b]) - len(view[a:b].lstrip())
            text = view[a:b].rstrip(" .")
            if text:
                items.append((a, a + len(text)))
        if len(items) < 2:
            continue
        for a, b in items:
            if any_within(starts, a, b):
                continue
            out.append(Priority(_indicator(view[a:b]), a, b))
    return out
