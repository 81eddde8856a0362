"""Reading article files and their metadata; every failure names the file and the reason."""

from __future__ import annotations

import csv
import datetime as dt
import os
import re
from dataclasses import dataclass
from pathlib import Path

from . import paths

# A news article is tens of kilobytes; anything past this is not one article.
MAX_BYTES = 5 * 1024 * 1024
_HTML = re.compile(rb"^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])", re.IGNORECASE)


class ArticleError(Exception):
    """An article that cannot be used; str() is a one-line reason."""

    def __init__(self, path: Path | str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path, self.reason = str(path), reason


@dataclass(frozen=True)
class ArticleMeta:
    article_id: str
    file: str
    outlet: str | None
    url: str | None
    published: dt.date | None
    district: str | None
    province: str | None
    note: str | None


def decode(raw: bytes, path: Path | str) -> str:
    """UTF-8 text (a BOM is allowed); binary or other encodings are refused by name."""
    if not raw.strip():
        raise ArticleError(path, "file is empty")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ArticleError(path, "UTF-16 text; save the article as UTF-8")
    if _HTML.match(raw[:1024]):
        raise ArticleError(path, "HTML page, not article text; save the article's text only")
    if b"\x00" in raw:
        raise ArticleError(path, "binary file (contains NUL bytes), not article text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise ArticleError(path, f"not UTF-8 (invalid byte at offset {e.start})") from None
    return text


def read_text(path: Path | str) -> str:
    p = Path(path)
    try:
        if p.is_dir():
            raise ArticleError(p, "is a directory, not a text file")
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise ArticleError(
                p, f"file is {size:,} bytes, above the {MAX_BYTES:,} byte limit for one article"
            )
        with p.open("rb") as f:
            raw = f.read()
    except FileNotFoundError:
        raise ArticleError(p, "file not found") from None
    except PermissionError:
        raise ArticleError(p, "permission denied") from None
    except OSError as e:
        raise ArticleError(p, e.strerror or str(e)) from None
    return decode(raw, p)


def _date(s: str | None) -> dt.date | None:
    return dt.date.fromisoformat(s) if s else None


def load_metadata(path: Path = paths.RAW_METADATA) -> dict[str, ArticleMeta]:
    """articles.csv by article id; a bad row is an error naming the file and line."""
    out: dict[str, ArticleMeta] = {}
    with path.open(newline="", encoding="utf-8") as f:
        for line, row in enumerate(csv.DictReader(f), start=2):
            row = {k: (v or "").strip() or None for k, v in row.items()}
            try:
                meta = ArticleMeta(
                    article_id=row["article_id"],
                    file=row["file"],
                    outlet=row.get("outlet"),
                    url=row.get("url"),
                    published=_date(row.get("published")),
                    district=row.get("district"),
                    province=row.get("province"),
                    note=row.get("note"),
                )
            except (KeyError, ValueError) as e:
                raise ArticleError(path, f"line {line}: {e}") from None
            if not meta.article_id or not meta.file:
                raise ArticleError(path, f"line {line}: article_id and file are required")
            out[meta.article_id] = meta
    return out


def article_id(path: Path | str) -> str:
    return Path(path).stem


def published_for(path: Path | str, metadata: dict[str, ArticleMeta]) -> dt.date | None:
    """Publication date recorded for a file in data/raw/articles.csv, if any."""
    meta = metadata.get(article_id(path))
    if meta and os.path.basename(str(path)) == meta.file:
        return meta.published
    return None
