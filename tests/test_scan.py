"""The fast scans give exactly the matches of the readable patterns they stand for."""

from __future__ import annotations

import bisect
import re
import string
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from unittest import mock

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from helpers import (
    bench,
    dates,
    figures,
    meeting,
    numbers,
    organisations,
    paths,
    people,
    places,
    positions,
    priorities,
    scan,
    textnorm,
    vocab,
)
from helpers.extract import extract_article

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
    "Kepala Dinas Kesehatan", "Bupati", "Sekda", "Plt.", "Plt", "Wakil Bupati", "Dinkes",
])  # fmt: skip
TEXT = st.one_of(st.text(max_size=300), st.lists(PIECES, max_size=60).map("".join))


def _joined(pieces: list[str], most: int) -> st.SearchStrategy[str]:
    """Texts made of up to `most` pieces, drawn with repetition."""
    return st.lists(st.sampled_from(pieces), max_size=most).map("".join)


SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _matches(found) -> list[tuple[tuple[int, int], str | None]]:
    return [(m.span(), m.lastgroup) for m in found]


def _labelled(phrases: scan.Phrases, pattern: re.Pattern[str], text: str) -> list:
    return [(m.span(), phrases.label(m)) for m in pattern.finditer(text)]


def _phrase_sets() -> dict[str, scan.Phrases]:
    return {
        "aliases": vocab.alias_phrases(),
        "cues": vocab.cue_phrases(*vocab.cue_roles()),
        "area cues": places._cue_phrases(),
        "number words": numbers.NUMBER_WORDS_PHRASES,
        "roles": people._role_phrases(),
        "priority leads": priorities.LEAD,
        "area cue exclusions": places._exclusions(),
        "facilities": organisations._facility_phrases(),
        "bodies": organisations._org_phrases(),
        "consecutive": vocab.cue_phrases("consecutive"),
        "targets": vocab.cue_phrases("target", "achievement"),
        "honorifics ahead": people._prefix_ahead_phrases(),
    }


@pytest.mark.parametrize("name", list(_phrase_sets()))
@SETTINGS
@given(text=TEXT)
def test_phrases_fast_form_equals_plain_form(name: str, text: str) -> None:
    phrases = _phrase_sets()[name]
    assert _labelled(phrases, phrases.pattern, text) == _labelled(phrases, phrases.plain, text)


MORE_PHRASES = _joined(
    ["indikator", "Indikator-indikator", "utama", "prioritas", "Puskesmas",
     "RSUD", "IDI", "POGI", "Mariana", "Sukajadi", "tiga", "tahun",
     "berturut-turut", " ", "  ", ",", ".", "x", "-", "_", "\u0131", "\u0130", "H.", "Hj.",
     "dr.", "Dr.", "Budi", "SSGI", "e-PPGBM", "ePPGBM", "Riskesdas", "2022"],
    30,
)  # fmt: skip

MEETING_WORDS = _joined(
    ["bertempat di", "Bertempat", "berlokasi", "DIGELAR di", "di Aula", "Gedung", "Aula Bappeda",
     "peserta", "dihadiri", "kehadiran", "120", "tema", "Tema:", "\u201c", "\u201d", '"', "x",
     ", ", ". ", "\n", "Rabu", "pada", "\u0130", "\u017f", " menjadi lokasi", "- ",
     " dipilih sebagai lokasi"],
    30,
)  # fmt: skip


@pytest.mark.parametrize("name", list(_phrase_sets()))
@SETTINGS
@given(text=st.one_of(TEXT, MORE_PHRASES), cut=st.tuples(st.integers(0, 400), st.integers(0, 400)))
def test_phrases_found_through_their_leading_words_equal_the_plain_form(
    name: str, text: str, cut: tuple[int, int]
) -> None:
    """Phrases.finditer tries the pattern only where the one pass over the text found a
    leading word (scan.KEYWORDS); the matches are the plain pattern's, within any bounds."""
    phrases = _phrase_sets()[name]
    pos, endpos = sorted(cut)
    for args in ((), (pos,), (pos, endpos)):
        got = [(m.span(), phrases.label(m)) for m in phrases.finditer(text, *args)]
        assert got == [(m.span(), phrases.label(m)) for m in phrases.plain.finditer(text, *args)]
    assert phrases.leading_words() is not None, "searched by its pattern instead"


PLACE_WORDS = _joined(
    ["Banyuasin", "BANYUASIN", "Kabupaten", "Kab.", "Kab", "Barito Utara",
     "Musi-Banyuasin", "Provinsi", "Prov.", "Sumatera Selatan", "DKI", "di",
     "Jakarta", "Kota", "Bandung", "banyuasin", " ", "  ", ",", ".", "-", "x", "se-",
     "\u0130", "\u212a"],
    30,
)  # fmt: skip


@SETTINGS
@given(text=st.one_of(TEXT, PLACE_WORDS))
@example(text="BANYUASIN, Kab Banyuasin, DKI Jakarta, Prov. Sumsel dan Kab. Barito Utara")
@example(text="DI Yogyakarta, Way Kanan, OKI, Bali, Musi-Banyuasin dan di Kota Bandung")
def test_places_read_where_first_words_start_equal_those_at_every_capitalised_word(
    text: str,
) -> None:
    title = places._titlecase_caps(text)
    every = [w.start() for w in places._WORD_START.finditer(title)]
    assert places.find_places.__wrapped__(text) == places._places_at(title, every)


EVENT_WORDS = _joined(
    ["Rapat", "rapat", "RAPAT", "Koordinasi", "Rakor", "Rakontek", "Rapat Kerja", "Raker",
     "Kesehatan Daerah", "Teknis", "Stunting", "AKI", "AKB", "kematian ibu", "Pertemuan",
     "Hari Gizi Nasional", "HGN", "Rembuk", "Audit Kasus", "x", "_", " ", "  ", "\n", ".",
     "\u0130", "\u212a"],
    30,
)  # fmt: skip


@pytest.mark.parametrize("rank", range(len(meeting._event_scans())))
@SETTINGS
@given(text=st.one_of(TEXT, EVENT_WORDS), cut=st.tuples(st.integers(0, 400), st.integers(0, 400)))
@example(text="xRakerkesda, HGN dan Rapat Koordinasi penurunan AKI", cut=(0, 400))
def test_event_patterns_tried_at_their_leading_words_find_what_they_find_everywhere(
    rank: int, text: str, cut: tuple[int, int]
) -> None:
    _etype, led = meeting._event_scans()[rank]
    pos, endpos = sorted(cut)
    assert led._words() is not None, "searched by its pattern instead"
    for args in ((), (pos, endpos)):
        got = [m.span() for m in led.finditer(text, *args)]
        assert got == [m.span() for m in led.pattern.finditer(text, *args)]


@SETTINGS
@given(text=st.one_of(TEXT, MEETING_WORDS))
@example(text='Rapat digelar di Aula Bappeda. Tema: "Cegah Stunting". Dihadiri 120 peserta.')
@example(text="Rapat kemarin. Gedung Serbaguna dipilih sebagai lokasi rapat.")
def test_meeting_patterns_are_searched_in_every_sentence_they_can_match(text: str) -> None:
    """Each sentence a venue, attendance or theme pattern matches holds a leading word."""
    clean = meeting._Clean.of(textnorm.sentences(text))
    venues = meeting._venue_patterns()
    for led, needs in (*venues, (meeting._ATTENDANCE, None), (meeting._THEME, None)):
        kept = meeting._holding(led, text, clean)
        starts = led.starts(text)
        placed = {bisect.bisect_right(clean.starts, p) - 1 for p in starts or []}
        if starts is not None:  # the sentences its words fall in, in order
            assert kept == [s for k, s in enumerate(clean.sents) if k in placed]
        narrowed = meeting._holding(led, text, clean, needs)
        for s in clean.sents:
            if led.pattern.search(text[s.start : s.end]):
                assert s in narrowed


@pytest.mark.parametrize(
    ("pattern", "words"),
    [("Rapat Kerja|Raker", ["rapat kerja", "raker"]), (r"\bHGN\b|Hari\s+Gizi", ["hgn", "hari"]),
     (r"(?:Rapat\s+X|Rakor)\b[^.]{0,8}?AKI", ["rapat", "rakor"]), (r"x\|y|z", ["x|y", "z"]),
     (r"(?P<a>ab|c)d", ["ab", "c"]), (r"(?i:A)b", ["a"]), (r"(?<=a)b", ["b"]), (r"a{2}b", ["a"]),
     (r"angka\s+kematian", ["angka"]), (r"Kab\.", ["kab."]), (r"ab?c", ["a"]),
     (r"indikator(?:-indikator)?\s+", ["indikator"]), ("\u0130bu", ["ibu"]),
     (r"(?:a|b)?c", None), (r"[ab]c", None), (r"a*b", None), (r"\d+", None), (r"(?r)ab", None)],
)  # fmt: skip
def test_leading_words_of_a_regex(pattern: str, words: list[str] | None) -> None:
    assert scan.leading_words(pattern) == words


def _forms_by_first_word() -> dict[str, list[str]]:
    groups: dict[str, list[str]] = {}
    for form in places._surface_forms():
        groups.setdefault(form.split()[0], []).append(form)
    return groups


FIRST_WORDS = ["Kabupaten", "Kab", "Kab.", "Kota", "Provinsi", "Prov.", "Barito", "Bandung",
               "DKI", "Musi", "Ogan", "Tanjung", "Kepulauan", "Sumatera"]  # fmt: skip
FORMS = st.one_of(
    st.sampled_from([f for w in FIRST_WORDS for f in _forms_by_first_word()[w]]),
    st.sampled_from([*FIRST_WORDS, " ", "  ", "\n", ",", ".", "-", "x", "Utara", "Barat"]),
)


@SETTINGS
@given(pieces=st.lists(FORMS, max_size=12))
def test_place_forms_as_a_tree_of_words_match_as_their_list_longest_first(pieces) -> None:
    """Each first word's regex (a tree of words) matches what the readable one does:
    its forms listed longest first, then (?![\\w-])."""
    text = "".join(pieces)
    for first in FIRST_WORDS:
        forms = sorted(_forms_by_first_word()[first], key=len, reverse=True)
        plain = re.compile(rf"(?:{'|'.join(map(vocab.phrase, forms))})(?![\w-])")
        tree = places._place_index()[first]
        for p in range(len(text)):
            got, want = tree.match(text, p), plain.match(text, p)
            assert (got and got.span()) == (want and want.span()), (first, p)


def test_extraction_from_threads_gives_each_text_its_own_facts() -> None:
    """The keyword pass and other caches are shared: each thread still reads its own text."""
    texts = list(bench.corpus(8))
    alone = [extract_article(t, "a") for t in texts]
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as the interpreter can
    try:
        with ThreadPoolExecutor(4) as pool:
            together = list(pool.map(lambda t: extract_article(t, "a"), texts * 4))
    finally:
        sys.setswitchinterval(interval)
    assert together == alone * 4


def test_sets_added_from_threads_at_once_each_find_their_own_words() -> None:
    """Sets are added to the keyword index under its lock: without it, threads adding
    sets at once take one another's slot, or keep an automaton that lacks theirs."""
    words = [f"kata{a}{b}" for a in "abcdef" for b in "abcdef"]
    text = " ".join(words)
    want = [[text.index(w)] for w in words]
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as the interpreter can
    try:
        for _round in range(3):
            keywords, owners = scan._Keywords(), [object() for _ in words]
            ready = threading.Barrier(len(words))

            def add(i: int, keywords=keywords, owners=owners, ready=ready) -> list[int] | None:
                ready.wait()  # every thread adds its set at the same moment
                return keywords.starts(owners[i], text, lambda: [words[i]])

            with ThreadPoolExecutor(len(words)) as pool:
                assert list(pool.map(add, range(len(words)))) == want
            assert [keywords.starts(o, text, lambda: None) for o in owners] == want
    finally:
        sys.setswitchinterval(interval)


_FIRST_TEXT_READS = """
import sys
from helpers import bench, paths, scan
from helpers.extract import extract_article

reads = []
scan_once = scan._Keywords._scan
scan._Keywords._scan = lambda self, text: reads.append(len(text)) or scan_once(self, text)
first = "\\n\\n".join(bench.corpus(20))
extract_article(first, "first")
sets = len(scan.KEYWORDS.sets)
texts = [p.read_text(encoding="utf-8") for p in sorted(paths.RAW_ARTICLES.glob("*.txt"))]
texts += [p.read_text(encoding="utf-8") for p in sorted(bench.DEV.glob("*.txt"))]
texts += [*bench.adversarial_lines(3000).values(), *bench.corpus(200)]
for text in texts:
    extract_article(text, "later")
print(reads.count(len(first)), sets, len(scan.KEYWORDS.sets))
"""


def test_the_first_text_of_a_process_is_read_once_by_the_keyword_pass() -> None:
    """extract_article reads a primer first, which asks the keyword pass for every set
    of words it serves: no later text, of the articles and the benchmark's inputs, adds
    one, so none is read again for a set first asked for while it is being read."""
    run = subprocess.run(
        [sys.executable, "-c", _FIRST_TEXT_READS],
        capture_output=True,
        text=True,
        check=True,
        cwd=paths.ROOT,
    )
    reads, sets_after_first, sets_after_all = map(int, run.stdout.split())
    assert reads == 1
    assert sets_after_first == sets_after_all


def test_keywords_are_found_at_word_starts_case_ignored_and_at_capitals_where_asked() -> None:
    keywords, plain, capital, none = scan._Keywords(), object(), object(), object()
    text = "Zebra zebra xzebra (ZEBRA) \u212aab_kab kab"
    at = [0, text.index("zebra"), text.index("ZEBRA")]
    kab = [text.index("\u212a"), text.rindex("kab")]
    assert keywords.starts(plain, text, lambda: ["zebra", "kab"]) == sorted(at + kab)
    assert keywords.starts(capital, text, lambda: ["zebra", "kab"], "capital") == [0, at[2]]
    assert keywords.starts(none, text, lambda: None) is None
    assert keywords.starts(plain, "kab", lambda: ["other"]) == [0]  # its words, as first given


def test_folded_text_keeps_every_character_in_place_and_case_as_re_ignores_it() -> None:
    """Every code point folds to one character, and a character folds to an ASCII
    letter exactly when the re module, ignoring case, takes it for that letter."""
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    low = scan.folded(every)
    assert len(low) == len(every)
    for letter in string.ascii_lowercase:
        as_re = [m.start() for m in re.finditer(letter, every, re.IGNORECASE)]
        assert as_re == [m.start() for m in re.finditer(letter, low)], letter


PLAIN_LEAD = re.compile(
    r"\b(?:indikator(?:-indikator)?\s+(?:utama|prioritas|kinerja)|prioritas)\b", re.I
)
LEADS = _joined(
    ["indikator", "Indikator", "INDIKATOR-indikator", "\u0130ndikator",
     "\u0131ndikator", " ", "  ", "\n", "utama", "prioritas", "Prioritas",
     "kinerja", "x", "-", ",", "_", "9"],
    20,
)  # fmt: skip


@SETTINGS
@given(text=st.one_of(TEXT, LEADS))
def test_priority_leads_equal_their_readable_pattern(text: str) -> None:
    got = [m.span() for m in priorities.LEAD.pattern.finditer(text)]
    assert got == [m.span() for m in PLAIN_LEAD.finditer(text)]
    spans = [(s.start, s.end) for s in textnorm.sentences(text)]
    per_sentence = scan.per_span(priorities.LEAD.pattern, text, spans)
    for (a, b), found in zip(spans, per_sentence, strict=True):
        assert [m.span() for m in found] == [m.span() for m in PLAIN_LEAD.finditer(text, a, b)]


# Dates with every optional part before the day: weekday, comma, '(', 'tanggal'.
DATE_LIKE = _joined(
    [
        "Jum'at", "jumat", "Selasa", "Minggu", "Rabu", ",", " ", "   ", "\n", "(", "tanggal ",
        "tgl.", "tgl ", "25", "2", "/", "1", "/23", "-26", " s.d. ", " s/d ", " Januari",
        " Nopember", " September", " sampai dengan ", "Septemberx",
        " 2023", ")", ".", "x", "9", "-3-2023", ".3.2023", "/03/2023", "-", "2023",
    ],
    25,
)  # fmt: skip


def _same_dates(text: str) -> None:
    for fast, plain in (
        (dates._NUMERIC_SCAN, dates.NUMERIC),
        (dates._BARE_NUMERIC_SCAN, dates.BARE_NUMERIC),
        (dates._WRITTEN_SCAN, dates.WRITTEN),
    ):
        got = [(m.span(), m.groupdict()) for m in fast.finditer(text)]
        assert got == [(m.span(), m.groupdict()) for m in plain.finditer(text)]


@SETTINGS
@given(text=st.one_of(TEXT, DATE_LIKE))
def test_anchored_dates_equal_plain_finditer(text: str) -> None:
    _same_dates(text)


@pytest.mark.parametrize(
    "text",
    ["Jum'at , (25/1)", "Selasa,   ( tanggal 25-26 Januari 2023)", "jumat tgl.5 Mei",
     "Minggu\n(2/11/23) dan Rabu (3/11/23)", "2025 Januari", "Selasabtu (2/1)",
     "tanggalRabu 5 Mei", "Rabu, 25 September 2023", "12 sampai dengan 13 Mei",
     "Selasa hingga Kamis (5-7/3/2024)", "Selasa sampai dengan Minggu , ( tanggal 5 - 7 Mei",
     "Sabtu s.d. Minggu (5 - 6/3)", "Sabtu s/d Minggu (5 - 6/3)", "25 s / d 27 Mei",
     "Jum'at-Minggu, 5-7 Mei", "Selasa, 07-03-2023",
     "Kamis tanggal 9/3/2023", "Rabu,9.3.2023", "Rabu 19/3/2023", "Senin, 123/4/2023"],
)  # fmt: skip
def test_anchored_dates_reach_back_to_the_weekday(text: str) -> None:
    _same_dates(text)


@pytest.mark.parametrize("word", [*dates.WEEKDAYS, "tanggal", "tgl."])
def test_anchored_dates_try_every_weekday_and_tanggal_in_any_case(word: str) -> None:
    """Before its anchor a match is tried only where a weekday or 'tanggal' can start."""
    odd = word.replace("s", "\u017f").replace("k", "\u212a")  # long s, Kelvin sign
    for form in (word, word.upper(), word.title(), odd):
        text = f"x{form}, ({form} 25 Januari) {form} (2/11/23) {form}(25/1)"
        _same_dates(text)
        assert len(list(dates._NUMERIC_SCAN.finditer(text))) == 2


# The readable form of numbers.NUMBER.
PLAIN_NUMBER = re.compile(
    r"(?<![\w.,/])(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d+|\d+\.\d{1,2}(?!\d)|\d+)(?![\w]|[.,]\d)"
)


@SETTINGS
@given(text=TEXT)
def test_number_pattern_equals_its_readable_form(text: str) -> None:
    assert _matches(numbers.NUMBER.finditer(text)) == _matches(PLAIN_NUMBER.finditer(text))


def _literal_first_patterns() -> list:
    """The patterns of the regex engine, each alone or led by its leading words."""
    return [
        *(p for _t, p, _l in vocab.event_types()),
        *(led for led, _needs in meeting._venue_patterns()),
        *meeting._PARTICIPANTS,
        meeting._ATTENDANCE,
        meeting._THEME,
    ]


@SETTINGS
@given(text=st.one_of(TEXT, MEETING_WORDS))
def test_literal_first_patterns_match_like_the_standard_engine(text: str) -> None:
    for fast in _literal_first_patterns():
        pattern = fast.pattern if isinstance(fast, scan.Led) else fast
        plain = re.compile(pattern.pattern, pattern.flags & re.IGNORECASE)
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


SUBAREA_WORDS = _joined(
    ["Kecamatan", "kecamatan", "KEC.", "Kec.", "Desa", "desa", "Kelurahan", " ", "  ", "\n",
     "Talang", "Kelapa", "Sukamaju", "x", ".", ",", "Pedesaan", "\u212aelurahan", "Banyuasin",
     "De\u017fa"],
    30,
)  # fmt: skip


@SETTINGS
@given(text=st.one_of(TEXT, SUBAREA_WORDS))
@example(text="Di De\u017fa Sukamaju, \u212aelurahan Mariana")
def test_subarea_heads_led_by_their_words_match_like_the_plain_pattern(text: str) -> None:
    """Also with the characters that equal a letter when case is ignored ('\u017f' is
    's'): every head found names an area, and each cue lies in the text."""
    led = places._subarea_scan()
    plain = re.compile(led.pattern.pattern, led.pattern.flags)
    assert [m.span(2) for m in led.finditer(text)] == [m.span(2) for m in plain.finditer(text)]
    for cue in places._subarea_cues(text):
        assert 0 <= cue.start < cue.end <= len(text)
        assert cue.area.split()[0] in {"Kecamatan", "Desa", "Kelurahan"}


def test_anchor_contract_is_enforced_by_construction() -> None:
    """A phrase whose regex does not start with its first character is refused."""
    bad = scan.Phrases((scan.Phrase("x", r"\w+", "w", False),))
    with pytest.raises(ValueError, match="does not start"):
        _ = bad.pattern


@SETTINGS
@given(
    text=st.one_of(TEXT, _joined(["a", "  ", " " * 40, "\n", "\u2003", "(", "x"], 30)),
    limit=st.integers(0, 20),
    data=st.data(),
)
def test_back_over_equals_the_step_by_step_walk(text: str, limit: int, data) -> None:
    pos = data.draw(st.integers(0, len(text)))
    floor = data.draw(st.integers(0, pos))
    assert scan.back_over(text, pos, floor, limit) == scan._back_over_by_step(
        text, pos, floor, limit
    )


def test_word_starts_finds_forms_that_start_inside_one_another() -> None:
    starts = scan.word_starts(["Selasa", "Sabtu", "tanggal", "tgl"])
    text = "Selasabtu TGL xtanggal \u017fabtu"
    assert [m.start() for m in starts.finditer(text)] == [0, 4, 10, 15, 23]


def test_back_over_crosses_whitespace_and_counts_the_rest() -> None:
    text = "Rabu ,   (25/1)"
    assert scan.back_over(text, text.index("("), 0, 5) == 0
    assert scan.back_over(text, text.index("("), 0, 1) == len("Rabu")
    assert scan.back_over(text, text.index("("), 3, 10) == 3


# Readable forms of figures.YEAR, figures._CLAUSE_MARK and figures._FROM_BEFORE.
PLAIN_FROM_BEFORE = re.compile(
    r"(?<!\w)(?<!kurang\s)(?<!lebih\s)dari\s*(?:angka\s*|sebesar\s*)?$", re.I
)
PLAIN_YEAR = re.compile(r"(?<![\w.,/-])((?:19|20)\d{2})(?![\w]|[.,]\d|\s*[-/]\s*\d)")
PLAIN_CLAUSE_MARK = re.compile(r"(?<!\d)[,;:]|[,;:](?!\d)|[\u201c\"]")
YEARISH = _joined(
    ["2023", "1998", "2019", "20", " ", "  ", "-", " - ", "/", ",", ".", "5",
     "tahun ", "x", "(", "2.023", ";", ":", "\u201c", "(1/2)", "dari", "DARI ", "angka",
     "kurang ", "Lebih ", "lebih\n",
     "Sebesar", "dar\u0131", "DAR\u0130", "\u017febesar", " pada ", " di tahun ", "(SSGI ",
     "\u0663"],
    30,
)  # fmt: skip


@SETTINGS
@given(text=st.one_of(TEXT, YEARISH))
@example(text="turun 5 persen pada 1998")
@example(text="turun 5 persen menjadi 20 persen pada 2023")
def test_year_and_clause_patterns_equal_their_readable_forms(text: str) -> None:
    assert _matches(figures.YEAR.finditer(text)) == _matches(PLAIN_YEAR.finditer(text))
    got = _matches(figures._CLAUSE_MARK.finditer(text))
    assert got == _matches(PLAIN_CLAUSE_MARK.finditer(text))
    for a in range(len(text) + 1):
        m = figures._YEAR_AFTER.match(text, a)
        plain = (int(m.group(1)), m.end()) if m else (None, a)
        assert figures._year_forward(text, a, len(text)) == plain
    for end in range(len(text) + 1):
        found = figures._FROM_BEFORE.search(text[:end])
        plain_found = PLAIN_FROM_BEFORE.search(text[:end])
        assert _matches([found] if found else []) == _matches([plain_found] if plain_found else [])


def _plain_clause_start(text: str, sent: textnorm.Sentence, pos: int, floor: int) -> int:
    """The start of a figure's clause, read from a scan of the 140 characters before it."""
    a = max(sent.start, floor, pos - 140)
    cut = a
    for m in PLAIN_CLAUSE_MARK.finditer(text[a:pos]):
        cut = a + m.end()
    while cut < pos and text[cut].isspace():
        cut += 1
    return cut


@SETTINGS
@given(text=st.one_of(TEXT, YEARISH), cut=st.integers(0, 5), long=st.booleans())
@example(text="1,2", cut=0, long=False)  # a mark between digits at either end of the window
@example(text="12,5;3", cut=2, long=False)
def test_clause_start_equals_a_scan_of_the_text_before_the_figure(
    text: str, cut: int, long: bool
) -> None:
    text = text * 40 if long else text  # past the 140 characters read
    sent = textnorm.Sentence(min(cut, len(text)), len(text), 0, False)
    for end in (len(text), (sent.start + len(text)) // 2):  # where the last figure starts
        clauses = figures._Clauses(text, sent, end)
        for pos in range(sent.start, end + 1):
            for floor in (0, pos - 1, pos - 2, sent.start + 1):
                want = _plain_clause_start(text, sent, pos, floor)
                assert clauses.start(pos, floor) == want, (pos, floor, end)


_RANGE_END = re.compile(r"\d\s*-\s*$")


def _years_of(text: str, sent: textnorm.Sentence, masked: list[tuple[int, int]]):
    """figures._Years of a sentence, given its NUMBER matches outside the masked spans."""
    digits = numbers.NUMBER.finditer(text, sent.start, sent.end)
    outside = [m for m in digits if not positions.overlaps(masked, *m.span())]
    return figures._Years(text, sent, masked, outside)


def _last_year_plain(view: str, a: int, b: int, masked: list[tuple[int, int]]) -> int | None:
    """The year before a number, read by scanning view[a:b] afresh."""
    years = [
        m for m in PLAIN_YEAR.finditer(view, a, b) if not positions.overlaps(masked, *m.span())
    ]
    years = [m for m in years if not _RANGE_END.search(view[max(0, m.start() - 3) : m.start()])]
    return int(years[-1].group(1)) if years else None


@SETTINGS
@given(text=st.one_of(TEXT, YEARISH), pick=st.integers(0, 30), width=st.integers(0, 300))
def test_years_read_once_per_sentence_equal_a_fresh_scan(text: str, pick: int, width: int) -> None:
    """For every number: the year read before it is the one a fresh scan finds."""
    starts = [m.start() for m in numbers.NUMBER.finditer(text)]
    if not starts:
        return
    b = starts[pick % len(starts)]
    a = max(0, b - width)
    sent = textnorm.Sentence(0, len(text), 0, False)
    masked = [(d.start, d.end) for d in dates.find_dates(text)]
    years = _years_of(text, sent, masked)
    assert years.last_before(a, b) == _last_year_plain(text, a, b, masked)


@pytest.mark.parametrize(
    "text",
    ["2023 - 20 persen", "2023 / 5", "tahun 2022-2023 sebesar 20", "2023,5 dan 7", "19 2019 4"],
)
def test_years_before_a_number_examples(text: str) -> None:
    sent = textnorm.Sentence(0, len(text), 0, False)
    years = _years_of(text, sent, [])
    for m in numbers.NUMBER.finditer(text):
        assert years.last_before(0, m.start()) == _last_year_plain(text, 0, m.start(), [])


@SETTINGS
@given(text=st.one_of(TEXT, YEARISH, DATE_LIKE))
@example(text="Rabu (25/1/2023) 1998 dan -2023, 2019.5 /2020 2021-")
@example(text="naik 2023 - 5 persen, 2019 / 7 persen")
def test_years_read_at_numbers_are_those_a_scan_of_the_sentence_finds(text: str) -> None:
    """Why figures reads a sentence's years at its numbers outside dates, and skips
    the years of a sentence whose NUMBER matches all lie in dates."""
    masked = sorted((d.start, d.end) for d in dates.find_dates(text))
    for sent in textnorm.sentences(text):
        years = _years_of(text, sent, masked)
        scanned = PLAIN_YEAR.finditer(text, sent.start, sent.end)
        outside = [m for m in scanned if not positions.overlaps(masked, *m.span())]
        assert _matches(years.found) == _matches(outside)
        digits = numbers.NUMBER.finditer(text, sent.start, sent.end)
        if all(positions.overlaps(masked, *m.span()) for m in digits):
            for b in range(sent.start, sent.end + 1):  # figures reads _NO_YEARS here
                assert years.last_before(sent.start, b) is None


PARAGRAPHS = st.lists(st.one_of(TEXT, st.just("\n\n"), st.just(" 20 persen. ")), max_size=8).map(
    "".join
)


@SETTINGS
@given(text=PARAGRAPHS)
@example(text="Angka stunting tinggi. Kini 20 persen.")
@example(text="Angka stunting tinggi.\n\nKini 20 persen.")
def test_aliases_read_only_in_paragraphs_with_numbers_change_no_figure(text: str) -> None:
    def every_sentence(view, sents, _digits, _words):
        return scan.per_span(vocab.alias_pattern(), view, [(s.start, s.end) for s in sents])

    sents, found = textnorm.sentences(text), dates.find_dates(text)
    got = figures.extract_figures(text, sents, found, "Kabupaten Banyuasin", None)
    with mock.patch.object(figures, "_aliases_where_numbers", every_sentence):
        assert got == figures.extract_figures(text, sents, found, "Kabupaten Banyuasin", None)


PERCENTS = _joined(
    ["dua puluh", "Dua Belas", "seratus", "lima", " ", "  ", "\n\n", ".", ",",
     "persen", "Persen", "PERSEN", "per\u017fen", "%", "prosen", "pct", "x"],
    30,
)  # fmt: skip


@SETTINGS
@given(text=st.one_of(TEXT, PERCENTS))
@example(text="dua puluh\n\npersen")
@example(text="Dua Belas\n\n %")
@example(text="lima PERSEN")
@example(text="lima per\u017fen")
def test_number_words_are_read_wherever_a_percentage_can_follow(text: str) -> None:
    percents = [m.start() for m in figures.PERCENT_WORD.finditer(text)]
    plain = re.compile(r"%|persen|prosen|pct", re.IGNORECASE)
    assert percents == [m.start() for m in plain.finditer(text)]
    sents = textnorm.sentences(text)
    read = figures._number_words(text, sents, percents, [])
    for sent, found in zip(sents, read, strict=True):
        kept = [m.span() for m in found]
        every = list(numbers.NUMBER_WORDS.finditer(text, sent.start, sent.end))
        assert kept in ([], [m.span() for m in every])
        for m in every:
            if figures._unit_after(text, m.end(), m.start())[0] == "percent":
                assert m.span() in kept


# Readable forms of the capitalised-word patterns of helpers.places.
PLAIN_WORD_START = re.compile(
    r"(?:(?<![\w-])|(?<=(?<!\w)[Ss]e-))([A-Z][A-Za-z]*(?:-[A-Z][A-Za-z]*)*)(\.?)"
)
PLAIN_CAPS_RUN = re.compile(r"\b[A-Z]{3,}(?:\s+[A-Z]{3,})*\b")
CAPITALS = _joined(
    ["BARITO", "UTARA", "Kab", ".", " ", "-", "Muara-Teweh", "a", "AB", "x1", "\n", "se-", "Se"],
    20,
)


@SETTINGS
@given(text=st.one_of(TEXT, CAPITALS))
def test_place_word_patterns_equal_their_readable_forms(text: str) -> None:
    words = [(m.span(), m.groups()) for m in places._WORD_START.finditer(text)]
    assert words == [(m.span(), m.groups()) for m in PLAIN_WORD_START.finditer(text)]
    assert _matches(places._CAPS_RUN.finditer(text)) == _matches(PLAIN_CAPS_RUN.finditer(text))


def test_facility_and_body_phrases_equal_their_plain_forms() -> None:
    text = (
        "di Puskesmas Mariana, RSUD  Sukajadi dan Rumah Sakit Umum Daerah Kayuagung; IDI dan POGI"
    )
    for phrases in (organisations._facility_phrases(), organisations._org_phrases()):
        got = _labelled(phrases, phrases.pattern, text)
        assert got and got == _labelled(phrases, phrases.plain, text)


NAMES = _joined(
    ["Dr.", "dr.", "H.", "Hj.", "drg.", "apt.", "Prof.", " ", "  ", "Budi", "A.",
     "R.Dewi", "Mc", "Donald", "-", ".", ",", "dan", "di", "O'Neil", "\n"],
    25,
)  # fmt: skip


@SETTINGS
@given(text=st.one_of(TEXT, NAMES))
def test_mention_starts_equal_the_plain_pattern(text: str) -> None:
    plain = [
        (m.start(), m.end(), people._FIRST_TOKEN_RE.match(text, m.end()).end(),
         m.group(1).strip() if m.group(1) else None)
        for m in people._plain_mention_start().finditer(text)
    ]  # fmt: skip
    names = [(a, pos, pre) for a, pos, end, pre in plain if people._name_token(text[pos:end])]
    assert list(people._mention_starts(text, 0, len(text))) == [(p, pre) for _, p, pre in names]
    # with a stop, those whose honorifics or name start there or before
    for stop in {0, len(text) // 2, *(a for a, _, _ in names), *(p for _, p, _ in names)}:
        want = [(pos, pre) for a, pos, pre in names if a <= stop]
        assert list(people._mention_starts(text, 0, len(text), stop)) == want, stop


@SETTINGS
@given(text=st.one_of(TEXT, MORE_PHRASES), keep=st.lists(st.booleans(), max_size=12))
@example(text="Puskesmas Mariana. Sukajadi dan RSUD\nBanyuasin, IDI. POGI", keep=[True, False])
def test_one_scan_per_text_equals_one_scan_per_sentence(text: str, keep: list[bool]) -> None:
    """Over every sentence, and over some of them (those of the paragraphs figures read)."""
    spans = [(s.start, s.end) for s in textnorm.sentences(text)]
    spans = [span for i, span in enumerate(spans) if i >= len(keep) or keep[i]]
    for pattern in (vocab.alias_pattern(), numbers.NUMBER, numbers.NUMBER_WORDS,
                    people._role_re()):  # fmt: skip
        got = [[m.span() for m in found] for found in scan.per_span(pattern, text, spans)]
        assert got == [[m.span() for m in pattern.finditer(text, a, b)] for a, b in spans]
    for phrases in _phrase_sets().values():  # found through the keyword pass
        got = [[m.span() for m in found] for found in scan.per_span(phrases, text, spans)]
        assert got == [[m.span() for m in phrases.plain.finditer(text, a, b)] for a, b in spans]


def test_a_phrase_across_a_line_break_is_read_per_sentence() -> None:
    text = "Angka balita\npendek turun. Dua puluh\nlima persen."
    spans = [(s.start, s.end) for s in textnorm.sentences(text)]
    for pattern in (vocab.alias_pattern(), numbers.NUMBER_WORDS):
        got = [[m.span() for m in found] for found in scan.per_span(pattern, text, spans)]
        assert got == [[m.span() for m in pattern.finditer(text, a, b)] for a, b in spans]


def test_phrases_with_an_unknown_first_letter_fall_back_to_the_plain_pattern() -> None:
    phrases = vocab.phrases([("x", "\u017ftunting", False), ("y", "stunting", False)], r"\b")
    assert phrases.pattern is phrases.plain
    assert _labelled(phrases, phrases.pattern, "STUNTING") == [((0, 8), "x")]


def _splits_plain(view: str, start: int, end: int) -> list[int]:
    """Sentence ends as first written: each run of marks, then a look at the word before."""
    cuts = []
    for m in textnorm._SENT_END.finditer(view, start, end):
        chunk = view[max(start, m.start() - 12) : m.start() + 1]
        word = re.search(r"([A-Za-z]+)\.*$", chunk)
        token = word.group(1).lower() if word else ""
        alone, tails = textnorm._abbreviation_words()
        after_dot = word is not None and chunk[: word.start()].endswith(".")
        if len(token) == 1 or token in alone or (after_dot and token in tails):
            continue
        cuts.append(m.end())
    return cuts


SENTENCES = _joined(
    ["Dr.", "dr", "H.", "Kab.", "Prof", "x", "Ab", "Budi", "Kesehatannya", ".", "S.Gizi",
     "gizi", "Bidan",
     "!", "?", "...", " ", "  ", "\u201d", '"', "(", "2023", "A", "\u212aab.",
     "\u017f"],
    30,
)  # fmt: skip


@SETTINGS
@given(text=st.one_of(TEXT, SENTENCES))
def test_sentence_ends_equal_a_look_at_each_word(text: str) -> None:
    pos = 0
    for line in text.split("\n"):
        assert textnorm._splits(text, pos, pos + len(line)) == _splits_plain(
            text, pos, pos + len(line)
        )
        pos += len(line) + 1


@SETTINGS
@given(text=st.one_of(TEXT, NAMES))
def test_honorifics_ahead_equal_the_plain_pattern(text: str) -> None:
    plain = re.compile(r"(?:^|\s)(" + people._prefix_re().pattern + r")(?=[A-Z])")
    want = plain.search(text)
    got = people._prefix_ahead().search(text)
    assert (got.span() if got else None) == (want.span(1) if want else None)


def _name_word_by_word(text: str, pos: int) -> tuple[int, int, bool] | None:
    """people._name_at's readable form: the first word, then one word at a time."""
    m = people._FIRST_TOKEN_RE.match(text, pos)
    if m is None or not people._name_token(m.group(1)):
        return None
    end, count = m.end(), 1
    word = re.compile(rf"\s?({people._NAME_TOKEN})")
    if m.group(1) == "I" and not ((w := word.match(text, end)) and people._name_token(w.group(1))):
        return None  # the 'I' of a Balinese name opens one only before a name word
    while (
        count < people._MOST_NAME_WORDS
        and (m := word.match(text, end))
        and people._name_token(m.group(1))
    ):
        end, count = m.end(), count + 1
    if text[end - 1] == "." and not people._INITIAL_END.search(text[pos:end]):
        end -= 1
    return pos, end, count < people._MOST_NAME_WORDS


@SETTINGS
@given(text=st.one_of(TEXT, NAMES))
def test_a_name_read_in_one_match_equals_it_read_word_by_word(text: str) -> None:
    for pos in range(len(text)):
        assert people._name_at(text, pos) == _name_word_by_word(text, pos)


HONORIFIC_TEXT = _joined(
    ["Bupati", "Kepala Dinas", "H.", "Hj.", "dr.", "Dr.", "Prof.", "drg.", " ", "  ", ",",
     "Budi", "Askolani", "(", ")", ".", "x", "\n"],
    30,
)  # fmt: skip


@SETTINGS
@given(text=st.one_of(TEXT, HONORIFIC_TEXT), width=st.integers(0, 80))
@example(text="Bupati H. Hj. Budi", width=8)  # alone, ' H. Hj. ' reads only 'H.'
def test_honorifics_after_a_role_equal_a_search_of_the_characters_alone(
    text: str, width: int
) -> None:
    pattern = people._prefix_ahead()
    for sent in textnorm.sentences(text):
        honorifics = people._Honorifics(text, sent)
        for a in range(sent.start, sent.end + 1):
            b = min(sent.end, a + width)
            m = pattern.search(text[a:b])
            assert honorifics.first(a, b) == ((a + m.start(), a + m.end()) if m else None)


# Names, what anchors them (roles, links, degrees, 'dari', honorifics) and what ends a
# sentence or a line between them.
PERSON_TEXT = _joined(
    ["Budi", "Santoso", "Ma'ruf", "A.", "R.Dewi", "H.", "dr.", "SKM", "S.Kep", "M.Kes", "SE",
     "Kepala Dinas Kesehatan", "Bupati", "Pj. Bupati", ", ", " selaku ", " sebagai ",
     " yang menjabat sebagai ", " dari ", "RSUD", "Dinkes", "rapat", " ", "\n", "\n\n", ". ",
     "! ", "? ", '" ', "' ", "\u201d ", ".\n", "Baca juga: "],
    30,
)  # fmt: skip


@SETTINGS
@given(text=st.one_of(TEXT, NAMES, PERSON_TEXT))
@example(text="Budi Santoso, Kepala Dinas Kesehatan.")  # a role after the name
@example(text="Budi Santoso dari RSUD Banyuasin.")  # 'dari' after it
@example(text="Budi Santoso SKM hadir.")  # a degree after it
@example(text="Hadir pula dr. Budi di rapat.")  # an honorific, the last anchor
@example(text="kata Budi\nSantoso, Kepala Dinas Kesehatan")  # a name across a line
@example(text="kata Budi A.\nSKM rapat")  # an initial's dot ends the line
@example(text="kata Ma'ruf'\nSantoso, Bupati")  # a name ending with a single quote
def test_names_read_up_to_the_last_anchor_are_all_that_are_kept(text: str) -> None:
    assert all(a.words() for a in people._ANCHORS), "every sentence would be read"
    anchors = [a.starts(text) for a in people._ANCHORS]
    for sent in textnorm.sentences(text):
        stop = people._names_before(text, sent, anchors)
        found = people._role_after(text, sent, {}, {})
        assert (people._role_after(text, sent, {}, {}, stop) if stop is not None else []) == found


@pytest.mark.parametrize("name", ["percent", "surveys"])
@SETTINGS
@given(
    text=st.one_of(TEXT, MORE_PHRASES, PERCENTS),
    cut=st.tuples(st.integers(0, 400), st.integers(0, 400)),
)
def test_figure_patterns_tried_at_their_leading_words_find_what_they_find_everywhere(
    name: str, text: str, cut: tuple[int, int]
) -> None:
    led = {"percent": figures.PERCENT_WORD, "surveys": figures._SURVEY}[name]
    pos, endpos = sorted(cut)
    for args in ((), (pos,), (pos, endpos)):
        got = [m.span() for m in led.finditer(text, *args)]
        assert got == [m.span() for m in led.pattern.finditer(text, *args)]
    assert led.starts(text) is not None, "searched by its pattern instead"
