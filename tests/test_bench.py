"""The benchmark's inputs are seeded and its report names every measure (no timing is
checked here: figures are printed by `python -m helpers bench`, beside the peer's)."""

from __future__ import annotations

from helpers import bench
from helpers.extract import STAGES, extract_article


def test_synthetic_corpus_is_seeded() -> None:
    assert list(bench.corpus(6)) == list(bench.corpus(6))
    assert list(bench.corpus(6, seed=8)) != list(bench.corpus(6))


def test_adversarial_inputs_have_the_size_and_no_break_unless_named_for_lines() -> None:
    size = 20_000
    inputs = bench.adversarial_lines(size)
    for name, text in inputs.items():
        assert ("\n" in text) == name.endswith("lines"), name
        assert 0.9 * size <= len(text) <= size, name
    names = inputs["a different name each time"].split("Kepala Dinas Kesehatan ")[1:-1]
    assert len(set(names)) > 0.95 * len(names)


def test_report_gives_both_rates_the_ratio_memory_and_each_line_with_its_growth(
    monkeypatch,
) -> None:
    monkeypatch.setattr(
        bench, "time_adversarial", lambda: {"short": bench.Adversarial(0.5, 0.1, "people", 0.4)}
    )
    report = list(bench.run(8, 1, 4))
    text = "\n".join(report)
    for measure in ("ours, all 8 articles", "ours, the first 4", "dateparser",
                    "ratio ours/peer, same texts", "peak memory",
                    "meeting dates right on the dev set", "where the time goes",
                    "1 MB adversarial line, short:", "most in ", "a quarter of it:"):  # fmt: skip
        assert measure in text, measure


def test_stages_are_called_in_order_through_the_step_and_leave_the_facts_alike() -> None:
    text = next(bench.corpus(1))
    seen = []

    def step(stage, fn, *args):
        seen.append(stage)
        return fn(*args)

    assert extract_article(text, "a", step=step) == extract_article(text, "a")
    assert tuple(seen) == STAGES


def test_where_the_time_goes_names_every_stage_and_adds_up() -> None:
    texts = list(bench.corpus(3))
    spent = bench.time_stages(texts)
    assert list(spent) == [*STAGES, "the rest", "all"]
    assert all(spent[k] > 0 for k in STAGES)
    assert abs(sum(spent[k] for k in [*STAGES, "the rest"]) - spent["all"]) < 1e-6 * spent["all"]
    line = bench._where_time_goes(spent)
    assert all(k in line for k in STAGES)


def test_an_adversarial_input_is_read_and_its_slowest_stage_named() -> None:
    seconds, stage, stage_seconds = bench.read_alone("capitalised names", 2_000)
    assert stage == "people"
    assert 0 < stage_seconds <= seconds


def test_each_adversarial_input_keeps_its_fastest_read() -> None:
    reads = [
        (("a", 4), (1.2, "people", 0.9)),
        (("b", 4), (0.3, "dates", 0.2)),
        (("a", 4), (1.0, "figures", 0.7)),
        (("a", 1), (0.2, "people", 0.1)),
        (("a", 4), (1.1, "people", 0.8)),
    ]
    assert bench.fastest(reads) == {
        ("a", 4): (1.0, "figures", 0.7),
        ("b", 4): (0.3, "dates", 0.2),
        ("a", 1): (0.2, "people", 0.1),
    }
