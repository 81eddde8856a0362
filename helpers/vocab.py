"""The vocabularies under data/vocab, loaded once and typed.

Indicators, their aliases, units, cue words, districts and titles are data,
so adding an alias or a district never needs a code change.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from . import paths
from .scan import Phrase, Phrases, literal_first


def _rows(name: str, folder: Path | None = None) -> list[dict[str, str]]:
    path = (folder or paths.VOCAB) / name
    with path.open(newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    for line, row in enumerate(rows, start=2):
        if None in row:
            raise ValueError(f"{path}: line {line} has more fields than the header")
    return [{k: (v or "").strip() for k, v in row.items()} for row in rows]


def _bool(s: str) -> bool:
    return s.strip().lower() in ("true", "1", "yes")


@dataclass(frozen=True)
class Indicator:
    indicator: str
    concept: str
    unit: str | None
    label_en: str
    label_id: str
    lower_is_better: bool | None
    default_for_concept: bool
    # the values a figure of it can take: a stunting prevalence of 85 percent is the
    # share of some other thing, read under the wrong alias
    plausible: tuple[float, float] | None = None


@dataclass(frozen=True)
class Alias:
    concept: str
    alias: str
    case_sensitive: bool


@dataclass(frozen=True)
class Title:
    form: str
    position: str
    gender: str = ""  # of an honorific that says one ('Hj.': female)


@dataclass(frozen=True)
class Area:
    area: str
    level: str  # "province" | "district"
    kind: str  # "provinsi" | "kabupaten" | "kota"
    name: str
    province: str
    capital: str


@lru_cache(maxsize=1)
def indicators() -> tuple[Indicator, ...]:
    return tuple(
        Indicator(
            r["indicator"], r["concept"], r["unit"] or None, r["label_en"], r["label_id"],
            _bool(r["lower_is_better"]) if r["lower_is_better"] else None,
            _bool(r["default_for_concept"]),
            (float(r["plausible_min"]), float(r["plausible_max"])) if r["plausible_max"] else None,
        )
        for r in _rows("indicators.csv")
    )  # fmt: skip


@lru_cache(maxsize=1)
def plausible_bounds() -> dict[str, tuple[float, float]]:
    """The least and greatest value a figure of each bounded indicator can take."""
    return {i.indicator: i.plausible for i in indicators() if i.plausible}


@lru_cache(maxsize=1)
def indicator_ids() -> frozenset[str]:
    return frozenset(i.indicator for i in indicators())


def indicator_for(concept: str, unit: str | None) -> str | None:
    """The indicator a concept measures in a unit ('stunting', 'count' -> stunting_count)."""
    for ind in indicators():
        if ind.concept == concept and ind.unit == unit:
            return ind.indicator
    return None


@lru_cache(maxsize=64)
def default_unit(concept: str) -> str | None:
    for ind in indicators():
        if ind.concept == concept and ind.default_for_concept:
            return ind.unit
    return None


@lru_cache(maxsize=1)
def aliases() -> tuple[Alias, ...]:
    rows = [
        Alias(r["concept"], r["alias"], _bool(r["case_sensitive"]))
        for r in _rows("indicator_aliases.csv")
    ]
    return tuple(sorted(rows, key=lambda a: -len(a.alias)))


@lru_cache(maxsize=1)
def alias_phrases() -> Phrases:
    """Every alias, labelled with its concept (longest alias wins)."""
    return phrases(((a.concept, a.alias, a.case_sensitive) for a in aliases()), r"\b")


def alias_pattern() -> re.Pattern[str]:
    return alias_phrases().pattern


def alias_concept(match: re.Match[str]) -> str:
    return alias_phrases().label(match)


@lru_cache(maxsize=1)
def units() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((r["unit"], re.compile(r["pattern"], re.IGNORECASE)) for r in _rows("units.csv"))


@lru_cache(maxsize=1)
def unit_after() -> re.Pattern[str]:
    """A unit right after a number; the first unit of units.csv that matches wins."""
    parts = [rf"(?P<u{i}>{pattern.pattern})" for i, (_unit, pattern) in enumerate(units())]
    return re.compile(rf"\s*(?:{'|'.join(parts)})", re.IGNORECASE)


def unit_of(match: re.Match[str]) -> str:
    return units()[int(match.lastgroup[1:])][0]


@lru_cache(maxsize=1)
def cue_roles() -> tuple[str, ...]:
    return tuple(dict.fromkeys(r["role"] for r in _rows("cues.csv")))


@cache
def cue_words(role: str) -> tuple[str, ...]:
    words = [r["cue"] for r in _rows("cues.csv") if r["role"] == role]
    return tuple(sorted(words, key=len, reverse=True))


@cache
def cue_phrases(*roles: str) -> Phrases:
    """Any cue of the roles, as whole words, labelled with its role."""
    return phrases(((role, w, False) for role in roles for w in cue_words(role)), r"(?!\w)")


def cue_pattern(*roles: str) -> re.Pattern[str]:
    return cue_phrases(*roles).pattern


def alternatives(words: Iterable[str]) -> str:
    """Literal words as one regex alternation, longest first, so that the longest of
    those starting alike wins ('Ruang Rapat' before 'Ruang')."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def cue_alternation(role: str) -> str:
    """The cues of a role as one regex alternation, longest first, their words split by
    any run of whitespace."""
    return "|".join(phrase(w) for w in cue_words(role))


def phrase(words: str) -> str:
    """A regex for a phrase whose words may be split by any run of whitespace."""
    return r"\s+".join(map(re.escape, words.split()))


def phrases(
    entries: Iterable[tuple[str, str, bool]], tail: str = "", not_after: str = r"\w"
) -> Phrases:
    """(label, words, case-sensitive) entries as one fast regex over whole phrases."""
    return Phrases(
        tuple(Phrase(label, phrase(words), words.strip()[0], cs) for label, words, cs in entries),
        tail,
        not_after,
    )


@lru_cache(maxsize=1)
def titles() -> tuple[Title, ...]:
    return tuple(Title(r["form"], r["position"], r["gender"]) for r in _rows("titles.csv"))


# Degrees the vocabulary does not list: specialists (Sp.OG) and bachelors and masters
# (S.Kep, M.Kes). Each alternative opens with its own letters, so that the words every
# degree starts with can be read from the pattern (people._Anchors).
GENERIC_DEGREE = (
    r"Sp\.[A-Z][A-Za-z]{0,3}(?:[.-][A-Z][A-Za-z]{0,4})*(?:\([A-Z]\))?"
    r"|S\.[A-Z][A-Za-z]{1,4}(?:\.[A-Z][A-Za-z]{0,4})*\.?"
    r"|M\.[A-Z][A-Za-z]{1,4}(?:\.[A-Z][A-Za-z]{0,4})*\.?"
)


@lru_cache(maxsize=1)
def prefix_genders() -> dict[str, str]:
    """An honorific written before a name, without its dot, -> the gender it says, for
    those that say one ('Hj' -> female, 'H' -> male)."""
    return {t.form.rstrip("."): t.gender for t in titles() if t.position == "prefix" and t.gender}


@lru_cache(maxsize=1)
def degree_forms() -> tuple[str, ...]:
    """Degrees titles.csv lists, written after a name."""
    return tuple(t.form for t in titles() if t.position == "suffix")


@lru_cache(maxsize=1)
def degree_pattern() -> str:
    """One degree written after a name, of a generic shape or listed (a regex). The
    generic shapes come first, as they run on past a listed degree that opens them
    ('S.Si.T.' past 'S.Si', 'Sp.PD-KGEH' past 'Sp.PD')."""
    listed = alternatives(degree_forms())
    return rf"(?:{GENERIC_DEGREE}|{listed})"


@lru_cache(maxsize=1)
def roles() -> tuple[str, ...]:
    return tuple(sorted((r["role"] for r in _rows("roles.csv")), key=len, reverse=True))


@cache
def roles_named_after(kind: str) -> frozenset[str]:
    """Roles whose holder is named after a place of a kind, as the `named_after` column
    of roles.csv says: a subdistrict ('Camat Talang Kelapa') or a village ('Kepala Desa
    Sukamaju')."""
    return frozenset(r["role"] for r in _rows("roles.csv") if r["named_after"] == kind)


@lru_cache(maxsize=1)
def acting_pattern() -> str:
    """What says a role is held for the time being ('Plt', 'Penjabat (Pj)'), written
    before any role: a regex, longest form first."""
    forms = sorted(word_list("acting_prefixes.csv"), key=len, reverse=True)
    return "|".join(map(phrase, forms))


@lru_cache(maxsize=1)
def event_types() -> tuple[tuple[str, re.Pattern[str], str], ...]:
    return tuple(
        (r["event_type"], literal_first(r["pattern"], re.IGNORECASE), r["label_en"])
        for r in _rows("event_types.csv")
    )


@lru_cache(maxsize=1)
def event_name_from() -> dict[str, str]:
    """'head': the name starts at the meeting word and runs on ('Rapat Koordinasi
    Penanganan Stunting'); 'match': the whole matched phrase is the name's core."""
    return {r["event_type"]: r["name_from"] for r in _rows("event_types.csv")}


@lru_cache(maxsize=1)
def areas() -> tuple[Area, ...]:
    return tuple(Area(**r) for r in _rows("gazetteer.csv"))


@lru_cache(maxsize=1)
def area_by_name() -> dict[str, Area]:
    return {a.area: a for a in areas()}


@lru_cache(maxsize=1)
def area_aliases() -> dict[str, str]:
    """Other names of areas: those the gazetteer's source gives in parentheses
    ('Sidrap', 'Solo'), then the hand-kept short forms (Barut, Sumsel), which win."""
    rows = [*_rows("gazetteer_alternatives.csv"), *_rows("district_aliases.csv")]
    return {r["alias"]: r["area"] for r in rows}


@lru_cache(maxsize=1)
def area_cues() -> tuple[tuple[str, str, bool], ...]:
    rows = [(r["cue"], r["area"], _bool(r["case_sensitive"])) for r in _rows("area_cues.csv")]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


@lru_cache(maxsize=1)
def area_cue_exclusions() -> tuple[str, ...]:
    return tuple(r["phrase"] for r in _rows("area_cue_exclusions.csv"))


@lru_cache(maxsize=1)
def subdistricts() -> dict[str, str]:
    return {r["subdistrict"]: r["district"] for r in _rows("subdistricts.csv")}


def subdistrict_words(words: list[str]) -> int:
    """How many of the words, from the first, name the longest subdistrict the
    gazetteer lists ('Talang Kelapa' of 'Talang Kelapa Hadir'); 0 when none does."""
    known = subdistricts()
    return next((k for k in range(len(words), 0, -1) if " ".join(words[:k]) in known), 0)


@lru_cache(maxsize=1)
def subarea_heads() -> dict[str, tuple[str, str]]:
    """Words before the name of an area below a district, as written ('Kec.') -> the
    head the area is named with ('Kecamatan') and its level: subdistrict or village."""
    return {r["form"]: (r["head"], r["level"]) for r in _rows("subarea_heads.csv")}


@lru_cache(maxsize=1)
def organisations() -> tuple[dict[str, str], ...]:
    return tuple(_rows("organisations.csv"))


@lru_cache(maxsize=1)
def facility_types() -> tuple[tuple[str, str], ...]:
    rows = [(r["head"], r["kind"]) for r in _rows("facility_types.csv")]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


@lru_cache(maxsize=1)
def venue_heads() -> tuple[str, ...]:
    return tuple(r["head"] for r in _rows("venue_heads.csv"))


@cache
def venue_heads_lower_case() -> tuple[str, ...]:
    """Heads that name a venue in lower case too, before its name: 'di aula Bappeda'."""
    rows = _rows("venue_heads.csv")
    return tuple(r["head"].lower() for r in rows if _bool(r["also_lower_case"]))


@cache
def word_list(name: str) -> tuple[str, ...]:
    """A one-column vocabulary file (column 'word')."""
    return tuple(r["word"] for r in _rows(name))


@lru_cache(maxsize=1)
def statuses() -> frozenset[str]:
    """Row statuses of the reference table: preferred, or why not."""
    return frozenset(r["status"] for r in _rows("statuses.csv"))


@lru_cache(maxsize=1)
def reference_indicators() -> dict[str, tuple[str, str]]:
    """Reference indicator -> (extracted indicator, 'level' or 'target')."""
    return {
        r["reference_indicator"]: (r["indicator"], r["kind"])
        for r in _rows("reference_indicators.csv")
    }


@lru_cache(maxsize=1)
def tolerances() -> dict[str, float]:
    """Largest difference, per unit, that still counts as the same figure."""
    return {r["unit"]: float(r["tolerance"]) for r in _rows("tolerances.csv")}


@lru_cache(maxsize=1)
def series() -> tuple[dict[str, str], ...]:
    """Series metadata (data/reference/series.csv): what each measures, and when it was in use."""
    return tuple(_rows("series.csv", paths.REFERENCE))
