"""Text views that keep character offsets, and the article's segments.

Every fact quotes the original text by [start, end), so normalisation never
changes the length: odd spaces and carriage returns become plain spaces.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import lru_cache

from . import vocab

# Characters that read as a space (NBSP, narrow/figure spaces, tabs, CR, zero-width)
# and dashes that read as a hyphen-minus.
_PLAIN = str.maketrans(
    {c: " " for c in "\r\t\u00a0\u2007\u202f\u2009\u200a\u200b\u200c\u200d\ufeff\u3000\x0b\x0c"}
    | {"\u2013": "-", "\u2014": "-", "\u2212": "-", "\u2010": "-"}
)


_ODD = re.compile("[" + "".join(map(re.escape, map(chr, _PLAIN))) + "]")


def normalise(text: str) -> str:
    """Same-length view of `text` with spacing and dashes made plain: one replace per
    kind of odd character present (a dash or two, usually), none when there is none."""
    for odd in set(_ODD.findall(text)):
        text = text.replace(odd, _PLAIN[ord(odd)])
    return text


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True)
class Sentence(Span):
    paragraph: int
    noise: bool  # inside a "Baca juga" style line: other stories' facts


_LIST_ITEM = re.compile(r"^\s*(?:[-•*·]|\d{1,2}[.)])\s+")
_LAST_WORD = re.compile(r"([A-Za-z]+)\.*$")
_SENT_END = re.compile("[.!?]+[\"\u201d\u2019']?(?=\\s+[\"\u201c\u2018']?[A-Z0-9(])")


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    """Words that end with a period without ending the sentence."""
    words = {t.form.rstrip(".").split(".")[-1].lower() for t in vocab.titles()}
    words |= {"prov", "kab", "kec", "kel", "no", "jl", "ds", "st", "sp", "bpk", "ibu", "sdr"}
    return frozenset(words)


def _splits(view: str, start: int, end: int) -> list[int]:
    cuts = []
    for m in _SENT_END.finditer(view, start, end):
        word = _LAST_WORD.search(view, max(start, m.start() - 12), m.start() + 1)
        token = word.group(1).lower() if word else ""
        if len(token) == 1 or token in _abbreviations():
            continue
        cuts.append(m.end())
    return cuts


def is_noise_line(line: str) -> bool:
    return line.strip().lower().startswith(vocab.cue_words("noise_line"))


def sentences(view: str) -> list[Sentence]:
    """Sentences with their paragraph number; list items join their heading's paragraph."""
    out: list[Sentence] = []
    pos, para = 0, -1
    for line in view.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        if not line.strip():
            continue
        if not (_LIST_ITEM.match(line) and para >= 0):
            para += 1
        noise = is_noise_line(line)
        bounds = [start, *_splits(view, start, end), end]
        for a, b in itertools.pairwise(bounds):
            piece = view[a:b]
            body = piece.strip()
            if body:
                lead = len(piece) - len(piece.lstrip())
                out.append(Sentence(a + lead, a + lead + len(body), para, noise))
    return out
