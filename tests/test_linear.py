"""Long inputs stay linear: each lookup by position or by index gives the same answer
as the pass over everything it replaces (people seen, reads and commas of a sentence,
role chains, positions among sorted spans and points)."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from helpers import dates, figures, meeting, numbers, people, positions, scan, textnorm
from helpers.extract import extract_article

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
WORD = st.sampled_from(["Budi", "budi", "Santoso", "Rini", "Dewi", "Askolani", "Hj", "Ani"])
NAME = st.lists(WORD, min_size=1, max_size=4).map(" ".join)
PIECES = st.sampled_from([
    "Kepala Dinas Kesehatan", "Bupati", "Sekda", "Budi Santoso", "Rini", "dr. Dewi", "H. Ani",
    "dibacakan", "dibacakan oleh", "mewakili", "yang mewakili", "selaku", ",", ";", " ", ".",
    "Kabupaten Banyuasin", "Dinkes", "(Kadinkes)", "dan", "M.Kes", "sambutan", "\n\n",
    "Baca juga:",
])  # fmt: skip
TEXT = st.lists(PIECES, max_size=40).map(" ".join)


@SETTINGS
@given(seen=st.lists(NAME, max_size=12), name=NAME)
def test_first_same_person_equals_a_pass_over_everyone(seen: list[str], name: str) -> None:
    index, everyone = people._Seen(), []
    for other in seen:
        if index.first_or_add(other, len(everyone)) is None:
            everyone.append(other)
    brute = [i for i, other in enumerate(everyone) if people._same_person(name, other)]
    assert index.first_or_add(name, len(everyone)) == (brute[0] if brute else None)


@SETTINGS
@given(text=TEXT)
def test_reads_and_commas_by_position_equal_a_scan(text: str) -> None:
    for sent in textnorm.sentences(text):
        reads = people._Reads(text, sent)
        for end in range(sent.start, sent.end + 1):
            found = list(people._READ_BY.finditer(text, sent.start, end))
            got = reads.last_before(end)
            assert (got.span() if got else None) == (found[-1].span() if found else None)
            for a in range(sent.start, end + 1):
                assert reads.comma_between(a, end) == bool(text.count(",", a, end))


@SETTINGS
@given(text=TEXT)
def test_role_chains_walked_once_equal_chains_walked_alone(text: str) -> None:
    for sent in textnorm.sentences(text):
        positions = range(sent.start, sent.end + 1)
        for order in (positions, reversed(positions)):  # later walks join earlier ones
            memo: dict[int, int] = {}
            for pos in order:
                alone = people._role_chain_end(text, pos, sent.end, {})
                assert people._role_chain_end(text, pos, sent.end, memo) == alone


def test_on_behalf_of_stops_at_a_comma_or_after_twelve_words() -> None:
    words = " ".join(f"Kata{i}" for i in range(30))  # capitalised, as whom one speaks for is
    text = f"Hadir dr. Rini Lestari yang mewakili Bupati Banyuasin {words}."
    (person,) = extract_article(text, "t")["people"]
    assert person["on_behalf_of"] == "Bupati Banyuasin " + " ".join(f"Kata{i}" for i in range(10))
    text = "Hadir dr. Rini Lestari yang mewakili Bupati Banyuasin, lalu rapat dibuka."
    (person,) = extract_article(text, "t")["people"]
    assert person["on_behalf_of"] == "Bupati Banyuasin"


def test_lead_speaks_for_the_people_after_its_comma() -> None:
    text = "Mewakili Bupati Banyuasin, Kepala Dinas Kesehatan Budi Santoso membuka rapat."
    (person,) = extract_article(text, "t")["people"]
    assert (person["name"], person["on_behalf_of"]) == ("Budi Santoso", "Bupati Banyuasin")


def test_a_sentence_naming_a_thousand_people_keeps_each_once_in_order() -> None:
    syllables = ["ba", "di", "ko", "ra", "su", "ti", "ma", "no", "wi", "ja", "lu"]
    names = [f"{(a + b + c).capitalize()} Wijaya" for a in syllables for b in syllables
             for c in syllables]  # fmt: skip
    text = " ".join(f"Kepala Dinas Kesehatan {n}" for n in names)
    found = [p["name"] for p in extract_article(text, "t")["people"]]
    assert found == names


# Sorted, non-overlapping, non-empty spans: consecutive pairs of distinct cut points.
SPANS = (
    st.lists(st.integers(0, 70), unique=True, max_size=16)
    .map(sorted)
    .map(lambda cuts: list(zip(cuts[::2], cuts[1::2], strict=False)))
)
POINTS = st.lists(st.integers(0, 70), max_size=12).map(sorted)


@SETTINGS
@given(spans=SPANS, a=st.integers(-2, 72), width=st.integers(0, 10))
def test_position_lookups_equal_a_pass_over_every_span(spans, a: int, width: int) -> None:
    b = a + width
    assert positions.inside(spans, a) == any(s <= a < e for s, e in spans)
    assert positions.overlaps(spans, a, b) == any(s < b and a < e for s, e in spans)


@SETTINGS
@given(points=POINTS, a=st.integers(-2, 72), width=st.integers(0, 10))
def test_points_within_equal_a_pass_over_every_point(points, a: int, width: int) -> None:
    assert positions.any_within(points, a, a + width) == any(a <= p < a + width for p in points)


NUMBER_TEXT = st.lists(
    st.sampled_from(
        ["dua", "puluh", "persen", "%", "Persen", "pct", ".", ". ", "\n\n", " ", "  ", "tiga",
         "Baca juga:", "stunting", "20", "(", ")", "\n"]
    ),
    max_size=40,
).map("".join)  # fmt: skip


@SETTINGS
@given(text=st.one_of(NUMBER_TEXT, st.text(max_size=60)))
@example(text="Naik dua puluh. Persen stunting turun.")  # the next sentence opens with it
def test_number_words_placed_by_percent_equal_a_pass_over_every_sentence(text: str) -> None:
    """A number in words is read where a percent starts in its sentence or right after
    it across whitespace: placing each percent by bisection finds the same sentences."""
    sents = textnorm.sentences(text)
    percents = [m.start() for m in figures.PERCENT_WORD.finditer(text)]
    expected = []
    for s in sents:
        reach = len(text) - len(text[s.end :].lstrip()) + 1  # past whitespace, and one more
        near = any(s.start <= p < reach for p in percents)
        found = numbers.NUMBER_WORDS.finditer(text, s.start, s.end) if near else []
        expected.append([m.span() for m in found])
    got = figures._number_words(text, sents, percents, [])
    assert [[m.span() for m in found] for found in got] == expected


CASES_TEXT = st.lists(
    st.sampled_from(["dua", "puluh", "lima", "seratus", "kasus", " ", ". ", "x", "Kasus", "\n"]),
    max_size=30,
).map("".join)


@SETTINGS
@given(text=st.one_of(CASES_TEXT, st.text(max_size=60)))
def test_number_words_before_kasus_equal_a_pass_over_every_sentence(text: str) -> None:
    """Right before 'kasus', in a sentence where no percent is read: a number in words
    (of at most _CASES_REACH characters) that a pass over the sentence finds ends there."""
    sents = textnorm.sentences(text)
    cases = [m.start() for m in figures.CASES_WORD.finditer(text)]
    expected = []
    for s in sents:
        found = numbers.NUMBER_WORDS.finditer(text, s.start, s.end)
        expected.append([
            m.span() for m in found
            if any(s.start <= p < s.end and m.end() <= p and not text[m.end() : p].strip()
                   and p - m.start() <= figures._CASES_REACH for p in cases)
        ])  # fmt: skip
    got = figures._number_words(text, sents, [], cases)
    assert [[m.span() for m in found] for found in got] == expected


DATED = st.lists(
    st.sampled_from(
        ["Rabu (25/1)", "25-27 Januari 2023", "setiap 25 Januari", "Kamis (26/1)", "26 Januari",
         "5 Oktober 2023", "Sebelumnya, pada Kamis (28/9/2023), ",
         "sejak 2 Mei", "Baca juga: Senin (2/1)\n", ". ", "\n\n", " rapat ", "1-3 Mei 2023",
         "setiap 24-28 Januari", "Baca juga: 24-28 Januari 2023\n"]
    ),
    max_size=12,
).map("".join)  # fmt: skip


@SETTINGS
@given(text=DATED)
@example(text="Baca juga: 24-28 Januari 2023\nRapat Rabu (25/1). Hingga setiap 24-28 Januari")
def test_meeting_date_tested_lazily_equals_the_pass_over_every_date(text: str) -> None:
    sents, found = textnorm.sentences(text), dates.find_dates(text, dt.date(2023, 2, 1))
    clean = meeting._Clean.of(sents)
    cands = [
        d
        for d in found
        if positions.inside(clean.spans, d.start)
        and not meeting._recurring(text, d)
        and d.date_start
    ]
    expected = None
    if cands:
        lead = next(s.paragraph for s in clean.sents if s.start <= cands[0].start < s.end)
        in_lead = [d for d in cands if any(
            s.paragraph == lead and s.start <= d.start < s.end for s in clean.sents
        )]  # fmt: skip
        weekday = [d for d in in_lead if d.weekday is not None]
        expected = weekday[0] if weekday else cands[0]
        day = expected.date_start
        held = [d for d in cands if d.date_end and d.date_start <= day <= d.date_end]
        expected = held[0] if held else meeting._until(text, clean, found, expected)
    assert meeting.find_date(text, clean, found) == expected


@SETTINGS
@given(
    text=st.text(alphabet="12 .,/(x", max_size=60),
    cuts=st.lists(st.integers(0, 60), max_size=12),
)
def test_numbers_outside_dates_equal_a_lookup_for_each(text: str, cuts: list[int]) -> None:
    """Masked spans (dates) from cut points, in order and not overlapping."""
    points = sorted({min(c, len(text)) for c in cuts})
    masked = [(a, b) for a, b in zip(points[::2], points[1::2], strict=False) if a < b]
    spans = [(s.start, s.end) for s in textnorm.sentences(text)]
    groups = scan.per_span(numbers.NUMBER, text, spans)
    expected = [[m for m in g if not positions.overlaps(masked, *m.span())] for g in groups]
    assert figures._outside(groups, masked) == expected
