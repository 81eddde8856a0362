"""People: who is named, with which role, as the text anchors them."""

from __future__ import annotations

from helpers.extract import extract_article


def _people(text: str) -> list[tuple[str, str | None]]:
    return [(p["name"], p["role"]) for p in extract_article(text, "t")["people"]]


def test_a_word_inside_a_name_opens_no_second_person() -> None:
    text = "Hadir dr. Budi, Kepala Dinas Kesehatan, dan Budi Santoso, Sekda Kabupaten Banyuasin."
    assert _people(text) == [("Budi", "Kepala Dinas Kesehatan")]


def test_a_role_drops_the_sentence_period_and_keeps_an_abbreviation() -> None:
    assert _people("Hadir Budi Santoso, Sekda Kabupaten Banyuasin.") == [
        ("Budi Santoso", "Sekda Kabupaten Banyuasin")
    ]
    assert _people("Hadir Budi Santoso, Kepala Dinkes Prov.") == [
        ("Budi Santoso", "Kepala Dinkes Prov.")
    ]


def test_area_abbreviations_and_speech_verbs_are_not_names() -> None:
    text = "Hadir Budi Santoso selaku Sekda Kab. Banyuasin. Lalu pulang."
    assert _people(text) == [("Budi Santoso", "Sekda Kab. Banyuasin")]
    text = "Kata Budi Santoso, Kepala Dinas Kesehatan Prov. Sumsel."
    assert _people(text) == [("Budi Santoso", "Kepala Dinas Kesehatan Prov. Sumsel")]
