"""Numbers, dates and text normalisation: the Indonesian forms DESIGN.md lists."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from helpers import textnorm
from helpers.dates import find_dates
from helpers.extract import extract_article
from helpers.numbers import format_number, parse_number, parse_words
from helpers.textnorm import ends_sentence_dot, normalise, one_space, sentences


@pytest.mark.parametrize(
    "text, value",
    [
        ("71,4", 71.4),
        ("13,63", 13.63),
        ("3.510", 3510),
        ("100.000", 100000),
        ("6,31", 6.31),
        ("1.207", 1207),
    ],
)
def test_parse_number(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize(
    "text, value", [("Dua Belas", 12), ("empat", 4), ("seratus dua puluh lima", 125)]
)
def test_number_words(text, value):
    assert parse_words(text) == value


@given(st.integers(min_value=0, max_value=10**9))
def test_integers_round_trip(n):
    assert parse_number(format_number(n)) == n


@given(st.decimals(min_value=0, max_value=10**6, places=2, allow_nan=False, allow_infinity=False))
def test_decimals_round_trip(d):
    assert parse_number(format_number(float(d), 2)) == pytest.approx(float(d))


PUB = dt.date(2023, 1, 25)


@pytest.mark.parametrize(
    "text, published, start, end",
    [
        ("bertempat di Hotel, Rabu (25/1).", PUB, "2023-01-25", None),
        ("Rabu (05/04).", dt.date(2023, 4, 5), "2023-04-05", None),
        ("dari tanggal 25-26 Januari 2023 dengan", None, "2023-01-25", "2023-01-26"),
        ("Kamis (2/11/23) pagi", None, "2023-11-02", None),
        ("Selasa, (25/11) lalu", dt.date(2025, 11, 26), "2025-11-25", None),
        ("rapat pada Rabu 05 April 2023 itu", None, "2023-04-05", None),
        ("Senin (22/4/2019).", None, "2019-04-22", None),
        ("Selasa hingga Kamis (5-7/3/2024) di Aula", None, "2024-03-05", "2024-03-07"),
        ("Senin-Selasa, 4-5 Maret 2024", None, "2024-03-04", "2024-03-05"),
        # a range across two months, or two years
        ("pada 28 Februari - 1 Maret 2023.", None, "2023-02-28", "2023-03-01"),
        ("Selasa, 28 Februari hingga 1 Maret 2023", PUB, "2023-02-28", "2023-03-01"),
        ("30 Desember - 2 Januari 2023", None, "2022-12-30", "2023-01-02"),
        ("30 Desember 2022 sampai 2 Januari 2023", None, "2022-12-30", "2023-01-02"),
        # a period, not a meeting's days: two dates
        ("2 Januari 2023 - 30 Desember 2023", None, "2023-01-02", None),
        # digits alone, with the full year
        ("Selasa tanggal 07-03-2023 di Aula", None, "2023-03-07", None),
        ("digelar Kamis, 9/3/2023, di Aula", None, "2023-03-09", None),
        ("pada 9.3.2023.", None, "2023-03-09", None),
    ],
)
def test_dates(text, published, start, end):
    d = find_dates(normalise(text), published)[0]
    assert d.date_start.isoformat() == start
    assert (d.date_end.isoformat() if d.date_end else None) == end


@pytest.mark.parametrize(
    "text",
    ["usia 6-11 bulan 2023", "Rp 1.207.500", "anak usia 6-11 bulan", "9/3/23", "9/3-2023",
     "12-3-20234", "1.12.3.2023", "32/3/2023", "9/13/2023", "Nomor 12/3/2023/a"],
)  # fmt: skip
def test_digits_that_are_no_date(text):
    assert [d.date_start for d in find_dates(text, None) if d.date_start] == []


def test_weekday_chooses_the_year():
    """'Selasa, (25/11)' published in January 2026 is Tuesday 25 November 2025."""
    d = find_dates("Selasa, (25/11)", dt.date(2026, 1, 10))[0]
    assert d.date_start == dt.date(2025, 11, 25) and d.weekday_ok


def test_the_weekday_before_a_range_names_its_first_or_its_last_day():
    """'Kamis (5-7/3)' written in January 2025: Thursday 7 March is in 2024 (the
    weekday of its last day), and the range agrees with it; a weekday of neither
    day does not."""
    d = find_dates("Selasa hingga Kamis (5-7/3)", dt.date(2025, 1, 10))[0]
    assert (d.date_start, d.date_end, d.weekday_ok) == (
        dt.date(2024, 3, 5),
        dt.date(2024, 3, 7),
        True,
    )
    assert find_dates("Rabu, 6-7 Maret 2024", None)[0].weekday_ok
    assert find_dates("Senin (5-7/3/2024)", None)[0].weekday_ok is False


def test_a_range_of_days_is_the_meeting_date_after_its_weekdays():
    """'hingga' before a date marks a deadline ('berlaku hingga'), but not between the
    two weekdays of a range."""
    facts = extract_article("Rakontek digelar Selasa hingga Kamis (5-7/3/2024).", "r")
    assert (facts["meeting"]["date_start"], facts["meeting"]["date_end"]) == (
        "2024-03-05",
        "2024-03-07",
    )


def test_weekday_disagreement_is_flagged():
    d = find_dates("Senin (22/4/2020)", None)[0]
    assert d.weekday_ok is False


def test_no_year_without_publication_date():
    assert find_dates("Rabu (26/7)", None)[0].date_start is None


def test_normalise_keeps_offsets():
    text = "Rabu\u00a0(25/1)\r\nBupati\u202fH. Askolani"
    assert len(normalise(text)) == len(text)
    assert "\u00a0" not in normalise(text) and "\r" not in normalise(text)


_ODD_OR_NOT = st.text(
    st.sampled_from([*map(chr, textnorm._PLAIN), "a", " ", "-", "\n", "\u00e9", "\u2011"])
    | st.characters(),
    max_size=40,
)


@given(_ODD_OR_NOT)
def test_normalise_is_one_translation_of_every_odd_character(text):
    assert normalise(text) == text.translate(textnorm._PLAIN)


def test_sentences_respect_titles_and_decimals():
    view = "Kepala Dinas Dr. dr. Hj. Rini Pratiwi, M.Kes menjelaskan 6,31 persen. Bupati hadir."
    assert [view[s.start : s.end][:6] for s in sentences(view)] == ["Kepala", "Bupati"]


@pytest.mark.parametrize(
    "view, count",
    [("Tahun lalu ada 9 kematian ibu. Tahun ini 5 kasus.", 2),  # 'ibu' is a word
     ("Masalah status gizi. Kemudian bidan hadir.", 2),  # 'gizi' alone is a word
     ("Ia dibantu bidan. Kemudian rapat dibuka.", 2),  # a title written as a word
     ("Rina Wati, S.Gizi. Kemudian rapat dibuka.", 1),  # the degree's dot
     ("Hadir Bpk. Budi dan Kapten Inf. Rudi.", 1)],  # abbreviations alone
)  # fmt: skip
def test_a_word_that_ends_a_title_ends_a_sentence_where_it_stands_alone(view, count):
    assert len(sentences(view)) == count


@given(st.text(max_size=60) | st.text(alphabet=" \t\n\u00a0\u2009ab", max_size=20))
def test_one_space_equals_collapsing_every_whitespace_run(text):
    assert one_space(text) == re.sub(r"\s+", " ", text)


@pytest.mark.parametrize(
    "text, period",
    [("Sekda Banyuasin.", True), ("Dinkes Prov.", False), ("dr. H.", False), ("Sekda", False),
     (".", False), ("Kab. Banyuasin.", True), ("status gizi.", True), ("Rina, S.Gizi.", False),
     ("kematian ibu.", True), ("oleh bidan.", True)],
)  # fmt: skip
def test_a_sentence_period_is_told_from_an_abbreviation(text, period):
    assert ends_sentence_dot(text) is period
