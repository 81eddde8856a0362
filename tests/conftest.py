from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import settings

from helpers import paths

# Property tests draw the same examples on every run (and keep no example database),
# so that the suite is deterministic.
settings.register_profile("deterministic", derandomize=True, database=None)
settings.load_profile("deterministic")

FIXTURES = Path(__file__).parent / "fixtures"


def load_gold(path: Path) -> dict[str, dict]:
    return {
        json.loads(line)["article_id"]: json.loads(line)
        for line in path.read_text().splitlines()
        if line
    }


def published_dates(path: Path) -> dict[str, dt.date | None]:
    with path.open(newline="", encoding="utf-8") as f:
        return {
            r["article_id"]: dt.date.fromisoformat(r["published"]) if r["published"] else None
            for r in csv.DictReader(f)
        }


@pytest.fixture(scope="session")
def seed_gold() -> dict[str, dict]:
    return load_gold(FIXTURES / "seed" / "gold.jsonl")


@pytest.fixture(scope="session")
def dev_gold() -> dict[str, dict]:
    return load_gold(FIXTURES / "dev" / "gold.jsonl")


@pytest.fixture(scope="session")
def seed_facts() -> dict[str, dict]:
    from helpers.articles import read_text
    from helpers.extract import extract_article

    dates = published_dates(paths.RAW_METADATA)
    return {
        aid: extract_article(read_text(paths.RAW_ARTICLES / f"{aid}.txt"), aid, pub)
        for aid, pub in dates.items()
    }


@pytest.fixture(scope="session")
def dev_facts() -> dict[str, dict]:
    from helpers.articles import read_text
    from helpers.extract import extract_article

    folder = FIXTURES / "dev"
    dates = published_dates(folder / "articles.csv")
    return {
        aid: extract_article(read_text(folder / f"{aid}.txt"), aid, pub)
        for aid, pub in dates.items()
    }
