"""Reading article files and their metadata; every failure names the file and the reason."""

from __future__ import annotations

import csv
import datetime as dt
import os
import re
import stat
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


_DIRECTORY = "is a directory, not a text file"


def read_text(path: Path | str) -> str:
    """The text of one article file. Only a regular file is read, and never more than
    MAX_BYTES of it: a pipe named like an article would wait for a writer forever, a
    link to a device ('/dev/zero') would never end, and a file may grow after its size
    was read. The file is opened without waiting (a pipe opens at once) and its kind is
    read from the open file, so it cannot change in between."""
    p = Path(path)
    try:
        fd = os.open(p, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as f:
            info = os.fstat(f.fileno())
            if stat.S_ISDIR(info.st_mode):
                raise ArticleError(p, _DIRECTORY)
            if not stat.S_ISREG(info.st_mode):
                raise ArticleError(p, "not a regular file (a pipe, socket or device)")
            if info.st_size > MAX_BYTES:
                raise _too_big(p, f"{info.st_size:,} bytes")
            raw = f.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise ArticleError(p, "file not found") from None
    except PermissionError:
        raise ArticleError(p, "permission denied") from None
    except IsADirectoryError:
        raise ArticleError(p, _DIRECTORY) from None
    except OSError as e:
        raise ArticleError(p, e.strerror or str(e)) from None
    if len(raw) > MAX_BYTES:  # grown since its size was read
        raise _too_big(p, f"more than {MAX_BYTES:,} bytes")
    return decode(raw, p)


def _too_big(p: Path, size: str) -> ArticleError:
    return ArticleError(p, f"file is {size}, above the {MAX_BYTES:,} byte limit for one article")


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
