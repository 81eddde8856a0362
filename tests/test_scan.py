"""The fast scans give exactly the matches of the readable patterns they stand for."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers import dates, meeting, numbers, places, scan, vocab

# Words of the genre, and characters that equal an ASCII letter when case is
# ignored (long s, Kelvin sign, dotted and dotless i).
PIECES = st.sampled_from([
    "stunting", "Stunting", "STUNTING", "AKI", "aki", "Aki", "angka kematian ibu", "balita  pendek",
    "nasional", "Nasional", "Hari Gizi Nasional", "RPJMN", "target", "turun", "dari", "menjadi",
    "sekitar", "berturut-turut", "tahun ini", "dua puluh", "Dua Belas", "sebelas", "seratus",
    "Rabu", "rabu", "Jum'at", "tanggal", "tgl.", "(", ")", "/", ",", ".", "-", " ", "  ", "\n",
    "25", "1", "2023", "23", "Januari", "jan", "Mei", "s.d.", "hingga", "3.510", "6,31", "12.20",
    "\u017f", "\u212a", "\u0130", "\u0131", "x", "_", "9", "Rapat Koordinasi", "Rakor", "peserta",
    "diikuti", "orang", "bertempat di", "Aula", "Gedung", "tema", "\u201c", "\u201d", '"', "HGN",
])  # fmt: skip
TEXT = st.one_of(st.text(max_size=300), st.lists(PIECES, max_size=60).map("".join))
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _matches(found) -> list[tuple[tuple[int, int], str | None]]:
    return [(m.span(), m.lastgroup) for m in found]


def _phrase_sets() -> dict[str, scan.Phrases]:
    return {
        "aliases": vocab.alias_phrases(),
        "cues": vocab.cue_phrases(*vocab.cue_roles()),
        "area cues": places._cue_phrases(),
        "number words": numbers.NUMBER_WORDS_PHRASES,
    }


@pytest.mark.parametrize("name", list(_phrase_sets()))
@SETTINGS
@given(text=TEXT)
def test_phrases_fast_form_equals_plain_form(name: str, text: str) -> None:
    phrases = _phrase_sets()[name]
    assert _matches(phrases.pattern.finditer(text)) == _matches(phrases.plain.finditer(text))


# Dates with every optional part before the day: weekday, comma, '(', 'tanggal'.
DATE_LIKE = st.lists(
    st.sampled_from([
        "Jum'at", "jumat", "Selasa", "Minggu", "Rabu", ",", " ", "   ", "\n", "(", "tanggal ",
        "tgl.", "tgl ", "25", "2", "/", "1", "/23", "-26", " s.d. ", " Januari", " Nopember",
        " 2023", ")", ".", "x", "9",
    ]),
    max_size=25,
).map("".join)  # fmt: skip


def _same_dates(text: str) -> None:
    for fast, plain in ((dates._NUMERIC_SCAN, dates.NUMERIC), (dates._WRITTEN_SCAN, dates.WRITTEN)):
        got = [(m.span(), m.groupdict()) for m in fast.finditer(text)]
        assert got == [(m.span(), m.groupdict()) for m in plain.finditer(text)]


@SETTINGS
@given(text=st.one_of(TEXT, DATE_LIKE))
def test_anchored_dates_equal_plain_finditer(text: str) -> None:
    _same_dates(text)


@pytest.mark.parametrize(
    "text",
    ["Jum'at , (25/1)", "Selasa,   ( tanggal 25-26 Januari 2023)", "jumat tgl.5 Mei",
     "Minggu\n(2/11/23) dan Rabu (3/11/23)", "2025 Januari"],
)  # fmt: skip
def test_anchored_dates_reach_back_to_the_weekday(text: str) -> None:
    _same_dates(text)


# The readable form of numbers.NUMBER.
PLAIN_NUMBER = re.compile(
    r"(?<![\w.,/])(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d+|\d+\.\d{1,2}(?!\d)|\d+)(?![\w]|[.,]\d)"
)


@SETTINGS
@given(text=TEXT)
def test_number_pattern_equals_its_readable_form(text: str) -> None:
    assert _matches(numbers.NUMBER.finditer(text)) == _matches(PLAIN_NUMBER.finditer(text))


def _literal_first_patterns() -> list:
    return [
        *(p for _t, p, _l in vocab.event_types()),
        *meeting._venue_patterns(),
        *meeting._PARTICIPANTS,
        meeting._ATTENDANCE,
        meeting._THEME,
    ]


@SETTINGS
@given(text=TEXT)
def test_literal_first_patterns_match_like_the_standard_engine(text: str) -> None:
    for fast in _literal_first_patterns():
        plain = re.compile(fast.pattern, fast.flags & re.IGNORECASE)
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_anchor_contract_is_enforced_by_construction() -> None:
    """A phrase whose regex does not start with its first character is refused."""
    bad = scan.Phrases((scan.Phrase("x", r"\w+", "w", False),))
    with pytest.raises(ValueError, match="does not start"):
        _ = bad.pattern


def test_back_over_crosses_whitespace_and_counts_the_rest() -> None:
    text = "Rabu ,   (25/1)"
    assert scan.back_over(text, text.index("("), 0, 5) == 0
    assert scan.back_over(text, text.index("("), 0, 1) == len("Rabu")
    assert scan.back_over(text, text.index("("), 3, 10) == 3
