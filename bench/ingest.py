"""Ingest throughput and peak memory for N synthetic ~3 KB articles into SQLite (no extraction).

    .venv/bin/python bench/ingest.py            # N = 2,000 and 10,000
    .venv/bin/python bench/ingest.py --n 50000

Each N runs in its own process so peak memory (max RSS) is comparable: it must not grow with N,
because sources are streamed and documents are committed in batches.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_PER_S = 2000

EN = ["{a} agreed to invest ${n} billion in {b}, according to a statement on {d}.",
      "Shares of {a} rose {p}% after the company said revenue grew strongly in the quarter.",
      "{b} will spend ${n} billion on cloud capacity from {a} over the next five years.",
      "Analysts said the arrangement ties the two companies more closely than before."]
ZH = ["{a}同意向{b}投资{n}亿美元，交易预计于{d}完成。", "据知情人士透露，{b}计划在未来三年内向{a}支付{n}0亿元云服务费用。",
      "分析人士认为，这种循环交易可能夸大收入。", "该公司股价当天上涨{p}%。"]
JA = ["{a}は{b}に最大{n}億ドルを出資すると発表した。", "関係者によると、{b}は{a}のクラウドを{n}兆円規模で利用する。",
      "同社の株価は{p}%上昇した。", "市場では循環取引への懸念も広がっている。"]
NAMES = ["Google", "Amazon", "Microsoft", "Nvidia", "Oracle", "OpenAI", "Anthropic", "CoreWeave", "xAI", "Meta"]


def article(i: int, rng: random.Random) -> dict[str, str]:
    lang = ("en", "zh", "ja")[i % 3]
    templates = {"en": EN, "zh": ZH, "ja": JA}[lang]
    parts = []
    while sum(map(len, parts)) < (2800 if lang == "en" else 1100):  # ~3 KB of UTF-8 either way
        a, b = rng.sample(NAMES, 2)
        parts.append(rng.choice(templates).format(a=a, b=b, n=rng.randint(1, 99), p=rng.randint(1, 9),
                                                  d=f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"))
    sep = " " if lang == "en" else ""
    parts.insert(rng.randint(0, len(parts)), " ".join(f"w{rng.randint(0, 10**6)}" for _ in range(40)))
    return {"text": f"Article {i}\n\n" + sep.join(parts), "published": f"2024-{i % 12 + 1:02d}-15",
            "url": f"https://example.com/{lang}/{i}"}


def write_corpus(path: Path, n: int) -> int:
    rng, size = random.Random(n), 0
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            line = json.dumps(article(i, rng), ensure_ascii=False) + "\n"
            size += len(line.encode("utf-8"))
            f.write(line)
    return size


def run_one(n: int, workers: int) -> dict[str, float]:
    from dealgraph.pipeline import ingest_paths
    from dealgraph.store import open_store

    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        size = write_corpus(corpus, n)
        store = open_store(f"sqlite:///{tmp}/bench.db")
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        started = time.perf_counter()
        report = ingest_paths([str(corpus)], store, extractors=(), workers=workers)
        seconds = time.perf_counter() - started
        assert report.new + report.near_duplicates == n, report.summary()
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"n": n, "near_duplicates": report.near_duplicates, "seconds": seconds, "per_s": n / seconds, "avg_kb": size / n / 1024,
            "peak_rss_mb": peak / 1024, "rss_growth_mb": (peak - rss_before) / 1024}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, nargs="+", default=[2000, 10000])
    parser.add_argument("--workers", type=int, default=2, help="worker processes (default 2: both cores)")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(run_one(args.one, args.workers)))
        return
    print(f"{'articles':>9} {'avg KB':>7} {'seconds':>8} {'articles/s':>11} {'peak RSS MB':>12} {'RSS growth MB':>14}")
    for n in args.n:
        out = subprocess.run([sys.executable, __file__, "--one", str(n), "--workers", str(args.workers)], capture_output=True, text=True, check=True)
        r = json.loads(out.stdout.strip().splitlines()[-1])
        print(f"{r['n']:>9,} {r['avg_kb']:>7.1f} {r['seconds']:>8.2f} {r['per_s']:>11,.0f} "
              f"{r['peak_rss_mb']:>12.1f} {r['rss_growth_mb']:>14.1f}")
    print(f"{args.workers} worker process(es); target: >= {TARGET_PER_S:,} articles/s; peak memory flat as N grows")


if __name__ == "__main__":
    main()
