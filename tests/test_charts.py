"""Charts and reader tables: titles, units, sources, colours, files; tables from the data."""

from __future__ import annotations

import matplotlib
import matplotlib.colors as mcolors
import pytest

from helpers import charts, tables, workbench

matplotlib.use("Agg")
DISTRICTS = ["Kabupaten Banyuasin", "Kabupaten Barito Utara"]
PALETTE = {mcolors.to_hex(c) for c in [*charts.COLOURS.values(), *charts.VERDICT_COLOURS.values()]}
PALETTE |= {"#555555", "#cccccc", "#444444", "#000000"}


@pytest.fixture(scope="module")
def wb() -> workbench.Workbench:
    charts.use_house_style()
    return workbench.load(cache=None)


def _figures(wb):
    yield "timeline", charts.timeline(wb["meetings"])
    for ind in ("stunting_prevalence", "life_expectancy", "hdi"):
        yield ind, charts.indicator_chart(wb.official, wb.claims, DISTRICTS[1], ind)
    yield "multiples", charts.small_multiples(wb.official, wb.claims, DISTRICTS, ["hdi"])
    yield "claims", charts.claims_chart(wb.claims, wb.comparisons)


def test_every_chart_has_title_gloss_units_caption_and_safe_colours(wb) -> None:
    for name, fig in _figures(wb):
        title = fig._suptitle.get_text()
        assert " \u2014 " in title, f"{name}: Indonesian term \u2014 English gloss"
        main = fig.axes[0]
        assert main.get_xlabel() and (main.get_ylabel() or name == "claims"), name
        assert any(t.get_text().startswith("Source: ") for t in fig.texts), name
        for ax in fig.axes:
            for line in ax.get_lines():
                assert mcolors.to_hex(line.get_color()) in PALETTE, (name, line.get_color())
        matplotlib.pyplot.close(fig)


def test_publish_writes_png_and_svg_the_same_each_time(wb, tmp_path) -> None:
    fig = charts.indicator_chart(wb.official, wb.claims, DISTRICTS[0], "stunting_prevalence")
    image = charts.publish(fig, "x", tmp_path)
    first = {p.suffix: p.read_bytes() for p in tmp_path.iterdir()}
    assert set(first) == {".png", ".svg"} and image.data == first[".png"]
    fig = charts.indicator_chart(wb.official, wb.claims, DISTRICTS[0], "stunting_prevalence")
    charts.publish(fig, "x", tmp_path)
    assert {p.suffix: p.read_bytes() for p in tmp_path.iterdir()} == first


def test_stunting_chart_keeps_eppgbm_off_the_survey_lines(wb) -> None:
    fig = charts.indicator_chart(wb.official, wb.claims, DISTRICTS[0], "stunting_prevalence")
    main, apart = fig.axes[0], fig.axes[1]
    assert all(6.31 not in line.get_ydata() for line in main.get_lines())
    assert "different measure" in apart.get_title(loc="left")
    matplotlib.pyplot.close(fig)


def test_method_change_is_a_break_not_a_joined_line(wb) -> None:
    fig = charts.indicator_chart(wb.official, wb.claims, DISTRICTS[1], "life_expectancy")
    styles = {line.get_label(): line.get_linestyle() for line in fig.axes[0].get_lines()}
    assert styles["Indonesia (BPS life expectancy, SP2010 method)"] == "-"
    assert styles["Indonesia (BPS life expectancy, Long Form SP2020 method)"] == "--"
    matplotlib.pyplot.close(fig)


def test_compare_table_works_for_any_districts_in_either_order(wb) -> None:
    args = (wb["meetings"], wb["people"], wb["indicators"], wb["priorities"])
    table = tables.compare_districts(*args, DISTRICTS[::-1])
    assert list(table.columns) == DISTRICTS[::-1]
    assert table.loc["figures cited", "Kabupaten Banyuasin"] == 4
    assert table.loc["length (days)", "Kabupaten Banyuasin"] == 2
    assert table.loc["participants", "Kabupaten Barito Utara"] == "100"
    other = tables.compare_districts(*args, ["Kabupaten Banyuasin", "Kota Palembang"])
    assert other.loc["meetings", "Kota Palembang"] == 0


def test_summaries_and_trends_come_from_the_data(wb) -> None:
    text = tables.district_summary(wb.claims, "Kabupaten Banyuasin")
    assert text.startswith("Kabupaten Banyuasin: 4 figures checked")
    assert "different measure" in text
    assert tables.district_summary(wb.claims, "Kota Palembang").endswith(
        "no indicator figures were quoted."
    )
    assert tables.trend(wb.official, "Kabupaten Banyuasin", "stunting_prevalence").startswith(
        "Kabupaten Banyuasin: 2021 22% \u2192 2022 24.8% \u2192 2023 20.4%"
    )
    assert "1.85 years to 1.89 years" in tables.method_gap(wb.official, "life_expectancy")
    assert "71.4 years for Kabupaten Barito Utara (no year; said 2023-04-05)" in tables.claimed(
        wb.claims, DISTRICTS[1], "life_expectancy"
    )


def test_workbench_cache_is_keyed_on_the_inputs(tmp_path, monkeypatch) -> None:
    cache = tmp_path / "wb.pickle"
    first = workbench.load(cache)
    assert cache.exists()
    again = workbench.load(cache)
    assert again.claims.equals(first.claims)
    monkeypatch.setattr(workbench, "inputs_digest", lambda: "changed")
    calls = []
    monkeypatch.setattr(workbench, "build", lambda: calls.append(1) or first)
    workbench.load(cache)
    assert calls == [1], "a changed input rebuilds"
    cache.write_bytes(b"not a pickle")
    workbench.load(cache)
    assert calls == [1, 1], "an unreadable cache rebuilds"
