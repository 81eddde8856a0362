"""Extraction pauses the cyclic garbage collector, restores it as it was, and makes
no reference cycles, so that the pause leaves nothing for it to find."""

from __future__ import annotations

import gc

import pytest

from helpers import bench
from helpers.extract import extract_article

TEXT = "Rabu (25/1) Bupati H. Askolani di Aula Bappeda: stunting turun 2 persen menjadi 20 persen."


@pytest.mark.parametrize("enabled", [True, False])
def test_the_collector_is_paused_while_extracting_and_restored_after(enabled: bool) -> None:
    seen = []

    def step(_stage, fn, *args):
        seen.append(gc.isenabled())
        return fn(*args)

    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        extract_article(TEXT, "probe", step=step)
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()
    assert seen and not any(seen)


def test_the_collector_is_restored_when_extraction_fails() -> None:
    def step(_stage, _fn, *_args):
        raise RuntimeError("stage failed")

    assert gc.isenabled()
    with pytest.raises(RuntimeError):
        extract_article(TEXT, "probe", step=step)
    assert gc.isenabled()


def test_extraction_leaves_no_reference_cycles() -> None:
    texts = [TEXT, *bench.adversarial_lines(5_000).values()]
    extract_article(TEXT, "warm-up")  # vocabularies and patterns load once
    gc.collect()
    was = gc.isenabled()
    gc.disable()
    try:
        for text in texts:
            extract_article(text, "probe")
        assert gc.collect() == 0
    finally:
        if was:
            gc.enable()
