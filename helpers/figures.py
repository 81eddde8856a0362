"""Indicator figures quoted in an article: value, unit, indicator, kind, year, area.

Each number is read in its sentence: the unit written after it, the indicator
named nearest to it (or carried from the sentence before when the sentence
names none), the cue words before it (target, 'dari', 'turun'), the year
written with it, and the place the text says the figure is about.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
import sys
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, partial
from typing import NamedTuple

from . import numbers, places, scan, vocab
from .dates import MONTHS, DateMention
from .positions import overlaps
from .textnorm import Sentence

_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
WINDOW = 300  # characters before a number in which its cue words are read

# Read as (?<![\w.,/-])((?:19|20)\d{2}) followed by the lookahead below; the first
# digit is taken before the lookbehind so the engine skips from 1 or 2 to the next.
YEAR = re.compile(r"((?:1(?<![\w.,/-]1)9|2(?<![\w.,/-]2)0)\d{2})(?![\w]|[.,]\d|\s*[-/]\s*\d)")
_FILLER = re.compile(
    r"^(?:\s|sebesar|sebanyak|angka|di\s+angka|pada\s+angka|yakni|yaitu|adalah|lagi|"
    r"rata-rata|berada\s+di|:|=|\(|cukup|tajam|signifikan)*$",
    re.IGNORECASE,
)
# Surveys a figure may cite, tried only where the keyword pass found one's name.
_SURVEYS = r"SSGI|SSGBI|SKI|Riskesdas|SDKI|Supas|SUPAS|e-PPGBM|ePPGBM|EPPGBM"
_SURVEY = scan.Led(re.compile(rf"\b({_SURVEYS})\b\s*(\d{{4}})?"))
_WEAK_AFTER = r"^(?:\s*(?:[.,;:)]|$|pada\b|di\b|per\b|dan\b|atau\b|sedangkan\b))"


@cache
def _to_level_after() -> re.Pattern[str]:
    """A word that leads to the level a figure came to (the to_level rows of cues.csv),
    between two numbers, after the first one's year if it has one: ' menjadi ' of '32
    menjadi 25 kasus', ' pada 2022 menjadi ' of '32 pada 2022 menjadi 25 kasus'."""
    words = vocab.alternatives(vocab.cue_words("to_level"))
    year = r"(?:\s*,?\s+(?:pada\s+)?(?:tahun\s+)?(?:19|20)\d\d,?)?"
    return re.compile(rf"{year}\s+(?:{words})\s+", re.I)


def _to_level_unit(view: str, nums: list[_Number], i: int, floor: int) -> str | None:
    """The unit of a number written without one where it came from ('dari') and the
    level it came to follows right after, with its unit: 'turun dari 32 menjadi 25
    kasus' counts both in kasus."""
    n = nums[i]
    if i + 1 == len(nums) or nums[i + 1].unit is None:
        return None
    to = _to_level_after().match(view, n.end)
    if to is None or to.end() != nums[i + 1].start:
        return None
    return (
        nums[i + 1].unit if _FROM_BEFORE.search(view, max(floor, n.start - 40), n.start) else None
    )


@cache
def _weak_after() -> re.Pattern[str]:
    """What may follow a number written without a unit for it to be a figure: a clause's
    end or a joining word, or a change after the level ('IPM sebesar 67,89 naik 0,65
    poin'; the change words are the change rows of cues.csv)."""
    changes = vocab.cue_words("change_down") + vocab.cue_words("change_up")
    return re.compile(rf"{_WEAK_AFTER}|^\s*(?:{vocab.alternatives(changes)})\b")


_DEATHS = re.compile(r"\s*(?:kematian|meninggal)", re.I)
_PEOPLE = re.compile(r"\s*orang\b")
# Those measured, not a figure: 'dari 12.000 balita yang ditimbang, 480 ... stunting'.
_MEASURED = re.compile(r"\s+(?:yang\s+)?di(?:timbang|ukur|periksa|pantau|skrining)\b", re.I)
# A part of the figure before it, counted by its cause: '2 kematian ibu, 1 di antaranya
# akibat perdarahan' (a part counted by its place, 'di antaranya di Desa X', is not
# dropped by this).
_AMONG = re.compile(
    r"\s*(?:orang|kasus)?\s*(?:di\s*antaranya|salah\s+satunya)\s+(?:akibat|karena|disebabkan)\b",
    re.I,
)
# Deaths or children named before a number in its clause, with no word of attendance
# after them: people counted as a figure ('balita stunting ... sebanyak 2.486 orang').
_COUNTED_BEFORE = re.compile(
    r"(?:kematian|meninggal|balita|bayi|anak)(?:(?!hadir|diikuti|peserta|undangan)[^,;.])*$",
    re.I,
)
_RANGE_AFTER = re.compile(r"\s*-\s*\d")  # the 6 of '6-11 bulan'
_RANGE_BEFORE = re.compile(r"\d\s*-\s*$")
_CAUSE_BEFORE = re.compile(r"penyebab\s+(?:\w+\s+){0,2}$", re.I)
# Read as (?<!\w)dari\s*(?:angka\s*|sebesar\s*)?$ ignoring case, the 'd' taken before
# the lookbehind so the engine skips from one 'd' to the next.
# 'dari' just before a figure: where it came from ('dari 25 persen menjadi ...', '...
# menjadi 7,1 persen dari sebelumnya 8,3 persen'), except as a qualifier's ('kurang
# dari 20 persen', 'lebih dari').
_FROM_BEFORE = re.compile(
    r"[dD](?<!\w(?s:.))(?=(?i:ari))(?<!(?i:kurang)\s(?s:.))(?<!(?i:lebih)\s(?s:.))"
    r"(?i:ari\s*(?:(?:sebelumnya|semula)\s*)?(?:angka\s*|sebesar\s*)?)$"
)
_TO_BEFORE = re.compile(r"menjadi\s*$", re.I)
_COMING_MONTH = re.compile(r"bulan\s+(\w+)\s+(?:yang\s+akan\s+)?mendatang", re.I)
# A quote, or a comma, semicolon or colon not between two digits; the mark is taken
# first so the engine skips from mark to mark.
_CLAUSE_MARK = re.compile(r"[,;:\u201c\"](?:(?<=[\u201c\"])|(?<!\d[,;:])|(?!\d))")
# Words that join another clause or another figure: a year or an alias after one is
# that clause's ('27,6 persen dan pada tahun 2022 turun menjadi 22,3 persen').
_JOINING = r"dan|serta|sedangkan|sementara|namun|tetapi"
# Words after a figure that make the year after them what the figure is compared
# with, not its own: 'turun 6,2 persen dibanding tahun 2021', 'naik 3 persen sejak 2019';
# and 'dari' right before 'tahun' ('turun 3,5% dari tahun 2021').
_COMPARING = r"dibanding(?:kan)?|daripada|sejak"
# The year written after a figure, in its own clause: before it no digit, comma,
# semicolon or colon, no joining word and no word of comparison.
_YEAR_AFTER = re.compile(
    rf"(?:(?!\s(?:{_JOINING}|{_COMPARING})\b)[^,;:\d])*?"
    r"(?:\b(?<!dari\s)(?:pada|di|tahun|untuk|hingga|sampai|selama|sepanjang|per|berdasarkan|menurut)\s+"
    rf"(?:(?:data\s+|hasil\s+)?(?:{_SURVEYS})\s+|akhir\s+)?(?:bulan\s+)?"
    rf"(?:(?:{_MONTH_NAMES})\s+)?(?:tahun\s+)?"
    rf"|\bbulan\s+(?:{_MONTH_NAMES})\s+"
    rf"|\(\s*(?:(?!(?:{_COMPARING})\b)[A-Za-z-]+\s+)?)((?:19|20)\d{{2}})\b(?!\s*-\s*\d)\)?",
    re.IGNORECASE,
)
_YEARS_COUNT = re.compile(
    rf"(\d+|{numbers.NUMBER_WORDS_PHRASES.plain.pattern})\s*tahun\s*$", re.IGNORECASE
)
_VALUE_CUE = re.compile(r"(?:sebesar|yaitu|yakni|angka|menjadi|mencapai|dari|=|:)\s*$", re.I)


class Figure(NamedTuple):
    indicator: str
    value: float
    qualifier: str | None
    unit: str | None
    year: int | None
    kind: str
    area: str | None
    start: int
    end: int
    concept: str
    paragraph: int
    num_start: int
    after_change: bool  # 'berkurang menjadi X': X is the end of a trend
    years_running: int | None = None  # 'tiga tahun berturut-turut' after a change


class _Number(NamedTuple):
    start: int
    end: int  # end of the number itself
    value: float
    unit: str | None
    unit_end: int
    concept_after: str | None  # '27 kematian ibu' names its indicator after the number


# A sentence's aliases (start, end, concept) and their starts, for bisection.
_Aliases = tuple[list[tuple[int, int, str]], list[int]]


def _unit_after(view: str, pos: int, start: int) -> tuple[str | None, int, str | None]:
    """Unit written right after a number (from start to pos), its end, and a concept
    named with a count. People ('orang') are counted only as deaths or children, named
    before the number in its clause with no word of attendance between: '250 orang'
    is who came."""
    if _DEATHS.match(view, pos, pos + 80):
        rest = view[pos : pos + 80]
        alias = vocab.alias_pattern().match(rest.lstrip())
        if alias:
            offset = len(rest) - len(rest.lstrip())
            return "count", pos + offset + alias.end(), vocab.alias_concept(alias)
    m = vocab.unit_after().match(view, pos, pos + 80)
    if m is None:
        people = _PEOPLE.match(view, pos) if view.find("orang", pos, pos + 12) >= 0 else None
        if people and _COUNTED_BEFORE.search(view, max(0, start - 80), start):
            return "count", people.end(), None  # 'kematian ibu ... sebanyak 9 orang'
        return None, pos, None
    unit, end = vocab.unit_of(m), m.end()
    if unit != "count":
        return unit, end, None
    rest = view[end : end + 40]
    after = vocab.alias_pattern().match(rest.lstrip())
    if after is None:
        return unit, end, None
    return unit, end + len(rest) - len(rest.lstrip()) + after.end(), vocab.alias_concept(after)


def _numbers(
    view: str,
    digits: list[re.Match[str]],
    words: list[re.Match[str]],
    masked: list[tuple[int, int]],
) -> list[_Number]:
    """The numbers of a sentence, from its NUMBER matches outside dates and its
    NUMBER_WORDS matches."""
    found: list[_Number] = []
    for m in digits:
        a, b = m.span()
        if found and a < found[-1].unit_end:
            continue  # the 100.000 of 'per 100.000'
        if a and view[a - 1] == "-" and (a < 2 or view[a - 2].isalnum()):
            continue  # covid-19, Ke-63, the 11 of '6-11'
        if view.find("-", b, b + 4) >= 0 and _RANGE_AFTER.match(view, b, b + 4):
            continue  # the 6 of '6-11 bulan'
        unit, unit_end, concept = _unit_after(view, b, a)
        token = m.group()
        if unit is None and YEAR.fullmatch(token):
            continue
        found.append(_Number(a, b, numbers.parse_number(token), unit, unit_end, concept))
    for m in words:
        value = numbers.parse_words(m.group())
        unit, unit_end, concept = _unit_after(view, m.end(), m.start())
        counted = (
            unit == "count"
            and _CASES.match(view, m.end())
            and not _ONE_OF.search(view, max(0, m.start() - 7), m.start())
        )
        if (
            value is not None
            and (unit == "percent" or counted)
            and not overlaps(masked, m.start(), m.end())
        ):
            found.append(_Number(m.start(), m.end(), float(value), unit, unit_end, concept))
    return sorted(found, key=lambda n: n.start) if words else found  # digits: in order


def _aliases_in(view: str, a: int, matches: list[re.Match[str]]) -> list[tuple[int, int, str]]:
    """Aliases of a sentence starting at a; one named as a cause ('penyebab ...') is 'other'."""
    out = []
    for m in matches:
        concept = vocab.alias_concept(m)
        if _CAUSE_BEFORE.search(view, max(a, m.start() - 30), m.start()):
            concept = "other"
        out.append((m.start(), m.end(), concept))
    return out


@cache
def _compatible(concept: str, unit: str | None) -> bool:
    if unit == "percentage_points":  # 'turun 4,1 poin': points of a percentage
        if vocab.default_unit(concept) == "index":
            return True  # 'IPM 67,89 poin': the points of an index
        unit = "percent"
    if concept == "other" or unit == "count":
        return unit is not None
    if unit is None:
        return vocab.default_unit(concept) is not None
    return vocab.indicator_for(concept, unit) is not None


def _rate_concept(unit: str | None) -> str | None:
    """A rate unit that only one concept uses names that concept."""
    if unit not in ("per_100000_live_births", "per_1000_live_births"):
        return None
    concepts = {i.concept for i in vocab.indicators() if i.unit == unit}
    return concepts.pop() if len(concepts) == 1 else None


def _qualifier(view: str, pos: int, floor: int, cues: _CueWords) -> str | None:
    """'sekitar 1.207' -> '~', 'dibawah 10%' -> '<', 'lebih dari' -> '>': the cue in the
    30 characters before pos (not before floor)."""
    cue = cues.last("qualifier", max(floor, pos - 30), pos)
    if cue and _FILLER.match(view[cue[2] : pos]):
        return {"approx": "~", "lt": "<", "gt": ">"}[cue[0]]
    return None


def _alias_inside(starts: list[int], a: int, b: int) -> bool:
    """Whether an alias starts inside view[a:b]."""
    k = bisect.bisect_left(starts, a)
    return k < len(starts) and starts[k] < b


def _filler_between(view: str, a: int, b: int, aliases: _Aliases) -> bool:
    """Whether view[a:b] holds only filler ('sebesar') once the aliases wholly inside
    it are set aside ('penurunan stunting sebesar 3,2 persen'), where it holds more
    than filler with them."""
    spans, starts = aliases
    parts, at = [], a
    for k in range(bisect.bisect_left(starts, a), bisect.bisect_left(starts, b)):
        start, end, _concept = spans[k]
        if end <= b:
            parts.append(view[at:start])
            at = end
    return at > a and bool(_FILLER.match(" ".join([*parts, view[at:b]])))


# A figure's kind, whether a change verb leads to it ('berkurang menjadi'), the sign of
# a change (-1 for one down), and whether it is a change, whose percent is points. A
# plain tuple: one is made for every figure.
_KindRead = tuple[str, bool, int, bool]


def _kind(
    view: str, pos: int, floor: int, cues: _CueWords, aliases: _Aliases, unit_end: int
) -> _KindRead:
    """Kind of figure from the 40 characters before pos (not before floor); also whether
    a change verb leads to it ('berkurang menjadi', 'penurunan stunting sebesar') and
    the sign for a change. Target and achievement cues ('target', 'capaian') are read
    back to floor. A change aimed at each year ('per tahun' after the figure, which
    ends at unit_end) is a target of a change: 'ditargetkan turun 3 persen per tahun'."""
    a = max(floor, pos - 40)
    tail = view[a:pos]
    if _FROM_BEFORE.search(tail):
        return "baseline", False, 1, False
    change = cues.last("change", a, pos)
    if change and (
        _FILLER.match(view[change[2] : pos])
        or (
            _alias_inside(aliases[1], change[2], pos)
            and _filler_between(view, change[2], pos, aliases)
        )
    ):
        intent = cues.last("intent", floor, change[1]) if cues.holds("intent", "target") else None
        sign = -1 if change[0] == "change_down" else 1
        if not (intent and intent[0] == "target" and not view[intent[2] : change[1]].strip()):
            return "change", False, sign, True
        if _PER_YEAR.match(view, unit_end):  # 'target penurunan stunting 3 persen per tahun'
            return "target", False, sign, True
        change = None  # 'target penurunan stunting sebesar 14%': the level aimed at
    after_change = bool(change and cues.last("to_level", change[2], pos)) or bool(
        _TO_BEFORE.search(tail)
    )
    intent = cues.last("intent", floor, pos)
    if intent and intent[0] == "reach":  # 'mencapai': what it reaches, or aims at
        aimed = _aims(view, intent[1], floor, cues)
        return "target" if aimed else "achievement", after_change, 1, False
    aimed = intent and intent[0] == "target" and not _now_before(view, intent[2], pos)
    return "target" if aimed else "achievement", after_change, 1, False


@cache
def _now_said() -> re.Pattern[str]:
    """A word of the present (the `now` rows of cues.csv) with no digit after it up to
    the end of the text searched."""
    return re.compile(rf"(?<!\w)(?:{vocab.alternatives(vocab.cue_words('now'))})(?!\w)\D*$", re.I)


def _now_before(view: str, a: int, pos: int) -> bool:
    """Whether the level at pos is said to be the present one after the target cue that
    ends at a, with no other number between: 'Agar target tercapai, stunting yang kini
    18 persen' is reached, 'kita targetkan stunting yang kini 18 persen turun menjadi 14
    persen' aims at 14."""
    return bool(_now_said().search(view, a, pos))


# What says a figure is a rate each year: 'turun 3 persen per tahun', 'setiap tahunnya'.
_PER_YEAR = re.compile(r"\s*(?:per|setiap|tiap)\s+tahun(?:nya)?\b", re.I)


# Between a target cue and a verb of reaching, what ends the aim: a clause mark, a
# joining word, or a number other than a year ('target 14 persen, namun baru mencapai').
_AIM_ENDS = re.compile(
    rf"[;:]|,(?!\d)|\s(?:{_JOINING})\b|(?<![\d.,])(?!(?:19|20)\d\d(?![\d.,]))\d", re.I
)


def _aims(view: str, reach: int, floor: int, cues: _CueWords) -> bool:
    """Whether a verb of reaching ('mencapai', 'berada') starting at reach names a level
    aimed at: a target cue stands before it in its clause, with no other number between
    ('ditargetkan mencapai 14 persen', 'kita targetkan pada 2024 nanti bisa mencapai').
    Otherwise it names a level reached ('sudah mencapai', 'angka stunting mencapai')."""
    before = cues.last("intent", floor, reach)
    return bool(before and before[0] == "target" and not _AIM_ENDS.search(view, before[2], reach))


_DIGIT = re.compile(r"\d")
_CENTURIES = ("19", "20")  # how every year _YEAR_AFTER reads opens


def _year_forward(view: str, a: int, b: int) -> tuple[int | None, int]:
    """'12,20% di tahun 2023', '(SSGI 2022)', '... pada 2023': the year written after,
    in the figure's own clause ('27,6 persen dan pada tahun 2022 turun menjadi ...'
    gives no year: 2022 is the next figure's). Nothing before the year holds a digit,
    so the first digit in view[a:b], if any, starts it: with none, or one that opens
    no year ('menjadi 20 persen'), there is none."""
    digit = _DIGIT.search(view, a, b)
    if digit is None or view[digit.start() : digit.start() + 2] not in _CENTURIES:
        return None, a
    m = _YEAR_AFTER.match(view, a, b)
    return (int(m.group(1)), m.end()) if m else (None, a)


class _Years:
    """Years written in a sentence that are not part of a date, read once per sentence.

    Every year is a NUMBER match of the same span (no NUMBER match can run into one:
    the character before a year is none of a number's), so the years are read at the
    starts of the sentence's NUMBER matches outside dates (`digits`), not by a scan.
    """

    def __init__(
        self,
        view: str,
        sent: Sentence,
        masked: list[tuple[int, int]],
        digits: list[re.Match[str]],
    ):
        self.view, self.masked = view, masked
        self.found = [y for n in digits if (y := YEAR.match(view, n.start(), sent.end))]
        self.usable = [m for m in self.found if self._not_range_end(m)]
        self.ends = [m.end() for m in self.usable]

    def _not_range_end(self, m: re.Match[str]) -> bool:
        return not _RANGE_BEFORE.search(self.view, max(0, m.start() - 3), m.start())

    def last_before(self, a: int, b: int) -> int | None:
        """The last year in view[a:b], as YEAR.finditer(view, a, b) would find it: a year
        followed only by ' - ' up to b reads as a year there, although in the whole
        sentence it starts a range."""
        j = b
        while j > a and self.view[j - 1].isspace():
            j -= 1
        dash = j > a and self.view[j - 1] in "-/"
        if dash:
            j -= 1
            while j > a and self.view[j - 1].isspace():
                j -= 1
            m = YEAR.match(self.view, j - 4, b) if j - 4 >= a else None
            if m and not overlaps(self.masked, *m.span()) and self._not_range_end(m):
                return int(m.group(1))
        i = bisect.bisect_right(self.ends, b)
        if i and self.usable[i - 1].start() >= a:
            return int(self.usable[i - 1].group(1))
        return None


class _NoYears:
    """The years of a sentence with no NUMBER match: none, as every year is one."""

    found: tuple[re.Match[str], ...] = ()

    def last_before(self, a: int, b: int) -> int | None:
        return None


_NO_YEARS = _NoYears()
# A percent sign or word, ignoring case, tried only where the keyword pass found one
# (a case-blind literal would be tried at every position).
PERCENT_WORD = scan.Led(re.compile(r"%|(?i:persen|prosen|pct)"))
# A number in words also counts cases ('tujuh kasus kematian ibu') and people ('kematian
# ibu sebanyak tiga orang', as _unit_after counts people), but 'salah satu kasus' is
# one of them. Both words are five letters long.
CASES_WORD = scan.Led(re.compile(r"\b(?i:kasus|orang)\b"))
_CASES = re.compile(r"\s?(?:kasus|orang)\b", re.I)
_CASES_REACH = 80
_ONE_OF = re.compile(r"salah\s+$", re.I)
_SPACE_RUN = re.compile(r"\s*")


def _number_words(
    view: str, sents: list[Sentence], percents: list[int], cases: list[int]
) -> list[list[re.Match]]:
    """NUMBER_WORDS in each sentence, read only where a percent sign or word (percents:
    where they start, in order) begins in the sentence or right after it, across
    whitespace alone, and right before 'kasus' or 'orang' (cases: where they start): a
    number in words counts only as a percentage or as a count of cases or people. Each percent is
    placed among the sentences by bisection; as every sentence holds a non-space
    character, only the last sentence starting at or before it, and the one before
    that, can reach it; a later percent placed after the same sentence reaches no more
    than the first did, so a sentence of many percents is placed once."""
    out: list[list[re.Match[str]]] = [[] for _ in sents]
    starts = [s.start for s in sents]
    read: set[int] = set()
    placed = -2
    for p in percents:
        k = bisect.bisect_right(starts, p) - 1
        if k == placed:
            continue
        placed = k
        for j in (k - 1, k):
            if j < 0 or j in read or p >= _SPACE_RUN.match(view, sents[j].end).end() + 1:
                continue
            read.add(j)
            # by its regex: read this rarely, its short words ('se', 'dua') stay out
            # of the keyword pass that every article pays for
            out[j] = list(numbers.NUMBER_WORDS.finditer(view, sents[j].start, sents[j].end))
    for p in cases:
        k = bisect.bisect_right(starts, p) - 1
        if k < 0 or k in read or p >= sents[k].end:
            continue
        # a number in words of at most _CASES_REACH characters, ending right before it
        a, b = max(sents[k].start, p - _CASES_REACH), min(sents[k].end, p + len("kasus"))
        found = numbers.NUMBER_WORDS.finditer(view, a, b)  # up to the word, as read whole
        out[k] += [m for m in found if m.end() <= p and not view[m.end() : p].strip()]
    return out


def _coming_month(view: str, a: int, b: int, published: dt.date | None) -> int | None:
    """'bulan Agustus mendatang' in view[a:b]: the publication year, or the next one
    for a month already past."""
    m = _COMING_MONTH.search(view, a, b) if published else None
    if m and m.group(1).lower() in MONTHS:
        month = MONTHS[m.group(1).lower()]
        return published.year + (1 if month < published.month else 0)
    return None


# What may stand between a figure and a year named after it: '24 persen pada tahun
# lalu', '12 persen dalam dua tahun ke depan' (the count is read by _YEARS_BEFORE). Not
# 'dari' or 'dibanding': 'turun 2 persen dibanding tahun lalu' is no year's.
_TO_NAMED_YEAR = re.compile(
    rf"\s*(?:(?:pada|di|untuk|dalam)\s+)?"
    rf"(?:(?:\d{{1,2}}|{numbers.NUMBER_WORDS_PHRASES.plain.pattern})\s+(?=tahun\b))?",
    re.I,
)
# A year named as what a figure is compared with, not as the figure's own:
# 'dibanding tahun lalu, stunting turun 2 persen'.
_COMPARED = re.compile(
    r"(?:dibanding(?:kan)?(?:\s+dengan)?|daripada|dari|sejak)\s+(?:(?:pada|di)\s+)?$", re.I
)
# What may stand between a year named as a comparison and a figure that is that year's
# level, not the change since: 'dibanding tahun lalu yang mencapai 21 persen',
# 'dibanding tahun sebelumnya 21 persen', 'dibanding tahun lalu sebanyak 30 orang'.
_COMPARED_LEVEL = re.compile(
    r"(?:\s|yang|hanya|masih|mencapai|sebesar|sebanyak|sejumlah|angka|yakni|yaitu|"
    r"berada\s+di|di\s+angka|pada\s+angka|:)*",
    re.I,
)
# A count of years before a named year: 'dua tahun lalu', '3 tahun sebelumnya'.
_YEARS_BEFORE = re.compile(
    rf"(?<![\w.,])(?:(\d{{1,2}})|({numbers.NUMBER_WORDS_PHRASES.plain.pattern}))\s+$", re.I
)


class _YearSaid:
    """The year of a figure at pos in a sentence that names a year by its distance
    from another ('tahun lalu'): read only in such sentences, as every figure of a
    megabyte of figures would pay for it. A named year counts from the publication's
    ('tahun ini', 'tahun lalu') or from the year the text spoke of last ('tahun
    sebelumnya'), and a count before it counts years ('dua tahun lalu')."""

    def __init__(
        self,
        view: str,
        pos: int,
        floor: int,
        years: _Years | _NoYears,
        cues: _CueWords,
        published: dt.date | None,
    ):
        self.view, self.pos, self.floor = view, pos, floor
        self.years, self.cues, self.published = years, cues, published

    def read(self, a: int, reference: Callable[[], int | None]) -> tuple[int | None, int]:
        """The year, and where the figure's quote ends, for a figure ending at a with no
        year written after it: a year named right after it ('24 persen tahun
        sebelumnya', '12 persen dalam 2 tahun ke depan', whose count may be read as a
        number of its own), else the nearer of the last year written and the last named
        before it. reference() gives the year the text spoke of last before the
        figure, for 'tahun sebelumnya'."""
        to = _TO_NAMED_YEAR.match(self.view, a).end()  # past 'dalam dua ' of 'dalam dua tahun'
        cue = self.cues.first("relative_year", to, to + 40)
        if cue and cue[1] == to:
            return self._named(cue, lambda: self.years.last_before(self.floor, self.pos)), cue[2]
        return self._before(reference), a

    def _before(self, reference: Callable[[], int | None]) -> int | None:
        cue = self.cues.last("relative_year", self.floor, self.pos)
        if (
            cue
            and _COMPARED.search(self.view, max(self.floor, cue[1] - 30), cue[1])
            and not _COMPARED_LEVEL.fullmatch(self.view, cue[2], self.pos)
        ):
            cue = None  # the year a change is measured against, not the figure's
        if cue is None:
            return self.years.last_before(self.floor, self.pos)
        written = self.years.last_before(cue[2], self.pos)
        if written is not None:
            return written

        def spoken() -> int | None:
            found = self.years.last_before(self.floor, cue[1])
            return reference() if found is None else found

        return self._named(cue, spoken)

    def _named(self, cue: tuple[str, int, int], spoken: Callable[[], int | None]) -> int | None:
        """The year a cue names; spoken() gives the year the text spoke of last."""
        role, start, _end = cue
        count = _YEARS_BEFORE.search(self.view, max(self.floor, start - 40), start)
        back = 0 if role == "current_year" else 1
        if count:
            n = int(count.group(1)) if count.group(1) else numbers.parse_words(count.group(2))
            if not n or role == "current_year":
                return None  # 'dua tahun ini' names no one year
            back = n
        if role == "next_year":  # 'tahun depan', 'dua tahun mendatang'
            back = -back
        if role == "prior_year":
            base = spoken()
            return base - back if base is not None else None
        return self.published.year - back if self.published else None


def _reference_year(figures: list[Figure], first: int, ctx: _Context) -> int | None:
    """The year a sentence spoke of last before a figure: that of its last figure with
    a year (its figures are those from `first` on), else the year carried from the
    sentence before."""
    for f in reversed(figures[first:]):
        if f.year is not None:
            return f.year
    return ctx.year


_MARK = re.compile(r"[,;:\u201c\"]")  # where a _CLAUSE_MARK can be


class _Clauses:
    """The marks of a sentence that can end a clause, found once, so that the start
    of each figure's clause is a bisection rather than a scan of the text before it."""

    def __init__(self, view: str, sent: Sentence, end: int):
        """The marks of the sentence before end, where its last figure can start."""
        self.view, self.sent = view, sent
        self.marks = [m.start() for m in _MARK.finditer(view, sent.start, end)]

    def start(self, pos: int, floor: int) -> int:
        """Start of the clause holding pos: after the last comma, semicolon or colon
        that is not inside a number, in the 140 characters before pos and never
        before floor, as a scan of those characters alone finds it."""
        view, marks = self.view, self.marks
        a = max(self.sent.start, floor, pos - 140)
        cut, i = a, bisect.bisect_left(marks, pos)
        while i and marks[i - 1] >= a:
            j = marks[i - 1]
            # a scan of view[a:pos] alone sees nothing past its ends: a mark at either
            # end is not between two digits there
            if j == a or j == pos - 1 or _CLAUSE_MARK.match(view, j):
                cut = j + 1
                break
            i -= 1
        while cut < pos and view[cut].isspace():
            cut += 1
        return cut


@dataclass
class _Context:
    """What earlier sentences of a paragraph, or the article, said."""

    paragraph: int = -1
    concept: str | None = None
    year: int | None = None
    list_year: int | None = None  # of a line that opens a list ('capaian tahun 2022:')
    last_unit: dict[str, str | None] | None = None
    survey_area: dict[str, str] | None = None


# Words before an area cue after a figure that measure the figure against the area's
# ('8,4 per 1.000 kelahiran hidup, masih di bawah angka provinsi'): it is not the figure's.
_MEASURED_AGAINST = re.compile(
    r"(?:di\s+(?:bawah|atas)|(?:lebih\s+)?(?:rendah|tinggi|baik|buruk)\s+(?:dari|daripada)"
    r"|dibanding(?:kan)?(?:\s+dengan)?|daripada|melampaui|melebihi)"
    r"\s+(?:(?:angka|rata-rata|capaian|target)\s+)?$",
    re.IGNORECASE,
)


# A word that every _MEASURED_AGAINST match holds, in lower case.
_AGAINST_WORDS = ("bawah", "atas", "dari", "banding", "melampaui", "melebihi")


class _Cues:
    """Area cues in text order, found by position in logarithmic time."""

    def __init__(self, view: str, cues: list[places.AreaCue]):
        self.view = view
        self.cues = sorted(cues, key=lambda c: c.start)
        self.starts = [c.start for c in self.cues]
        self.against: dict[int, bool] = {}  # cue index -> measured against, once asked

    def _measured_against(self, i: int) -> bool:
        """Whether a figure before cue i is measured against its area: read only for
        a cue after a figure, the few that a figure may take."""
        if i not in self.against:
            start = self.starts[i]
            before = self.view[max(0, start - 40) : start]
            lower = before.lower()
            # the regex tries every start in `before`: asked only where a word of it stands
            self.against[i] = any(w in lower for w in _AGAINST_WORDS) and bool(
                _MEASURED_AGAINST.search(before)
            )
        return self.against[i]

    def nearest(self, pos: int, sent: Sentence, para: tuple[int, int]) -> places.AreaCue | None:
        """The cue a figure at pos reads: the last one before it in its sentence, else
        the first after it in its sentence (unless the figure is measured against it:
        'masih di bawah angka provinsi'), else the last before the sentence in its
        paragraph, else the first after it there (again unless measured against). The
        cues just before and after pos are all four can be, so one bisection finds
        them."""
        i = bisect.bisect_left(self.starts, pos)
        before = self.starts[i - 1] if i else -1
        after = self.starts[i] if i < len(self.starts) else sys.maxsize
        if before >= sent.start:
            return self.cues[i - 1]
        if after < sent.end and not self._measured_against(i):
            return self.cues[i]
        if before >= para[0]:
            return self.cues[i - 1]
        if after < para[1] and not self._measured_against(i):
            return self.cues[i]
        return None


_CUE_GROUPS = {  # cue roles read together, as one set of phrases
    "intent": ("target", "achievement", "reach"),
    "change": ("change_down", "change_up"),
    "to_level": ("to_level",),
    "qualifier": ("approx", "lt", "gt"),
    "relative_year": ("current_year", "last_year", "prior_year", "next_year"),
}


class _CueWords:
    """Cue words of a sentence, each group found in the whole sentence once (a word is
    never cut by a window's edge), when first asked for, then looked up by position."""

    def __init__(self, view: str, sent: Sentence):
        self.view, self.sent = view, sent
        self.found: dict[str, tuple[list[str], list[int], list[int]]] = {}
        self.labels: dict[tuple[str, str], bool] = {}

    def _group(self, group: str) -> tuple[list[str], list[int], list[int]]:
        if group not in self.found:
            phrases = vocab.cue_phrases(*_CUE_GROUPS[group])
            matches = list(phrases.finditer(self.view, self.sent.start, self.sent.end))
            self.found[group] = (
                [phrases.label(m) for m in matches],
                [m.start() for m in matches],
                [m.end() for m in matches],
            )
        return self.found[group]

    def holds(self, group: str, label: str) -> bool:
        """Whether a cue of the group with that label stands in the sentence."""
        key = (group, label)
        if key not in self.labels:
            self.labels[key] = label in (self.found.get(group) or self._group(group))[0]
        return self.labels[key]

    def holds_any(self, group: str) -> bool:
        """Whether a cue of the group stands in the sentence."""
        return bool((self.found.get(group) or self._group(group))[0])

    def first(self, group: str, a: int, b: int) -> tuple[str, int, int] | None:
        """The role, start and end of the group's first cue inside view[a:b]."""
        labels, starts, ends = self.found.get(group) or self._group(group)
        i = bisect.bisect_left(starts, a)
        return (labels[i], starts[i], ends[i]) if i < len(starts) and ends[i] <= b else None

    def last(self, group: str, a: int, b: int) -> tuple[str, int, int] | None:
        """The role, start and end of the group's last cue inside view[a:b]."""
        labels, starts, ends = self.found.get(group) or self._group(group)
        i = bisect.bisect_right(ends, b)
        return (labels[i - 1], starts[i - 1], ends[i - 1]) if i and starts[i - 1] >= a else None


class _Lazy:
    """A value computed on first use: a sentence's 'N tahun berturut-turut'."""

    def __init__(self, make):
        self.make, self.done, self.value = make, False, None

    def get(self):
        if not self.done:
            self.value, self.done = self.make(), True
        return self.value


def _within(starts: list[int], pos: int) -> tuple[int, int]:
    """Index range of the starts within WINDOW characters of pos."""
    return bisect.bisect_left(starts, pos - WINDOW), bisect.bisect_right(starts, pos + WINDOW)


def _near(aliases: list[tuple[int, int, str]], starts: list[int], pos: int) -> list:
    """Aliases that start within WINDOW characters of pos."""
    lo, hi = _within(starts, pos)
    return aliases[lo:hi]


def _nearest(
    aliases: list[tuple[int, int, str]],
    starts: list[int],
    pos: int,
    unit: str | None,
    view: str | None = None,
    after: int = 0,
):
    """Concept of the alias nearest pos (within WINDOW characters) that can be measured in
    unit; the earlier of two at the same distance. Walks outwards from pos, so a long
    sentence dense with aliases costs no more than a short one. With the view, an
    alias in the next clause ('27 persen dan gizi kurang 15 persen': a clause starts
    after the figure, which ends at `after`) names it only when none before it or in
    its own clause can."""
    lo, hi = _within(starts, pos)
    right = bisect.bisect_left(starts, pos, lo, hi)
    later = hi
    left = right - 1
    while left >= lo or right < later:
        if right >= later or (left >= lo and pos - starts[left] <= starts[right] - pos):
            concept, left = aliases[left][2], left - 1
        elif (
            view
            and later == hi
            # the same concept on both sides names the figure whichever is taken
            and not (left >= lo and aliases[left][2] == aliases[right][2])
            and (r := _CLAUSE_AFTER.search(view, after, starts[right] + 1))
        ):
            later = bisect.bisect_left(starts, r.start(), right, hi)  # those past it wait
            continue
        else:
            concept, right = aliases[right][2], right + 1
        if _compatible(concept, unit):
            return concept
    for _start, _end, concept in aliases[later:hi]:
        if _compatible(concept, unit):
            return concept
    return None


# Where the clause after a figure ends: a comma not before a digit, a semicolon or
# colon, or a joining word.
_CLAUSE_AFTER = re.compile(rf"[;:]|,(?!\d)|\s(?:{_JOINING})\b", re.IGNORECASE)


def _area_for(
    view: str,
    sent: Sentence,
    pos: int,
    cues: _Cues,
    para: tuple[int, int],
    ctx: _Context,
    district: str | None,
) -> str | None:
    """The place the figure is about: a cue before it in its sentence, else after it,
    else earlier or later in its paragraph, else the area of a survey named before it."""
    found = cues.nearest(pos, sent, para)
    if found:
        return _anaphor(found.area, district)
    if ctx.survey_area:
        for m in _SURVEY.finditer(view, max(para[0], pos - 4 * WINDOW), pos):
            key = m.group(0).strip()
            if key in ctx.survey_area:
                return ctx.survey_area[key]
    return district


def _anaphor(area: str, district: str | None) -> str | None:
    """The area a cue names: 'kabupaten itu' the story's district, a bare 'provinsi'
    its province, any other cue its own area."""
    if area == places.DISTRICT_ANAPHOR:
        return district
    if area == places.PROVINCE_ANAPHOR:
        return places.province_of(district)
    return area


def _district_alias(area: str | None, district: str | None) -> str | None:
    """A bare 'Sukabumi' cue means the story's own district when names agree."""
    if area and district and area != district:
        a, d = vocab.area_by_name().get(area), vocab.area_by_name().get(district)
        if a and d and a.level == d.level == "district" and a.name == d.name:
            return district
    return area


@cache
def _anaphor_opening() -> re.Pattern[str]:
    """A paragraph's opening that points back at a figure: an opening quote or a word
    and its comma ('Namun,'), then 'angka ini', 'capaian itu' (the anaphor cues)."""
    cues = vocab.cue_alternation("anaphor")
    return re.compile(rf"[\"\u201c]?\s*(?:\w+,\s*)?(?:{cues})(?!\w)", re.IGNORECASE)


def _opens_with_anaphor(view: str, start: int) -> bool:
    """Whether the paragraph starting at start speaks of the last indicator before it."""
    return bool(_anaphor_opening().match(view, start))


# A list item's mark, and spaces, at the start of a line: '- ', '1. '.
_ITEM_MARK = re.compile(r"(?:[-\u2022*\u00b7]|\d{1,2}[.)])\s+")


def _label_start(
    view: str, start: int, clauses: _Clauses, floor: int, aliases: _Aliases, concept: str
) -> int:
    """Where a figure's quote starts when its clause opens after a colon and the clause
    before the colon names its indicator and holds no number: the label is quoted with
    its figure ('Prevalensi stunting: 18,5%'), past a list item's mark."""
    colon = start - 1
    while colon > floor and view[colon].isspace():
        colon -= 1
    if colon <= floor or view[colon] != ":":
        return start
    label = clauses.start(colon, floor)
    spans, starts = aliases
    named = range(bisect.bisect_left(starts, label), bisect.bisect_left(starts, colon))
    if _DIGIT.search(view, label, colon) or all(spans[i][2] != concept for i in named):
        return start
    mark = _ITEM_MARK.match(view, label)
    return mark.end() if mark else label


def _years_running(view: str, sent: Sentence) -> int | None:
    """'dalam tiga tahun berturut-turut' -> 3: how long the sentence says a change lasted."""
    for cue in vocab.cue_phrases("consecutive").finditer(view, sent.start, sent.end):
        before = view[max(sent.start, cue.start() - 40) : cue.start()]
        m = _YEARS_COUNT.search(before)
        if m:
            n = int(m.group(1)) if m.group(1).isdigit() else numbers.parse_words(m.group(1))
            if n:
                return n
    return None


def _outside(groups: list[list[re.Match[str]]], masked: list[tuple[int, int]]) -> list[list]:
    """The matches of each group that overlap no masked span (the digits of dates are
    no figures), as overlaps() says for each: matches and spans are both in text
    order, so one walk along the two answers for all."""
    out, j = [], 0
    for found in groups:
        kept = []
        for m in found:
            a, b = m.span()
            while j < len(masked) and masked[j][1] <= a:
                j += 1
            if j == len(masked) or masked[j][0] >= b:
                kept.append(m)
        out.append(kept)
    return out


def _aliases_where_numbers(
    view: str, sents: list[Sentence], digits: list[list], words: list[list]
) -> list[list[re.Match[str]]]:
    """Alias matches of each sentence, read only in paragraphs that hold a number: what
    a sentence names is carried to the numbers of its paragraph and no further."""
    numbered = {s.paragraph for s, d, w in zip(sents, digits, words, strict=True) if d or w}
    wanted = [k for k, s in enumerate(sents) if s.paragraph in numbered and not s.noise]
    found = scan.per_span(
        vocab.alias_phrases(), view, [(sents[k].start, sents[k].end) for k in wanted]
    )
    out: list[list[re.Match[str]]] = [[] for _ in sents]
    for k, matches in zip(wanted, found, strict=True):
        out[k] = matches
    return out


def extract_figures(
    view: str,
    sents: list[Sentence],
    dates: list[DateMention],
    district: str | None,
    published: dt.date | None,
) -> list[Figure]:
    """Every indicator figure in the article, deduplicated, in text order."""
    masked = sorted((d.start, d.end) for d in dates)
    cues = _Lazy(lambda: _Cues(view, places.find_area_cues(view)))  # read at the first figure
    paragraphs: dict[int, tuple[int, int]] = {}
    for s_ in sents:
        a, b = paragraphs.get(s_.paragraph, (s_.start, s_.end))
        paragraphs[s_.paragraph] = (min(a, s_.start), max(b, s_.end))
    figures: list[Figure] = []
    ctx = _Context(last_unit={}, survey_area={})
    bounds = vocab.plausible_bounds()  # what a figure of an indicator can be
    spans = [(s_.start, s_.end) for s_ in sents]
    digit_matches = _outside(scan.per_span(numbers.NUMBER, view, spans), masked)
    percents = [m.start() for m in PERCENT_WORD.finditer(view)]
    cases = [m.start() for m in CASES_WORD.finditer(view)]
    word_matches = _number_words(view, sents, percents, cases)
    alias_matches = _aliases_where_numbers(view, sents, digit_matches, word_matches)
    for k, sent in enumerate(sents):
        if sent.noise:
            continue
        if sent.paragraph != ctx.paragraph:
            before = ctx.concept if _opens_with_anaphor(view, sent.start) else None
            ctx.paragraph, ctx.concept, ctx.year = sent.paragraph, before, None
            ctx.list_year = None
        # A sentence without a number outside its dates holds no figure and no year
        # (every year is a NUMBER match): it is read only for its aliases.
        has_numbers = bool(digit_matches[k] or word_matches[k])
        if not has_numbers and not alias_matches[k]:
            continue  # nothing to read, nothing to carry
        para = paragraphs[sent.paragraph]
        aliases = _aliases_in(view, sent.start, alias_matches[k])
        nums = _numbers(view, digit_matches[k], word_matches[k], masked) if has_numbers else []
        years = _Years(view, sent, masked, digit_matches[k]) if digit_matches[k] else _NO_YEARS
        if nums:  # what only the sentence's figures read
            alias_starts = [x[0] for x in aliases]
            alias_pair = (aliases, alias_starts)
            sent_concepts = {x[2] for x in aliases}
            cue_words = _CueWords(view, sent)
            running = _Lazy(lambda sent=sent: _years_running(view, sent))
            clauses = _Clauses(view, sent, nums[-1].start)
        prev_end, first_new = sent.start, len(figures)
        carried = False
        surveys_seen = False
        for i, n in enumerate(nums):
            pos, unit_end = n.start, n.unit_end
            # Cue words are found whole in the sentence, once, and read in a bounded
            # window before the number, so a one-sentence megabyte stays linear.
            window_start = max(sent.start, pos - WINDOW)
            concept = n.concept_after
            if concept is None and aliases:
                concept = _nearest(aliases, alias_starts, pos, n.unit, view, unit_end)
            if concept is None:
                concept = _rate_concept(n.unit)
            if concept is None and ctx.concept and _compatible(ctx.concept, n.unit):
                concept, carried = ctx.concept, True
            if concept is None:
                continue
            unit = n.unit
            if unit == "percentage_points" and vocab.default_unit(concept) == "index":
                unit = "index"  # 'IPM 67,89 poin'
            if unit is None and (to_unit := _to_level_unit(view, nums, i, window_start)):
                unit = to_unit  # 'turun dari 32 menjadi 25 kasus': the 32 is 32 kasus
            if unit is None:
                local = view[max(prev_end, pos - 60) : pos]
                near = _near(aliases, alias_starts, pos)
                near_alias = any(prev_end <= x[1] <= pos and x[2] == concept for x in near)
                if not (
                    _weak_after().match(view[n.end : n.end + 12])
                    and (near_alias or _VALUE_CUE.search(local))
                ):
                    continue
                unit = (ctx.last_unit or {}).get(concept) or vocab.default_unit(concept)
            if unit == "years" and "life_expectancy" not in sent_concepts:
                continue
            if unit == "count" and _MEASURED.match(view, unit_end):
                continue  # the children weighed, of whom a figure counts some
            if view.find("nya", n.end, n.end + 30) >= 0 and _AMONG.match(view, n.end):
                continue  # a part of the figure before it, counted by its cause
            kind, after_change, sign, points = _kind(
                view, pos, window_start, cue_words, alias_pair, unit_end
            )
            value = n.value * sign
            if points and unit == "percent":
                unit = "percentage_points"
            qualifier = _qualifier(view, pos, window_start, cue_words)
            next_start = _next_start(nums, i, sent)
            year, end = _year_forward(view, unit_end, next_start)
            written_after = year is not None
            if year is None and cue_words.holds_any("relative_year"):  # 'tahun lalu'
                said = _YearSaid(view, pos, window_start, years, cue_words, published)
                reference = partial(_reference_year, figures, first_new, ctx)
                year, end = said.read(unit_end, reference)
            elif year is None:
                year = years.last_before(window_start, pos)
            if year is None and carried:
                year = ctx.year
            if year is None:
                year = ctx.list_year  # an item of 'capaian program tahun 2022, antara lain:'
            if year is None:
                year = _coming_month(view, window_start, pos, published)
            if kind == "achievement" and published and year and year > published.year:
                kind = "target"  # no level of a year to come is reached yet: it is aimed at
            if written_after and len(figures) > first_new and figures[-1].year is None:
                _share_year(figures, view, pos, year, kind)  # with one joined right before
            end = max(end, unit_end)
            if points and (per_year := _PER_YEAR.match(view, end)):
                end = per_year.end()  # 'turun 3 persen per tahun'
            if view[end : end + 1] == ")" and "(" in view[pos - 1 : pos]:
                end += 1
            area = _area_for(view, sent, pos, cues.get(), para, ctx, district)
            if area != district:
                area = _district_alias(area, district)
            base_unit = "percent" if unit == "percentage_points" else unit
            # A concept measured in a unit the vocabulary has no indicator for
            # (cases of gizi buruk) is kept as 'other', not dropped.
            indicator = vocab.indicator_for(concept, base_unit) or "other"
            if (least_most := bounds.get(indicator)) and not (
                abs(value) <= least_most[1]  # a change, also one aimed at: its size
                if points
                else least_most[0] <= value <= least_most[1]
            ):
                continue  # '85 persen' of active posyandu is no stunting prevalence
            floor = sent.start if kind == "change" else prev_end
            if figures and figures[-1].kind == "change" and figures[-1].end == prev_end:
                floor = figures[-1].start  # 'turun 2 persen menjadi 20 persen' reads as one
            start = _past_degrees(view, clauses.start(pos, floor), pos)
            if ":" in view[start - 3 : start]:  # most clauses open after no colon
                start = _label_start(view, start, clauses, floor, alias_pair, concept)
            figures.append(
                Figure(indicator, round(value, 6), qualifier, unit, year, kind, area, start, end,
                       concept, sent.paragraph, pos, after_change,
                       running.get() if kind == "change" else None)
            )  # fmt: skip
            ctx.last_unit[concept] = unit
            if area and not surveys_seen:
                # Surveys named in the sentence belong to the first placed figure in it.
                for m in _SURVEY.finditer(view, sent.start, sent.end):
                    ctx.survey_area.setdefault(m.group(0).strip(), area)
                surveys_seen = True
            prev_end = end
        if aliases:
            ctx.concept = aliases[-1][2]
        if figures and figures[-1].paragraph == sent.paragraph and nums:
            ctx.concept = figures[-1].concept
        if aliases or years.found:
            ctx.year = _year_carried(figures[first_new:], years)
        if view[sent.end - 1] == ":" and not nums:
            ctx.list_year = int(years.found[-1].group(1)) if years.found else None
    return _dedupe(_mark_baselines(figures))


# Between two figures of one list: 'dan' or 'serta' and the next one's words, no other
# number or clause ('wasting 7,1 persen dan underweight 15,2 persen pada 2022').
_JOINED = re.compile(r"\s*,?\s*(?:dan|serta)\s+[^\d,;:.()]{1,60}", re.I)


def _share_year(figures: list[Figure], view: str, pos: int, year: int, kind: str) -> None:
    """Give a year written after a figure (at pos, of that kind) to the last figure, of
    the same sentence and with no year of its own, when it is of that kind and joined
    right before: 'wasting 7,1 persen dan underweight 15,2 persen pada 2022' dates both.
    A year between them ('27,6 persen dan pada 2022 turun menjadi 22,3 persen') is the
    later one's alone, as is a target's ('18 persen dan ditargetkan 14 persen pada 2024')."""
    last = figures[-1]
    if last.kind == kind and _JOINED.fullmatch(view, last.end, pos):
        figures[-1] = last._replace(year=year)


@cache
def _degrees() -> re.Pattern[str]:
    one = rf"{vocab.degree_pattern()}(?:\s*\([A-Z]+\))?"
    return re.compile(rf"(?:{one}(?:\s*[.,]?\s+|\s*,\s*))+")


def _past_degrees(view: str, start: int, pos: int) -> int:
    """A clause's start past the degrees of a name before it: after 'Askolani,' the
    clause 'S.H. mengatakan prevalensi ...' starts at 'mengatakan'."""
    if not "A" <= view[start : start + 1] <= "Z":
        return start  # every degree opens with a capital
    m = _degrees().match(view, start, pos)
    return m.end() if m else start


def _year_carried(found: list[Figure], years: _Years | _NoYears) -> int | None:
    """The year a sentence hands on to a figure after it that names no year ('Sedangkan
    untuk DIY, 16,4 persen'): that of its last figure other than a baseline (the 2022
    of '14,9 persen pada 2022, turun dari 19,1 persen pada 2021'), else the last year
    written in it."""
    for f in reversed(found):
        if f.kind != "baseline" and f.year is not None:
            return f.year
    return int(years.found[-1].group(1)) if years.found else None


def _next_start(nums: list[_Number], i: int, sent: Sentence) -> int:
    """Where the number after nums[i] starts (nums are in text order)."""
    return nums[i + 1].start if i + 1 < len(nums) else sent.end


def _mark_baselines(figures: list[Figure]) -> list[Figure]:
    """The first of a paragraph's figures for one indicator becomes the baseline when
    a later figure of a later year, not a target, is reached by 'berkurang menjadi'."""
    groups: dict[tuple[int, str], list[int]] = defaultdict(list)
    for i, f in enumerate(figures):
        groups[(f.paragraph, f.indicator)].append(i)
    out = list(figures)
    for members in groups.values():
        f = figures[members[0]]
        if f.kind != "achievement" or f.year is None:
            continue
        if any(
            g.after_change
            and g.kind != "target"  # 'menargetkan ... turun menjadi 14 persen pada 2024'
            and g.year is not None
            and g.year > f.year
            and g.start > f.start
            for g in (figures[k] for k in members)
        ):
            out[members[0]] = f._replace(kind="baseline")
    return out


def _dedupe(figures: list[Figure]) -> list[Figure]:
    """A figure repeated in the article is one claim: keep its first mention."""
    seen, out = set(), []
    for f in figures:
        key = (f.indicator, f.value, f.unit, f.year, f.kind)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out
