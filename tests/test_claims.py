"""Claim checks: the verdicts for the source articles, and each rule on small made-up frames."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pandas as pd
import pytest

from helpers import claims, reference, schema
from helpers.cli import main
from helpers.frames import build_frames

HEADER = ",".join(c["column"] for c in schema.columns("official_indicators")[:-1])
BANYUASIN = "Kabupaten Banyuasin"


@pytest.fixture(scope="module")
def seed_claims() -> dict[str, pd.DataFrame]:
    frames = build_frames()
    return claims.check_claims(frames["indicators"], frames["people"], reference.load_reference())


def _by_quote(tables: dict[str, pd.DataFrame], quote: str) -> pd.Series:
    rows = tables["claims"][tables["claims"]["quote"] == quote]
    assert len(rows) == 1, quote
    return rows.iloc[0]


def _compared(tables: dict[str, pd.DataFrame], claim: pd.Series) -> pd.DataFrame:
    comp = tables["claim_comparisons"]
    return comp[comp["claim_id"] == claim["claim_id"]]


# --- the two source articles ---------------------------------------------------------


def test_banyuasin_20_percent_in_2023(seed_claims) -> None:
    c = _by_quote(seed_claims, "dimana pada tahun 2023 ini telah turun 2 persen menjadi 20 persen")
    assert c["verdict"] == "consistent"
    assert (c["official_value"], c["official_year"], c["official_source"]) == (
        20.4,
        2023,
        "SKI 2023",
    )
    assert c["difference"] == pytest.approx(-0.4)
    assert "SKI 2023 (20.4%)" in c["reason"] and "SSGI 2022 (24.8%)" in c["reason"]
    assert c["official_url"].startswith("https://www.detik.com/")
    assert "before 2023 was over" in c["note"]
    assert c["speaker"].startswith("Rini Pratiwi")
    shown = _compared(seed_claims, c)
    assert {(r.year, r.value, r.role) for r in shown.itertuples()} >= {
        (2023, 20.4, "compared"), (2022, 24.8, "same_series"), (2023, 22.04, "alternative"),
    }  # fmt: skip


def test_banyuasin_fall_three_years_running_is_contradicted(seed_claims) -> None:
    c = _by_quote(seed_claims, "dimana pada tahun 2023 ini telah turun 2 persen")
    assert (c["kind"], c["value"], c["years_running"]) == ("change", -2.0, 3)
    assert c["verdict"] == "contradicted"
    assert (c["official_from_year"], c["official_year"]) == (2022, 2023)
    assert c["official_value"] == pytest.approx(-4.4)
    assert "rose 2.8 points from 2021 (22%) to 2022 (24.8%)" in c["reason"]


def test_banyuasin_6_31_percent_is_the_eppgbm_figure(seed_claims) -> None:
    c = _by_quote(seed_claims, "atau 6,31 persen")
    assert c["verdict"] == "different_measure"
    assert (c["official_series"], c["official_year"], c["official_value"]) == ("eppgbm", 2021, 6.31)
    assert "e-PPGBM" in c["reason"] and "SSGI 2021 figure is 22%" in c["reason"]
    assert c["derived_value"] == 55626


def test_banyuasin_count_implies_the_under_fives(seed_claims) -> None:
    c = _by_quote(seed_claims, "Meskipun terdapat 3.510 anak")
    assert c["verdict"] == "no_official_figure"
    assert c["derived_value"] == round(3510 / 0.0631)
    assert "55,626" in c["reason"]


def test_barito_utara_life_expectancy_beside_province_and_nation(seed_claims) -> None:
    c = _by_quote(seed_claims, "yakni berada di rata-rata 71,4 tahun")
    assert c["verdict"] == "no_official_figure"
    assert "Kabupaten Barito Utara" in c["reason"] and "SP2010" in c["reason"]
    shown = _compared(seed_claims, c)
    assert list(
        zip(shown["area"], shown["year"], shown["value"], shown["series"], strict=True)
    ) == [
        ("Kalimantan Tengah", 2021, 69.79, "bps_uhh_sp2010"),
        ("Indonesia", 2022, 71.85, "bps_uhh_sp2010"),
    ]
    assert set(shown["role"]) == {"context"}
    assert c["speaker"] == "Nadalsyah (Bupati Barut), read by Muhlis (Sekretaris Daerah)"


def test_every_claim_has_a_verdict_a_reason_and_a_source(seed_claims) -> None:
    c = seed_claims["claims"]
    assert c["reason"].str.endswith(".").all()
    assert c["verdict"].notna().all()
    assert c.loc[c["official_value"].notna(), "official_url"].notna().all()
    assert seed_claims["claim_comparisons"][["publisher", "url"]].notna().all().all()


# --- each rule on made-up frames ------------------------------------------------------


def _official(tmp_path: Path, *rows: str) -> pd.DataFrame:
    path = tmp_path / "official_indicators.csv"
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    return reference.load_reference(path)


def _row(area: str, year: int, value: float, series: str = "kemenkes_nutrition_survey",
         indicator: str = "stunting_prevalence", status: str = "preferred") -> str:  # fmt: skip
    level, province = {
        BANYUASIN: ("district", "Sumatera Selatan"),
        "Sumatera Selatan": ("province", "Sumatera Selatan"),
        "Indonesia": ("national", ""),
    }[area]
    unit = {"life_expectancy": "years"}.get(indicator, "percent")
    out = io.StringIO()
    csv.writer(out, lineterminator="").writerow([
        area, level, province, indicator, year, value, unit, series, f"S {year}", "P",
        f"https://example.org/{year}", status, "",
    ])  # fmt: skip
    return out.getvalue()


def _claim(value: float, year: int | None = 2022, kind: str = "achievement", **kw) -> dict:
    unit = "percentage_points" if kind == "change" else "percent"
    return {
        "article_id": "a", "indicator": "stunting_prevalence", "value": value, "unit": unit,
        "year": year, "kind": kind, "area": BANYUASIN, "years_running": None,
        "published": pd.Timestamp("2023-06-01"), "start": 0, "end": 1, **kw,
    }  # fmt: skip


@pytest.fixture
def small(tmp_path) -> pd.DataFrame:
    return _official(
        tmp_path,
        _row(BANYUASIN, 2021, 22.0),
        _row(BANYUASIN, 2022, 24.8),
        _row(BANYUASIN, 2021, 6.3, series="eppgbm"),
        _row("Sumatera Selatan", 2022, 18.6),
        _row("Indonesia", 2022, 21.6),
        _row("Indonesia", 2024, 14, series="rpjmn_2020_2024", indicator="stunting_target"),
    )


@pytest.mark.parametrize(
    ("claim", "verdict", "words"),
    [
        (_claim(24.5), "consistent", "within 0.5 points of S 2022 (24.8%)"),
        (_claim(24.3), "consistent", "difference -0.5 points"),
        (_claim(20.0), "contradicted", "differs from S 2022 (24.8%) by -4.8 points"),
        (_claim(6.31, year=2021), "different_measure", "e-PPGBM"),
        (_claim(6.31, year=None), "different_measure", "e-PPGBM"),
        (_claim(24.9, year=None), "consistent", "the latest figure out by then (2022)"),
        (_claim(30.0, year=None), "not_comparable", "cannot be called contradicted"),
        (_claim(24.8, year=None, published=pd.Timestamp("2030-01-01")), "not_comparable",
         "too far"),
        (_claim(23.0, year=2023), "not_comparable", "no figure for Kabupaten Banyuasin in 2023"),
        (_claim(20.0, area="Sumatera Selatan"), "contradicted", "S 2022 (18.6%) by +1.4 points"),
        (_claim(20.0, area="Kabupaten Musi Banyuasin"), "no_official_figure",
         "Sumatera Selatan was 18.6% (2022) and Indonesia was 21.6% (2022)"),
        (_claim(2.8, kind="change"), "consistent", "rose 2.8 points from 2021"),
        (_claim(3.5, kind="change"), "contradicted", "a difference of +0.7 points"),
        (_claim(-2.0, kind="change"), "contradicted", "fell 2 points in 2022, but"),
        (_claim(-2.0, kind="change", year=2021), "not_comparable", "no pair of years"),
        (_claim(-2.0, kind="change", year=None), "not_comparable", "no year"),
        (_claim(14.0, year=2024, kind="target"), "consistent", "matches the S 2024"),
        (_claim(14.0, year=2030, kind="target"), "no_official_figure", "No official target"),
        (_claim(99.0, indicator="immunization_coverage"), "no_official_figure",
         "no official series for immunization coverage"),
    ],
)  # fmt: skip
def test_verdict_rules(small, claim, verdict, words) -> None:
    out = claims.check(claim, small)
    assert out.verdict == verdict, out.reason
    assert words in out.reason


def test_a_change_must_move_the_same_way_every_year(tmp_path) -> None:
    official = _official(
        tmp_path, _row(BANYUASIN, 2021, 25.0), _row(BANYUASIN, 2022, 27.0),
        _row(BANYUASIN, 2023, 25.0),
    )  # fmt: skip
    one_year = claims.check(_claim(-2.0, year=2023, kind="change"), official)
    assert one_year.verdict == "consistent"
    running = claims.check(_claim(-2.0, year=2023, kind="change", years_running=3), official)
    assert running.verdict == "contradicted"
    assert "rose 2 points from 2021 (25%) to 2022 (27%)" in running.reason


def test_life_expectancy_uses_the_method_in_use_on_the_day(tmp_path) -> None:
    official = _official(
        tmp_path,
        _row("Indonesia", 2022, 71.85, series="bps_uhh_sp2010", indicator="life_expectancy"),
        _row("Indonesia", 2022, 73.7, series="bps_uhh_lfsp2020", indicator="life_expectancy"),
    )
    le = {"indicator": "life_expectancy", "unit": "years", "area": "Indonesia", "year": 2022}
    before = claims.check(_claim(71.9, **le, published=pd.Timestamp("2023-04-05")), official)
    after = claims.check(_claim(71.9, **le, published=pd.Timestamp("2024-04-05")), official)
    assert before.verdict == "consistent" and before.compared["series"] == "bps_uhh_sp2010"
    assert after.verdict == "different_measure" and after.compared["series"] == "bps_uhh_sp2010"


def test_derived_pairs_a_count_with_the_percentage_after_it() -> None:
    rows = pd.DataFrame([
        {"article_id": "a", "indicator": "stunting_count", "value": 500.0, "unit": "count",
         "start": 10, "end": 20},
        {"article_id": "a", "indicator": "stunting_prevalence", "value": 10.0,
         "unit": "percent", "start": 21, "end": 30},
        {"article_id": "a", "indicator": "stunting_prevalence", "value": 12.0,
         "unit": "percent", "start": 90, "end": 99},
    ])  # fmt: skip
    got = claims.derived(rows)
    assert sorted(got) == [0, 1] and got[0][1] == 5000


def test_timing_note_only_for_a_year_not_yet_over() -> None:
    assert claims._timing(_claim(1.0, year=2023)) is not None
    assert claims._timing(_claim(1.0, year=2022)) is None
    assert claims._timing(_claim(1.0, year=None)) is None


def test_fmt_reads_like_the_source() -> None:
    assert claims.fmt(20.4, "percent") == "20.4%"
    assert claims.fmt(3510) == "3,510"
    assert claims.fmt(71.85, "years") == "71.85 years"
    assert claims.fmt(22.0, "percent") == "22%"


# --- the command ----------------------------------------------------------------------


def test_claims_command_prints_and_writes(tmp_path, capsys) -> None:
    assert main(["claims", "--out", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "verdict: different_measure" in out
    written = pd.read_csv(tmp_path / "claims.csv")
    assert len(written) == 5
    assert set(written["verdict"]) == {
        "consistent", "contradicted", "different_measure", "no_official_figure",
    }  # fmt: skip
    assert (tmp_path / "claim_comparisons.csv").exists()


def test_claims_command_with_a_bad_reference_writes_nothing(tmp_path, capsys) -> None:
    bad = tmp_path / "official_indicators.csv"
    lines = reference.OFFICIAL.read_text(encoding="utf-8").splitlines()
    lines[3] = lines[3].replace(",24.8,", ",abc,")
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["claims", "--reference", str(bad), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert f"error: {bad}: line 4: value 'abc' is not a number" in err
    assert "Traceback" not in err
    assert not out.exists()


def test_reference_command_reports_problems(tmp_path, capsys) -> None:
    bad = tmp_path / "official_indicators.csv"
    bad.write_text("area,year\nIndonesia,2020\n", encoding="utf-8")
    assert main(["reference", "--reference", str(bad)]) == 1
    assert "missing column(s): area_level" in capsys.readouterr().err


def test_published_date_type() -> None:
    assert claims._on({"published": pd.Timestamp("2023-04-05")}) == dt.date(2023, 4, 5)
