"""Project hygiene: raw data unchanged, pins agree, vocabularies consistent."""

from __future__ import annotations

import csv
import hashlib
import re
import tomllib

from helpers import paths, places, vocab
from helpers.articles import load_metadata


def test_raw_articles_unchanged():
    recorded = dict(
        reversed(line.split()) for line in (paths.RAW / "checksums.sha256").read_text().splitlines()
    )
    actual = {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in paths.RAW_ARTICLES.glob("*.txt")
    }
    assert actual == recorded


def test_metadata_rows_match_files():
    meta = load_metadata()
    assert {m.file for m in meta.values()} == {p.name for p in paths.RAW_ARTICLES.glob("*.txt")}
    for m in meta.values():
        assert m.district in vocab.area_by_name(), m.district


def _pins_pyproject() -> dict[str, str]:
    data = tomllib.loads((paths.ROOT / "pyproject.toml").read_text())
    deps = data["project"]["dependencies"] + data["project"]["optional-dependencies"]["dev"]
    return dict(d.split("==") for d in deps)


def _pins_environment() -> dict[str, str]:
    pins = {}
    for line in (paths.ROOT / "environment.yml").read_text().splitlines():
        m = re.match(r"\s*-\s+([A-Za-z0-9_.-]+)(==|=)([0-9][^\s]*)$", line)
        if m and m.group(1) != "python":
            pins[m.group(1)] = m.group(3)
    return pins


def test_environment_and_pyproject_agree():
    assert _pins_environment() == _pins_pyproject()


def test_lock_file_holds_the_pins():
    lock = dict(
        line.strip().split("==")
        for line in (paths.ROOT / "requirements.lock").read_text().splitlines()
        if "==" in line
    )
    lock = {k.lower(): v for k, v in lock.items()}
    for name, version in _pins_pyproject().items():
        assert lock.get(name.lower()) == version, name


def test_indicator_vocabulary():
    ids = vocab.indicator_ids()
    expected = [
        "stunting_prevalence",
        "stunting_count",
        "life_expectancy",
        "infant_mortality",
        "maternal_mortality",
        "infant_deaths",
        "maternal_deaths",
        "neonatal_mortality",
        "severe_malnutrition",
        "underweight_prevalence",
        "wasting_prevalence",
        "immunization_coverage",
        "hdi",
        "other",
    ]
    assert ids == frozenset(expected)
    concepts = {i.concept for i in vocab.indicators()}
    assert {a.concept for a in vocab.aliases()} <= concepts
    for acronym in ("AKI", "AKB", "AKN", "UHH", "AHH", "IPM"):
        assert any(a.alias == acronym for a in vocab.aliases()), acronym


def test_every_area_is_named_as_texts_write_it_and_every_alias_names_an_area():
    """The gazetteer's source gives a few districts a second name in parentheses
    ('Sidenreng Rappang (Sidrap)'): the district is named without it, so that
    'Kabupaten Sidenreng Rappang' finds it, and the second name is an alias."""
    assert not [a.area for a in vocab.areas() if "(" in a.area or "(" in a.name]
    aliases = vocab.area_aliases()
    assert not {alias: area for alias, area in aliases.items() if area not in vocab.area_by_name()}
    assert aliases["Sidrap"] == "Kabupaten Sidenreng Rappang"
    assert aliases["Solo"] == "Kota Surakarta"
    found = places.find_places("Rapat di Kabupaten Sidenreng Rappang dan Kota Surakarta.")
    assert [m.areas for m in found] == [("Kabupaten Sidenreng Rappang",), ("Kota Surakarta",)]


def test_places_written_in_capitals_are_found_as_their_forms_write_them():
    """A dateline in capitals reads as title case ('BANYUASIN'), but a form's own
    capitals stay ('NTB', 'DKI'); a name that only looks like one ('Oki') is none."""

    def found(text: str) -> list[tuple[tuple[str, ...], bool]]:
        return [(m.areas, m.explicit) for m in places.find_places(text)]

    assert found("Dinkes NTB dan Pemkab OKI") == [
        (("Nusa Tenggara Barat",), False),
        (("Kabupaten Ogan Komering Ilir",), False),
    ]
    assert found("Provinsi DKI Jakarta") == [(("DKI Jakarta",), True)]
    assert found("DKI JAKARTA - Rapat di KABUPATEN BANYUASIN") == [
        (("DKI Jakarta",), False),
        (("Kabupaten Banyuasin",), True),
    ]
    assert found("Oki Setiana hadir") == []


def test_plausible_values_are_data() -> None:
    bounds = vocab.plausible_bounds()
    assert bounds["stunting_prevalence"] == (0, 60) and bounds["hdi"][0] == 30
    assert {"stunting_prevalence", "life_expectancy", "hdi"} <= set(bounds)
    assert "stunting_count" not in bounds  # counts have no bounds
    assert all(least < most for least, most in bounds.values())


def test_gazetteer_covers_the_corpus():
    fixtures = paths.ROOT / "tests" / "fixtures" / "dev" / "articles.csv"
    with fixtures.open(encoding="utf-8") as f:
        districts = {r["district"] for r in csv.DictReader(f)}
    districts |= {m.district for m in load_metadata().values()}
    assert districts <= set(vocab.area_by_name())
    assert vocab.area_aliases()["Barut"] == "Kabupaten Barito Utara"
    assert vocab.area_by_name()["Kabupaten Banyuasin"].province == "Sumatera Selatan"
    assert not any("Sumatra" in a.area for a in vocab.areas())
