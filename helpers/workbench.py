"""Everything a notebook reads, loaded in one call: frames, official figures, claim checks.

The result is cached in data/processed/workbench.pickle under a digest of every
input (article texts, vocabularies, reference files, dictionary, helpers code),
so the four notebooks of a report extract once, and any change to an input or
to the code rebuilds it.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from . import paths

CACHE = paths.PROCESSED / "workbench.pickle"
INPUTS = (paths.RAW, paths.VOCAB, paths.REFERENCE, paths.DATA / "dictionary", Path(__file__).parent)
_SUFFIXES = {".csv", ".txt", ".py", ".sha256", ".mplstyle"}


@dataclass
class Workbench:
    frames: Any  # helpers.frames.Frames
    official: pd.DataFrame
    unusable: pd.DataFrame  # reference rows that could not be used, with the reason
    claims: pd.DataFrame
    comparisons: pd.DataFrame

    @property
    def errors(self) -> list[str]:
        return self.frames.errors

    def __getitem__(self, name: str) -> pd.DataFrame:
        return self.frames[name]


def inputs_digest(folders: tuple[Path, ...] = INPUTS) -> str:
    """sha256 over the names and bytes of every input file."""
    h = hashlib.sha256()
    for folder in folders:
        for p in sorted(folder.rglob("*")):
            if p.suffix in _SUFFIXES and p.is_file() and "__pycache__" not in p.parts:
                h.update(str(p.relative_to(paths.ROOT)).encode() + b"\0" + p.read_bytes())
    return h.hexdigest()


def build() -> Workbench:
    """Extract every article, load the reference and check every claim."""
    from . import reference
    from .claims import check_claims
    from .frames import build_frames

    frames = build_frames()
    ref = reference.read_reference()
    checked = check_claims(frames["indicators"], frames["people"], ref.table)
    return Workbench(
        frames, ref.table, ref.unusable, checked["claims"], checked["claim_comparisons"]
    )


def load(cache: Path | None = CACHE) -> Workbench:
    """The workbench, from the cache when every input is unchanged, else built afresh."""
    if cache is None:
        return build()
    digest = inputs_digest()
    try:
        with cache.open("rb") as f:
            stored, wb = pickle.load(f)
        if stored == digest:
            return wb
    except (OSError, pickle.UnpicklingError, EOFError, ValueError, AttributeError):
        pass  # no cache or an unreadable one: build afresh
    wb = build()
    cache.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".workbench.", dir=cache.parent)
    with os.fdopen(fd, "wb") as f:
        pickle.dump((digest, wb), f, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(tmp, cache)
    return wb
