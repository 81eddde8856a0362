"""Command line: `python -m helpers extract FILE_OR_DIR... [--jobs N] [--published YYYY-MM-DD]`,
`python -m helpers frames`, `python -m helpers claims`, `python -m helpers report`."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from . import articles, paths


def _date(s: str) -> dt.date:
    try:
        return dt.date.fromisoformat(s)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {s!r}") from None


def _positive(s: str) -> int:
    try:
        n = int(s)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"not a positive whole number: {s!r}")
    return n


def cmd_extract(args: argparse.Namespace) -> int:
    """One JSON line per readable article; one stderr line per unreadable one."""
    from tqdm import tqdm

    from .corpus import extract_stream, iter_files

    try:
        metadata = articles.load_metadata()
    except (OSError, articles.ArticleError) as e:
        print(f"warning: {e}; publication dates come from --published only", file=sys.stderr)
        metadata = {}
    tasks = (
        (str(p), articles.published_for(p, metadata) or args.published)
        for p in iter_files(args.files)
    )
    live = sys.stderr.isatty()  # a bar on a terminal, nothing in CI logs
    total = sum(1 for _ in iter_files(args.files)) if live else None
    failed = 0
    try:
        with tqdm(total=total, disable=not live, unit="article", file=sys.stderr) as bar:
            for result in extract_stream(tasks, args.jobs):
                if result.error:
                    bar.write(f"error: {result.error}", file=sys.stderr)
                    failed += 1
                else:
                    _emit(result.line)
                bar.update()
    except BrokenPipeError:  # the reader stopped reading ('| head'): stop too, quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # nothing left to flush
        return 1
    except _OutputError as e:
        print(f"error: cannot write the output: {e}", file=sys.stderr)
        return 1
    return 1 if failed else 0


class _OutputError(Exception):
    """The output cannot be written (a full disk); str() is the reason."""


def _emit(line: str) -> None:
    """One whole JSON line, out at once; a failure to write it is an _OutputError, and a
    reader that went away a BrokenPipeError."""
    try:
        sys.stdout.write(line + "\n")
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as e:
        raise _OutputError(e.strerror or str(e)) from None


def cmd_frames(args: argparse.Namespace) -> int:
    from .frames import build_frames, write_frames

    frames = build_frames()
    for name, path in write_frames(frames, Path(args.out)).items():
        print(f"{name}: {len(frames[name])} rows -> {path}")
    for err in frames.errors:
        print(f"error: {err}", file=sys.stderr)
    return 1 if frames.errors else 0


def _official(path: str):
    """The official figures, or None after one stderr line per unusable row."""
    from .reference import ReferenceError, load_reference

    try:
        return load_reference(Path(path))
    except ReferenceError as e:
        for problem in e.problems:
            print(f"error: {e.path}: {problem}", file=sys.stderr)
        return None


def cmd_reference(args: argparse.Namespace) -> int:
    """Check the official figures and write the sources table beside them."""
    from .frames import write_frames
    from .reference import SOURCES, sources_table

    official = _official(args.reference)
    if official is None:
        return 1
    out = write_frames({"sources": sources_table(official)}, SOURCES.parent)
    print(f"{len(official)} official figures; sources: {out['sources']}")
    return 0


def cmd_claims(args: argparse.Namespace) -> int:
    """Check every quoted figure; write claims.csv and claim_comparisons.csv, or nothing."""
    from .claims import check_claims, summary_lines
    from .frames import build_frames, write_frames

    official = _official(args.reference)
    if official is None:
        return 1
    frames = build_frames()
    tables = check_claims(frames["indicators"], frames["people"], official)
    print("\n".join(summary_lines(tables["claims"])))
    for name, path in write_frames(tables, Path(args.out)).items():
        print(f"{name}: {len(tables[name])} rows -> {path}")
    for err in frames.errors:
        print(f"error: {err}", file=sys.stderr)
    return 1 if frames.errors else 0


def cmd_report(args: argparse.Namespace) -> int:
    from .report import bench, run

    if not args.bench:
        run()
        return 0
    got = bench(args.repeat)
    n = int(got["notebooks"])
    print(f"{'run (best of ' + str(args.repeat) + ')':<34}{'seconds':>9}")
    print(f"{f'{n} empty notebooks, same way':<34}{got['empty']:>9.2f}")
    print(f"{f'{n} import-cell notebooks, same way':<34}{got['imports']:>9.2f}")
    print(f"{f'make report ({n} notebooks)':<34}{got['report']:>9.2f}")
    print(f"{'ratio report/empty (target <= 1.5)':<34}{got['ratio']:>9.2f}")
    print(f"{'ratio import-cell/empty (floor)':<34}{got['floor_ratio']:>9.2f}")
    return 0


def cmd_bench(args: argparse.Namespace) -> int:
    from .bench import run

    for line in run(args.articles, args.jobs, args.peer_articles, not args.no_adversarial):
        print(line, flush=True)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m helpers", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="print the facts of each article as one JSON line")
    ex.add_argument("files", nargs="+", metavar="FILE_OR_DIR", help=".txt files or folders")
    ex.add_argument("--jobs", "-j", type=_positive, default=1, help="processes to use")
    ex.add_argument(
        "--published", type=_date, help="publication date for files not in articles.csv"
    )
    ex.set_defaults(func=cmd_extract)
    fr = sub.add_parser("frames", help="write the tidy frames to data/processed/*.csv")
    fr.add_argument("--out", default=str(paths.PROCESSED))
    fr.set_defaults(func=cmd_frames)
    cl = sub.add_parser("claims", help="check each quoted figure; write data/processed/claims.csv")
    cl.add_argument("--reference", default=str(paths.REFERENCE / "official_indicators.csv"))
    cl.add_argument("--out", default=str(paths.PROCESSED))
    cl.set_defaults(func=cmd_claims)
    rf = sub.add_parser("reference", help="check official figures; write the sources table")
    rf.add_argument("--reference", default=str(paths.REFERENCE / "official_indicators.csv"))
    rf.set_defaults(func=cmd_reference)
    be = sub.add_parser("bench", help="measure extraction against dateparser on a synthetic corpus")
    be.add_argument("--articles", type=_positive, default=1000)
    be.add_argument("--peer-articles", type=_positive, default=200)
    be.add_argument("--jobs", "-j", type=_positive, default=1)
    be.add_argument("--no-adversarial", action="store_true")
    be.set_defaults(func=cmd_bench)
    rp = sub.add_parser("report", help="rerun every notebook and write reports/")
    rp.add_argument("--bench", action="store_true", help="time the report against empty notebooks")
    rp.add_argument("--repeat", type=int, default=3)
    rp.set_defaults(func=cmd_report)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)
