"""Indonesian numbers: decimal comma, thousands dot, and number words."""

from __future__ import annotations

import math
import re
from functools import lru_cache

from .scan import Phrase, Phrases

# Thousands groups need a dot and exactly three digits ("3.510", "100.000");
# a dot followed by one or two digits is a decimal point as some outlets write.
# Read as: (?<![\w.,/])(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d+|\d+\.\d{1,2}(?!\d)|\d+)
# followed by (?![\w]|[.,]\d). The first digit is taken before the lookbehind so
# that the engine skips straight from digit to digit (tests check the two agree).
NUMBER = re.compile(
    r"\d(?<![\w.,/]\d)(?:\d{0,2}(?:\.\d{3})+(?:,\d+)?|\d*,\d+|\d*\.\d{1,2}(?!\d)|\d*)"
    r"(?![\w]|[.,]\d)"
)

_UNITS = {
    "nol": 0, "satu": 1, "se": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6,
    "tujuh": 7, "delapan": 8, "sembilan": 9, "sepuluh": 10, "sebelas": 11,
}  # fmt: skip
_SCALES = {"belas": None, "puluh": 10, "ratus": 100, "ribu": 1000, "juta": 1_000_000}
_WORDS = [*_UNITS, "seratus", "seribu", *_SCALES]
_WORD = "|".join(_WORDS)
# '\b(?:(?:{_WORD})\s*)+\b', ignoring case, through the fast form of Phrases.
NUMBER_WORDS_PHRASES = Phrases(
    tuple(Phrase(w, w, w[0], False) for w in _WORDS), rf"\s*(?i:(?:{_WORD})\s*)*\b"
)
NUMBER_WORDS = NUMBER_WORDS_PHRASES.pattern
_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")


@lru_cache(maxsize=4096)
def parse_number(token: str) -> float:
    """'3.510' -> 3510, '6,31' -> 6.31, '13.63' -> 13.63. Remembered: the same numbers
    (2, 20, 2023) come back in every article."""
    t = token.strip()
    if "," in t:
        return float(t.replace(".", "").replace(",", "."))
    if _THOUSANDS.fullmatch(t):
        return float(t.replace(".", ""))
    return float(t)


def parse_words(words: str) -> int | None:
    """'Dua Belas' -> 12, 'seratus dua puluh lima' -> 125; None if not a number."""
    tokens = re.findall(r"[a-z]+", words.lower())
    tokens = [w for t in tokens for w in (["se", t[2:]] if t in ("seratus", "seribu") else [t])]
    if not tokens:
        return None
    total = current = pending = 0
    for tok in tokens:
        if tok in _UNITS:
            pending += _UNITS[tok]
        elif tok == "belas":
            current, pending = current + (pending or 1) + 10, 0
        elif tok in ("puluh", "ratus"):
            current, pending = current + (pending or 1) * _SCALES[tok], 0
        elif tok in ("ribu", "juta"):
            total, current, pending = total + ((current + pending) or 1) * _SCALES[tok], 0, 0
        else:
            return None
    return total + current + pending


def format_number(value: float, decimals: int | None = None) -> str:
    """Indonesian form of a number: 3510 -> '3.510', 6.31 -> '6,31'."""
    if not math.isfinite(value):
        raise ValueError(f"not a finite number: {value}")
    if decimals is None:
        decimals = 0 if float(value).is_integer() else len(repr(float(value)).split(".")[1])
    text = f"{abs(value):,.{decimals}f}".replace(",", "_").replace(".", ",").replace("_", ".")
    return ("-" if value < 0 else "") + text
