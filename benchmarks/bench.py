"""claimkit benchmarks, run by hand (not in CI): each prints ratios measured in one run.

    python benchmarks/bench.py overhead [--docs 200]     claimkit vs bare nlp.pipe
    python benchmarks/bench.py growth [--docs 100]       1x/4x/16x length; N vs 10N docs
    python benchmarks/bench.py processes [--docs 400] [--start spawn]   n_process=2 vs 1
    python benchmarks/bench.py memory [--docs 1000]      peak RSS, N vs 10N docs streamed
    python benchmarks/bench.py profile [--docs 100]      where claimkit's own time goes
    python benchmarks/bench.py all

The corpus is the bundled example articles, claimkit's own news set (eval/*.jsonl) and
the texts of any gold JSON Lines files named in $CLAIMKIT_BENCH_GOLD (a colon-separated
list; the published figures used PolNeAR dev and TimeBank-AQUAINT). Nothing is
downloaded. Machines here are shared and noisy: compare ratios from one run, not seconds
across runs.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import itertools
import json
import os
import pstats
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def corpus() -> list[str]:
    """Texts of the bundled examples, the news set and any gold files in the environment."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples/data").glob("*.txt"))]
    extra = [Path(p) for p in os.environ.get("CLAIMKIT_BENCH_GOLD", "").split(":") if p]
    for path in [*sorted((ROOT / "eval").glob("news-*.jsonl")), *extra]:
        if path.exists():
            lines = path.open(encoding="utf-8")
            texts += [json.loads(line)["text"] for line in lines if line.strip()]
    return texts


def docs(n: int, scale: int = 1) -> list[str]:
    """``n`` texts cycling through the corpus, each repeated ``scale`` times."""
    base = corpus()
    return ["\n\n".join([t] * scale) for t in itertools.islice(itertools.cycle(base), n)]


def stream(n: int) -> Iterator[str]:
    """``n`` texts as a generator: nothing held but what is being processed."""
    return itertools.islice(itertools.cycle(corpus()), n)


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def _warm(n: int) -> tuple[Any, list[str]]:
    """A loaded Extractor, warmed up on a few texts, and ``n`` texts to measure."""
    from claimkit.extractor import Extractor

    ex = Extractor()
    texts = docs(n)
    list(ex.extract_many(texts[:3]))
    return ex, texts


def _words(texts: list[str]) -> int:
    return sum(len(t.split()) for t in texts)


def overhead(n: int) -> None:
    from claimkit.extractor import Extractor, load_model

    texts = docs(n)
    bare = load_model()
    ex = Extractor()
    hybrid = Extractor(attribution="hybrid")
    list(bare.pipe(texts[:5]))
    list(ex.extract_many(texts[:5]))
    list(hybrid.extract_many(texts[:5]))
    t_bare = timed(lambda: list(bare.pipe(texts, batch_size=8)))
    t_ck = timed(lambda: list(ex.extract_many(texts, batch_size=8)))
    t_hy = timed(lambda: list(hybrid.extract_many(texts, batch_size=8)))
    print(f"overhead: {n} docs, {_words(texts)} words")
    print(f"  bare nlp.pipe      {t_bare:7.1f} s  {n / t_bare:6.2f} docs/s")
    print(f"  claimkit (rules)   {t_ck:7.1f} s  {n / t_ck:6.2f} docs/s")
    print(f"  claimkit (hybrid)  {t_hy:7.1f} s  {n / t_hy:6.2f} docs/s")
    print(f"  ratio claimkit/bare = {t_ck / t_bare:.2f}  (target <= 1.3)")
    print(f"  ratio hybrid/bare   = {t_hy / t_bare:.2f}  (target <= 1.4)")


def growth(n: int) -> None:
    from claimkit.extractor import Extractor

    ex = Extractor()
    list(ex.extract_many(docs(3)))
    base = docs(n // 4)
    t = {
        k: timed(lambda k=k: list(ex.extract_many(["\n\n".join([x] * k) for x in base])))
        for k in (1, 4, 16)
    }
    print(f"growth by length ({len(base)} docs):")
    for k in (1, 4, 16):
        print(f"  {k:2d}x length  {t[k]:7.1f} s  ratio {t[k] / t[1]:5.2f}  (16x target <= 18)")
    small = docs(n)
    large = small * 10  # the same mix of texts, ten times over
    t_small = timed(lambda: list(ex.extract_many(small)))
    t_large = timed(lambda: list(ex.extract_many(large)))
    print(
        f"growth by count: {n} docs {t_small:.1f} s, {10 * n} docs {t_large:.1f} s, "
        f"ratio {t_large / t_small:.2f}  (target <= 11)"
    )


def processes(n: int) -> None:
    ex, texts = _warm(n)
    t1 = timed(lambda: list(ex.extract_many(texts, n_process=1)))
    t2 = timed(lambda: list(ex.extract_many(texts, n_process=2)))
    print(
        f"processes ({_start_method()}): {n} docs, n_process=1 {t1:.1f} s, "
        f"n_process=2 {t2:.1f} s, speed-up {t1 / t2:.2f}  (target >= 1.7)"
    )


def _start_method() -> str:
    import multiprocessing

    return str(multiprocessing.get_start_method())


def _peak_rss_mb(n: int) -> float:
    here = str(Path(__file__).parent)
    code = (
        f"import resource, sys; sys.path.insert(0, {here!r}); from bench import stream; "
        "from claimkit.extractor import Extractor; ex = Extractor(); "
        f"texts = stream({n}); "
        "count = sum(1 for _ in ex.extract_many(texts)); "
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def memory(n: int) -> None:
    small, large = _peak_rss_mb(n), _peak_rss_mb(10 * n)
    print(
        f"memory (streamed, a generator in and out): {n} docs peak {small:.0f} MB, "
        f"{10 * n} docs peak {large:.0f} MB, ratio {large / small:.2f}  (target <= 1.15)"
    )


def profile(n: int) -> None:
    ex, texts = _warm(n)
    prof = cProfile.Profile()
    prof.enable()
    list(ex.extract_many(texts))
    prof.disable()
    stats = pstats.Stats(prof)
    total = stats.total_tt  # type: ignore[attr-defined]
    own: dict[str, float] = {}
    for (path, _, func), row in stats.stats.items():  # type: ignore[attr-defined]
        if "/claimkit/" in path:
            key = f"{Path(path).parent.name}/{Path(path).name}:{func}"
            own[key] = own.get(key, 0.0) + row[2]  # tottime
    mine = sum(own.values())
    print(
        f"profile: {n} docs, total {total:.1f} s, claimkit's own code {mine:.1f} s "
        f"({100 * mine / total:.0f}%); top functions by own time:"
    )
    for key, secs in sorted(own.items(), key=lambda kv: -kv[1])[:12]:
        print(f"  {secs:6.2f} s  {key}")
    buf = io.StringIO()
    pstats.Stats(prof, stream=buf).sort_stats("tottime").print_stats(8)
    print(buf.getvalue().split("\n\n", 2)[-1][:2000])


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("what", choices=("overhead", "growth", "processes", "memory", "profile", "all"))
    ap.add_argument("--docs", type=int, default=None)
    ap.add_argument(
        "--start",
        choices=("fork", "spawn", "forkserver"),
        default=None,
        help="the multiprocessing start method (default: the platform's)",
    )
    args = ap.parse_args(argv)
    if args.start:
        import multiprocessing

        multiprocessing.set_start_method(args.start, force=True)
    runs: dict[str, tuple[Callable[[int], None], int]] = {
        "overhead": (overhead, 200),
        "growth": (growth, 100),
        "processes": (processes, 400),
        "memory": (memory, 1000),
        "profile": (profile, 100),
    }
    chosen: Iterator[str] = iter(runs) if args.what == "all" else iter([args.what])
    for name in chosen:
        fn, default = runs[name]
        fn(args.docs or default)
        sys.stdout.flush()


if __name__ == "__main__":
    main()
