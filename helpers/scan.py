"""Fast scans that give exactly the matches of a plain pattern.

Python's regex engine skips ahead quickly only when a pattern starts with a
literal or a character class; a pattern that starts with an optional weekday or
a lookbehind is tried at every position of the text. An anchor is the part every
match must contain (the '(' of '(25/1)', the digits of '25 Januari'): it is
found quickly, and the full pattern is then tried only in the few positions
before it where a match could start.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property

import regex


def literal_first(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """`pattern` compiled by the `regex` engine, with the standard library's semantics
    (VERSION0). That engine looks for a word the pattern requires ('peserta' in
    '(?:[a-z]+\\s){0,3}[a-z]+\\s+peserta') before trying the pattern, where the
    standard engine tries it at every position."""
    return regex.compile(pattern, flags | regex.VERSION0)


def back_over(text: str, pos: int, floor: int, limit: int) -> int:
    """The position `limit` non-space characters before pos (whitespace runs are
    crossed whole), never before floor."""
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
    start with.
    """

    pattern: re.Pattern[str]
    anchor: re.Pattern[str]
    reach: int

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The same matches, in the same order, as self.pattern.finditer(text)."""
        pos, end = 0, len(text)
        while pos <= end:
            a = self.anchor.search(text, pos)
            if a is None:
                return
            found = None
            for start in range(back_over(text, a.start(), pos, self.reach), a.start() + 1):
                found = self.pattern.match(text, start)
                if found:
                    break
            if found is None:
                pos = a.start() + 1
                continue
            yield found
            pos = found.end() if found.end() > found.start() else found.end() + 1


# Any character outside ASCII may equal an ASCII letter when case is ignored
# (the long s is 's', the Kelvin sign is 'k'): such characters are always candidates,
# and the lookbehind that follows decides.
_NON_ASCII = "\x80-\U0010ffff"


@dataclass(frozen=True)
class Phrase:
    label: str
    body: str  # a regex
    first: str  # the character every match of body starts with
    case_sensitive: bool


def _group_key(p: Phrase) -> str:
    return p.first.lower()


def _first_class(phrases: list[Phrase]) -> str:
    chars = set()
    for p in phrases:
        chars |= {p.first, p.first.lower(), p.first.upper()}
        if not p.case_sensitive and not p.first.isascii():
            chars |= set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
    ascii_chars = sorted(c for c in chars if c.isascii())
    return "[" + "".join(map(re.escape, ascii_chars)) + _NON_ASCII + "]"


@dataclass(frozen=True)
class Phrases:
    """Phrases at the start of a word, each with a label; where several match at one
    position the first listed wins (list longer phrases first).

    `plain` is the readable pattern, (?<!\\w)(?:body1|body2|...) followed by the tail;
    `pattern` gives exactly its matches, faster: it starts with a character class, so
    the engine skips from candidate to candidate, and tries only the phrases that
    start with the character found. Tests check that the two agree.
    """

    phrases: tuple[Phrase, ...]
    tail: str = ""

    @cached_property
    def plain(self) -> re.Pattern[str]:
        parts = [
            f"(?P<p{i}>{p.body if p.case_sensitive else f'(?i:{p.body})'}{self.tail})"
            for i, p in enumerate(self.phrases)
        ]
        return re.compile(rf"(?<!\w)(?:{'|'.join(parts)})")

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        groups: dict[str, list[str]] = {}
        for i, p in enumerate(self.phrases):
            lead = re.escape(p.first)
            if not p.body.startswith(lead):
                raise ValueError(f"phrase {p.body!r} does not start with {p.first!r}")
            rest = p.body[len(lead) :]
            exact = f"(?<={re.escape(p.first)})" if p.case_sensitive else ""
            body = rest if p.case_sensitive else f"(?i:{rest})"
            groups.setdefault(_group_key(p), []).append(f"{exact}(?P<p{i}>{body}{self.tail})")
        branches = [
            f"(?<=(?i:{re.escape(first)}))(?:{'|'.join(alts)})" for first, alts in groups.items()
        ]
        lead = _first_class(list(self.phrases))
        return re.compile(rf"{lead}(?<!\w(?s:.))(?:{'|'.join(branches)})")

    def label(self, match: re.Match[str]) -> str:
        return self.phrases[int(match.lastgroup[1:])].label
