"""Organisations and facilities named: puskesmas, hospitals, professional bodies, agencies."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import vocab
from .textnorm import Sentence


@dataclass(frozen=True)
class Organisation:
    name: str
    kind: str
    start: int
    end: int


@lru_cache(maxsize=1)
def _facility_re() -> re.Pattern[str]:
    heads = "|".join(re.escape(h) for h, _ in vocab.facility_types())
    not_a_name = r"(?!Puskesmas|RSUD|RSU|RSP|RS\b|Kabupaten|Kota|dan|serta)"
    name = rf"(?:[A-Z][\w'-]*)(?:\s+{not_a_name}[A-Z][\w'-]*){{0,3}}"
    return re.compile(rf"(?<![\w])(?P<head>{heads})\s+(?P<name>{name})")


@lru_cache(maxsize=1)
def _org_re() -> re.Pattern[str]:
    names = "|".join(
        re.escape(o["name"]) for o in sorted(vocab.organisations(), key=lambda o: -len(o["name"]))
    )
    return re.compile(rf"(?<![\w])(?:{names})(?![\w])")


def extract_organisations(view: str, sents: list[Sentence]) -> list[Organisation]:
    """Named facilities ('Puskesmas Mariana', 'RSUD Sukajadi') and known bodies (IDI, POGI)."""
    kinds = dict(vocab.facility_types())
    org_kinds = {o["name"]: o["kind"] for o in vocab.organisations()}
    out, seen = [], set()
    for s in sents:
        if s.noise:
            continue
        for m in _facility_re().finditer(view, s.start, s.end):
            if m.group("name").split()[0] in vocab.word_list("facility_name_stopwords.csv"):
                continue
            name = re.sub(r"\s+", " ", m.group())
            if name not in seen:
                seen.add(name)
                out.append(Organisation(name, kinds[m.group("head")], m.start(), m.end()))
        for m in _org_re().finditer(view, s.start, s.end):
            if m.group() not in seen:
                seen.add(m.group())
                out.append(Organisation(m.group(), org_kinds[m.group()], m.start(), m.end()))
    return sorted(out, key=lambda o: o.start)
