"""Meeting fields in sentences of the genre that are not in the gold sets."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers import places, vocab
from helpers.extract import extract_article


@pytest.mark.parametrize(
    "text, field, value",
    [
        # participants, with the words that come before a count
        ("Rakor diikuti 120 peserta.", "participants", 120),
        ("Kegiatan dihadiri lebih dari 300 undangan.", "participants", 300),
        ("Rembuk stunting diikuti sedikitnya 85 orang dari 16 puskesmas.", "participants", 85),
        ("Rakernis diikuti sebanyak seratus peserta.", "participants", 100),
        ("Rapat dihadiri 19 kepala puskesmas.", "participants", None),
        ("Jumlah peserta rakor 75 orang dari OPD terkait.", "participants", 75),
        ("Total peserta mencapai 1.200 orang.", "participants", 1200),
        ("Rapat dihadiri oleh kurang lebih empat puluh orang peserta dari OPD.",
         "participants", 40),
        ("Rapat diikuti oleh sekitar 50-an peserta.", "participants", 50),
        ("Jumlah peserta dari puskesmas bertambah 12 orang.", "participants", None),
        # a count of those who came before what they came to, or after 'hadir'
        ("Sebanyak 45 orang dari OPD terkait mengikuti rapat tersebut.", "participants", 45),
        ("Sebanyak 60 undangan mengikuti acara pembukaan.", "participants", 60),
        ("Hadir 45 orang peserta dari OPD terkait.", "participants", 45),
        ("Peserta yang hadir sebanyak 60 orang.", "participants", 60),
        # but not a count of one group, nor of those at something other than a meeting
        ("Sebanyak 150 kader posyandu mengikuti kegiatan tersebut.", "participants", None),
        ("Sebanyak 150 orang balita mengikuti penimbangan.", "participants", None),
        # a room named for meetings is no meeting
        ("Bertempat di Ruang Rapat Bappeda, Kamis (9/11), Pemkab Banyuasin melaksanakan "
         "Rembuk Stunting.", "event_type", "rembuk_stunting"),
        ("Bertempat di ruang rapat Sekda, Dinkes menggelar lokakarya mini.", "event_name",
         "lokakarya mini"),
        ("Pertemuan di Balai Pertemuan Desa membahas stunting.", "event_name", "Pertemuan"),
        # a meeting's name ends with its line: the headline's does not run on into the dateline
        ("Rakor Percepatan Penurunan Stunting\n\nMUSI RAWAS - Pemerintah Kabupaten Musi Rawas "
         "menggelar rapat.", "event_name", "Rakor Percepatan Penurunan Stunting"),
        # between a head and the topic its type names, words of a topic or an aim in lower
        # case are part of the name; a clause is not
        ("Rakor percepatan penurunan stunting digelar di Aula Bappeda.", "event_name",
         "Rakor percepatan penurunan stunting"),
        ("Rapat koordinasi lintas program penurunan AKI dan AKB digelar Senin (6/11).",
         "event_name", "Rapat koordinasi lintas program penurunan AKI dan AKB"),
        ("Rakor yang membahas stunting digelar Senin (6/11).", "event_name", "Rakor"),
        ("Rakor TPPS tingkat Kabupaten Banyuasin bahas stunting, Senin (6/11).", "event_name",
         "Rakor TPPS tingkat Kabupaten Banyuasin"),
        # a headline in capitals yields to the body's name of a type as specific, not
        # to a vaguer one
        ("RAKOR STUNTING, BUPATI MINTA OPD KERJA NYATA\n\nBupati membuka Rapat Koordinasi "
         "Percepatan Penurunan Stunting di Aula Setda.", "event_name",
         "Rapat Koordinasi Percepatan Penurunan Stunting"),
        ("RAKOR STUNTING BANYUASIN\n\nPemkab menggelar rapat bersama OPD.", "event_name",
         "RAKOR STUNTING BANYUASIN"),
        ("Peringatan HGN ke-64 digelar Kamis. Hari Gizi Nasional bertema protein.",
         "event_name", "Peringatan HGN ke-64"),
        # the stunting team's meeting is one on stunting; 'rembug' is 'rembuk'
        ("Pemkab melaksanakan Rakor TPPS di Aula Bappeda.", "event_type", "rakor_stunting"),
        ("Pemkab menggelar Rembug Stunting tingkat kabupaten.", "event_type", "rembuk_stunting"),
        # a meeting named by what it does, in lower case
        ("Dinkes menggelar pertemuan audit maternal perinatal (AMP) di Hotel Griya.",
         "event_name", "pertemuan audit maternal perinatal (AMP)"),
        # a puskesmas's mini workshop and the yearly assessment of the convergence actions
        ("Dinkes menggelar Lokakarya Mini Lintas Sektor Triwulan IV di Puskesmas Muara Teweh.",
         "event_type", "lokakarya_mini"),
        ("Puskesmas Talang Kelapa menggelar lokmin bulanan, Senin (20/11/2023).", "event_name",
         "lokmin"),
        ("Kegiatan Penilaian Kinerja Aksi Konvergensi Stunting Tahun 2023 dilaksanakan di "
         "Gedung Sedulang Setudung.", "event_name",
         "Penilaian Kinerja Aksi Konvergensi Stunting Tahun 2023"),
        # 'dan' goes on with the venue before a capital, with the sentence before lower case
        ("Rakor digelar di Ruang Rapat Sekda dan melalui Zoom Meeting, Selasa (21/11).",
         "venue", "Ruang Rapat Sekda"),
        ("Rakor digelar di Aula Dinas Pendidikan dan Kebudayaan dan dihadiri 40 orang.",
         "venue", "Aula Dinas Pendidikan dan Kebudayaan"),
        # a courtyard, a sports hall or an official residence is a venue
        ("HGN diperingati di Halaman Kantor Bupati Banyuasin, Kamis (25/1/2024).", "venue",
         "Halaman Kantor Bupati Banyuasin"),
        ("Peringatan HGN dipusatkan di GOR Pangkalan Balai, Kamis (25/1/2024).", "venue",
         "GOR Pangkalan Balai"),
        ("Rakor digelar di Rumah Jabatan Bupati Barito Utara, Kamis (25/1/2024).", "venue",
         "Rumah Jabatan Bupati Barito Utara"),
        # a demonstrative or a verb of the meeting ends the venue
        ("Rakor yang digelar di Graha Sedulang Setudung ini dibuka Bupati.", "venue",
         "Graha Sedulang Setudung"),
        ("Rakor di Aula Bappeda tersebut diikuti 40 orang.", "venue", "Aula Bappeda"),
        ("Rakor di Gedung Serbaguna berlangsung dua hari.", "venue", "Gedung Serbaguna"),
        # a venue runs past the dot of an honorific
        ("Rakor digelar di Aula RSUD dr. Soedarso, Kamis (2/11/23).", "venue",
         "Aula RSUD dr. Soedarso"),
        ("Rakor digelar di Gedung H. Abdul Manan. Hadir Bupati.", "venue",
         "Gedung H. Abdul Manan"),
        ("Rakor bertempat di Aula Bappeda Kobar. Hadir Bupati.", "venue", "Aula Bappeda Kobar"),
        # a head in lower case names a venue before a name, not alone
        ("Rakor dibuka Sekda, Jumat 24 Februari 2023, di aula Bappedalitbang.", "venue",
         "aula Bappedalitbang"),
        ("Rakor digelar di ruang rapat Bupati Banyuasin, Senin (6/3/2023).", "venue",
         "ruang rapat Bupati Banyuasin"),
        ("Rakor digelar di ruang rapat, Senin (6/3/2023).", "venue", None),
        ("Rakor digelar di balai Desa Sukajadi, Senin (6/3/2023).", "venue", None),
        # a name both kabupaten and kota follows the government the text names
        ("Rakor stunting di Sukabumi dibuka Wali Kota Achmad Fahmi.", "district",
         "Kota Sukabumi"),
        ("Rakor stunting di Sukabumi dibuka Bupati Marwan Hamami.", "district",
         "Kabupaten Sukabumi"),
        ("Rakor stunting di Sukabumi.", "district", "Kabupaten Sukabumi"),
        # a dateline naming a district's capital, when the text names no district
        ("MUARA TEWEH - Rakor stunting digelar di Aula Setda.", "district",
         "Kabupaten Barito Utara"),
        ("Muara Teweh, kalselpos.com \u2013 Rakor stunting di Aula Setda.", "province",
         "Kalimantan Tengah"),
        ("Rakor stunting digelar\nPangkalan Balai (ANTARA) - Rakor di Aula Setda.", "district",
         "Kabupaten Banyuasin"),
        # a district named wins over the dateline: it may be the outlet's town
        ("SEKAYU - Pemkab Banyuasin menggelar rakor stunting.", "district",
         "Kabupaten Banyuasin"),
        # the capital must open a line and end with the dateline's mark
        ("Rakor di Muara Teweh - digelar di Aula Setda.", "district", None),
        ("Muara Teweh menggelar rakor stunting.", "district", None),
        ("Satu\nDua\nTiga\nMUARA TEWEH - Rakor stunting.", "district", None),
        # a capital of two districts names neither
        ("MARTAPURA - Rakor stunting digelar di Aula Setda.", "district", None),
    ],
)  # fmt: skip
def test_meeting_fields(text: str, field: str, value: object) -> None:
    assert extract_article(text, "m")["meeting"][field] == value


def test_a_dated_weekday_in_a_later_paragraph_is_another_event() -> None:
    text = (
        "Pemkab menggelar rapat koordinasi pada tanggal 5 Oktober 2023 di Aula Bappeda.\n\n"
        "Sebelumnya, pada Kamis (28/9/2023), Pemkab juga menggelar rembuk stunting."
    )
    assert extract_article(text, "m")["meeting"]["date_start"] == "2023-10-05"
    text = "Rapat pada 5 Oktober 2023, tepatnya Kamis (5/10/2023), di Aula Bappeda."
    assert extract_article(text, "m")["meeting"]["spans"]["date"]["quote"] == "Kamis (5/10/2023)"


PUB = dt.date(2023, 11, 20)


@pytest.mark.parametrize(
    "text, days",
    [
        # two days of one month, joined by a range word: 's.d.' and 's/d' are 'sampai dengan'
        ("Rakor digelar 25 s/d 27 Januari 2023 di Aula Bappeda.", ("2023-01-25", "2023-01-27")),
        ("Rakor digelar tanggal 25 s.d. 27 Januari 2023.", ("2023-01-25", "2023-01-27")),
        ("Rakor digelar Sabtu s/d Minggu (4-5/11).", ("2023-11-04", "2023-11-05")),
        # two days without their year, joined by a range word: the publication's year
        ("Rakor digelar sejak Selasa (14/11) sampai Rabu (15/11).", ("2023-11-14", "2023-11-15")),
        ("Rakor digelar Selasa (14/11) sampai dengan Rabu (15/11).",
         ("2023-11-14", "2023-11-15")),
        # the next sentence says how long it went on
        ("Rakor digelar Selasa (14/11/2023). Rakor berlangsung dua hari hingga Rabu "
         "(15/11/2023).", ("2023-11-14", "2023-11-15")),
        # more than two weeks on, or two sentences on: another matter
        ("Rakor digelar Selasa (14/11). Laporan diterima hingga Kamis (30/11).",
         ("2023-11-14", None)),
        ("Rakor digelar Selasa (14/11). Laporan diterima. Acara hingga Rabu (15/11).",
         ("2023-11-14", None)),
        # a single date after 'sejak' or 'hingga' opens or closes a period
        ("Aturan berlaku sejak Senin (6/11). Rakor digelar Selasa (14/11).",
         ("2023-11-14", None)),
        # the days it went on, after a verb of holding it, in its sentence or the next
        ("Rakor digelar Selasa (14/11). Rakor berlangsung selama dua hari.",
         ("2023-11-14", "2023-11-15")),
        ("Rakor yang dilaksanakan selama 3 hari itu dibuka Selasa (14/11).",
         ("2023-11-14", "2023-11-16")),
        ("Rakor digelar Selasa (14/11). Pasien dirawat selama dua hari.", ("2023-11-14", None)),
        ("Rakor digelar Selasa (14/11). Rakor berlangsung selama 30 hari.", ("2023-11-14", None)),
        ("Rakor digelar Selasa (14/11). Laporan diterima. Rakor berlangsung selama dua hari.",
         ("2023-11-14", None)),
    ],
)  # fmt: skip
def test_a_meeting_of_several_days_ends_on_its_last(text: str, days: tuple) -> None:
    found = extract_article(text, "m", PUB)["meeting"]
    assert (found["date_start"], found["date_end"]) == days


def test_the_days_a_meeting_went_on_are_quoted_with_its_date() -> None:
    text = "Rakor digelar Selasa (14/11). Rakor berlangsung selama dua hari. Bupati hadir."
    span = extract_article(text, "m", PUB)["meeting"]["spans"]["date"]
    assert span["quote"] == "Selasa (14/11). Rakor berlangsung selama dua hari"
    assert text[span["start"] : span["end"]] == span["quote"]
    text = "Rakor yang berlangsung selama dua hari itu dibuka Selasa (14/11) di Aula."
    span = extract_article(text, "m", PUB)["meeting"]["spans"]["date"]
    assert span["quote"] == "berlangsung selama dua hari itu dibuka Selasa (14/11)"


def test_every_capital_of_one_district_dates_its_line() -> None:
    """The capitals come from the gazetteer: each that is no place name itself and
    belongs to one district gives that district from a dateline, in capitals or not."""
    capitals: dict[str, set[str]] = {}
    for area in vocab.areas():
        if area.level == "district" and area.capital:
            capitals.setdefault(area.capital, set()).add(area.area)
    checked = 0
    for capital, districts in capitals.items():
        text = f"{capital.upper()} - Rakor stunting.\n{capital} (ANTARA) - Rakor."
        got = places.dateline_district(text)
        if len(districts) > 1 or places.find_places(capital):
            assert got is None or got in districts, capital
            continue
        assert got == next(iter(districts)), capital
        checked += 1
    assert checked > len(capitals) // 2  # most capitals are no place name themselves


# Published on a Tuesday.
_TUESDAY = dt.date(2023, 11, 21)


@pytest.mark.parametrize(
    "text, day, quote",
    [("Rakor stunting digelar kemarin di Aula Bappeda.", "2023-11-20", "kemarin"),
     ("Rakor stunting digelar hari ini di Aula Bappeda.", "2023-11-21", "hari ini"),
     ("Rakor stunting digelar Selasa di Aula Bappeda.", "2023-11-21", "Selasa"),
     ("Rakor stunting yang digelar Selasa lalu diikuti 40 orang.", "2023-11-14", "Selasa lalu"),
     ("Bupati membuka Rakor stunting di Muara Teweh, Senin.", "2023-11-20", "Senin"),
     ("RAKOR STUNTING\n\nBupati membuka rakor di Muara Teweh, Sabtu.", "2023-11-18", "Sabtu"),
     # a day ahead, last week, a recurring day or another paragraph's day is none
     ("Rakor stunting akan digelar Senin depan.", None, None),
     ("Rakor stunting digelar Minggu lalu.", None, None),
     ("Posyandu buka setiap Senin. Rakor stunting digelar di Aula.", None, None),
     ("Rakor stunting digelar di Aula.\n\nIa hadir.\n\nSenin, ia ke Jakarta.", None, None),
     # a written date wins
     ("Rakor stunting digelar kemarin. Rakor dibuka Senin (13/11/2023).", "2023-11-13",
      "Senin (13/11/2023)")],
)  # fmt: skip
def test_a_day_named_from_the_publication_dates_a_meeting_without_a_date(
    text: str, day: str | None, quote: str | None
) -> None:
    meeting = extract_article(text, "m", _TUESDAY)["meeting"]
    assert (meeting["date_start"], meeting["spans"]["date"]["quote"]) == (day, quote)
    assert extract_article(text, "m")["meeting"]["date_start"] == (
        day if quote and "/" in quote else None
    )
