"""The extractor against the gold facts: both source articles exactly, the dev set >= 0.90."""

from __future__ import annotations

import re

import pytest

from helpers import paths
from helpers.evaluate import match_count, score

MEETING_FIELDS = ("event_type", "district", "date_start", "date_end", "venue", "participants")


def test_seed_indicators_found_exactly(seed_gold, seed_facts):
    for aid, gold in seed_gold.items():
        got = seed_facts[aid]["indicators"]
        assert match_count(gold["indicators"], got) == len(gold["indicators"]) == len(got), aid


@pytest.mark.parametrize("field", MEETING_FIELDS)
def test_seed_meeting_fields(seed_gold, seed_facts, field):
    for aid, gold in seed_gold.items():
        assert seed_facts[aid]["meeting"][field] == gold["meeting"][field], (aid, field)


def test_seed_people_with_titles(seed_gold, seed_facts):
    for aid, gold in seed_gold.items():
        got = {p["name"]: p for p in seed_facts[aid]["people"]}
        assert set(got) == {p["name"] for p in gold["people"]}, aid
        for p in gold["people"]:
            assert got[p["name"]]["title_prefix"] == p["title_prefix"]
            assert got[p["name"]]["title_suffix"] == p["title_suffix"]


def test_speech_read_on_behalf_is_recorded(seed_facts):
    barito = seed_facts["004_dccc7b0917acbf75"]["people"]
    reader = next(p for p in barito if p["name"] == "Muhlis")
    assert reader["on_behalf_of"] == "Nadalsyah"


def test_seed_priorities(seed_gold, seed_facts):
    for aid, gold in seed_gold.items():
        got = [(p["indicator"], p["quote"], p["start"]) for p in seed_facts[aid]["priorities"]]
        assert got == [(p["indicator"], p["quote"], p["start"]) for p in gold["priorities"]], aid


def test_every_quote_is_its_span(seed_facts, dev_facts):
    texts = {p.stem: p.read_text(encoding="utf-8") for p in paths.RAW_ARTICLES.glob("*.txt")}
    dev = paths.ROOT / "tests" / "fixtures" / "dev"
    texts |= {p.stem: p.read_text(encoding="utf-8") for p in dev.glob("*.txt")}
    for aid, facts in {**seed_facts, **dev_facts}.items():
        for group in ("people", "indicators", "priorities", "organisations"):
            for fact in facts[group]:
                assert texts[aid][fact["start"] : fact["end"]] == fact["quote"], (aid, fact)


def test_dev_set_strict_f1(dev_gold, dev_facts):
    s = score(dev_gold, dev_facts)
    assert s.f1 >= 0.90, f"strict F1 {s.f1:.3f} (P={s.precision:.3f} R={s.recall:.3f})"
    assert s.date_accuracy >= 0.80


def test_areas_follow_the_text(dev_facts):
    """National and provincial figures inside a district story are not the district's."""
    sukabumi = {
        f["value"]: f["area"] for f in dev_facts["03_kab_sukabumi_hari_gizi_nasional"]["indicators"]
    }
    assert sukabumi == {41.4: "Kabupaten Sukabumi", 29.89: "Indonesia", 31.1: "Jawa Barat"}
    lampung = dev_facts["17_lampung_barat_hari_gizi_nasional"]["indicators"]
    assert {f["area"] for f in lampung} == {"Indonesia"}
    dairi = dev_facts["14_dairi_rakor_aki_akb"]["indicators"]
    assert {f["area"] for f in dairi} == {"Indonesia"}


def test_noise_lines_are_not_facts(dev_facts):
    values = {f["value"] for facts in dev_facts.values() for f in facts["indicators"]}
    assert not values & {218, 2500, 3000}
    assert all(
        not re.search(r"baca juga", f["quote"], re.I)
        for facts in dev_facts.values()
        for f in facts["indicators"]
    )
