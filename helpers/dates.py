"""Indonesian date expressions: '(25/1)', '25-26 Januari 2023', 'Kamis (2/11/23)',
'Selasa hingga Kamis (5-7/3/2024)'.

Day comes before month. A missing year comes from the publication date,
chosen so that a stated weekday agrees; without either it stays unknown.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from typing import NamedTuple

from .scan import Anchored, word_starts

WEEKDAYS = {
    "senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "sabtu": 5,
    "minggu": 6, "ahad": 6,
}  # fmt: skip
MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "pebruari": 2, "feb": 2, "peb": 2, "maret": 3,
    "mar": 3, "april": 4, "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7,
    "agustus": 8, "agu": 8, "agt": 8, "ags": 8, "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "november": 11, "nopember": 11, "nov": 11, "desember": 12,
    "des": 12,
}  # fmt: skip
_WEEKDAY_FORMS = ("Senin", "Selasa", "Rabu", "Kamis", "Jum'?at", "Sabtu", "Minggu", "Ahad")
_MON = "|".join(sorted(MONTHS, key=len, reverse=True))
_RANGE = r"\s*(?:-|s\.?\s?d\.?|s\s?/\s?d|sampai(?:\s+dengan)?|hingga|dan)\s*"
_WD = rf"(?P<wd>{'|'.join(_WEEKDAY_FORMS)})"
# The first weekday of a range of days, just before the weekday of a date ('Selasa
# hingga' before 'Kamis (5-7/3)'), looked for only before a date with a range.
_FIRST_WEEKDAY = re.compile(rf"(?<![\w'])({'|'.join(_WEEKDAY_FORMS)}){_RANGE}$", re.IGNORECASE)

NUMERIC = re.compile(
    rf"(?:{_WD}\s*,?\s*)?\(\s*(?P<d>\d{{1,2}})(?:\s*-\s*(?P<d2>\d{{1,2}}))?\s*/\s*(?P<m>\d{{1,2}})"
    rf"(?:\s*/\s*(?P<y>\d{{4}}|\d{{2}}))?\s*\)",
    re.IGNORECASE,
)
WRITTEN = re.compile(
    rf"(?:{_WD}\s*,?\s*(?:\(\s*)?)?(?:tanggal\s+|tgl\.?\s*)?(?P<d>\d{{1,2}})(?:{_RANGE}(?P<d2>\d{{1,2}}))?"
    rf"\s+(?P<mon>{_MON})\b\.?(?:\s+(?P<y>\d{{4}}))?\)?",
    re.IGNORECASE,
)
# A date in digits alone, with its full year: 'Selasa, 07-03-2023', 'Kamis, 9/3/2023'.
# The same mark between all three parts, and no digit or mark around them: '6-11' or a
# figure's '1.207.500' is no date.
BARE_NUMERIC = re.compile(
    rf"(?:{_WD}\s*,?\s*)?(?:tanggal\s+|tgl\.?\s*)?(?<![\w/.,-])(?P<d>\d{{1,2}})(?P<sep>[/.-])"
    rf"(?P<m>\d{{1,2}})(?P=sep)(?P<y>(?:19|20)\d\d)(?![\w/]|[.,-]\d)",
    re.IGNORECASE,
)
# Every date holds its day digits (after a '(' in the numeric form); before them
# come at most a weekday, a comma, a '(' and 'tanggal', and no digit or '('.
_REACH = max(map(len, WEEKDAYS)) + len(",(") + len("tanggal")

# ... and a match that starts before them starts with a weekday or 'tanggal'.
_NUMERIC_SCAN = Anchored(
    NUMERIC,
    re.compile(r"\(\s*\d{1,2}(?:\s*-\s*\d{1,2})?\s*/"),
    _REACH,
    word_starts(_WEEKDAY_FORMS),
)
# ... found through the mark and century of its year ('/20'), where the keyword pass
# finds one: the digits before them ('07/03') hold no such mark and century, and a match
# starts at those digits or at a weekday or 'tanggal' before them.
_BARE_NUMERIC_SCAN = Anchored(
    BARE_NUMERIC,
    re.compile(r"[/.-](?:19|20)"),
    _REACH + len("07/03"),
    re.compile(rf"{word_starts((*_WEEKDAY_FORMS, 'tanggal', 'tgl')).pattern}|\d"),
    tuple(mark + century for mark in "/.-" for century in ("19", "20")),
    words_where="anywhere",
)
_WRITTEN_SCAN = Anchored(
    WRITTEN,
    re.compile(rf"\d{{1,2}}(?:{_RANGE}\d{{1,2}})?\s+(?:{_MON})\b", re.IGNORECASE),
    _REACH,
    word_starts((*_WEEKDAY_FORMS, "tanggal", "tgl")),
    tuple(MONTHS),  # the anchor ends with its month, after at most '12 sampai dengan 13 '
    words_reach=len("12sampaidengan13"),
)


class DateMention(NamedTuple):
    start: int
    end: int
    date_start: dt.date | None
    date_end: dt.date | None
    weekday: int | None
    weekday_ok: bool | None  # None when no weekday was written or no date resolved
    year_written: bool


def _year(raw: str | None) -> int | None:
    if not raw:
        return None
    y = int(raw)
    return 2000 + y if y < 100 else y


def _safe(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def resolve_year(
    day: int, month: int, weekday: int | None, published: dt.date | None
) -> int | None:
    """Year for a day and month written without one: the publication year, or a
    neighbouring year when only that one agrees with the weekday or the date
    would otherwise fall well after publication."""
    if published is None:
        return None
    years = [published.year, published.year - 1, published.year + 1]
    if weekday is not None:
        for y in years:
            d = _safe(y, month, day)
            if d and d.weekday() == weekday:
                return y
    d = _safe(published.year, month, day)
    if d and d > published + dt.timedelta(days=60):
        return published.year - 1
    return published.year


_FIRST_REACH = max(map(len, WEEKDAYS)) + len(" sampai dengan ") + 8  # and spaces


def _weekday(raw: str | None) -> int | None:
    return WEEKDAYS.get(raw.lower().replace("'", "")) if raw else None


def _mention(m: re.Match[str], month: int, published: dt.date | None) -> DateMention:
    """A date, or a range of days in one month. One weekday before a range names its
    first day ('Rabu, 25-26 Januari'); of two, the last names its last day ('Selasa
    hingga Kamis (5-7/3)'), and both must agree."""
    weekday, first_weekday, at = _weekday(m.group("wd")), None, m.start()
    day = int(m.group("d"))
    day2 = int(m["d2"]) if m.re.groupindex.get("d2") and m["d2"] else None
    if day2 and weekday is not None:
        first = _FIRST_WEEKDAY.search(m.string, max(0, at - _FIRST_REACH), at)
        if first:  # the mention starts there
            first_weekday, at = _weekday(first.group(1)), first.start()
    named = day2 if day2 and first_weekday is not None else day  # the day weekday names
    year = _year(m.group("y"))
    written = year is not None
    if year is None:
        year = resolve_year(named, month, weekday, published)
    start = _safe(year, month, day) if year else None
    end = _safe(year, month, day2) if year and day2 else None
    if end and start and end < start:
        end = None
    ok = None
    if weekday is not None and start is not None:
        if named == day2 and end:
            ok = end.weekday() == weekday and start.weekday() == first_weekday
        else:
            ok = start.weekday() == weekday
    return DateMention(at, m.end(), start, end, weekday, ok, written)


# A day named by its distance from the publication, without a date: 'kemarin', 'hari
# ini', 'Senin lalu', 'Senin kemarin', or a weekday alone, capitalised ('di Muara Teweh,
# Senin.'): the last such day. Not a day ahead ('Senin depan', 'Senin ini'), nor a
# weekday before its date, which find_dates reads, nor 'tahun kemarin' or 'minggu lalu'.
_RELATIVE = re.compile(
    rf"(?<![\w'])(?:(?P<wd>{'|'.join(_WEEKDAY_FORMS)})(?:\s+(?P<back>lalu|kemarin))?"
    r"|(?<!tahun\s)(?<!bulan\s)(?<!pekan\s)(?<!inggu\s)(?P<rel>[Kk]emarin|[Hh]ari\s+ini))"
    r"(?![\w'])(?!\s*(?:[,(]?\s*\d|depan|mendatang|besok|nanti|ini))"
)


def relative_dates(view: str, a: int, b: int, published: dt.date) -> list[DateMention]:
    """The days named in view[a:b] by their distance from the publication date."""
    found = []
    for m in _RELATIVE.finditer(view, a, b):
        if m["rel"]:
            back = 0 if m["rel"].lower().startswith("hari") else 1
        else:
            weekday = _weekday(m["wd"])
            if weekday == WEEKDAYS["minggu"] and m["back"]:
                continue  # 'Minggu lalu' is last week as often as last Sunday
            back = (published.weekday() - weekday) % 7 or (7 if m["back"] else 0)
        day = published - dt.timedelta(days=back)
        weekday = _weekday(m["wd"])
        found.append(
            DateMention(m.start(), m.end(), day, None, weekday, weekday is not None, False)
        )
    return found


def find_dates(view: str, published: dt.date | None = None) -> list[DateMention]:
    """Every day-level date mention, in text order, without overlaps."""
    found: list[DateMention] = []
    for scan in (_NUMERIC_SCAN, _BARE_NUMERIC_SCAN, _WRITTEN_SCAN):
        taken = sorted((f.start, f.end) for f in found)  # not overlapping
        for m in scan.finditer(view):
            i = bisect.bisect_left(taken, (m.end(), m.end()))
            if i and taken[i - 1][1] > m.start():
                continue  # inside a date already read
            month = MONTHS[m["mon"].lower()] if scan is _WRITTEN_SCAN else int(m["m"])
            if 1 <= month <= 12 and 1 <= int(m["d"]) <= 31:
                found.append(_mention(m, month, published))
    return _across_months(view, sorted(found, key=lambda f: f.start))


_BETWEEN = re.compile(_RANGE)
_LONGEST_RANGE = dt.timedelta(days=14)  # a meeting's days; 'Januari - Desember' is a period


def _across_months(view: str, found: list[DateMention]) -> list[DateMention]:
    """'28 Februari - 1 Maret 2023', '30 Desember 2022 sampai 2 Januari 2023': two dates
    joined as a range make one mention from the first to the last."""
    out: list[DateMention] = []
    for f in found:
        start = _range_start(view, out[-1], f) if out else None
        if start is not None:
            first = out[-1]
            ok = None if first.weekday is None else start.weekday() == first.weekday
            out[-1] = DateMention(
                first.start, f.end, start, f.date_start, first.weekday, ok, f.year_written
            )
        else:
            out.append(f)
    return out


def _range_start(view: str, first: DateMention, last: DateMention) -> dt.date | None:
    """The first day of a range from `first` to `last` (two single days with a range word
    between them, the last with its year or neither, at most two weeks apart); a first
    day written without a year takes the last's, or the year before (from December to
    January); two without one take theirs from the publication date."""
    if not (
        (last.year_written or not first.year_written)
        and last.date_start is not None
        and first.date_end is None
        and last.date_end is None
        and _BETWEEN.fullmatch(view, first.end, last.start)
    ):
        return None
    start = first.date_start
    if not first.year_written and last.year_written:
        m = WRITTEN.match(view, first.start)
        if m is None or m.end() != first.end:
            return None
        day, month = int(m.group("d")), MONTHS[m.group("mon").lower()]
        start = _safe(last.date_start.year - (month > last.date_start.month), month, day)
    return start if start and start < last.date_start <= start + _LONGEST_RANGE else None
