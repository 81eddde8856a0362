"""Properties over arbitrary input: the extractor never raises, quotes are exact,
values finite, dates valid; numbers round-trip; weekdays decide years."""

from __future__ import annotations

import datetime as dt
import math

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers import dates, numbers
from helpers.extract import extract_article

GENRE = st.sampled_from([
    "Bupati", "Kabupaten Banyuasin", "stunting", "turun", "2 persen", "menjadi", "20,4 %",
    "tahun 2023", "Rabu (25/1)", "25-26 Januari 2023", "71,4 tahun", "AKI", "per 1.000 KH",
    "H.", "Dr.", "M.Kes", "Rakontek", "\u201c", "\u201d", ",", ".", "\n\n", " ", "3.510 anak",
])  # fmt: skip
TEXT = st.one_of(st.text(max_size=600), st.lists(GENRE, max_size=80).map(" ".join))


def _spans(facts: dict) -> list[dict]:
    spans = [s for s in facts["meeting"]["spans"].values() if s["start"] is not None]
    for key in ("people", "indicators", "priorities", "organisations"):
        spans += facts[key]
    return spans


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT, st.one_of(st.none(), st.dates(dt.date(2000, 1, 1), dt.date(2030, 12, 31))))
def test_extractor_is_total_and_exact(text, published) -> None:
    facts = extract_article(text, "x", published)
    for span in _spans(facts):
        assert text[span["start"] : span["end"]] == span["quote"]
    for figure in facts["indicators"]:
        assert math.isfinite(figure["value"])
    m = facts["meeting"]
    for key in ("date_start", "date_end"):
        if m[key] is not None:
            dt.date.fromisoformat(m[key])
    if m["date_start"] and m["date_end"]:
        assert m["date_end"] >= m["date_start"]


@given(st.decimals(min_value=0, max_value=10**7, places=2, allow_nan=False, allow_infinity=False))
def test_indonesian_numbers_round_trip(d) -> None:
    value = float(d)
    assert numbers.parse_number(numbers.format_number(value, 2)) == round(value, 2)


@given(st.dates(dt.date(2015, 1, 1), dt.date(2030, 12, 31)), st.integers(0, 60))
def test_weekday_decides_the_year(day, days_later) -> None:
    name = next(k for k, v in dates.WEEKDAYS.items() if v == day.weekday())
    published = day + dt.timedelta(days=days_later)
    found = dates.find_dates(f"{name.title()} ({day.day}/{day.month})", published)
    assert len(found) == 1
    assert found[0].date_start == day and found[0].weekday_ok
