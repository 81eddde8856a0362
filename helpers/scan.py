"""Fast scans that give exactly the matches of a plain, readable pattern.

Python's regex engine skips ahead quickly only when a pattern opens with a
literal or a character class; a pattern that opens with a lookbehind or an
optional part (a weekday, an honorific) is tried at every position of the text.
Each tool here keeps a readable pattern as the definition and finds its matches
faster; tests/test_scan.py holds every fast form to its plain one on arbitrary
text.

- KEYWORDS: one Aho-Corasick pass over a text, case folded, finds where the
  leading words of every vocabulary, place list and phrasing stand (leading_words
  reads them from the pattern); finditer_at then tries a pattern there only.
- Phrases: vocabulary phrases at the start of a word, one branch per first
  character, so the engine jumps from candidate to candidate; Phrases.finditer
  tries them where KEYWORDS found a leading word. Led does the same for any regex.
- Anchored: a pattern found through the part every match must contain (the '('
  of '(25/1)', the digits of '25 Januari'), then tried only just before it.
- per_span: one scan of the whole text, shared out to its sentences.
- literal_first: the `regex` engine, for patterns whose required word comes late.
"""

from __future__ import annotations

import bisect
import re
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache
from re import _constants as sre  # the standard library's own regex parser, to read
from re import _parser  # what a pattern opens with

import ahocorasick
import regex


def literal_first(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """`pattern` compiled by the `regex` engine, with the standard library's semantics
    (VERSION0). That engine looks for a word the pattern requires ('peserta' in
    '(?:[a-z]+\\s){0,3}[a-z]+\\s+peserta') before trying the pattern, where the
    standard engine tries it at every position."""
    return regex.compile(pattern, flags | regex.VERSION0)


def back_over(text: str, pos: int, floor: int, limit: int) -> int:
    """The position `limit` non-space characters before pos (whitespace runs are
    crossed whole), never before floor: one match over the reversed characters just
    before pos, read further back only when whitespace runs past them."""
    start = max(floor, pos - 4 * limit - 16)
    i = pos - _back_run(limit).match(text[start:pos][::-1]).end()
    if i > start or start == floor:
        return i
    return _back_over_by_step(text, pos, floor, limit)


@lru_cache(maxsize=8)
def _back_run(limit: int) -> re.Pattern[str]:
    return re.compile(rf"\s*(?:\S\s*){{0,{limit}}}")


def _back_over_by_step(text: str, pos: int, floor: int, limit: int) -> int:
    i, seen = pos, 0
    while i > floor:
        if text[i - 1].isspace():
            i -= 1
        elif seen < limit:
            i, seen = i - 1, seen + 1
        else:
            break
    return i


@dataclass(frozen=True)
class Anchored:
    """`pattern`, searched through `anchor`.

    Contract, checked by tests against pattern.finditer on arbitrary text: every
    match of `pattern` holds a match of `anchor`, and the part before that anchor
    holds at most `reach` non-space characters and no character the anchor can
    start with. A match that starts before its anchor starts where `starts` finds
    one (a weekday or 'tanggal'), so only those places are tried there.

    With `words` (lower case): every match of `anchor` ends with one of them, case
    ignored, standing at the start of a word (anywhere, when `words_where` says so) and
    followed at most by a look at the next character ('\\b'), with at most
    `words_reach` non-space characters before it (the '25-26 ' of '25-26 Januari').
    The anchor is then searched only just before where those words stand (KEYWORDS),
    not at every digit of the text.
    """

    pattern: re.Pattern[str]
    anchor: re.Pattern[str]
    reach: int
    starts: re.Pattern[str] = re.compile(r"(?s:.)")  # one character at each place
    words: tuple[str, ...] = ()
    words_reach: int = 0
    words_where: str = "word"  # or "anywhere"

    def _words(self) -> tuple[str, ...] | None:
        return self.words or None

    def _anchor(self, text: str, pos: int, places: list[int] | None) -> re.Match[str] | None:
        """The first match of anchor at or after pos: searched from a little before
        each place where a word stands up to just past the word. An anchor that starts
        before a word's window would hold that word in what comes before its own."""
        if places is None:
            return self.anchor.search(text, pos)
        past = max(map(len, self.words)) + 1
        for k in range(bisect.bisect_right(places, pos), len(places)):
            q = places[k]
            found = self.anchor.search(text, back_over(text, q, pos, self.words_reach), q + past)
            if found:
                return found
        return None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The same matches, in the same order, as self.pattern.finditer(text)."""
        pos, end = 0, len(text)
        places = KEYWORDS.starts(self, text, self._words, self.words_where) if self.words else None
        while pos <= end:
            a = self._anchor(text, pos, places)
            if a is None:
                return
            at, found = a.start(), None
            for c in self.starts.finditer(text, back_over(text, at, pos, self.reach), at):
                found = self.pattern.match(text, c.start())
                if found:
                    break
            else:
                found = self.pattern.match(text, at)
            if found is None:
                pos = a.start() + 1
                continue
            yield found
            pos = found.end() if found.end() > found.start() else found.end() + 1


# Characters that equal an ASCII letter when case is ignored, besides its two cases:
# the re module's documentation names these four.
_EXTRA_CASES = {"i": "\u0130\u0131", "s": "\u017f", "k": "\u212a"}
_AS_LETTER = str.maketrans({c: letter for letter, cases in _EXTRA_CASES.items() for c in cases})


def folded(text: str) -> str:
    """text in lower case, character for character, with each character that equals an
    ASCII letter when case is ignored written as that letter: a word found in it starts
    where the re module, ignoring case, could find it (the dotted capital I would
    otherwise lower to two characters)."""
    if any(c in text for cases in _EXTRA_CASES.values() for c in cases):
        text = text.translate(_AS_LETTER)
    return text.lower()


@dataclass(frozen=True)
class Phrase:
    label: str
    body: str  # a regex
    first: str  # the character every match of body starts with
    case_sensitive: bool


def any_case(letter: str) -> str:
    """The characters that equal an ASCII letter when case is ignored."""
    low = letter.lower()
    return low + low.upper() + _EXTRA_CASES.get(low, "")


def word_starts(forms: Iterable[str]) -> re.Pattern[str]:
    """Where one of the forms (regexes, each opening with a letter) starts, case
    ignored: each match is that letter, so that forms starting inside one another are
    all found, and the engine skips from letter to letter."""
    rests: dict[str, list[str]] = {}
    for form in forms:
        rests.setdefault(form[0].lower(), []).append(form[1:])
    lead = "".join(any_case(c) for c in rests)
    branches = "|".join(rf"(?<=[{any_case(c)}])(?=(?i:{'|'.join(r)}))" for c, r in rests.items())
    return re.compile(rf"[{lead}](?:{branches})")


def _first_chars(p: Phrase) -> str | None:
    """Every character a match of p can start with; None when that is not known
    (a letter outside ASCII, case ignored)."""
    if p.case_sensitive or not p.first.isalpha():
        return p.first
    if not p.first.isascii():
        return None
    return any_case(p.first)


@dataclass(frozen=True)
class Phrases:
    """Phrases at the start of a word, each with a label; where several match at one
    position the first listed wins (list longer phrases first).

    `plain` is the readable pattern, (?<!\\w)(?:body1|body2|...) with each body followed
    by the tail (and another class than \\w where `not_after` says so);
    `pattern` gives exactly its matches, faster: one branch per character a phrase
    can start with, each opening with that character, so the engine skips straight
    from candidate to candidate and tries only the phrases that start there. Tests
    check that the two agree.
    """

    phrases: tuple[Phrase, ...]
    tail: str = ""  # a regex after every phrase, without capturing groups
    not_after: str = r"\w"  # a class of characters that may not come right before one

    @cached_property
    def plain(self) -> re.Pattern[str]:
        parts = [
            f"(?P<p{i}>{p.body if p.case_sensitive else f'(?i:{p.body})'}{self.tail})"
            for i, p in enumerate(self.phrases)
        ]
        return re.compile(rf"(?<!{self.not_after})(?:{'|'.join(parts)})")

    @cached_property
    def _fast(self) -> tuple[re.Pattern[str], tuple[int, ...]]:
        by_char: dict[str, list[int]] = {}
        unknown: list[int] = []
        for i, p in enumerate(self.phrases):
            if not p.body.startswith(re.escape(p.first)):
                raise ValueError(f"phrase {p.body!r} does not start with {p.first!r}")
            chars = _first_chars(p)
            for c in chars or "":
                by_char.setdefault(c, []).append(i)
            if chars is None:
                unknown.append(i)
        owners: list[int] = [-1]  # group number -> phrase index
        branches = []

        def alternatives(indices: list[int]) -> str:
            alts = []
            for i in indices:
                p = self.phrases[i]
                rest = p.body[len(re.escape(p.first)) :]
                alts.append(f"({rest if p.case_sensitive else f'(?i:{rest})'}{self.tail})")
                owners.append(i)
            return "|".join(alts)

        if unknown:  # a phrase with no known first characters: the plain pattern
            return self.plain, ()
        for c, indices in by_char.items():
            lead = rf"{re.escape(c)}(?<!{self.not_after}(?s:.))"
            branches.append(rf"{lead}(?:{alternatives(indices)})")
        return re.compile("|".join(branches)), tuple(owners)

    @property
    def pattern(self) -> re.Pattern[str]:
        return self._fast[0]

    def label(self, match: re.Match[str]) -> str:
        """The label of the phrase a match of `pattern` or `plain` found."""
        if match.re is self.plain:  # also when `pattern` is the plain one
            return self.phrases[int(match.lastgroup[1:])].label
        return self.phrases[self._fast[1][match.lastindex]].label

    def leading_words(self) -> list[str] | None:
        """The leading word of each phrase (KEYWORDS); None when a phrase opens with a
        special character or may start inside a word."""
        if self.not_after not in _WORD_BEFORE_FORBIDDEN:
            return None
        words = [leading_words(p.body) for p in self.phrases]
        return None if None in words else [w for each in words for w in each]

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        """The matches of `pattern` in text[pos:endpos], as pattern.finditer gives them,
        tried only where a leading word of a phrase starts a word (KEYWORDS)."""
        starts = KEYWORDS.starts(self, text, self.leading_words)
        return finditer_at(self.pattern, text, starts, pos, endpos)


def finditer_at(
    pattern: re.Pattern[str] | regex.Pattern[str],
    text: str,
    starts: list[int] | None,
    pos: int = 0,
    endpos: int = sys.maxsize,
) -> Iterator[re.Match[str]]:
    """pattern.finditer(text, pos, endpos), with the pattern tried only at `starts`:
    places in order that hold every place where a match can start (all places when
    starts is None). Every match of the pattern is at least one character long."""
    if starts is None:
        yield from pattern.finditer(text, pos, endpos)
        return
    endpos, last = min(endpos, len(text)), pos
    for i in range(bisect.bisect_left(starts, pos), len(starts)):
        p = starts[i]
        if p >= endpos:
            return
        if p >= last and (m := pattern.match(text, p, endpos)):
            yield m
            last = m.end()


@dataclass(frozen=True)
class Led:
    """A regex tried only where one of the words every match starts with
    (leading_words) stands in the text, case ignored (KEYWORDS). Build it once."""

    pattern: re.Pattern[str] | regex.Pattern[str]

    def _words(self) -> list[str] | None:
        return None if self.pattern.flags & re.VERBOSE else leading_words(self.pattern.pattern)

    def starts(self, text: str) -> list[int] | None:
        """Where a match can start in text, and more: where a leading word stands;
        None when the pattern has no leading words."""
        return KEYWORDS.starts(self, text, self._words, "anywhere")

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        """The matches of pattern.finditer(text, pos, endpos)."""
        return finditer_at(self.pattern, text, self.starts(text), pos, endpos)


def _leads(items: list) -> list[str]:
    """Literal texts, one of which every match of the parsed regex starts with; ''
    where a match may start with anything."""
    prefix = ""
    for op, av in items:
        if op is sre.LITERAL:
            prefix += chr(av)
        elif op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # takes no character: the match goes on with what follows
        elif op is sre.BRANCH:
            return [prefix + w for alternative in av[1] for w in _leads(list(alternative))]
        elif op is sre.SUBPATTERN:  # a group, its flags aside (case is folded anyway)
            return [prefix + w for w in _leads(list(av[3]))]
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] >= 1:
            return [prefix + w for w in _leads(list(av[2]))]
        else:
            break
    return [prefix]


def leading_words(pattern: str) -> list[str] | None:
    """Words, case folded, one of which every match of the regex starts with: its
    literal opening, through the alternatives and groups it opens with; None when a
    match may open with anything else. Read with the standard library's own parser."""
    try:
        items = _parser.parse(pattern)
    except re.error:  # syntax of the regex module alone
        return None
    words = [folded(w) for w in _leads(list(items))]
    return words if all(words) else None


# Classes of characters that may not come before a phrase which hold every word
# character: a phrase of such a set never starts inside a word.
_WORD_BEFORE_FORBIDDEN = {r"\w", r"[\w.]", r"\S"}
# The sets are built once (module constants, cached builders); past this many, a set
# built anew for each call would be, and it is searched by its pattern.
_MOST_SETS = 64


class _Keywords:
    """Where the words of each set asked about start a word in a text, from one
    Aho-Corasick pass over the text, case folded, for the words of all the sets.

    A set is a long-lived object (a Phrases, a cached index) with words such that
    whatever its caller looks for starts with one of them, case ignored, at the start
    of a word: the places found hold every place where it can start, and the caller
    tries its own pattern there (Phrases.finditer), so what it finds is unchanged.
    """

    def __init__(self) -> None:
        self.slots: dict[int, int | None] = {}  # id of a set -> its slot (None: not here)
        # each set: its owner (kept alive, so that ids stay theirs), its words, and
        # where what it looks for starts: "word" (at a word's start), "capital" (at a
        # word's start, with a capital A-Z) or "anywhere"
        self.sets: list[tuple[object, tuple[str, ...], str]] = []
        self.automaton: tuple[ahocorasick.Automaton, int] | None = None  # and its sets
        self.last: tuple[str, list[list[int]]] | None = None  # a text and its starts
        self.lock = threading.Lock()  # sets are added under it; reading needs none

    def _slot(
        self, owner: object, words: Callable[[], Iterable[str] | None], where: str
    ) -> int | None:
        key = id(owner)
        if key in self.slots:
            return self.slots[key]
        with self.lock:
            if key not in self.slots:
                found = words() if len(self.sets) < _MOST_SETS else None
                if found is not None:
                    self.sets.append((owner, tuple(found), where))
                    self.automaton = (self._build(), len(self.sets))
                self.slots[key] = None if found is None else len(self.sets) - 1
            return self.slots[key]

    def _build(self) -> ahocorasick.Automaton:
        owners: dict[str, set[int]] = {}
        for slot, (_owner, words, _where) in enumerate(self.sets):
            for word in words:
                owners.setdefault(word, set()).add(slot)
        automaton = ahocorasick.Automaton()
        for word, slots in owners.items():
            by_where = tuple(
                tuple(k for k in sorted(slots) if self.sets[k][2] == where)
                for where in ("anywhere", "word", "capital")
            )
            automaton.add_word(word, (len(word), *by_where))
        automaton.make_automaton()
        return automaton

    def _scan(self, text: str) -> list[list[int]]:
        automaton, count = self.automaton
        found: list[set[int]] = [set() for _ in range(count)]
        for end, (length, anywhere, word, capital) in automaton.iter(folded(text)):
            p = end - length + 1
            for slot in anywhere:
                found[slot].add(p)
            if p and (text[p - 1].isalnum() or text[p - 1] == "_"):
                continue  # inside a word
            for slot in word:
                found[slot].add(p)
            if capital and "A" <= text[p] <= "Z":
                for slot in capital:
                    found[slot].add(p)
        return [sorted(f) for f in found]

    def starts(
        self,
        owner: object,
        text: str,
        words: Callable[[], Iterable[str] | None],
        where: str = "word",
    ) -> list[int] | None:
        """Where a word of owner's set is found in text, in order: where it starts a
        word ("word"), starts a word with a capital A-Z ("capital"), or anywhere
        ("anywhere"), as `where` says whatever the set looks for starts. `words` gives
        the set's words in lower case, or None when it has none that every match starts
        with; it is asked once, and None (or too many sets) gives None here. The last
        text's places are kept, and read through a local name, so that threads
        sharing this index never read another text's."""
        slot = self._slot(owner, words, where)
        if slot is None:
            return None
        last = self.last
        if last is None or last[0] is not text or slot >= len(last[1]):
            last = (text, self._scan(text))
            self.last = last
        return last[1][slot]


KEYWORDS = _Keywords()


def per_span(
    pattern: re.Pattern[str] | Phrases, text: str, spans: list[tuple[int, int]]
) -> list[list[re.Match[str]]]:
    """pattern.finditer(text, start, end) for each (start, end) span, from one scan of text.

    The spans are sentences: in text order, not overlapping, each followed by
    whitespace or the end of the text. For a pattern whose lookaheads answer alike
    at the end of the text and before whitespace (a word or a digit must not follow),
    the text from the first span's start to the last span's end then holds the matches
    of each span, except where a match runs across a span's edge; those spans are
    scanned alone.
    """
    if not spans:
        return []
    starts = [a for a, _b in spans]
    out: list[list[re.Match[str]]] = [[] for _ in spans]
    alone: set[int] = set()
    for m in pattern.finditer(text, starts[0], spans[-1][1]):
        i = bisect.bisect_right(starts, m.start()) - 1
        inside = i >= 0 and m.start() < spans[i][1]
        if inside and m.end() <= spans[i][1]:
            out[i].append(m)
            continue
        # across an edge, or from the gap between two spans: every span it touches
        alone.update(range(i if inside else i + 1, bisect.bisect_left(starts, m.end())))
    for i in sorted(alone):
        out[i] = list(pattern.finditer(text, *spans[i]))
    return out
