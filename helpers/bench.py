"""Benchmark: our full extraction against a date-only peer (dateparser), in one run.

`python -m helpers bench --articles N` builds a seeded synthetic corpus from the
articles in data/raw and the development set (other districts, shifted dates,
other numbers, paragraphs reordered), then measures on the same texts:

- our extraction (meeting, people, figures, dates, ...) of the whole corpus, with
  --jobs processes: articles per second, peak memory, and the time when the first
  tenth was done, so that growth with size is read within one run;
- `dateparser.search.search_dates` with Indonesian, day-first settings, which
  finds dates only, and our extraction, each in this process on the same first
  texts of the corpus, built beforehand, in turns of a few texts, so that a slow
  stretch of the machine falls on both: their ratio;
- where our time goes on those texts: microseconds per article in each stage;
- the dates each gets right on the development set;
- one-megabyte adversarial inputs (worst cases for the regexes and for lookups),
  each also at a quarter of the size, to show that time grows linearly, with the
  stage that took longest; each is read in a fresh process of its own, three
  times, and the fastest read counts.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import random
import re
import resource
import time
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from multiprocessing import get_context

from . import paths, vocab
from .extract import STAGES, extract_article, prime

DEV = paths.ROOT / "tests" / "fixtures" / "dev"
PEER_SETTINGS = {
    "DATE_ORDER": "DMY",
    "PREFER_DATES_FROM": "past",
    "RETURN_AS_TIMEZONE_AWARE": False,
}
# (?<![\w.,])\d{1,2},\d{1,2}(?![\w,]|\.\d) and \b20(1[5-9]|2[0-5])\b, each led by its
# first character so that building the corpus stays cheap beside what it measures.
_NUMBER = re.compile(r"\d(?<![\w.,]\d)\d?,\d{1,2}(?![\w,]|\.\d)")
_YEAR = re.compile(r"2(?<!\w2)0(1[5-9]|2[0-5])\b")


@dataclass(frozen=True)
class Seed:
    text: str
    district: str  # the district's short name as the text writes it


def seeds() -> list[Seed]:
    """The source articles and the development articles, with their districts."""
    out = []
    for folder, meta in ((paths.RAW_ARTICLES, paths.RAW_METADATA), (DEV, DEV / "articles.csv")):
        with meta.open(newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                text = (folder / row["file"]).read_text(encoding="utf-8")
                area = vocab.area_by_name().get(row["district"])
                out.append(Seed(text, area.name if area else row["district"]))
    return out


@lru_cache(maxsize=1)
def _districts() -> tuple[vocab.Area, ...]:
    return tuple(a for a in vocab.areas() if a.level == "district")


def synthetic(seed_list: list[Seed], i: int, seed: int = 7) -> str:
    """Article i of the synthetic corpus: deterministic for (i, seed)."""
    rng = random.Random(seed * 1_000_003 + i)
    s = seed_list[i % len(seed_list)]
    other = rng.choice(_districts())
    text = s.text.replace(s.district, other.name)
    shift = rng.randint(-3, 2)
    text = _YEAR.sub(lambda m: str(int(m.group(0)) + shift), text)
    text = _NUMBER.sub(lambda m: _varied(m.group(0), rng), text)
    head, *body = text.split("\n\n")
    rng.shuffle(body)
    return "\n\n".join([head, *body])


def _varied(number: str, rng: random.Random) -> str:
    """A decimal such as '69,54' moved by up to a fifth either way, with as many
    decimals: another district's figure of the same kind, so that a life expectancy
    stays a life expectancy and a rate stays within what an indicator can take."""
    whole, decimals = number.split(",")
    value = float(f"{whole}.{decimals}") * rng.uniform(0.8, 1.2)
    return f"{value:.{len(decimals)}f}".replace(".", ",")


def corpus(n: int, seed: int = 7) -> Iterator[str]:
    """n synthetic articles, generated one at a time (memory does not grow with n)."""
    seed_list = seeds()
    for i in range(n):
        yield synthetic(seed_list, i, seed)


def _extract(text: str) -> int:
    return len(extract_article(text, "bench")["indicators"])


def peak_memory_mb() -> float:
    """Peak resident memory of this process and of its finished workers, whichever is larger."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def drain(
    results: Iterable[object],
    mark: int,
    start: float,
    clock: Callable[[], float] = time.perf_counter,
) -> tuple[float, float]:
    """Seconds from start until every result has come, and until the first `mark` of
    them had: two sizes of one run, timed under the same conditions of the machine."""
    at_mark = None
    for count, _ in enumerate(results, 1):
        if count == mark:
            at_mark = clock() - start
    total = clock() - start
    return total, total if at_mark is None else at_mark


def time_ours(n: int, jobs: int = 1, seed: int = 7) -> tuple[float, float]:
    """Seconds for our full extraction of n synthetic articles, and for the first
    tenth of them in the same run, both from before the workers start."""
    mark, start = max(1, n // 10), time.perf_counter()
    if jobs <= 1:
        return drain(map(_extract, corpus(n, seed)), mark, start)
    with get_context("spawn").Pool(jobs) as pool:
        return drain(pool.imap(_extract, corpus(n, seed), chunksize=64), mark, start)


def _search_dates() -> Callable[[str], object]:
    """dateparser's search_dates with the peer's settings, its language data loaded."""
    from dateparser.search import search_dates

    def peer(text: str) -> object:
        return search_dates(text, languages=["id"], settings=PEER_SETTINGS)

    peer("Rabu, 25 Januari 2023")
    return peer


def in_turns(
    texts: Sequence[str],
    first: Callable[[str], object],
    second: Callable[[str], object],
    turn: int = 10,
    rounds: int = 5,
    clock: Callable[[], float] = time.perf_counter,
) -> tuple[float, float]:
    """Seconds for first(text) over the texts, once, and for second(text), averaged
    over rounds, the two taking turns of `turn` texts: a slow stretch of the machine
    falls on both alike, rather than on whichever ran during it."""
    spent = [0.0, 0.0]
    for k in range(0, len(texts), turn):
        chunk = texts[k : k + turn]
        for side, fn, times in ((0, first, 1), (1, second, rounds)):
            start = clock()
            for _ in range(times):
                for text in chunk:
                    fn(text)
            spent[side] += clock() - start
    return spent[0], spent[1] / rounds


def time_peer_and_ours(texts: list[str]) -> tuple[float, float]:
    """Seconds for dateparser and for our extraction over the same texts, in this
    process, in turns, each after one untimed call that loads its data (dateparser's
    languages, our vocabularies): the same texts, built beforehand, one process."""
    prime()
    return in_turns(texts, _search_dates(), _extract)


class _StageClock:
    """A step for extract_article that adds up the seconds spent in each stage."""

    def __init__(self) -> None:
        self.spent: Counter[str] = Counter()

    def __call__(self, stage: str, fn: Callable[..., object], *args: object) -> object:
        start = time.perf_counter()
        try:
            return fn(*args)
        finally:
            self.spent[stage] += time.perf_counter() - start


def _timed(text: str, article_id: str, clock: _StageClock) -> float:
    """Seconds for our extraction of one text, its stages added to the clock."""
    start = time.perf_counter()
    extract_article(text, article_id, step=clock)
    return time.perf_counter() - start


def time_stages(texts: list[str]) -> dict[str, float]:
    """Where the time goes: microseconds per article in each stage of our extraction of
    the texts, then in the rest (the facts' records and quotes), then in all. Run it
    after the texts have been extracted once, as `run` does, so that no stage pays
    for loading the vocabularies."""
    clock = _StageClock()
    total = sum(_timed(text, "bench", clock) for text in texts)
    per_article = {stage: clock.spent[stage] / len(texts) * 1e6 for stage in STAGES}
    per_article["the rest"] = total / len(texts) * 1e6 - sum(per_article.values())
    per_article["all"] = total / len(texts) * 1e6
    return per_article


def dev_dates() -> dict[str, tuple[int, int]]:
    """Meeting dates right on the development set: ours (the meeting's first day) and the
    peer's (counted right if any date it finds is that day), out of the gold total."""
    from dateparser.search import search_dates

    gold = [json.loads(line) for line in (DEV / "gold.jsonl").read_text().splitlines() if line]
    with (DEV / "articles.csv").open(newline="", encoding="utf-8") as f:
        published = {r["article_id"]: r["published"] for r in csv.DictReader(f)}
    ours = peer = 0
    for g in gold:
        text = (DEV / f"{g['article_id']}.txt").read_text(encoding="utf-8")
        want = g["meeting"]["date_start"]
        pub = dt.date.fromisoformat(published[g["article_id"]] or "0001-01-01")
        pub = None if pub.year == 1 else pub
        got = extract_article(text, g["article_id"], pub)["meeting"]["date_start"]
        ours += got == want
        settings = dict(PEER_SETTINGS)
        if pub:
            settings["RELATIVE_BASE"] = dt.datetime.combine(pub, dt.time())
        found = search_dates(text, languages=["id"], settings=settings) or []
        peer += want in {d.date().isoformat() for _, d in found}
    return {"ours": (ours, len(gold)), "peer": (peer, len(gold))}


def _repeat(make, size: int, seed: int = 7) -> str:
    """Pieces from make(rng, name) until size characters, each with a new made-up name."""
    rng = random.Random(seed)
    syllables = ["ba", "di", "ko", "ra", "su", "ti", "ma", "no", "wi", "ja", "lu", "pe", "ha"]
    parts, length = [], 0
    while length < size:
        name = " ".join("".join(rng.choices(syllables, k=3)).capitalize() for _ in range(2))
        parts.append(make(rng, name))
        length += len(parts[-1])
    return "".join(parts)[:size]


def adversarial_lines(size: int = 1_000_000) -> dict[str, str]:
    """Inputs built to make the extractor work hard: single lines without a break, then
    many short sentences or lines (a date in each; 'Baca juga' links) where any
    lookup done once per item, rather than by position, would show."""
    return {
        "one letter repeated": "a" * size,
        "spaces between two words": "a" + " " * (size - 2) + "b",
        "dots and digits": "1." * (size // 2),
        "honorific runs": "Dr. H. dr. Hj. " * (size // 15),
        "capitalised names": "Kepala Dinas Kesehatan Budi Santoso " * (size // 36),
        "a different name each time": _repeat(lambda r, n: f"Kepala Dinas Kesehatan {n} ", size),
        "figures without a break": "stunting turun 2 persen menjadi 20 persen tahun 2023 dan "
        * (size // 58),
        "short sentences, each with a date": _repeat(
            lambda r, n: f"Rapat di Aula {n}, Rabu ({r.randint(1, 28)}/{r.randint(1, 12)}). ", size
        ),
        "'Baca juga' lines": _repeat(lambda r, n: f"Baca juga: {n} di Kabupaten Banyuasin\n", size),
    }


@dataclass(frozen=True)
class Adversarial:
    seconds: float
    quarter: float  # seconds for the same input a quarter as long
    stage: str  # the stage that took longest on the whole input
    stage_seconds: float


def read_alone(name: str, size: int) -> tuple[float, str, float]:
    """Seconds for our extraction of one adversarial input (by name, at a size) once
    the vocabularies are loaded, and the stage that took longest, with its seconds."""
    prime()
    line = adversarial_lines(size)[name]
    clock = _StageClock()
    seconds = _timed(line, "adversarial", clock)
    stage, stage_seconds = clock.spent.most_common(1)[0]
    return seconds, stage, stage_seconds


def _read_alone(task: tuple[str, int]) -> tuple[float, str, float]:
    return read_alone(*task)


def fastest(reads: Iterable[tuple[Hashable, tuple[float, str, float]]]) -> dict:
    """For each task, its read (seconds, slowest stage, its seconds) that took least."""
    best: dict[Hashable, tuple[float, str, float]] = {}
    for task, read in reads:
        if task not in best or read[0] < best[task][0]:
            best[task] = read
    return best


def time_adversarial(size: int = 1_000_000, repeats: int = 3) -> dict[str, Adversarial]:
    """Seconds for each adversarial line, and for a line a quarter as long, each read
    in a fresh process of its own (nothing left from reading another), the best of
    `repeats` such reads, as timeit advises: a slower one measures what else the
    machine was doing. Linear time grows four times from one to the other,
    catastrophic backtracking far more."""
    tasks = [(name, n) for name in adversarial_lines(100) for n in (size, size // 4)]
    with get_context("spawn").Pool(1, maxtasksperchild=1) as pool:
        reads = pool.map(_read_alone, tasks * repeats, chunksize=1)
    best = fastest(zip(tasks * repeats, reads, strict=True))
    out = {}
    for name in adversarial_lines(100):
        seconds, stage, stage_seconds = best[name, size]
        out[name] = Adversarial(seconds, best[name, size // 4][0], stage, stage_seconds)
    return out


def run(n: int, jobs: int, peer_n: int, adversarial: bool = True) -> Iterator[str]:
    """The benchmark report, line by line as each measure finishes."""
    peer_n = min(peer_n, n)
    yield f"synthetic corpus: {n:,} articles (seeded); ours and the peer on the first {peer_n:,}"
    ours, tenth = time_ours(n, jobs)
    sample = list(corpus(peer_n))
    peer, ours_same = time_peer_and_ours(sample)
    peer_rate, same_rate = peer_n / peer, peer_n / ours_same
    yield f"{'':<52}{'articles/s':>12}{'seconds':>10}"
    yield f"{f'ours, all {n:,} articles ({jobs} process(es))':<52}{n / ours:>12.1f}{ours:>10.1f}"
    yield (
        f"growth with size, same run: the first {max(1, n // 10):,} took {tenth:.1f} s, all "
        f"{n:,} {ours / tenth:.1f} times as long (target: within 11 times, for 10 times as many)"
    )
    yield f"{f'ours, the first {peer_n:,} (1 process)':<52}{same_rate:>12.1f}{ours_same:>10.2f}"
    yield f"{'dateparser search_dates, dates only, same texts':<52}{peer_rate:>12.1f}{peer:>10.1f}"
    yield (
        f"ratio ours/peer, same texts, one process each, in turns of 10 texts: "
        f"{same_rate / peer_rate:.1f} (target 30)"
    )
    yield _where_time_goes(time_stages(sample))
    yield f"peak memory: {peak_memory_mb():.0f} MB (target under 1,024 MB at 100,000)"
    d = dev_dates()
    yield (
        f"meeting dates right on the dev set: ours {d['ours'][0]}/{d['ours'][1]}, "
        f"peer {d['peer'][0]}/{d['peer'][1]} (peer: any date found equals the meeting day)"
    )
    if adversarial:
        for name, a in time_adversarial().items():
            yield (
                f"1 MB adversarial line, {name}: {a.seconds:.2f} s (target under 1 s; "
                f"most in {a.stage}: {a.stage_seconds:.2f} s); a quarter of it: "
                f"{a.quarter:.2f} s, {a.seconds / a.quarter:.1f} times (linear: 4)"
            )


def _where_time_goes(per_article: dict[str, float]) -> str:
    stages = sorted(STAGES, key=lambda k: -per_article[k])
    parts = ", ".join(f"{k} {per_article[k]:,.0f}" for k in [*stages, "the rest"])
    return (
        "where the time goes, microseconds per article (same texts, 1 process): "
        f"{parts}; all {per_article['all']:,.0f}"
    )
