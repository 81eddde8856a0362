"""Places named in a text: districts and provinces from the gazetteer, and area cues.

The story's district is the one the text names most (explicit 'Kabupaten X' or
'Kota X' counts more than a bare name or a short form such as Barut); a text that
names none may still open with a dateline naming a district's capital.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from functools import lru_cache
from typing import NamedTuple

from . import scan, vocab
from .positions import inside
from .textnorm import one_space

INDONESIA = "Indonesia"
DISTRICT_ANAPHOR = "@district"
PROVINCE_ANAPHOR = "@province"  # the province of the story's district


class PlaceMention(NamedTuple):
    start: int
    end: int
    areas: tuple[str, ...]  # candidate areas (a bare 'Sukabumi' is kabupaten or kota)
    explicit: bool  # 'Kabupaten X', 'Kota X' or a province name with 'Provinsi'


@lru_cache(maxsize=1)
def _surface_forms() -> dict[str, tuple[tuple[str, ...], bool]]:
    """Surface form -> (areas it may mean, explicit?)."""
    forms: dict[str, tuple[list[str], bool]] = {}

    def add(form: str, area: str, explicit: bool) -> None:
        got, _exp = forms.setdefault(form, ([], explicit))
        if area not in got:
            got.append(area)

    for a in vocab.areas():
        if a.level == "district":
            add(a.area, a.area, True)
            if a.kind == "kabupaten":
                add(f"Kab. {a.name}", a.area, True)
                add(f"Kab {a.name}", a.area, True)
            add(a.name, a.area, False)
        else:
            add(a.name, a.area, False)
            add(f"Provinsi {a.name}", a.area, True)
            add(f"Prov. {a.name}", a.area, True)
    for alias, area in vocab.area_aliases().items():
        add(alias, area, False)
        if area in vocab.area_by_name() and vocab.area_by_name()[area].level == "province":
            add(f"Prov. {alias}", area, True)
            add(f"Provinsi {alias}", area, True)
    return {k: (tuple(v[0]), v[1]) for k, v in forms.items()}


@lru_cache(maxsize=1)
def _place_index() -> dict[str, re.Pattern[str]]:
    r"""First word of a form -> one regex that matches the longest of the forms that
    start with it, as (?:form1|form2|...)(?![\w-]) with the longest listed first does.

    Looking forms up by their first word keeps the scan linear in the text; one
    regex over two thousand names would try every name at every capital letter.
    The forms of one first word are a tree of words (_words_regex), so that
    'Kabupaten' does not try its hundreds of districts one after another.
    """
    trees: dict[str, dict] = {}
    for form in _surface_forms():
        node = trees
        for word in form.split():
            node = node.setdefault(word, {})
        node[""] = {}  # a form ends here
    return {
        first: re.compile(rf"{_words_regex({first: tree})}(?![\w-])")
        for first, tree in trees.items()
    }


def _words_regex(node: dict) -> str:
    """The word sequences of a tree of words (word -> the words that may follow it; ''
    where a form ends), split by whitespace: a longer word before a shorter one, and
    going on to a further word before ending, so the first match is the longest. Words
    are grouped by their first letter, which the engine tests once per group."""
    by_letter: dict[str, list[str]] = {}
    for word in sorted((w for w in node if w), key=len, reverse=True):
        after = node[word]
        rest = rf"(?:\s+{_words_regex(after)})" if any(after) else ""
        tail = f"{rest}?" if rest and "" in after else rest
        by_letter.setdefault(word[0], []).append(re.escape(word[1:]) + tail)
    groups = [f"{re.escape(c)}(?:{'|'.join(alts)})" for c, alts in by_letter.items()]
    return f"(?:{'|'.join(groups)})"


def _first_words() -> list[str]:
    """The first words of the forms, in lower case: every place starts with one."""
    return [first.lower() for first in _place_index()]


# A capitalised word not inside another word: (?<![\w-])([A-Z][A-Za-z]*(?:-[A-Z]...)*)(\.?),
# with its first letter taken before the lookbehind so the engine skips between capitals;
# or after 'se-' ('se-Sumsel', 'se-Kabupaten Banyuasin': all of that area).
_WORD_START = re.compile(
    r"([A-Z](?:(?<![\w-][A-Z])|(?<=(?<!\w)[Ss]e-[A-Z]))[A-Za-z]*(?:-[A-Z][A-Za-z]*)*)(\.?)"
)


@lru_cache(maxsize=3)
def find_places(view: str) -> tuple[PlaceMention, ...]:
    """Place names in text order; an all-capitals dateline ('BANYUASIN,') also counts.

    Remembered for the last few texts: the story's district and the area cues of
    its figures both read the places of one article.
    """
    title_view = _titlecase_caps(view)
    # where a form's first word starts a word, case ignored (alike in view and title_view)
    starts = scan.KEYWORDS.starts(_place_index(), view, _first_words, "capital")
    if starts is None:  # KEYWORDS holds no more sets: every capitalised word
        starts = [w.start() for w in _WORD_START.finditer(title_view)]
    return _places_at(title_view, starts)


def _places_at(title_view: str, starts: list[int]) -> tuple[PlaceMention, ...]:
    """The place names that start at the given positions, in text order, each the
    longest form found there. The positions are those of every capitalised word, or
    any that hold the positions where a form's first word starts a word."""
    forms, index = _surface_forms(), _place_index()
    found: list[PlaceMention] = []
    last = 0
    for p in starts:
        if not "A" <= title_view[p] <= "Z" or not (w := _WORD_START.match(title_view, p)):
            continue
        word, dot = w.group(1, 2)
        patterns = (index.get(word), index.get(word + dot) if dot else None)
        if patterns == (None, None) or w.start() < last:
            continue
        best = None
        for pattern in patterns:
            m = pattern.match(title_view, w.start()) if pattern else None
            if m and (best is None or m.end() > best.end()):
                best = m
        if best:
            areas, explicit = forms[one_space(best.group())]
            found.append(PlaceMention(best.start(), best.end(), areas, explicit))
            last = best.end()
    return tuple(found)


# Runs of capitals, \b[A-Z]{3,}(?:\s+[A-Z]{3,})*\b, led by their first letter.
_CAPS_RUN = re.compile(r"[A-Z](?<!\w[A-Z])[A-Z]{2,}(?:\s+[A-Z]{3,})*\b")


_CAPS_WORD = re.compile(r"[A-Z]+")


@lru_cache(maxsize=1)
def _caps_words() -> frozenset[str]:
    """Words of three capitals or more that the place forms write so (NTB, DKI, OKU)."""
    words = (w for form in _surface_forms() for w in form.split())
    return frozenset(w for w in words if len(w) >= 3 and w.isalpha() and w.isupper())


def _titlecase_caps(view: str) -> str:
    """Same-length view where runs of capitals ('BARITO UTARA') read as title case,
    but for the words the place forms write in capitals ('NTB', 'DKI JAKARTA' reads
    as 'DKI Jakarta')."""
    caps = _caps_words()

    def title(run: re.Match[str]) -> str:
        text = run.group()
        if text in caps:
            return text
        return _CAPS_WORD.sub(lambda w: w.group() if w.group() in caps else w.group().title(), text)

    return _CAPS_RUN.sub(title, view)


def story_district(view: str, skip: list[tuple[int, int]] = ()) -> str | None:
    """The district the story is about: the one named most; when none is named, the
    one whose capital the dateline names; else None. Places inside the skip spans
    (sorted, not overlapping) do not count."""
    score: Counter[str] = Counter()
    first: dict[str, int] = {}
    by_name = vocab.area_by_name()
    for p in find_places(view):
        if inside(skip, p.start):
            continue
        districts = [a for a in p.areas if by_name.get(a) and by_name[a].level == "district"]
        for a in districts:
            score[a] += (3 if p.explicit else 1) / len(districts)
            first.setdefault(a, p.start)
    if not score:
        return dateline_district(view)
    kind = _office_kind(view) if _tied(score, first) else None
    return max(score, key=lambda a: (score[a], by_name[a].kind == kind, -first[a]))


# The lines a dateline may open: the first few, so that a headline may come first, in
# the text's first characters (a megabyte on one line is not read for one).
_DATELINE_LINES = 3
_DATELINE_REACH = 1000


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """A district capital's name -> its district, for the capitals that are not a place
    name themselves (those count as one) and belong to one district only."""
    owners: dict[str, set[str]] = {}
    for a in vocab.areas():
        if a.level == "district" and a.capital:
            owners.setdefault(a.capital, set()).add(a.area)
    forms = _surface_forms()
    return {c: d.pop() for c, d in owners.items() if len(d) == 1 and c not in forms}


@lru_cache(maxsize=1)
def _dateline() -> re.Pattern[str]:
    """A line opening with a capital's name, then the outlet or the dash that ends a
    dateline: 'MUARA TEWEH -', 'Pangkalan Balai (ANTARA) -', 'Muara Teweh, outlet -'."""
    names = vocab.alternatives(_capitals())
    return re.compile(rf"^[ \t]*(?P<c>{names})(?![\w-])[ \t]*[-\u2013\u2014,(]", re.M)


def dateline_district(view: str) -> str | None:
    """The district whose capital opens one of the text's first lines as a dateline
    ('MUARA TEWEH - ...' is Barito Utara's). Asked only when the text names no
    district: a dateline may name the outlet's town rather than the story's."""
    head = "\n".join(view[:_DATELINE_REACH].split("\n", _DATELINE_LINES)[:_DATELINE_LINES])
    found = _dateline().search(_titlecase_caps(head))
    return _capitals()[found.group("c")] if found else None


def _tied(score: Counter[str], first: dict[str, int]) -> bool:
    """Whether the two best districts are named alike: one bare name ('Sukabumi')."""
    best = sorted(score, key=lambda a: (-score[a], first[a]))[:2]
    return len(best) == 2 and (score[best[0]], first[best[0]]) == (score[best[1]], first[best[1]])


def _office_kind(view: str) -> str | None:
    """'kota' or 'kabupaten', whichever government the text names more often (Wali
    Kota, Pemkot against Bupati, Pemkab), if either."""
    offices = vocab.cue_phrases("office_kota", "office_kabupaten")
    # read by the pattern alone: asked only when two districts tie, which is rare
    count = Counter(offices.label(m) for m in offices.pattern.finditer(view))
    if count["office_kota"] == count["office_kabupaten"]:
        return None
    return "kota" if count["office_kota"] > count["office_kabupaten"] else "kabupaten"


def province_of(area: str | None) -> str | None:
    a = vocab.area_by_name().get(area or "")
    return a.province if a else None


@lru_cache(maxsize=1)
def _cue_phrases() -> scan.Phrases:
    """Area cues, labelled with the area they point to."""
    return vocab.phrases(((area, cue, cs) for cue, area, cs in vocab.area_cues()), r"(?!\w)")


@lru_cache(maxsize=1)
def _exclusions() -> scan.Phrases:
    excluded = ((p, p, False) for p in vocab.area_cue_exclusions())
    return vocab.phrases(excluded, r"(?!\w)")


class AreaCue(NamedTuple):
    start: int
    end: int
    area: str  # an area name, INDONESIA, DISTRICT_ANAPHOR or PROVINCE_ANAPHOR


def find_area_cues(view: str) -> list[AreaCue]:
    """Words that say which area a figure is about, excluding names such as
    'Hari Gizi Nasional' or 'Survei Kesehatan Indonesia' and roles or venues such as
    'Kepala Desa' or 'Kantor Kecamatan'. A district's name inside the name of an area
    below it ('Kecamatan Banyuasin III') names no district."""
    excluded = [(m.start(), m.end()) for m in _exclusions().finditer(view)]
    ends = [e for _s, e in excluded]  # in text order, not overlapping

    def free(a: int, b: int) -> bool:
        i = bisect.bisect_right(ends, a)
        return i == len(excluded) or excluded[i][0] >= b

    cues = [c for c in _subarea_cues(view) if free(c.start, c.end)]
    below = [(c.start, c.end) for c in cues]
    phrases = _cue_phrases()
    for m in phrases.finditer(view):
        if free(m.start(), m.end()):
            cues.append(AreaCue(m.start(), m.end(), phrases.label(m)))
    for p in find_places(view):
        if free(p.start, p.end) and not inside(below, p.start):
            cues.append(AreaCue(p.start, p.end, p.areas[0]))
    return sorted(cues, key=lambda c: c.start)


# ---- areas below a district ------------------------------------------------


@lru_cache(maxsize=1)
def _subarea_scan() -> scan.Led:
    """A head of an area below a district ('Kecamatan', 'Kec.', 'Desa'), case ignored,
    then (read ahead, so that a head among them is found too) up to four capitalised
    words: group 1 the head, group 2 the words."""
    heads = vocab.alternatives(vocab.subarea_heads())
    word = r"[A-Z][\w'-]*"
    names = rf"{word}(?:[^\S\n]+{word}){{0,3}}"
    return scan.Led(re.compile(rf"(?<![\w.])((?i:{heads}))\s+(?=({names}))"))


@lru_cache(maxsize=1)
def _subarea_heads_folded() -> dict[str, tuple[str, str]]:
    return {form.lower(): head for form, head in vocab.subarea_heads().items()}


@lru_cache(maxsize=1)
def _village_name_stops() -> frozenset[str]:
    """Capitalised words a village's name does not go on with: the head of another
    area ('Desa Sukamaju Kecamatan ...', 'Desa Sukamaju Kec. ...') or of a district or
    province, without its dot, as a name's words are read without one."""
    heads = [*vocab.subarea_heads(), "Kabupaten", "Kab.", "Kota", "Provinsi", "Prov."]
    return frozenset(h.rstrip(".") for h in heads)


_WORD = re.compile(r"\S+")


def _subarea_name(words: str, level: str) -> str | None:
    """The name an area's head is followed by, from the capitalised words after it: for
    a kecamatan the longest run of them the gazetteer lists, for a village those up to
    a word it does not go on with."""
    parts = words.split()
    if level == "subdistrict":
        return " ".join(parts[: vocab.subdistrict_words(parts)]) or None
    stops = _village_name_stops()
    n = next((k for k, w in enumerate(parts) if w in stops), len(parts))
    return " ".join(parts[:n]) or None


# Between a village and the kecamatan it lies in: 'Desa Sukamaju, Kecamatan', 'Desa
# Sukamaju di Kecamatan', 'Desa Sukamaju di wilayah Kecamatan'.
_LIES_IN = re.compile(r"[^\S\n]*,?[^\S\n]*(?:di[^\S\n]+(?:wilayah[^\S\n]+)?)?")


def _subarea_cues(view: str) -> list[AreaCue]:
    """'Kecamatan Talang Kelapa', 'Desa Sungai Rengit': areas below a district, each
    named with its head as subarea_heads.csv writes it ('Kec.' is 'Kecamatan'). A
    kecamatan named right after a village ('Desa Sukamaju Kecamatan Talang Kelapa', 'Desa
    Sukamaju di Kecamatan ...') is where the village lies: the village's cue runs on
    over it."""
    heads = _subarea_heads_folded()
    cues: list[AreaCue] = []
    levels: list[str] = []
    for m in _subarea_scan().finditer(view):
        head, level = heads[scan.folded(m.group(1))]  # as the engine ignores case
        name = _subarea_name(m.group(2), level)
        if name is None:
            continue
        ends = [w.end() for w in _WORD.finditer(m.group(2))]
        end = m.start(2) + ends[len(name.split()) - 1]
        last = cues[-1] if cues else None
        if (
            last
            and levels[-1] == "village"
            and level == "subdistrict"
            and _LIES_IN.fullmatch(view, last.end, m.start())
        ):
            cues[-1] = last._replace(end=end)
            continue
        cues.append(AreaCue(m.start(), end, f"{head} {name}"))
        levels.append(level)
    return cues
