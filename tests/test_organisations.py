"""Organisations and facilities named in sentences of the genre."""

from __future__ import annotations

import pytest

from helpers.extract import extract_article


def _organisations(text: str) -> list[tuple[str, str]]:
    return [(o["name"], o["quote"]) for o in extract_article(text, "o")["organisations"]]


@pytest.mark.parametrize("space", [" ", "  ", "\t", "\u00a0"])
def test_a_body_is_named_as_listed_however_its_words_are_spaced(space: str) -> None:
    text = f"Rapat Satgas{space}Stunting dan BPJS{space}Kesehatan digelar di Puskesmas Mariana."
    assert _organisations(text) == [
        ("Satgas Stunting", f"Satgas{space}Stunting"),
        ("BPJS Kesehatan", f"BPJS{space}Kesehatan"),
        ("Puskesmas Mariana", "Puskesmas Mariana"),
    ]


def test_the_stunting_team_and_the_planning_agency_are_bodies() -> None:
    text = "Bappelitbang Kapuas dan Tim Percepatan Penurunan Stunting (TPPS) menggelar rakor."
    assert [name for name, _quote in _organisations(text)] == [
        "Bappelitbang",
        "Tim Percepatan Penurunan Stunting",
        "TPPS",
    ]


def test_the_district_offices_that_meet_on_health_are_bodies() -> None:
    """The offices a district's health meetings bring together, by name or short form;
    a short form inside a role's word ('Kadinkes') is no body."""
    text = (
        "Rakor dihadiri Kadinkes, Dinas Kesehatan, DP3AP2KB, Dinsos, Kemenag dan Dinas "
        "Ketahanan Pangan. Kepala Balai POM di Palembang hadir."
    )
    assert [name for name, _quote in _organisations(text)] == [
        "Dinas Kesehatan",
        "DP3AP2KB",
        "Dinsos",
        "Kemenag",
        "Dinas Ketahanan Pangan",
        "Balai POM",
    ]
