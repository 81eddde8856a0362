"""The benchmark's inputs are seeded and its report names every measure (no timing is
checked here: figures are printed by `python -m helpers bench`, beside the peer's)."""

from __future__ import annotations

import random
import re

from helpers import bench
from helpers.extract import STAGES, extract_article


def test_synthetic_corpus_is_seeded() -> None:
    assert list(bench.corpus(6)) == list(bench.corpus(6))
    assert list(bench.corpus(6, seed=8)) != list(bench.corpus(6))


def test_a_figure_moves_by_at_most_a_fifth_and_keeps_its_decimals() -> None:
    rng = random.Random(3)
    for number in ("69,54", "7,2", "21,60", "0,5"):
        decimals = number.split(",")[1]
        for _ in range(50):
            varied = bench._varied(number, rng)
            assert re.fullmatch(rf"\d+,\d{{{len(decimals)}}}", varied), varied
            value = float(number.replace(",", "."))
            assert 0.8 * value - 0.01 <= float(varied.replace(",", ".")) <= 1.2 * value + 0.01


def test_synthetic_articles_keep_the_figures_of_the_articles_they_are_built_from() -> None:
    """Another district's figures, not arbitrary numbers: a life expectancy stays one
    an indicator can take, so the benchmark reads as many figures as its seeds hold."""
    seeds = bench.seeds()
    synthetic = bench.corpus(len(seeds))
    for seed, text in zip(seeds, synthetic, strict=True):
        held = extract_article(seed.text, "seed")["indicators"]
        assert len(extract_article(text, "synthetic")["indicators"]) == len(held)


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
                    "ratio ours/peer, same texts", "in turns of 10 texts", "peak memory",
                    "growth with size, same run: the first 1 took",
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
    """On a short input each stage takes a millisecond or less, and which is slowest
    varies from run to run: only that one is named, with its time, is checked."""
    seconds, stage, stage_seconds = bench.read_alone("capitalised names", 2_000)
    assert stage in STAGES
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


class _Clock:
    """A clock that moves only when told: each call to a timed function adds its cost."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_drain_times_the_whole_run_and_its_first_part_from_one_start() -> None:
    clock = _Clock()

    def results():
        for _ in range(10):
            clock.now += 2.0
            yield None

    clock.now = 5.0
    assert bench.drain(results(), 3, start=1.0, clock=clock) == (24.0, 10.0)
    assert bench.drain(iter(()), 3, start=0.0, clock=clock) == (clock.now, clock.now)


def test_peer_and_ours_take_turns_and_ours_is_averaged_over_its_rounds() -> None:
    clock, calls = _Clock(), []

    def side(name: str, cost: float):
        def fn(text: str) -> None:
            calls.append((name, text))
            clock.now += cost

        return fn

    texts = [f"t{i}" for i in range(5)]
    peer, ours = bench.in_turns(
        texts, side("peer", 3.0), side("ours", 0.5), turn=2, rounds=3, clock=clock
    )
    assert (peer, ours) == (15.0, 2.5)  # each text once for the peer; ours per round
    # the peer's turn of two texts, then ours three times over them, and so on
    assert calls[:8] == [("peer", "t0"), ("peer", "t1"), *[("ours", "t0"), ("ours", "t1")] * 3]
    assert calls[8:10] == [("peer", "t2"), ("peer", "t3")]
    assert calls[-4:] == [("peer", "t4"), *[("ours", "t4")] * 3]
