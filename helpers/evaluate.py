"""Extraction quality against gold facts: indicator F1, dates, people.

Matching follows the shared acceptance rules: facts match one to one; a strict
match needs the same indicator, unit, kind and value (to 4 decimals) and the
same year where the gold gives one. Facts of indicator 'other' are left out.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Score:
    gold: int
    predicted: int
    matched: int
    dates_right: int
    articles: int

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)

    @property
    def date_accuracy(self) -> float:
        return self.dates_right / self.articles if self.articles else 0.0


def _same(g: dict[str, Any], p: dict[str, Any]) -> bool:
    if p.get("indicator") != g["indicator"] or round(float(p["value"]), 4) != round(
        float(g["value"]), 4
    ):
        return False
    if p.get("unit") != g["unit"] or p.get("kind") != g["kind"]:
        return False
    return g.get("year") is None or p.get("year") == g["year"]


def match_count(gold: list[dict], pred: list[dict]) -> int:
    used: set[int] = set()
    for g in gold:
        for i, p in enumerate(pred):
            if i not in used and _same(g, p):
                used.add(i)
                break
    return len(used)


def score(gold: dict[str, dict], pred: dict[str, dict]) -> Score:
    """Strict indicator matching and date_start accuracy over articles in gold."""
    g_n = p_n = hits = dates = 0
    for aid, g in gold.items():
        p = pred.get(aid, {"meeting": {}, "indicators": []})
        gi = [x for x in g["indicators"] if x["indicator"] != "other"]
        pi = [x for x in p["indicators"] if x.get("indicator") != "other"]
        g_n, p_n, hits = g_n + len(gi), p_n + len(pi), hits + match_count(gi, pi)
        dates += g["meeting"].get("date_start") == p["meeting"].get("date_start")
    return Score(g_n, p_n, hits, dates, len(gold))
