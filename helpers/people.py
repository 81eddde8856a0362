"""People named in an article: name without titles, titles, role, and for whom they spoke.

A name is accepted only where the text anchors it: a role before it ('Bupati
Banyuasin H. Askolani'), a role after it ('Dasuki selaku Asisten ...'), an
honorific or degree, or 'X dari RSU Y'. Later short mentions ('Dr. dr. Rini')
fold into the first full mention.
"""

from __future__ import annotations

import bisect
import re
import string
from collections.abc import Iterator
from functools import cached_property, lru_cache
from itertools import combinations
from typing import NamedTuple

from . import places, scan, vocab
from .dates import MONTHS, WEEKDAYS
from .positions import any_within
from .scan import Phrases
from .textnorm import Sentence, ends_sentence_dot, one_space

# A capitalised word, an initial, or the 'I' that opens Balinese names ('I Made Budiasa'),
# which counts only before another name word (_name_at): its capital, then what may
# follow the capital, so that the engine tests the first character once. An initial
# is not followed by two capitals ('S.STP', 'S.KM'), nor by another initial that no
# name word follows ('S.H.' of 'Adi Nugraha S.H. hadir', not 'R.A.' of 'R.A. Kartini'):
# those open a degree.
_TOKEN_TAIL = (
    r"(?:\.[A-Z][a-z]+|[a-z']+(?:-[A-Z][a-z']+)?|\.(?![A-Z]{2}|[A-Z]\.(?!\s?[A-Z][a-z]))"
    r"|(?<=I)(?=\s[A-Z][a-z]))"
)
_NAME_TOKEN = rf"(?:[A-Z]{_TOKEN_TAIL})"
# Capitalised words that are never part of a name: months and weekdays (from the
# date parser) and sentence openers (data/vocab/not_name_words.csv).
_CALENDAR = frozenset(w.capitalize() for w in (*MONTHS, *WEEKDAYS))


class Person(NamedTuple):
    name: str
    title_prefix: str | None
    title_suffix: str | None
    role: str | None
    on_behalf_of: str | None
    start: int
    end: int


@lru_cache(maxsize=1)
def _org_words() -> frozenset[str]:
    words = set(vocab.word_list("org_words.csv"))
    words |= {o["name"] for o in vocab.organisations()}
    words |= {h for h, _ in vocab.facility_types()}
    return frozenset(words)


@lru_cache(maxsize=1)
def _place_words() -> frozenset[str]:
    words = set()
    for a in vocab.areas():
        words |= set(a.name.split())
    words |= set(vocab.area_aliases())
    return frozenset(words)


@lru_cache(maxsize=1)
def _role_words() -> frozenset[str]:
    roles = (*vocab.roles(), *vocab.word_list("acting_prefixes.csv"))
    return frozenset(w for r in roles for w in r.split())


@lru_cache(maxsize=1)
def _prefix_forms() -> tuple[str, ...]:
    """Honorifics written before a name, longest first."""
    forms = [t.form for t in vocab.titles() if t.position == "prefix" and t.form.endswith(".")]
    return tuple(sorted(forms, key=len, reverse=True))


@lru_cache(maxsize=1)
def _bare_prefixes() -> frozenset[str]:
    """Honorifics and ranks written before a name, without their dots."""
    return frozenset(t.form.rstrip(".") for t in vocab.titles() if t.position == "prefix")


@lru_cache(maxsize=1)
def _prefix_re() -> re.Pattern[str]:
    return re.compile(rf"(?:(?:{vocab.alternatives(list(_prefix_forms()))})\s*)+")


@lru_cache(maxsize=1)
def _prefix_after_role_re() -> re.Pattern[str]:
    """Honorifics between a role and a name, also without their dots when a space and a
    capital follow ('Bupati Barito Utara H Nadalsyah', 'Kadinkes Barut dr Siswandoko'):
    read only after a role, where a bare 'H' or 'dr' can be nothing else."""
    bare = sorted(_bare_prefixes())
    dotted = vocab.alternatives(list(_prefix_forms()))
    return re.compile(rf"(?:(?:{dotted})\s*|(?:{vocab.alternatives(bare)})\s+(?=[A-Z]))+")


@lru_cache(maxsize=1)
def _suffix_re() -> re.Pattern[str]:
    one = rf"{vocab.degree_pattern()}(?:\s*\([A-Z][A-Za-z]{{0,9}}\))?"  # 'M.Kes (Epid)'
    # between two degrees: a comma, a dot, both ('S.KM., M.Kes') or a space
    return re.compile(rf"(?:\s*,\s*|\s+)(?P<suffix>{one}(?:\s*\.?\s*,?\s*{one})*)(?![A-Za-z])")


@lru_cache(maxsize=1)
def _role_phrases() -> Phrases:
    """Roles as whole words, not after a letter or a dot, longest first."""
    roles = sorted(vocab.roles(), key=len, reverse=True)
    return vocab.phrases(((r, r, True) for r in roles), r"(?![\w])", r"[\w.]")


def _role_re() -> re.Pattern[str]:
    return _role_phrases().pattern


@lru_cache(maxsize=1)
def _acting_before() -> re.Pattern[str]:
    """'Plt ' or 'Penjabat (Pj) ' ending where a role starts (the end of the search)."""
    return re.compile(rf"(?<![\w.])(?:{vocab.acting_pattern()})\s+$")


@lru_cache(maxsize=1)
def _acting_at() -> re.Pattern[str]:
    return re.compile(rf"(?:{vocab.acting_pattern()})\s+")


@lru_cache(maxsize=1)
def _acting_last_words() -> frozenset[str]:
    return frozenset(form.split()[-1] for form in vocab.word_list("acting_prefixes.csv"))


@lru_cache(maxsize=1)
def _acting_last_letters() -> frozenset[str]:
    return frozenset(word[-1] for word in _acting_last_words())


@lru_cache(maxsize=1)
def _acting_first_letters() -> str:
    return "".join({form[0] for form in vocab.word_list("acting_prefixes.csv")})


def _role_start(view: str, start: int, floor: int) -> int:
    """Where a role found at start begins: before 'Plt ', 'Pj. ' or 'Penjabat (Pj) ' when
    one comes right before it, as a role held for the time being is still the role. The
    word before is looked up first, so that most roles cost one set lookup."""
    if start - floor < 3 or not (
        view[start - 2] in _acting_last_letters() or view[start - 2].isspace()
    ):
        return start
    before = view[max(floor, start - 12) : start].split()
    if not before or before[-1] not in _acting_last_words():
        return start
    acting = _acting_before().search(view, max(floor, start - 32), start)
    return acting.start() if acting else start


def _acting_after(view: str, pos: int) -> re.Match[str] | None:
    """'Plt ' or 'Penjabat (Pj) ' at pos, where a role may follow a name's comma."""
    if view[pos : pos + 1] not in _acting_first_letters():
        return None
    return _acting_at().match(view, pos)


@lru_cache(maxsize=1)
def _title_forms() -> frozenset[str]:
    return frozenset(t.form.rstrip(".") for t in vocab.titles())


def _is_title(tok: str) -> bool:
    return tok.rstrip(".") in _title_forms()


@lru_cache(maxsize=1)
def _never_name() -> frozenset[str]:
    """Words that are never part of a name, in one set so a test is one lookup."""
    words = _org_words() | _place_words() | _role_words() | _CALENDAR | _headline_verbs()
    return words | frozenset(vocab.word_list("not_name_words.csv"))


@lru_cache(maxsize=8192)
def _is_name_word(tok: str) -> bool:
    bare = tok.rstrip(".")
    return not (tok in _org_words() or bare in _never_name() or (bare.isupper() and len(bare) > 1))


@lru_cache(maxsize=8192)
def _in_chain(word: str) -> bool:
    """Whether a capitalised word after a role goes on with it: no name word, no rank
    or honorific ('Kapolres Banyuasin AKBP Ruri': the rank opens the name), no month or
    weekday ('Kadinkes Banyuasin Senin (12/6)') and no headline's verb ('Wabup Ajak')."""
    return not _is_name_word(word) and word not in _chain_stops()


@lru_cache(maxsize=1)
def _chain_stops() -> frozenset[str]:
    """Words that are no name and still end a role's chain: ranks and honorifics without
    their dots, months and weekdays, and headline verbs."""
    return _bare_prefixes() | _CALENDAR | _headline_verbs()


@lru_cache(maxsize=1)
def _headline_verbs() -> frozenset[str]:
    """Verbs a headline writes capitalised after a role ('Pj Bupati Sekadau Buka Rembuk
    Stunting'): neither a name nor a part of the role."""
    return frozenset(vocab.word_list("headline_verbs.csv"))


@lru_cache(maxsize=8192)
def _name_token(tok: str) -> bool:
    """Whether a capitalised token can be part of a name: remembered, as the same
    words (Kepala, Dinas, Kesehatan) come back in every article."""
    return _is_name_word(tok) and not _is_title(tok)


_FIRST_TOKEN_RE = re.compile(rf"({_NAME_TOKEN})")
# The most words a name has: 'M. Adi Nugraha Purna Yudha', 'I Gusti Ngurah Made Arya
# Wedakarna'.
_MOST_NAME_WORDS = 6
# Up to four name words, each after at most one whitespace character: what reading
# _FIRST_TOKEN_RE and then \s?(_NAME_TOKEN) word by word finds, in one match (each later
# word is optional, so the engine never goes back on an earlier one). Most names end
# by then; the few that run on are read on word by word (_MORE_RE).
_RUN_WORDS = 4
_RUN_RE = re.compile(rf"({_NAME_TOKEN})" + rf"(?:\s?({_NAME_TOKEN}))?" * (_RUN_WORDS - 1))
_MORE_RE = re.compile(rf"\s?({_NAME_TOKEN})")
_INITIAL_END = re.compile(r"(?:^|\s)[A-Z]\.$")


def _name_at(view: str, pos: int, opens: bool = False) -> tuple[int, int, bool] | None:
    """A run of capitalised name words starting at pos, at most _MOST_NAME_WORDS: start,
    end, and whether the run ended by itself rather than at the last word it may have.
    A caller that has checked that the first word opens a name (_mention_starts) says
    so."""
    run = _RUN_RE.match(view, pos)
    if run is None or not (opens or _name_token(run.group(1))):
        return None
    if run.group(1) == "I" and not (run.group(2) and _name_token(run.group(2))):
        return None  # 'Asisten I Setda': a numeral, not a Balinese name
    end, count = run.end(1), 1
    while count < _RUN_WORDS and (word := run.group(count + 1)) is not None and _name_token(word):
        count += 1
        end = run.end(count)
    while (
        _RUN_WORDS <= count < _MOST_NAME_WORDS  # the run reached its fourth word
        and (more := _MORE_RE.match(view, end))
        and _name_token(more.group(1))
    ):
        count += 1
        end = more.end()
    if view[end - 1] == "." and not _INITIAL_END.search(view[pos:end]):
        end -= 1
    return pos, end, count < _MOST_NAME_WORDS


def _name_once(
    view: str,
    pos: int,
    names: dict[int, tuple[int, int, bool] | None],
    opens: bool = False,
) -> tuple[int, int, bool] | None:
    """_name_at, read once for each position of a sentence: a name after a role is
    also a name before the words that follow it."""
    if pos not in names:
        names[pos] = _name_at(view, pos, opens)
    return names[pos]


def _titles_after(view: str, end: int) -> tuple[str | None, int]:
    """The degrees after a name ending at end, and where they end. The last, when it is
    also written before a name ('Ns.', 'Apt.') and a name word follows it, is the next
    name's: 'Siti Aminah, S.Kep., Ns. Rina Wati' names two nurses."""
    m = _suffix_re().match(view, end)
    if not m:
        return None, end
    last = _PREFIX_LAST.search(m.group("suffix"))
    if last and last.group(1) in _prefix_forms():
        word = _FIRST_TOKEN_RE.match(view, _GAP.match(view, m.end()).end())
        if word and _name_token(word.group(1)):
            cut = m.start("suffix") + last.start()
            suffix = view[m.start("suffix") : cut].strip(" ,")
            return (suffix, cut) if suffix else (None, end)
    return m.group("suffix").strip(" ,"), m.end()


# The last degree of a run and what stands before it ('Ns.' of 'S.Kep., Ns.').
_PREFIX_LAST = re.compile(r"(?:^|[\s,])(\S+)$")


def _titles_once(
    view: str, end: int, titles: dict[int, tuple[str | None, int]]
) -> tuple[str | None, int]:
    """_titles_after, read once for each place in an article: a name after a role is
    read again as a name before what follows it."""
    if end not in titles:
        titles[end] = _titles_after(view, end)
    return titles[end]


# A chain's words: a parenthesis, a capitalised word, 'dan' before one, the number of a
# unit ('Dandim 0410', 'Kodim 0410/KBL', 'Dandim 1013/Mtw', 'Danramil 418-03'), a comma before a
# capitalised word (group 2), or 'di' before one (group 3: an office named with its
# seat, 'Balai POM di Palembang').
_CHAIN_RE = re.compile(
    r"\s*(\([^)]{1,30}\)|[A-Z][\w.]*(?:-\w[\w.]*)*|dan(?=\s+[A-Z])"
    r"|\d{3,4}(?:-\d{2})?(?:/[A-Z][A-Za-z]*)?(?![\w.,/-])"
    r"|,(?=\s*([A-Z]\w*))|di(?=\s+([A-Z]\w*)))"
)


def _role_chain_end(view: str, pos: int, stop: int, memo: dict[int, int]) -> int:
    """End of the organisation and place words that follow a role keyword. `memo` holds
    the positions already walked in this sentence (stop is its end) with the end they
    reach, so roles inside one long chain walk it once."""
    end, walked, last = pos, [], ""
    while end not in memo:
        walked.append(end)
        m = _CHAIN_RE.match(view, end, stop)
        if not m:
            break
        tok = m.group(1)
        word = tok.rstrip(".,")
        # "(Dinkes)", "Dandim 0410", and "dan" unless a second role follows it
        joins = tok[0] in "(0123456789" or (tok == "dan" and not _role_follows(view, m.end()))
        if tok == ",":  # an office's name goes on past a comma with an office's word
            joins = _office_goes_on(m.group(2))  # 'Dinas Kesehatan, Pengendalian Penduduk'
        elif tok == "di":  # and past 'di' with a place's: 'Balai POM di Palembang'
            joins = m.group(3) in _place_words()
        if joins or _in_chain(word) or _numeral(view, m):  # 'Asisten I Setda'
            end, last = m.end(), word
        elif last in _subdistrict_heads() and (named := _subdistrict_end(view, end)):
            end, last = named, ""  # 'Sekretaris Kecamatan Talang Kelapa': its name goes on
        else:
            break
    reach = memo.get(end, end)
    for place in walked:
        memo[place] = reach
    return reach


_SPACES = re.compile(r"\s*")


def _role_follows(view: str, pos: int) -> bool:
    """Whether a role starts after the spaces at pos: 'Camat dan Ketua TP PKK' names two
    roles, while 'Dinas Koperasi dan Tenaga Kerja' is one office."""
    return bool(_role_re().match(view, _SPACES.match(view, pos).end()))


def _office_goes_on(word: str) -> bool:
    """Whether a word after a comma in a role goes on with the office's name: a word of
    an office that opens no role ('Dinas Kesehatan, Pengendalian Penduduk dan KB', but
    'Mewakili Bupati Dairi, Sekretaris Daerah ...' names a second role)."""
    return word in _org_words() and word not in _role_heads()


@lru_cache(maxsize=1)
def _role_heads() -> frozenset[str]:
    """The first words of the roles and of the acting prefixes."""
    roles = (*vocab.roles(), *vocab.word_list("acting_prefixes.csv"))
    return frozenset(r.split()[0] for r in roles)


# Roman numerals that number a role ('Asisten I Setda', 'Komisi IV'), unless a name word
# follows: 'I' also opens Balinese names ('Kadinkes Bali I Made Budiasa').
_NUMERALS = frozenset({"I", "II", "III", "IV", "V"})


def _numeral(view: str, token: re.Match[str]) -> bool:
    if token.group(1).rstrip(".,") not in _NUMERALS:
        return False
    after = _CHAIN_RE.match(view, token.end())
    return not (after and after.group(1)[0] != "(" and _is_name_word(after.group(1).rstrip(".,")))


@lru_cache(maxsize=4096)
def _role_text(role: str | None) -> str | None:
    """A role as written, without the sentence's final period ('Sekda Kabupaten
    Banyuasin.'); an abbreviation keeps its own ('Dinkes Prov.')."""
    if not role:
        return None
    text = one_space(role).strip(" ,")
    return text[:-1] if ends_sentence_dot(text) else text


def _person(view: str, name: tuple[int, int, bool], prefix: str | None, role: str | None,
            start: int, titles: tuple[str | None, int] | None = None) -> Person:  # fmt: skip
    """A person found at name, with its degrees after it (read here unless given)."""
    suffix, sfx_end = titles or _titles_after(view, name[1])
    return Person(
        one_space(view[name[0] : name[1]]), prefix, suffix, _role_text(role), None,
        start, max(sfx_end, name[1]),
    )  # fmt: skip


@lru_cache(maxsize=1)
def _prefix_ahead_phrases() -> Phrases:
    """Honorifics that open a name a little after a role ('Bupati ... H. Askolani'): a
    match is (?:^|\\s)(honorifics)(?=[A-Z])'s group 1."""
    forms = _prefix_forms()
    tail = rf"\s*(?:(?:{vocab.alternatives(list(forms))})\s*)*(?=[A-Z])"
    return vocab.phrases(((f, f, True) for f in forms), tail, r"\S")


def _prefix_ahead() -> re.Pattern[str]:
    return _prefix_ahead_phrases().pattern


class _Honorifics:
    """The _prefix_ahead matches of a sentence, found in one scan, so that the first
    one in the 70 characters after each role is a bisection. A match found so only
    where it is the one a search of those characters alone finds: none in the
    sentence runs across their start, and the first inside them ends before their
    end (its look at the next capital inside them too), and none can start at their
    start, where a search of them alone sees no character before; otherwise they
    are searched alone."""

    def __init__(self, view: str, sent: Sentence):
        self.view = view
        found = list(_prefix_ahead_phrases().finditer(view, sent.start, sent.end))
        self.starts = [m.start() for m in found]
        self.ends = [m.end() for m in found]

    def first(self, a: int, b: int) -> tuple[int, int] | None:
        """Start and end in view of _prefix_ahead().search(view[a:b])."""
        i = bisect.bisect_left(self.starts, a)
        clear = not i or self.ends[i - 1] <= a
        opens = a < len(self.view) and self.view[a] in _prefix_firsts()
        if clear and not opens:
            if i == len(self.starts) or self.starts[i] >= b:
                return None
            if self.ends[i] < b:
                return self.starts[i], self.ends[i]
        m = _prefix_ahead().search(self.view[a:b])
        return (a + m.start(), a + m.end()) if m else None


@lru_cache(maxsize=1)
def _prefix_firsts() -> frozenset[str]:
    return frozenset(f[0] for f in _prefix_forms())


_ROLE_WORDS = re.compile(r"[\s\w().,-]*")
# Words no role holds, which open a clause between a role and the next honorific: 'Bupati
# Banyuasin yang diwakili oleh Sekda H. X' (or 'melalui Sekda H. X') names the Sekda.
_CLAUSE_IN_ROLE = re.compile(r"\b(?:yang|di(?:bacakan|wakili)|melalui)\b", re.IGNORECASE)
_GAP = re.compile(r"\s*,?\s*")


def _role_before(
    view: str,
    sent: Sentence,
    roles: list[re.Match[str]],
    chains: dict[int, int],
    names: dict,
    titles: dict | None = None,
) -> list[Person]:
    """'Bupati Banyuasin H. Askolani', 'Kepala Dinas Kesehatan dr. X': the roles of the
    sentence, each followed by a name."""
    out, titles = [], {} if titles is None else titles
    honorifics = _Honorifics(view, sent) if roles else None
    for k, m in enumerate(roles):
        chain_end = _role_chain_end(view, m.end(), sent.end, chains)
        pre = honorifics.first(m.end(), min(sent.end, m.end() + 70))
        if (
            pre
            and _ROLE_WORDS.fullmatch(view, m.end(), pre[0])
            and view.find(",", m.end(), pre[0]) < 0
            and not _CLAUSE_IN_ROLE.search(view, m.end(), pre[0])
            and not _role_before_honorifics(view, roles, k, pre[0])
        ):
            role_end, name_pos = pre
            prefix = view[pre[0] : pre[1]].strip()
        else:
            role_end = chain_end
            name_pos, prefix = _name_start(view, chain_end, sent.end)
        name = _name_once(view, name_pos, names)
        if name and prefix is None:
            facility_end = _facility_named(view, m, role_end, name)
        else:
            facility_end = name and _hospital_named(view, role_end, name)
        if facility_end:
            # 'Kepala Puskesmas Sukajadi, Rina Wati': the facility's name, then the person's
            role_end = facility_end
            name_pos, prefix = _name_start(view, role_end, sent.end)
            name = _name_once(view, name_pos, names)
        if name:
            begin = _role_start(view, m.start(), sent.start)
            said, degrees = view[begin:role_end], _titles_once(view, name[1], titles)
            out.append(_person(view, name, prefix, said, begin, degrees))
    return out


@lru_cache(maxsize=1)
def _same_holder() -> re.Pattern[str]:
    """Words just before a role that make it a second role of the one before it."""
    words = vocab.cue_alternation("same_holder")
    return re.compile(rf"(?<!\w)(?:{words})\s+$", re.IGNORECASE)


def _role_before_honorifics(view: str, roles: list[re.Match[str]], k: int, pos: int) -> bool:
    """Whether the role after roles[k] starts before pos, a second person's: the
    honorifics at pos are then that role's, whatever joins the two ('Bupati Banyuasin H
    Askolani dan Ketua TP PKK Hj. Sri Fitriani', 'Pj Bupati Banyuasin Hani Syopiar
    Rustam didampingi Ketua TP PKK Banyuasin Ny. Hj. Emilia'), and the name before it is
    this one's; unless the words between say one holds both ('Kepala Dinas Kesehatan
    selaku Ketua Tim ... dr. X')."""
    if k + 1 == len(roles) or roles[k + 1].start() >= pos:
        return False
    start = roles[k + 1].start()
    return not _same_holder().search(view, max(roles[k].end(), start - 16), start)


def _name_start(view: str, pos: int, end: int) -> tuple[int, str | None]:
    """Where the name after a role's words (ending at pos) starts, past a comma and its
    honorifics, and those honorifics."""
    name_pos = _GAP.match(view, pos, end).end()
    pre = _prefix_after_role_re().match(view, name_pos)
    return (pre.end(), pre.group().strip()) if pre else (name_pos, None)


# The rest of a facility's or village's name after a name (group 1: 'Balai' of
# 'Pangkalan Balai') and a comma; then with what may open with honorifics. Read only
# when a comma stands within 60 characters.
_REST_THEN_COMMA = re.compile(r"((?:\s+[A-Z]\w*){0,3})\s*,\s*")
_COMMA_THEN_HONORIFIC = re.compile(_REST_THEN_COMMA.pattern + r"(?=[A-Z]?[a-z]*\.?\s*[A-Z])")


def _facility_named(
    view: str, role: re.Match[str], role_end: int, name: tuple[int, int, bool]
) -> int | None:
    """Where a facility's name ends when a role ending at role_end names a facility
    ('Kepala Puskesmas') and the name after it opens with a subdistrict's, as a
    puskesmas is named after its kecamatan: 'Sukajadi' in 'Sukajadi, Rina Wati' and
    in 'Sukajadi Rina Wati'. The longest such subdistrict counts. A name after a comma
    that opens with honorifics is the person's, so all before it is the facility's
    ('Kepala UPTD Puskesmas Pangkalan Balai, Ns. Sari Dewi'), and after a village
    head's role (the `role` matched), so is a name after a comma (_village_named)."""
    near = view.find(",", name[1], name[1] + 60) >= 0  # most names have none so close
    if _heads_village(role.group()):
        village = (near and _village_named(view, name)) or _village_in_subdistrict(view, name)
        if village:
            return village
    comma = near and _COMMA_THEN_HONORIFIC.match(view, name[1])
    honorific = comma and _prefix_after_role_re().match(view, comma.end())
    subdistrict = view[name[0] : name[1]].split(None, 1)[0] in _subdistrict_first_words()
    if not (honorific or subdistrict):
        return _facility_then_name(view, role_end, name) if near else None
    words = _words_before_end(view, role_end)
    if honorific and not _facility_heads().isdisjoint(words[-3:]):
        return comma.end(1)  # 'Puskesmas Muara' + 'Teweh, dr Rahmat Hidayat'
    if not (subdistrict and words and words[-1] in _facility_heads()):
        return None
    # the kecamatan's name may run on past the name's words ('Teweh' + 'Tengah')
    return _subdistrict_in(view[name[0] : _CAPITALS_AFTER.match(view, name[1]).end()], name[0])


def _words_before_end(view: str, role_end: int) -> list[str]:
    """The last words of a role ending at role_end, enough to hold its facility's head."""
    return view[max(0, role_end - 40) : role_end].split()


def _facility_then_name(view: str, role_end: int, name: tuple[int, int, bool]) -> int | None:
    """Where a facility's name ends when the words after its head ('Puskesmas') are
    followed right away by a comma and a name: 'Kepala Puskesmas Lampeong, Yusnita' names
    the puskesmas after a place the gazetteer need not list. A name with degrees after
    it ('Kepala Puskesmas Rina Wati, S.Kep') is the person's."""
    if view[name[1] : name[1] + 1] != ",":
        return None
    words = _words_before_end(view, role_end)
    if not words or words[-1] not in _facility_heads():
        return None
    after = _name_at(view, _GAP.match(view, name[1]).end())
    return name[1] if after else None


def _hospital_named(view: str, role_end: int, name: tuple[int, int, bool]) -> int | None:
    """Where a hospital's name ends when a role ending at role_end heads a hospital
    ('Direktur RSUD') and the name after it, with honorifics of its own, is followed
    by a comma and a name that opens with honorifics: a hospital is named after a
    doctor, so the first name is the hospital's and the second the person's
    ('Direktur RSUD dr. H. Mohamad Rabain Muara Enim, dr. Budi')."""
    words = _words_before_end(view, role_end)
    if not words or words[-1] not in _hospital_heads():
        return None
    if view.find(",", name[1], name[1] + 60) < 0:
        return None
    comma = _COMMA_THEN_HONORIFIC.match(view, name[1])
    return comma.end(1) if comma and _prefix_after_role_re().match(view, comma.end()) else None


@lru_cache(maxsize=1)
def _hospital_heads() -> frozenset[str]:
    """Last words of the heads of hospitals (facility_types.csv): 'RSUD', 'Sakit'."""
    return frozenset(h.split()[-1] for h, kind in vocab.facility_types() if kind == "hospital")


# Capitalised words after a name that a place's name may go on with ('Teweh Tengah').
_CAPITALS_AFTER = re.compile(r"(?:\s+[A-Z][\w'-]*){0,3}")
_WORD_RE = re.compile(r"\S+")


def _village_named(view: str, name: tuple[int, int, bool]) -> int | None:
    """Where a village's name ends when a village head's role ('Kepala Desa', 'Lurah')
    is followed by the village's name, a comma, and a name or honorifics: 'Sungai
    Rengit' in 'Kepala Desa Sungai Rengit, Suparman'. There is no list of villages,
    so the comma and the name after it tell the village from the person."""
    comma = _REST_THEN_COMMA.match(view, name[1])
    if comma is None:
        return None
    word = _FIRST_TOKEN_RE.match(view, comma.end())
    if (word and _name_token(word.group(1))) or _prefix_after_role_re().match(view, comma.end()):
        return comma.end(1)
    return None


@lru_cache(maxsize=1)
def _subdistrict_heads() -> frozenset[str]:
    """The heads of a kecamatan's name (subarea_heads.csv), as a chain's word, without
    a dot: 'Kecamatan', 'Kec'."""
    heads = vocab.subarea_heads().items()
    return frozenset(form.rstrip(".") for form, (_head, level) in heads if level == "subdistrict")


# Capitalised words (group 1), as many as a kecamatan's name may hold.
_CAPITAL_WORDS = re.compile(r"\s+([A-Z][\w'-]*(?:[^\S\n]+[A-Z][\w'-]*){0,3})")


def _subdistrict_end(view: str, pos: int) -> int | None:
    """Where the longest kecamatan the gazetteer lists ends, when the capitalised words
    after pos name one ('Talang Kelapa' of ' Talang Kelapa Rudi'); else None."""
    m = _CAPITAL_WORDS.match(view, pos)
    return _subdistrict_in(m.group(1), m.start(1)) if m else None


def _subdistrict_in(text: str, offset: int) -> int | None:
    """Where the longest kecamatan the gazetteer lists that text's first words name ends
    in the view, text starting at offset; None when they name none."""
    words = list(_WORD_RE.finditer(text))
    k = vocab.subdistrict_words([w.group() for w in words])
    return offset + words[k - 1].end() if k else None


@lru_cache(maxsize=1)
def _subdistrict_after() -> re.Pattern[str]:
    """Up to two more words of a village's name, then the head of a kecamatan."""
    heads = [f for f, (_head, level) in vocab.subarea_heads().items() if level == "subdistrict"]
    return re.compile(rf"(?:\s+[A-Z][\w'-]*){{0,2}}?[\s,]+(?:{vocab.alternatives(heads)})(?!\w)")


def _village_in_subdistrict(view: str, name: tuple[int, int, bool]) -> int | None:
    """Where a village's name and the kecamatan it lies in end when a village head's
    role is followed by them without a comma: 'Kepala Desa Sungai Rengit Kecamatan
    Talang Kelapa' names no person 'Rengit'. The kecamatan must be one the gazetteer
    lists, which tells the village's name from a person's."""
    m = _subdistrict_after().match(view, name[1])
    return _subdistrict_end(view, m.end()) if m else None


@lru_cache(maxsize=1)
def _subdistrict_first_words() -> frozenset[str]:
    return frozenset(s.split()[0] for s in vocab.subdistricts())


@lru_cache(maxsize=1)
def _village_heads() -> frozenset[str]:
    """Last words of the roles held over a village ('Kepala Desa', 'Lurah'): a role
    matched that ends with one is a village head's."""
    return frozenset(r.split()[-1] for r in vocab.roles_named_after("village"))


@lru_cache(maxsize=256)
def _heads_village(role: str) -> bool:
    """Whether a role as written is a village head's ('Kepala Desa'), remembered."""
    return role.rsplit(None, 1)[-1] in _village_heads()


@lru_cache(maxsize=1)
def _facility_heads() -> frozenset[str]:
    """Last words of the facilities and roles that a subdistrict's name follows."""
    heads = [h for h, _kind in vocab.facility_types()] + list(
        vocab.roles_named_after("subdistrict")
    )
    return frozenset(h.split()[-1] for h in heads)


_FROM_ORG = re.compile(
    r"\s+(?:yang\s+)?(?:berasal\s+)?dari\s+((?:[A-Z]{2,}|RSU\w*|Puskesmas|Rumah\s+Sakit|Dinas|Dinkes)(?:\s+[A-Z][\w.]*)*)"
)
_LINK = r"selaku\s+|yang\s+menjabat(?:\s+sebagai)?\s+|sebagai\s+"
# What joins a name (and its degrees) to the role after it: a comma, a word, or both.
_AFTER_NAME = re.compile(rf"\s*(?:,\s*(?:{_LINK})?|{_LINK})")


@lru_cache(maxsize=1)
def _plain_mention_start() -> re.Pattern[str]:
    """Where a name (with its honorifics) can start; group 1 holds the honorifics."""
    return re.compile(rf"(?<![\w.])(?:({_prefix_re().pattern}))?(?={_NAME_TOKEN})")


@lru_cache(maxsize=1)
def _mention_start() -> re.Pattern[str]:
    """The matches of _plain_mention_start, led by their first character so the engine
    skips from candidate to candidate. With honorifics the match is them and group
    'pfx' is set; without, the match is the name's first letter."""
    forms = _prefix_forms()
    firsts = sorted({f[0] for f in forms} | set(string.ascii_uppercase))
    heads = "|".join(
        rf"(?<={re.escape(first)})(?:{'|'.join(re.escape(f[1:]) for f in forms if f[0] == first)})"
        for first in dict.fromkeys(f[0] for f in forms)
    )
    any_form = vocab.alternatives(forms)
    honorifics = rf"(?:{heads})\s*(?:(?:{any_form})\s*)*(?=(?P<tok>{_NAME_TOKEN}))(?P<pfx>)"
    lead = "[" + "".join(map(re.escape, firsts)) + "]"
    word = rf"(?<=[A-Z])(?=(?P<tail>{_TOKEN_TAIL}))"
    return re.compile(rf"{lead}(?<![\w.](?s:.))(?:{honorifics}|{word})")


def _mention_starts(
    view: str, start: int, end: int, stop: int | None = None
) -> Iterator[tuple[int, str | None]]:
    """Where a name starts in view[start:end], and the honorifics before it; with
    `stop`, only those whose honorifics or name start there or before. The first word
    is read by the scan's lookahead, so a capitalised word that cannot open a name
    (Kepala, Dinas) costs one set lookup."""
    last = end if stop is None else stop
    tail = _mention_start().groupindex["tail"]
    for m in _mention_start().finditer(view, start, end):
        if m.lastindex == tail:  # a word alone (with honorifics, the last group is pfx)
            pos = m.start()
            if pos > last:
                return
            if _name_token(view[pos : m.end(tail)]):
                yield pos, None
        else:
            if m.start() > last:
                return
            pos = m.end()
            if _name_token(view[pos : m.end("tok")]):
                yield pos, m.group().strip()


class _Anchors:
    """Where something that makes a name before it a person's can start: a role or a
    degree (each written with a capital A-Z first), 'dari' or an honorific, found by
    the keyword pass (KEYWORDS). A name alone is no one's: most sentences name
    places and offices without any of these, and their names are then not read."""

    def __init__(self, kind: str):
        self.kind = kind  # "capital": roles and degrees; "word": 'dari' and honorifics

    def words(self) -> list[str] | None:
        """The words every anchor of this kind starts with; None when not known."""
        if self.kind == "word":
            parts = [["dari"], scan.leading_words(vocab.alternatives(list(_prefix_forms())))]
        elif _capitals_first():
            parts = [_role_phrases().leading_words(), scan.leading_words(vocab.degree_pattern())]
        else:
            return None
        return None if None in parts else [w for part in parts for w in part]

    def starts(self, view: str) -> list[int] | None:
        """Where one can start in view, and more; None when that cannot be told."""
        return scan.KEYWORDS.starts(self, view, self.words, self.kind)


def _capitals_first() -> bool:
    """Whether every role and listed degree is written with a capital A-Z first (the
    generic degrees open with S and M)."""
    roles = _role_phrases().phrases
    return all(p.case_sensitive and "A" <= p.first <= "Z" for p in roles) and all(
        "A" <= f[0] <= "Z" for f in vocab.degree_forms()
    )


_ANCHORS = (_Anchors("capital"), _Anchors("word"))
# What a sentence can end with so that nothing read from a name inside it runs past
# its end: a mark or a double quote, which no name, link or space holds. Not a single
# quote (a name may end with one: Ma'ruf') and not an initial's dot ('Budi A.').
_CLOSERS = frozenset('.!?"\u201d')


def _names_before(view: str, sent: Sentence, anchors: list[list[int] | None]) -> int | None:
    """Up to where in sent a name that _role_after keeps can start (its honorifics
    included): up to the last anchor inside it, as every such name has a role, 'dari',
    an honorific or a degree by it, which an anchor starts, and none of them lies
    before the name but its honorific; None when it holds no anchor. Its end when a
    name read from inside it may run on past that end, or the anchors are unknown."""
    last = view[sent.end - 1]
    if last not in _CLOSERS or (last == "." and "A" <= view[sent.end - 2] <= "Z"):
        return sent.end
    reach = None
    for found in anchors:
        if found is None:
            return sent.end
        i = bisect.bisect_left(found, sent.end) - 1
        if i >= 0 and found[i] >= sent.start and (reach is None or found[i] > reach):
            reach = found[i]
    return reach


@lru_cache(maxsize=1)
def _namesake_before() -> re.Pattern[str]:
    """A facility, venue or street named after someone, up to the honorifics of the
    name it is named after: 'RSUD dr. ', 'Gedung H. ', 'Jalan Dr. '."""
    heads = [h for h, _kind in vocab.facility_types()]
    heads += [*vocab.venue_heads(), *vocab.word_list("street_heads.csv")]
    honorifics = vocab.alternatives(list(_prefix_forms()))
    return re.compile(rf"(?<![\w.])(?:{vocab.alternatives(heads)})\s+(?:(?:{honorifics})\s*)+$")


def _role_after(
    view: str,
    sent: Sentence,
    chains: dict[int, int],
    names: dict,
    stop: int | None = None,
    titles: dict | None = None,
) -> list[Person]:
    """'H. Fauzan Khalid, S.Ag., M.Si selaku Bupati ...', 'Didi Supardi, Kepala Dinas ...';
    with `stop`, only the names that start there or before (_names_before)."""
    out, titles = [], {} if titles is None else titles
    after_name: dict[int, tuple] = {}  # names ending at one place share what follows
    inside = -1  # end of the last name that ended by itself
    for pos, prefix in _mention_starts(view, sent.start, sent.end, stop):
        if pos < inside:
            continue  # 'Santoso' of 'Budi Santoso' opens no second name
        name = _name_once(view, pos, names, opens=True)
        if not name:
            continue
        if name[2]:
            inside = name[1]
        if prefix and _namesake_before().search(view, max(sent.start, pos - 60), pos):
            continue  # 'RSUD dr. Soedarso' is a hospital
        if name[1] not in after_name:
            suffix, after = _titles_once(view, name[1], titles)
            link = _AFTER_NAME.match(view, after)
            acting = _acting_after(view, link.end()) if link else None
            after_name[name[1]] = (
                suffix,
                after,
                _role_re().match(view, acting.end() if acting else link.end()) if link else None,
                acting.start() if acting else None,
            )
        suffix, after, role, acting_start = after_name[name[1]]
        titled = prefix or suffix
        n_words = len(view[name[0] : name[1]].split())
        role_end = None
        if role:
            begin = role.start() if acting_start is None else acting_start
            chain_end = _role_chain_end(view, role.end(), sent.end, chains)
            head = role.group().rsplit(None, 1)[-1]
            role_end = _named_place_end(view, head, chain_end, sent.end)
            said = view[begin:role_end]
        elif titled and (n_words >= 2 or prefix or (suffix and "." in suffix)):
            org = _FROM_ORG.match(view, after)
            said = f"dari {org.group(1)}" if org else None
        elif n_words >= 2 and (org := _FROM_ORG.match(view, after)):
            said = f"dari {org.group(1)}"
        else:
            continue
        person = _person(view, name, prefix, said, name[0], (suffix, after))
        # the quote runs on over the role, which a name inside it cannot then take
        out.append(person._replace(end=max(person.end, role_end or 0)))
    return out


# A word of a place's own name after the role that heads it: capitalised, and neither
# an honorific or degree, a month or weekday, nor the first word of another role.
_PLACE_NAME_WORD = re.compile(r"\s+([A-Z][\w'-]*)")
_MOST_PLACE_NAME_WORDS = 5


def _named_place_end(view: str, head: str, end: int, stop: int) -> int:
    """Where a role read after a name ends when its last word, or the last word of the
    role's keyword (`head`), heads a place with a name of its own: past that name
    ('Kepala Puskesmas Sukajadi', 'Camat Talang Kelapa', 'Kepala Desa Sungai Rengit
    Kecamatan Talang Kelapa'). After the name of the one who holds the role, such words
    can name only the place; the chain of office words (_role_chain_end) stops at
    them, as before a name they would open the name."""
    last = view[max(0, end - 30) : end].rsplit(None, 1)[-1:]
    if not (last and last[0] in _place_heads()) and head not in _place_heads():
        return end
    for _ in range(_MOST_PLACE_NAME_WORDS):
        m = _PLACE_NAME_WORD.match(view, end, stop)
        if not m or not _names_place(m.group(1)):
            break
        end = m.end()
    return end


@lru_cache(maxsize=1)
def _place_heads() -> frozenset[str]:
    """Last words of what is named after a place: facilities and the roles over a
    subdistrict or a village."""
    return _facility_heads() | _village_heads()


@lru_cache(maxsize=4096)
def _names_place(word: str) -> bool:
    return not (_is_title(word) or word in _role_heads() or word in _CALENDAR)


# Who speaks for the one named before: 'sambutannya dibacakan oleh', 'yang diwakili';
# 'Bupati X melalui Asisten Y' when the one who speaks is named right after 'melalui'
# (group 1), not in 'Pemkab melalui program Z ... dibuka Sekda Y'.
# Tried only where the keyword pass found one of its words.
_READ_BY = scan.Led(re.compile(r"(?:di(?:bacakan|wakili)|(melalui))\s+(?:oleh\s+)?", re.IGNORECASE))
# For whom someone spoke: capitalised words (a role, an office, a name, 'dan' between
# two) up to the next comma or semicolon, at most twelve, so that neither 'mewakili
# Bupati membuka acara' nor a sentence without commas runs on past them.
_WHOM_WORD = r"(?-i:[A-Z(0-9])[^,;\s]*"
_FOR_WHOM = (
    rf"(?:mewakili|atas\s+nama|membacakan\s+sambutan)\s+"
    rf"({_WHOM_WORD}(?:\s+(?:{_WHOM_WORD}|dan(?=\s+(?-i:[A-Z])))){{0,11}})"
)
_ON_BEHALF = re.compile(rf"\s*,?\s*(?:yang\s+)?{_FOR_WHOM}", re.IGNORECASE)
# after a name, also past a few words of what was done: 'X membuka acara mewakili
# Bupati', 'X membuka acara tersebut, dalam hal ini mewakili Bupati'
_ON_BEHALF_AFTER = re.compile(
    rf"\s*,?\s*(?:yang\s+)?(?:(?-i:[a-z]+),?\s+){{0,4}}?(?:dalam\s+hal\s+ini\s+)?{_FOR_WHOM}",
    re.IGNORECASE,
)


_COMMA = re.compile(",")


class _Reads:
    """The 'dibacakan (oleh)' of a sentence and its commas, found by position."""

    def __init__(self, view: str, sent: Sentence):
        self.view, self.sent = view, sent
        self.reads = list(_READ_BY.finditer(view, sent.start, sent.end))
        self.starts = [m.start() for m in self.reads]
        self.ends = [m.end() for m in self.reads]

    @cached_property
    def commas(self) -> list[int]:
        """Where the sentence's commas are; read only when a 'dibacakan' asks."""
        return [m.start() for m in _COMMA.finditer(self.view, self.sent.start, self.sent.end)]

    def last_before(self, end: int) -> re.Match[str] | None:
        """The last 'dibacakan (oleh)' in view[sentence start:end]; read again from
        that slice only when one of the sentence's runs past `end`."""
        k = bisect.bisect_left(self.starts, end)
        if k and self.ends[k - 1] > end:
            found = list(_READ_BY.finditer(self.view, self.sent.start, end))
            return found[-1] if found else None
        i = bisect.bisect_right(self.ends, end)
        return self.reads[i - 1] if i else None

    def comma_between(self, a: int, b: int) -> bool:
        return any_within(self.commas, a, b)


def _stop(view: str, pos: int, end: int) -> int:
    """The first comma or semicolon in view[pos:end]; end when there is none."""
    found = [i for i in (view.find(",", pos, end), view.find(";", pos, end)) if i >= 0]
    return min(found, default=end)


def _behalf(view: str, sent: Sentence, found: list[Person]) -> list[Person]:
    """Who spoke for whom: 'sambutannya yang dibacakan Sekda X', 'Bupati Y yang diwakili
    X', 'Mewakili Bupati, X', 'X yang mewakili Dinkes Prov. Sumut', 'X yang membacakan
    sambutan Bupati Y'. `found` is in text order; every lookup is by
    position, so a sentence naming thousands of people stays linear."""
    out = list(found)
    if not out:
        return out
    reads = _Reads(view, sent)
    starts = [p.start for p in out]
    lead = _ON_BEHALF.match(view, sent.start)
    # whom the lead speaks for runs to the next comma or semicolon: people after it
    lead_end = _stop(view, lead.start(1), sent.end) if lead else sent.end
    for i, p in enumerate(out):
        if not sent.start <= p.start < sent.end:
            continue
        read = reads.last_before(p.start)
        if (
            read
            and not reads.comma_between(read.end(), p.start)
            and (read.start(1) < 0 or read.end() == p.start)  # 'melalui': right before
        ):
            j = bisect.bisect_left(starts, read.start())  # the last one named before it
            named = out[j - 1] if j and out[j - 1].start >= sent.start else None
            # past a comma, a role named without a person may stand between them: 'Ketua
            # DPRD Radius, Dandim 1204 diwakili Danramil X' speaks for the Dandim
            role_first = named is None or reads.comma_between(named.end, read.start())
            if role_first and (whom := _role_before_read(view, reads, read)):
                out[i] = p._replace(on_behalf_of=whom)  # 'Bupati OKI yang diwakili X'
                continue
            if named:
                out[i] = p._replace(on_behalf_of=named.name)
                continue
        if lead and lead_end <= p.start:
            out[i] = p._replace(on_behalf_of=lead.group(1).strip(" ."))
            continue
        tail = _ON_BEHALF_AFTER.match(view, p.end, sent.end)
        if tail and view[p.end : tail.start()].strip(" ,") == "":
            named = out[i + 1] if i + 1 < len(out) else None  # 'Bupati X' gives X
            inside = named and tail.start(1) <= named.start < tail.end(1)
            out[i] = p._replace(on_behalf_of=named.name if inside else tail.group(1).strip(" ."))
    return out


_THAT = re.compile(r"\s+yang\s*$")
_THAT_ON = re.compile(r"\s+yang\b")


def _role_before_read(view: str, reads: _Reads, read: re.Match[str]) -> str | None:
    """The role, named without a person, that a 'diwakili' or 'dibacakan' follows in
    its clause ('Bupati OKI yang diwakili'): the last role in at most 80 characters
    after the clause's last comma, or the comma before when only 'yang' follows it
    ('Bupati OKI, yang diwakili')."""
    k = bisect.bisect_left(reads.commas, read.start())
    if k and _THAT.fullmatch(" " + view[reads.commas[k - 1] + 1 : read.start()]):
        k -= 1
    start = max(reads.sent.start, reads.commas[k - 1] + 1 if k else 0, read.start() - 80)
    clause = view[start : read.start()]
    roles = list(_role_re().finditer(clause))
    if not roles:
        return None
    text = _THAT_ON.split(clause[roles[-1].start() :], 1)[0]  # 'yang berhalangan hadir'
    return one_space(text).strip(" ,.") or None


def _name_words(name: str) -> frozenset[str]:
    return frozenset(name.lower().split())


def _same_person(a: str, b: str) -> bool:
    ta, tb = _name_words(a), _name_words(b)
    return ta <= tb or tb <= ta


def _subsets(words: frozenset[str]) -> list[frozenset[str]]:
    """The non-empty subsets of a name's words (a name has at most six); those of one
    or two words, most names, are listed directly."""
    items = tuple(words)
    if len(items) == 1:
        return [words]
    if len(items) == 2:
        return [frozenset(items[:1]), frozenset(items[1:]), words]
    return [frozenset(c) for k in range(1, len(items)) for c in combinations(items, k)] + [words]


_NameKey = tuple[frozenset[str], list[frozenset[str]]]


class _Seen:
    """People seen so far, indexed by their name words, so that finding the first one
    who is the same person (_same_person) costs a few lookups instead of a pass over
    everyone seen."""

    def __init__(self, keys: dict[str, _NameKey] | None = None) -> None:
        self.exact: dict[frozenset[str], int] = {}  # a name's words -> first such person
        self.within: dict[frozenset[str], int] = {}  # words inside a name -> first person
        # each name's words and their subsets, shared by the indexes of one article:
        # a person is looked up in their sentence's, then in the article's
        self.keys: dict[str, _NameKey] = {} if keys is None else keys

    def first_or_add(self, name: str, index: int) -> int | None:
        """The first person whose name words hold, or lie inside, those of name; when
        there is none, name is added as person `index`."""
        key = self.keys.get(name)
        if key is None:
            words = _name_words(name)
            key = self.keys[name] = (words, _subsets(words))
        words, subsets = key
        exact, within = self.exact, self.within
        first = within.get(words)
        for sub in subsets:
            hit = exact.get(sub)
            if hit is not None and (first is None or hit < first):
                first = hit
        if first is None:
            exact.setdefault(words, index)
            for sub in subsets:
                within.setdefault(sub, index)
        return first

    def same_as(self, p: Person, people: list[Person]) -> int | None:
        """The first of `people` who is p (first_or_add), unless their honorifics say
        two people (_two_people); when there is none, p is added as the next one."""
        index = len(people)
        first = self.first_or_add(p.name, index)
        if first is None or not _two_people(people[first], p):
            return first
        words, subsets = self.keys[p.name]  # a second person with a name held by the first's
        self.exact.setdefault(words, index)
        for sub in subsets:
            self.within.setdefault(sub, index)
        return None


def _genders(prefix: str | None) -> frozenset[str]:
    """The genders a name's honorifics say ('Hj.': female, a bare 'H': male)."""
    said = vocab.prefix_genders()
    return frozenset(g for w in (prefix or "").split() if (g := said.get(w.rstrip("."))))


def _two_people(p: Person, q: Person) -> bool:
    """Whether two people whose names hold one another are two all the same, as their
    honorifics say different genders: a hajjah carries her husband's name ('Ketua TP
    PKK Hj. Sri Fitriani Askolani' is not 'Bupati H. Askolani')."""
    a, b = _genders(p.title_prefix), _genders(q.title_prefix)
    return len(a) == 1 and len(b) == 1 and a != b


def _merge_sentence(
    found: list[Person], keys: dict[str, _NameKey], into: _Seen | None = None
) -> list[Person]:
    """A sentence's people in text order; one overlapping an earlier one, or naming the
    same person, is dropped. `keys`: the article's (_Seen). With `into`, the article's
    index while it holds no one, the people kept are added to it as people 0, 1, ...,
    as the article's own lookups would add them: none is the same as another."""
    if len(found) == 1 and into is None:
        return found  # most sentences name one person: nothing to drop
    merged: list[Person] = []
    seen, reach = (_Seen(keys) if into is None else into), -1
    for p in sorted(found, key=lambda p: (p.start, -len(p.name))):
        if p.start < reach or seen.same_as(p, merged) is not None:
            continue
        merged.append(p)
        reach = max(reach, p.end)
    return merged


def extract_people(view: str, sents: list[Sentence]) -> list[Person]:
    """People in order of first mention; short later mentions fold into the first."""
    people: list[Person] = []
    seen = _Seen()
    roles = scan.per_span(_role_phrases(), view, [(s.start, s.end) for s in sents])
    anchors = [a.starts(view) for a in _ANCHORS]
    # the degrees after each end of a name (they depend on the place alone)
    titles: dict[int, tuple[str | None, int]] = {}
    for sent, sent_roles in zip(sents, roles, strict=True):
        if sent.noise:
            continue
        chains: dict[int, int] = {}
        names: dict[int, tuple[int, int, bool] | None] = {}
        found = _role_before(view, sent, sent_roles, chains, names, titles)
        stop = _names_before(view, sent, anchors)
        if stop is not None:
            found += _role_after(view, sent, chains, names, stop, titles)
        if not found:
            continue
        if not people:  # the article's first people, each a new one
            people = _behalf(view, sent, _merge_sentence(found, seen.keys, into=seen))
            continue
        for p in _behalf(view, sent, _merge_sentence(found, seen.keys)):
            first = seen.same_as(p, people)
            if first is None:
                people.append(p)
                continue
            q = people[first]
            people[first] = q._replace(
                title_prefix=q.title_prefix or p.title_prefix,
                title_suffix=q.title_suffix or p.title_suffix,
                role=q.role or p.role,
                on_behalf_of=q.on_behalf_of or p.on_behalf_of,
            )
    return [p for p in people if not _is_place_name(p.name)]


def _is_place_name(name: str) -> bool:
    return not any(map(_is_name_word, name.split())) and bool(places.find_places(name))
