"""People: who is named, with which role, as the text anchors them."""

from __future__ import annotations

from helpers.extract import extract_article


def _people(text: str) -> list[tuple[str, str | None]]:
    return [(p["name"], p["role"]) for p in extract_article(text, "t")["people"]]


def test_a_word_inside_a_name_opens_no_second_person() -> None:
    text = "Hadir dr. Budi, Kepala Dinas Kesehatan, dan Budi Santoso, Sekda Kabupaten Banyuasin."
    assert _people(text) == [("Budi", "Kepala Dinas Kesehatan")]
