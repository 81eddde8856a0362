"""The meeting an article reports: type and name, place, dates, venue, participants."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

import regex

from . import numbers, places, scan, vocab
from .dates import DateMention, relative_dates
from .positions import any_within, inside
from .textnorm import Sentence, one_space


@dataclass(frozen=True)
class Meeting:
    event_type: str | None
    event_name: str | None
    event_span: tuple[int, int] | None
    district: str | None
    province: str | None
    date_start: dt.date | None
    date_end: dt.date | None
    date_span: tuple[int, int] | None
    venue: str | None
    venue_span: tuple[int, int] | None
    participants: int | None
    participants_span: tuple[int, int] | None
    theme: str | None
    theme_span: tuple[int, int] | None


class _Clean(NamedTuple):
    """The sentences that are not noise, in text order, with their starts and spans:
    read once per article, as every field looks them up."""

    sents: list[Sentence]
    starts: list[int]
    spans: list[tuple[int, int]]

    @classmethod
    def of(cls, sents: list[Sentence]) -> _Clean:
        clean = [s for s in sents if not s.noise]
        return cls(clean, [s.start for s in clean], [(s.start, s.end) for s in clean])


# ---- event ---------------------------------------------------------------

_NAME_TAIL = re.compile(
    r"(?:[^\S\n]+(?:\([^)]{1,40}\)|ke-?\s?\d+|[Tt]ahun\s+\d{4}|tingkat\s+(?:Kabupaten|Kota|Provinsi)\s+[A-Z]\w+"
    r"|di\s+(?:Kabupaten|Kota)\s+[A-Z]\w+(?:\s+[A-Z]\w+)?|dan(?=\s+[A-Z])|[A-Z][\w-]*|AMP-SR|-))"
)


@lru_cache(maxsize=1)
def _event_scans() -> tuple[tuple[str, scan.Led], ...]:
    """Each event type's pattern, tried only where one of its leading words stands."""
    return tuple((etype, scan.Led(pattern)) for etype, pattern, _label in vocab.event_types())


def _shouted(text: str) -> bool:
    """Whether a mention of several words is all in capitals, as a headline may be
    written ('RAKOR STUNTING'); an acronym alone ('HGN', 'AMP-SR') is not shouted."""
    return any(c.isspace() for c in text) and text.isupper()


def find_event(view: str, clean: _Clean) -> tuple[str, str, tuple[int, int]] | None:
    """Earliest event mention; among mentions at one place the more specific type wins.
    A mention in capitals ('RAKOR STUNTING') yields to the earliest written in ordinary
    case of a type as specific ('Rapat Koordinasi Percepatan Penurunan Stunting')."""
    shouted, plain = None, []
    for rank, (etype, led) in enumerate(_event_scans()):
        for m in led.finditer(view):
            if inside(clean.spans, m.start()) and not _venue_named(view, m.start()):
                found = ((m.start(), rank), etype, m)
                if not _shouted(m.group()):
                    plain.append(found)
                    break
                if shouted is None or found[0] < shouted[0]:
                    shouted = found
    if shouted is not None:
        plain = [p for p in plain if p[0][1] <= shouted[0][1]] or [shouted]
    if not plain:
        return None
    _key, etype, m = min(plain, key=lambda p: p[0])
    start, end = m.start(), m.end()
    if vocab.event_name_from()[etype] == "head":
        head = re.match(
            r"(?:Rapat\s+Koordinasi|Rapat\s+Kerja|Rakor|Rapat|Pertemuan)", view[start:], re.I
        )
        end = start + head.end()
        if _topic_named(view[end : m.end()]):
            end = m.end()  # 'Rakor percepatan penurunan stunting'
    lead = re.search(r"[Pp]eringatan\s+$", view[max(0, start - 12) : start])
    if lead:
        start -= len(lead.group())
    while True:
        t = _NAME_TAIL.match(view, end)
        if not t or t.end() - start > 220:
            break
        end = t.end()
    name = view[start:end].rstrip(" -")
    name = re.sub(r"\s+(?:dan|di)$", "", name)
    return etype, one_space(name), (start, start + len(name))


@lru_cache(maxsize=1)
def _after_venue_head() -> re.Pattern[str]:
    """A venue's head word (venue_heads.csv), case ignored, and the space after it,
    ending a text."""
    return re.compile(rf"(?<![\w-])(?:{vocab.alternatives(vocab.venue_heads())})\s+$", re.I)


def _venue_named(view: str, pos: int) -> bool:
    """Whether a mention of a meeting at pos names a room, not a meeting: 'Rapat' in
    'Ruang Rapat Bappeda', 'Pertemuan' in 'Balai Pertemuan'."""
    return bool(_after_venue_head().search(view, max(0, pos - 20), pos))


def _topic_named(words: str) -> bool:
    """Whether the words between a meeting's head and the topic its type names are a
    part of its name: each capitalised (the tail would take it), or a word in lower
    case that names a topic or an aim (cues.csv, role 'meeting_name'), so that 'Rakor
    yang membahas stunting' stays 'Rakor'."""
    allowed = _meeting_name_words()
    return all(w[0].isupper() or w.lower() in allowed for w in words.split())


@lru_cache(maxsize=1)
def _meeting_name_words() -> frozenset[str]:
    return frozenset(vocab.cue_words("meeting_name"))


# ---- dates ---------------------------------------------------------------


def _recurring(view: str, d: DateMention) -> bool:
    """'setiap 25 Januari' recurs; 'sejak 1 Januari' or 'hingga 31 Desember' bounds a
    period, but 'sejak Selasa (14/11) sampai Rabu (15/11)' gives the event's days."""
    before = view[max(0, d.start - 16) : d.start]
    roles = ("recurring",) if d.date_end else ("recurring", "open_end", "until")
    return bool(vocab.cue_pattern(*roles).search(before[-10:]))


def _paragraph(clean: _Clean, pos: int) -> int:
    """The paragraph of the clean sentence that holds pos (a candidate date's start)."""
    return clean.sents[bisect.bisect_right(clean.starts, pos) - 1].paragraph


def find_date(view: str, clean: _Clean, dates: list[DateMention]) -> DateMention | None:
    """The meeting date: in the paragraph of the first day-level date that is not
    recurring ('setiap 25 Januari'), its first dated weekday mention, else that first
    date, widened to a range that holds it. A later paragraph's dates are other events
    ('Sebelumnya, pada Kamis (28/9/2023), ...'). Only the dates that can decide are
    tested, so a text of many dates reads few."""

    def candidate(d: DateMention) -> bool:
        return bool(d.date_start) and inside(clean.spans, d.start) and not _recurring(view, d)

    first = next((d for d in dates if candidate(d)), None)
    if first is None:
        return None
    lead, pick = _paragraph(clean, first.start), first
    for d in dates:
        if d.start > first.start and _paragraph(clean, d.start) != lead:
            break  # dates are in text order: the rest lie in later paragraphs
        if d.weekday is not None and candidate(d):
            pick = d
            break
    for d in dates:
        if d.date_end and d.date_start <= pick.date_start <= d.date_end and candidate(d):
            return d
    return _until(view, clean, dates, pick)


def find_relative_date(
    view: str, clean: _Clean, event_span: tuple[int, int] | None, published: dt.date | None
) -> DateMention | None:
    """When no date is written, a day named by its distance from the publication
    ('Rakor stunting digelar kemarin', 'di Muara Teweh, Senin.'): the first in the
    paragraph that names the meeting or the next, as a lead names its day."""
    if published is None or event_span is None:
        return None
    lead = _paragraph(clean, event_span[0])
    for sent in clean.sents:
        if lead <= sent.paragraph <= lead + 1:
            for d in relative_dates(view, sent.start, sent.end, published):
                if not _recurring(view, d):
                    return d
    return None


_LONGEST_MEETING = dt.timedelta(days=14)


def _until(view: str, clean: _Clean, dates: list[DateMention], pick: DateMention) -> DateMention:
    """The meeting date widened to its last day when its sentence or the next one says
    how long it went on: 'Selasa (14/11/2023). Rapat berlangsung dua hari hingga Rabu
    (15/11/2023)'. The last day comes right after 'hingga' or 'sampai', within two
    weeks after the first; else from the days said (_lasting)."""
    k = bisect.bisect_right(clean.starts, pick.start) - 1
    stop = clean.sents[min(k + 1, len(clean.sents) - 1)].end
    for d in dates:
        if d.start <= pick.start or d.date_end or d.date_start is None:
            continue
        if d.start >= stop:
            break
        said = vocab.cue_pattern("until").search(view[max(0, d.start - 10) : d.start])
        if said and pick.date_start < d.date_start <= pick.date_start + _LONGEST_MEETING:
            return pick._replace(end=d.end, date_end=d.date_start)
    return _lasting(view, clean.sents[k].start, stop, pick)


# How many days a meeting went on: 'selama dua hari', 'selama 3 hari', in lower case
# as prose writes it after a verb of holding the meeting (_held_before): a literal
# opening, which the engine skips to at once.
_DAYS = re.compile(r"selama\s+(\d{1,2}|[a-z]+)\s+hari\b")


@lru_cache(maxsize=1)
def _held_before() -> re.Pattern[str]:
    """A verb of holding a meeting (cues.csv, role 'held') just before 'selama':
    'berlangsung selama dua hari', 'dilaksanakan selama 3 hari'."""
    held = vocab.alternatives(vocab.cue_words("held"))
    return re.compile(rf"(?<!\w)(?:{held})\s+$", re.I)


def _lasting(view: str, a: int, b: int, pick: DateMention) -> DateMention:
    """The meeting date widened to its last day when the sentences around it (view[a:b])
    say how many days it went on and no date does: 'Rapat berlangsung selama dua
    hari', from its first day, at most two weeks. The span then runs from the date to
    the days said, so its quote holds both."""
    for m in _DAYS.finditer(view, a, b):
        verb = _held_before().search(view, max(a, m.start() - 30), m.start())
        if verb is None:
            continue  # 'dirawat selama dua hari'
        raw = m.group(1)
        days = int(raw) if raw.isdigit() else numbers.parse_words(raw)
        if not days or not 2 <= days <= _LONGEST_MEETING.days:
            return pick
        return pick._replace(
            start=min(pick.start, verb.start()),
            end=max(pick.end, m.end()),
            date_end=pick.date_start + dt.timedelta(days=days - 1),
        )
    return pick


# ---- venue ---------------------------------------------------------------

# 'dan' before a word in lower case goes on with the sentence ('di Ruang Rapat Sekda dan
# melalui Zoom'); before a capital, with the venue ('Aula Dinas Pendidikan dan Kebudayaan').
# A demonstrative or a verb of the meeting ends the venue's noun phrase ('di Graha
# Sedulang Setudung ini dibuka Bupati').
_VENUE_WORDS_STOP = (
    r"\s(?:pada|dengan|yang|dalam|untuk|sejak|rapat|dan(?=\s+[a-z])|serta|oleh|"
    r"kemarin|Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu|menjadi|dipilih|dipusatkan|"
    r"ini|itu|tersebut|selama|berlangsung|dibuka|diikuti|dihadiri)\b"
)


@lru_cache(maxsize=1)
def _venue_stop() -> str:
    """Where a venue ends: a mark (not the dot of an honorific, 'RSUD dr. Soedarso'),
    a word that goes on with the sentence, or the end."""
    by_length: dict[int, list[str]] = {}
    for t in vocab.titles():
        if t.position == "prefix" and t.form.endswith("."):
            by_length.setdefault(len(t.form), []).append(re.escape(t.form))
    # one look behind for each length, as a look behind has one width
    dot = r"\." + "".join(
        rf"(?<!(?<![\w.])(?:{'|'.join(sorted(forms))}))" for forms in by_length.values()
    )
    return rf"(?=\s*(?:[,;(]|{dot}|{_VENUE_WORDS_STOP}|$))"


def _holding(
    led: scan.Led, view: str, clean: _Clean, needs: scan.Led | None = None
) -> list[Sentence]:
    """The clean sentences in which a match of led's pattern can start: those where one
    of its leading words stands (all of them when it has none), each placed by
    bisection; the words after the first in a sentence are skipped, not placed. With
    `needs`, a pattern that every match holds a match of: only the sentences where
    one of its words stands too."""
    if needs is not None and (also := needs.starts(view)) is not None:
        return [s for s in _holding(led, view, clean) if any_within(also, s.start, s.end)]
    starts = led.starts(view)
    if starts is None:
        return clean.sents
    out, i, firsts = [], 0, clean.starts
    while i < len(starts):
        k = bisect.bisect_right(firsts, starts[i]) - 1
        if k >= 0:
            out.append(clean.sents[k])
        if k + 1 == len(firsts):
            break
        i = bisect.bisect_left(starts, firsts[k + 1], i + 1)  # on to the next sentence
    return out


def _heads() -> str:
    """A venue's head word (Gedung, Aula, ...); in lower case ('aula'), before a name."""
    lower = vocab.alternatives(vocab.venue_heads_lower_case())
    return rf"(?:{vocab.alternatives(vocab.venue_heads())})\b|(?:{lower})(?=\s+[A-Z])"


@lru_cache(maxsize=1)
def _venue_head() -> scan.Led:
    """A venue's head word, which the last two phrasings hold."""
    return scan.Led(scan.literal_first(_heads()))


@lru_cache(maxsize=1)
def _venue_patterns() -> tuple[tuple[scan.Led, scan.Led | None], ...]:
    """Venue phrasings, most explicit first, each with what every match of it holds
    besides its leading word (a head), if anything; the heads (Gedung, Aula, ...) are
    vocabulary."""
    heads, stop = _heads(), _venue_stop()
    phrasings = (
        rf"(?i:bertempat|berlokasi|dipusatkan|bertempat\s+di|digelar|dilaksanakan|diselenggarakan)\s+di\s+(?P<v>[A-Z].*?){stop}",
        rf"[Bb]ertempat\s+(?!di\b)(?P<v>[A-Z].*?){stop}",
        rf"\bdi\s+(?P<v>(?:{heads}).*?){stop}",
        rf"(?:^|-\s+|\.\s+)(?P<v>(?:{heads})[^.,]*?)\s+(?:menjadi\s+(?:pusat|lokasi|tempat)|dipilih\s+sebagai\s+lokasi)",
    )  # fmt: skip
    head = _venue_head()
    needs = (None, None, head, head)
    leds = (scan.Led(scan.literal_first(p)) for p in phrasings)
    return tuple(zip(leds, needs, strict=True))


_TOWN_AFTER = re.compile(r",\s*([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s*[.]?\s*$")


def find_venue(view: str, clean: _Clean) -> tuple[str, tuple[int, int]] | None:
    """Venue from 'bertempat di X', 'dipusatkan di X', 'di <Gedung|Aula|...> X' or
    'X dipilih sebagai lokasi', cut before the date or the next clause."""
    for led, needs in _venue_patterns():
        for s in _holding(led, view, clean, needs):
            m = led.pattern.search(view[s.start : s.end])
            if m:
                a, b = s.start + m.start("v"), s.start + m.end("v")
                town = _TOWN_AFTER.match(view[b : s.end])
                if town and (
                    town.group(1) in vocab.subdistricts() or places.find_places(town.group(1))
                ):
                    b += town.end(1)
                return one_space(view[a:b]), (a, b)
    return None


# ---- participants and theme -----------------------------------------------

# Words before a count of those who came: 'sekitar', 'kurang lebih'.
_ABOUT = r"sebanyak|sekitar|kurang\s+lebih|lebih\s+dari|hampir|mencapai|sedikitnya|setidaknya"
_WHO = r"orang|peserta|undangan"
# A count in digits ('50', '1.200', '50-an': some fifty) or in words ('empat puluh'),
# whose words are not those who came ('empat puluh orang peserta').
_COUNT_WORD = rf"(?!(?:{_WHO})\b)[a-z]+"
_COUNT = (
    rf"(?P<n>\d{{1,3}}(?:\.\d{{3}})*|\d+"
    rf"|(?:{_COUNT_WORD}\s){{0,3}}{_COUNT_WORD})(?:-an)?"
)
_PARTICIPANTS = [
    scan.literal_first(rf"(?i:diikuti|dihadiri|berjumlah|sebanyak|sejumlah|total)\s+(?:oleh\s+)?(?:(?:{_ABOUT})\s+)?{_COUNT}\s+(?:{_WHO})\b"),
    scan.literal_first(rf"{_COUNT}\s+peserta\b"),
    # 'Peserta yang hadir sebanyak 60 orang', 'Hadir 45 orang peserta'
    scan.literal_first(rf"(?i:hadir)\s+(?:(?:{_ABOUT})\s+)?{_COUNT}\s+(?i:{_WHO})\b"),
    # 'Jumlah peserta rakor 75 orang', 'total peserta mencapai 120 orang'
    scan.literal_first(r"(?i:jumlah|total)\s+peserta(?:\s+[a-z]+){0,2}?\s+(?:sebanyak\s+|mencapai\s+|sekitar\s+|yakni\s+|ada\s+)?(?P<n>\d{1,3}(?:\.\d{3})*|\d+)\s+(?:orang|peserta|undangan)\b"),
]  # fmt: skip
_ATTENDANCE = scan.Led(scan.literal_first(r"peserta|diikuti|dihadiri|hadir", re.I))
_CAME_TO = scan.Led(scan.literal_first(r"mengikuti|menghadiri", re.I))


@lru_cache(maxsize=1)
def _participant_reads() -> tuple[tuple[scan.Led, tuple[regex.Pattern[str], ...]], ...]:
    """Which sentences to read for a count of those who came, and the patterns read in
    them: those holding a word of attendance, then those holding 'mengikuti' or
    'menghadiri' before what they came to (cues.csv: participant_event), 'sebanyak 45
    orang mengikuti rapat tersebut'. A count of one group ('150 kader') may be a part of
    those who came, so only orang, peserta and undangan count."""
    event = rf"(?:{vocab.cue_alternation('participant_event')})\b"
    came_to = (
        rf"{_COUNT}\s+(?i:{_WHO})\b(?:\s+[\w-]+){{0,3}}?\s+(?i:mengikuti|menghadiri)\s+(?i:{event})"
    )
    return ((_ATTENDANCE, tuple(_PARTICIPANTS)), (_CAME_TO, (scan.literal_first(came_to),)))


_THEME = scan.Led(scan.literal_first(r"\btema\s*:?\s*[\"“]([^\"”]{3,200})[\"”]", re.I))


def find_participants(view: str, clean: _Clean) -> tuple[int, tuple[int, int]] | None:
    """The count of those who came, and its span: the first read by a word of
    attendance, else by a verb of coming to something (_participant_reads). Each set of
    words is asked of the keyword pass up front, as the primer must ask for every one."""
    reads = [(led, _holding(led, view, clean), patterns) for led, patterns in _participant_reads()]
    for led, holding, patterns in reads:
        for s in holding:
            text = view[s.start : s.end]
            if not led.pattern.search(text):
                continue
            for pattern in patterns:
                m = pattern.search(text)
                if not m:
                    continue
                raw = m.group("n")
                value = (
                    numbers.parse_words(raw) if raw[0].isalpha() else int(numbers.parse_number(raw))
                )
                if value:
                    return int(value), (s.start + m.start(), s.start + m.end())
    return None


def find_theme(view: str, clean: _Clean) -> tuple[str, tuple[int, int]] | None:
    for s in _holding(_THEME, view, clean):
        m = _THEME.pattern.search(view[s.start : s.end])
        if m:
            return m.group(1), (s.start + m.start(1), s.start + m.end(1))
    return None


def extract_meeting(
    view: str,
    sents: list[Sentence],
    dates: list[DateMention],
    district: str | None,
    published: dt.date | None = None,
) -> Meeting:
    clean = _Clean.of(sents)
    event = find_event(view, clean)
    date = find_date(view, clean, dates) or find_relative_date(
        view, clean, event[2] if event else None, published
    )
    venue = find_venue(view, clean)
    part = find_participants(view, clean)
    theme = find_theme(view, clean)
    return Meeting(
        event_type=event[0] if event else None,
        event_name=event[1] if event else None,
        event_span=event[2] if event else None,
        district=district,
        province=places.province_of(district),
        date_start=date.date_start if date else None,
        date_end=date.date_end if date else None,
        date_span=(date.start, date.end) if date else None,
        venue=venue[0] if venue else None,
        venue_span=venue[1] if venue else None,
        participants=part[0] if part else None,
        participants_span=part[1] if part else None,
        theme=theme[0] if theme else None,
        theme_span=theme[1] if theme else None,
    )
