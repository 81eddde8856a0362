"""Where the project's data lives; every other module asks here."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
RAW = DATA / "raw"
RAW_ARTICLES = RAW / "articles"
RAW_METADATA = RAW / "articles.csv"
VOCAB = DATA / "vocab"
REFERENCE = DATA / "reference"
PROCESSED = DATA / "processed"
REPORTS = ROOT / "reports"
FIGURES = REPORTS / "figures"
NOTEBOOKS = ROOT / "notebooks"
