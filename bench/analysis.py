"""Benchmark the analysis layer on synthetic deal graphs.

    python bench/analysis.py                 # 1k and 10k entities (10 deals per entity), a few seconds
    python bench/analysis.py --sizes 100k    # 100k entities / 1M deals (see docs/analysis.md)

Prints, per size: graph build, cycles (<= 5 legs) with a one-year window and a $10M threshold,
cycles with no filter, igraph's plain ``simple_cycles(max=5)`` on the same graph (in a child
process, given up after ``--igraph-timeout`` seconds), both stress methods (the entity with the
largest outflows fails, 40 % recovery) and the target figure: windowed cycles plus both stress runs.

The generator (:func:`synthetic`) is a directed Chung-Lu graph: each entity draws one activity
weight from a Pareto tail (``--tail``, default 2.5: P(w > x) ~ x^-2.5, so a few hubs with hundreds
of deals and most entities with a handful), and each deal picks its payer and its receiver in
proportion to those weights, so hubs both pay and receive, as the big platforms do. Amounts are
log-normal (median $50M, sigma 2 in log space, so $1M ... $2.5B covers 95 %), 10 % report no figure;
kinds follow a fixed mix; dates are uniform over ``--years`` (default 5) years. Parallel deals
between the same pair and cycles of every length occur naturally; nothing is planted.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import time
from collections.abc import Callable
from typing import Any

import numpy as np

from dealgraph.analyze import MoneyGraph, find_cycles, stress
from dealgraph.analyze.graph import KINDS

SIZES = {"1k": 1_000, "10k": 10_000, "100k": 100_000}
DEALS_PER_ENTITY = 10
DAY0 = 738_000  # 2021-07-29 as a proleptic ordinal


def synthetic(n: int, seed: int = 0, tail: float = 2.5, years: int = 5) -> MoneyGraph:
    """n entities, 10 n deals; Pareto(``tail``) activity weights, log-normal amounts, dates over ``years``."""
    rng = np.random.default_rng(seed)
    m = DEALS_PER_ENTITY * n
    weight = rng.pareto(tail, n) + 1
    p = weight / weight.sum()
    src, dst = rng.choice(n, m, p=p), rng.choice(n, m, p=p)
    amount = np.exp(rng.normal(np.log(5e7), 2.0, m))
    amount[rng.random(m) < 0.1] = np.nan  # some deals report no figure
    kind = rng.choice(len(KINDS), m, p=[0.3, 0.2, 0.15, 0.15, 0.1, 0.05, 0.05])
    lo = DAY0 + rng.integers(0, years * 365, m)
    return MoneyGraph.from_arrays([f"E{i}" for i in range(n)], src, dst, amount, kind, lo, lo)


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    out = fn()
    return time.perf_counter() - start, out


def _plain_igraph(mg: MoneyGraph, pipe: Any) -> None:
    t, plain = timed(lambda: mg.graph.simple_cycles(max=5))
    pipe.send((t, len(plain), int(np.count_nonzero(mg.src == mg.dst))))


def plain_igraph(mg: MoneyGraph, timeout: float) -> tuple[float, int, int] | None:
    """(seconds, cycles, self-loops among them) of igraph's plain search, or None past ``timeout``."""
    ctx = mp.get_context("fork")
    here, there = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_plain_igraph, args=(mg, there))
    child.start()
    got = here.recv() if here.poll(timeout) else None
    if got is None:
        child.terminate()
    child.join()
    return got


def run(label: str, n: int, args: argparse.Namespace) -> None:
    build, mg = timed(lambda: synthetic(n, tail=args.tail, years=args.years))
    print(f"{label}: {n} entities, {len(mg.src)} deals (build {build:.2f}s)")
    tw, found = timed(lambda: find_cycles(mg, max_len=5, window_days=365, min_usd=1e7, null_samples=0))
    print(f"  cycles <=5, 365-day window, legs >= $10M: {tw:7.2f}s  {len(found)} cycles")
    t, every = timed(lambda: find_cycles(mg, max_len=5, null_samples=0))
    print(f"  cycles <=5, no filter (all built):        {t:7.2f}s  {len(every)} cycles")
    got = plain_igraph(mg, args.igraph_timeout)
    if got is None:
        print(f"  igraph simple_cycles(max=5), plain:      > {args.igraph_timeout:.0f}s (stopped)")
    else:
        print(f"  igraph simple_cycles(max=5), plain:        {got[0]:7.2f}s  {got[1]} cycles "
              f"({got[2]} of them self-loops, which dealgraph does not count)")
    big = mg.names[int(np.argmax(np.bincount(mg.src, weights=np.nan_to_num(mg.amount), minlength=n)))]
    total = tw
    for method in ("debtrank", "eisenberg_noe"):
        t, r = timed(lambda: stress(mg, fail=[big], recovery=0.4, method=method))
        total += t
        print(f"  stress {method:<14} fail {big}:     {t:7.2f}s  {len(r.entities)} entities hit, "
              f"{len(r.defaulted)} defaulted, {r.iterations} rounds")
    print(f"  target (windowed cycles + both stress):    {total:7.2f}s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1k,10k", help="comma list of 1k, 10k, 100k (default 1k,10k)")
    parser.add_argument("--tail", type=float, default=2.5, help="Pareto exponent of entity activity (2.5)")
    parser.add_argument("--years", type=int, default=5, help="years the deal dates spread over (5)")
    parser.add_argument("--igraph-timeout", type=float, default=120.0, help="seconds before igraph is stopped")
    args = parser.parse_args()
    for label in args.sizes.split(","):
        run(label, SIZES[label.strip()], args)


if __name__ == "__main__":
    main()
