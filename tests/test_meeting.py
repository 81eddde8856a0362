"""Meeting fields in sentences of the genre that are not in the gold sets."""

from __future__ import annotations

import pytest

from helpers.extract import extract_article


@pytest.mark.parametrize(
    "text, count",
    [
        ("Rakor diikuti 120 peserta.", 120),
        ("Kegiatan dihadiri lebih dari 300 undangan.", 300),
        ("Rembuk stunting diikuti sedikitnya 85 orang dari 16 puskesmas.", 85),
        ("Rakernis diikuti sebanyak seratus peserta.", 100),
        ("Rapat dihadiri 19 kepala puskesmas.", None),
    ],
)
def test_participants(text: str, count: int | None) -> None:
    assert extract_article(text, "m")["meeting"]["participants"] == count


@pytest.mark.parametrize(
    "text, venue",
    [
        ("Rakor digelar di Aula RSUD dr. Soedarso, Kamis (2/11/23).", "Aula RSUD dr. Soedarso"),
        ("Rakor digelar di Gedung H. Abdul Manan. Hadir Bupati.", "Gedung H. Abdul Manan"),
        ("Rakor bertempat di Aula Bappeda Kobar. Hadir Bupati.", "Aula Bappeda Kobar"),
    ],
)
def test_venue_runs_past_the_dot_of_an_honorific(text: str, venue: str) -> None:
    assert extract_article(text, "m")["meeting"]["venue"] == venue


def test_a_dated_weekday_in_a_later_paragraph_is_another_event() -> None:
    text = (
        "Pemkab menggelar rapat koordinasi pada tanggal 5 Oktober 2023 di Aula Bappeda.\n\n"
        "Sebelumnya, pada Kamis (28/9/2023), Pemkab juga menggelar rembuk stunting."
    )
    assert extract_article(text, "m")["meeting"]["date_start"] == "2023-10-05"
    text = "Rapat pada 5 Oktober 2023, tepatnya Kamis (5/10/2023), di Aula Bappeda."
    assert extract_article(text, "m")["meeting"]["spans"]["date"]["quote"] == "Kamis (5/10/2023)"


@pytest.mark.parametrize(
    "text, district",
    [
        ("Rakor stunting di Sukabumi dibuka Wali Kota Achmad Fahmi.", "Kota Sukabumi"),
        ("Rakor stunting di Sukabumi dibuka Bupati Marwan Hamami.", "Kabupaten Sukabumi"),
        ("Rakor stunting di Sukabumi.", "Kabupaten Sukabumi"),
    ],
)
def test_a_name_both_kabupaten_and_kota_follows_the_office_named(text: str, district: str) -> None:
    assert extract_article(text, "m")["meeting"]["district"] == district
