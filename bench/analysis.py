"""Benchmark the analysis layer on synthetic deal graphs.

    python bench/analysis.py                 # 1k and 10k entities (10 deals per entity), a few seconds
    python bench/analysis.py --sizes 100k    # 100k entities / 1M deals (see docs/analysis.md)

Prints, per size: graph build, cycles (<= 5 legs) with a one-year window and an amount threshold,
cycles with no filter, igraph's plain ``simple_cycles(max=5)`` on the same graph, and both stress
methods (the entity with the largest outflows fails, 40 % recovery).
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from typing import Any

import numpy as np

from dealgraph.analyze import MoneyGraph, find_cycles, stress
from dealgraph.analyze.graph import KINDS

SIZES = {"1k": 1_000, "10k": 10_000, "100k": 100_000}
DEALS_PER_ENTITY = 10
DAY0 = 738_000  # 2021-07-29 as a proleptic ordinal


def synthetic(n: int, seed: int = 0) -> MoneyGraph:
    """n entities, 10 n deals; mildly heavy-tailed degrees, log-normal amounts, 5 years of dates."""
    rng = np.random.default_rng(seed)
    m = DEALS_PER_ENTITY * n
    weight = rng.pareto(2.5, n) + 1
    p = weight / weight.sum()
    src, dst = rng.choice(n, m, p=p), rng.choice(n, m, p=p)
    amount = np.exp(rng.normal(np.log(5e7), 2.0, m))
    amount[rng.random(m) < 0.1] = np.nan  # some deals report no figure
    kind = rng.choice(len(KINDS), m, p=[0.3, 0.2, 0.15, 0.15, 0.1, 0.05, 0.05])
    lo = DAY0 + rng.integers(0, 5 * 365, m)
    return MoneyGraph.from_arrays([f"E{i}" for i in range(n)], src, dst, amount, kind, lo, lo)


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    out = fn()
    return time.perf_counter() - start, out


def run(label: str, n: int) -> None:
    build, mg = timed(lambda: synthetic(n))
    print(f"{label}: {n} entities, {len(mg.src)} deals (build {build:.2f}s)")
    t, found = timed(lambda: find_cycles(mg, max_len=5, window_days=365, min_usd=1e7, null_samples=0))
    print(f"  cycles <=5, 365-day window, legs >= $10M: {t:7.2f}s  {len(found)} cycles")
    t, found = timed(lambda: find_cycles(mg, max_len=5, null_samples=0, limit=100))
    print(f"  cycles <=5, no filter (top 100 built):    {t:7.2f}s")
    t, plain = timed(lambda: mg.graph.simple_cycles(max=5))
    print(f"  igraph simple_cycles(max=5), plain:        {t:7.2f}s  {len(plain)} cycles")
    big = mg.names[int(np.argmax(np.bincount(mg.src, weights=np.nan_to_num(mg.amount), minlength=n)))]
    for method in ("debtrank", "eisenberg_noe"):
        t, r = timed(lambda: stress(mg, fail=[big], recovery=0.4, method=method))
        print(f"  stress {method:<14} fail {big}:     {t:7.2f}s  {len(r.entities)} entities hit, "
              f"{len(r.defaulted)} defaulted, {r.iterations} rounds")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1k,10k", help="comma list of 1k, 10k, 100k (default 1k,10k)")
    args = parser.parse_args()
    for label in args.sizes.split(","):
        run(label, SIZES[label.strip()])


if __name__ == "__main__":
    main()
