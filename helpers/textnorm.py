"""Text views that keep character offsets, and the article's segments.

Every fact quotes the original text by [start, end), so normalisation never
changes the length: odd spaces and carriage returns become plain spaces.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache
from typing import NamedTuple

from . import vocab

# Characters that read as a space (NBSP, narrow/figure spaces, tabs, CR, zero-width)
# and dashes that read as a hyphen-minus.
_PLAIN = str.maketrans(
    {c: " " for c in "\r\t\u00a0\u2007\u202f\u2009\u200a\u200b\u200c\u200d\ufeff\u3000\x0b\x0c"}
    | {"\u2013": "-", "\u2014": "-", "\u2212": "-", "\u2010": "-"}
)


_ODD = [(chr(c), plain) for c, plain in _PLAIN.items()]


def normalise(text: str) -> str:
    """Same-length view of `text` with spacing and dashes made plain: one replace per
    kind of odd character present (a dash or two, usually), none when there is none.
    Each kind is looked for by itself: a search for one character is a fast scan,
    where one for any of a class tests the class at every character."""
    for odd, plain in _ODD:
        if odd in text:
            text = text.replace(odd, plain)
    return text


_SPACES = re.compile(r"\s+")


def one_space(text: str) -> str:
    """Each run of whitespace as one space, for names and quotes read across a line
    break. Most have none to mend: a printable text holds no whitespace but the space."""
    return text if text.isprintable() and "  " not in text else _SPACES.sub(" ", text)


class Sentence(NamedTuple):
    """A sentence's place in the text. Sentences, dates, places and the other items
    found many times per text are named tuples: they are made faster than frozen
    dataclasses, which a megabyte of short sentences shows."""

    start: int
    end: int
    paragraph: int
    noise: bool  # inside a "Baca juga" style line: other stories' facts


_LIST_ITEM = re.compile(r"^\s*(?:[-•*·]|\d{1,2}[.)])\s+")
# A run of marks followed by space and a capital, a digit, '(' or an opening quote.
_SENT_END = re.compile("[.!?]+[\"\u201d\u2019']?(?=\\s+[\"\u201c\u2018']?[A-Z0-9(])")


@lru_cache(maxsize=1)
def _abbreviation_words() -> tuple[frozenset[str], frozenset[str]]:
    """Words that end with a period without ending the sentence, case folded: those
    that do so alone ('Kab.', 'dr.', 'Bpk.', 'SKM.'), and those that do so only as the
    last part of a dotted degree, after its dot ('S.Gizi.', 'M.Kes.'), as 'status gizi.'
    ends a sentence. A title written as a word ('Bidan', 'Kapten') is no abbreviation."""
    forms = [t.form for t in vocab.titles()]
    for name in ("acting_prefixes.csv", "street_heads.csv"):  # 'Plt.', 'Jl.'
        forms += [w for w in vocab.word_list(name) if w.endswith(".")]
    alone, tails = {w.lower() for w in vocab.word_list("abbreviations.csv")}, set()
    for form in forms:
        parts = [p for p in form.split(".") if p]
        if len(parts) > 1:
            tails.add(parts[-1].lower())
        elif "." in form or len(form) < 4 or not (form[0].isupper() and form[1:].islower()):
            alone.add(parts[0].lower())
    return frozenset(alone), frozenset(tails - alone)


def ends_sentence_dot(text: str) -> bool:
    """Whether text ends with a period that is not an abbreviation's ('Banyuasin.', not
    'Kab.' or 'H.'): the period of the sentence, not of the last word."""
    if not text.endswith("."):
        return False
    token = text[:-1].split()[-1] if text[:-1].split() else ""
    word = token.split(".")[-1]
    alone, tails = _abbreviation_words()
    after_dot = len(token) > len(word) and token[-len(word) - 1] == "."
    return len(word) > 1 and word.lower() not in alone and not (after_dot and word.lower() in tails)


def _ascii_either_case(word: str) -> str:
    return "".join(f"[{c.lower()}{c.upper()}]" for c in word)


def _not_after(alone: frozenset[str], tails: frozenset[str]) -> str:
    """Lookbehinds, one for each width, that fail after a word of `alone` (either case,
    no letter before it) or a dot and a word of `tails`, then a period: one lookbehind
    for both at each width, as each is tried at every period."""
    by_width: dict[int, tuple[list[str], list[str]]] = {}
    for words, extra in ((alone, 0), (tails, 1)):
        for word in sorted(w for w in words if w.isascii() and w.isalpha()):
            by_width.setdefault(len(word) + extra, ([], []))[extra].append(_ascii_either_case(word))
    out = []
    for _width, (plain, dotted) in sorted(by_width.items()):
        parts = [f"(?<![A-Za-z])(?:{'|'.join(plain)})"] if plain else []
        parts += [rf"\.(?:{'|'.join(dotted)})"] if dotted else []
        out.append(rf"(?<!(?:{'|'.join(parts)})\.)")
    return "".join(out)


@lru_cache(maxsize=1)
def _sentence_end() -> re.Pattern[str]:
    """_SENT_END where the run of marks does not open with the dot of a single letter or
    of an abbreviation ('H.', 'dr.', 'Kab.'): the test the engine makes in one scan,
    instead of one look at the word before each mark."""
    alone, tails = _abbreviation_words()
    not_after = _not_after(alone, tails)
    # after the first mark: another mark, a closing quote or space, tested first as cheapest
    ahead = "(?=[.!?\"\u201d\u2019'\\s])"
    dot = rf"\.(?<![.!?]\.){ahead}(?<!(?<![A-Za-z])[A-Za-z]\.){not_after}"
    after_run = _SENT_END.pattern[len("[.!?]+") :]
    # each branch opens with its mark, so the engine skips from mark to mark
    return re.compile(rf"(?:{dot}|!(?<![.!?]!)|\?(?<![.!?]\?))[.!?]*{after_run}")


def _splits(view: str, start: int, end: int) -> list[int]:
    """Where sentences end inside the line view[start:end]."""
    return [m.end() for m in _sentence_end().finditer(view, start, end)]


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
