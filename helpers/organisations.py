"""Organisations and facilities named: puskesmas, hospitals, professional bodies, agencies."""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from . import scan, vocab
from .scan import Phrases
from .textnorm import Sentence, one_space


class Organisation(NamedTuple):
    name: str
    kind: str
    start: int
    end: int


@lru_cache(maxsize=1)
def _facility_phrases() -> Phrases:
    """A facility head ('Puskesmas', 'RSUD') followed by a capitalised name, labelled
    with the head."""
    not_a_name = r"(?!Puskesmas|RSUD|RSU|RSP|RS\b|Kabupaten|Kota|dan|serta)"
    name = rf"(?:[A-Z][\w'-]*)(?:\s+{not_a_name}[A-Z][\w'-]*){{0,3}}"
    return vocab.phrases(((h, h, True) for h, _ in vocab.facility_types()), rf"\s+{name}")


@lru_cache(maxsize=1)
def _org_phrases() -> Phrases:
    names = sorted((o["name"] for o in vocab.organisations()), key=len, reverse=True)
    return vocab.phrases(((n, n, True) for n in names), r"(?![\w])")


@lru_cache(maxsize=1)
def _kinds() -> tuple[dict[str, str], dict[str, str]]:
    """The kind of each facility head and of each body."""
    return dict(vocab.facility_types()), {o["name"]: o["kind"] for o in vocab.organisations()}


def extract_organisations(view: str, sents: list[Sentence]) -> list[Organisation]:
    """Named facilities ('Puskesmas Mariana', 'RSUD Sukajadi') and known bodies (IDI, POGI)."""
    kinds, org_kinds = _kinds()
    facilities, bodies = _facility_phrases(), _org_phrases()
    clean = [(s.start, s.end) for s in sents if not s.noise]
    out, seen = [], set()
    for found_facilities, found_bodies in zip(
        scan.per_span(facilities, view, clean), scan.per_span(bodies, view, clean), strict=True
    ):
        for m in found_facilities:
            head = facilities.label(m)
            first_name_word = m.group().split()[len(head.split())]
            if first_name_word in vocab.word_list("facility_name_stopwords.csv"):
                continue
            name = one_space(m.group())
            if name not in seen:
                seen.add(name)
                out.append(Organisation(name, kinds[head], m.start(), m.end()))
        for m in found_bodies:
            name = bodies.label(m)  # as listed: 'Satgas  Stunting' is 'Satgas Stunting'
            if name not in seen:
                seen.add(name)
                out.append(Organisation(name, org_kinds[name], m.start(), m.end()))
    return sorted(out, key=lambda o: o.start)
