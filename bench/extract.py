"""Benchmark: articles/s end to end (build_document + rules.v1 + SQLite store) vs one regex pass.

Run: .venv/bin/python bench/extract.py [N] [WORKERS]   (default 2,000 articles, 2 processes)

Two corpora: "synthetic" (every sentence states a deal: the worst case for the rules) and "news"
(the bundled example, dev and held-out articles, repeated and made distinct: ordinary prose).
"""

from __future__ import annotations

import os
import random
import re
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from dealgraph.model import RawDoc  # noqa: E402

TEMPLATES = [
    "{a} invested ${n} billion in {b} on Monday, people familiar with the matter said. Shares rose.",
    "{b} agreed to spend ${n} billion with {a} on cloud computing over five years.",
    "{a}向{b}投资了{n}0亿美元。市场反应积极。",
    "{a}は{b}に{n}億ドルを出資した。関係者によると、追加出資も検討している。",
    "Analysts said the deal between {a} and {b} was not expected to close before next year.",
]
COMPANIES = ["Microsoft", "Google", "Amazon", "Nvidia", "OpenAI", "Anthropic", "Oracle", "SoftBank", "CoreWeave"]


def corpus(n: int) -> list[RawDoc]:
    docs = []
    for i in range(n):
        a, b = COMPANIES[i % 9], COMPANIES[(i * 7 + 3) % 9]
        body = "\n".join(TEMPLATES[(i + k) % 5].format(a=a, b=b, n=1 + (i + k) % 9) for k in range(6))
        body += "\n" + " ".join(f"w{(i * 7919 + k * 104729) % 1000003}" for k in range(40))  # distinct texts
        docs.append(RawDoc(path=f"bench/{i}.txt", media_type="text/plain", text=f"Article {i}\n{body}",
                           published="2024-11-22"))
    return docs


def news_corpus(n: int) -> list[RawDoc]:
    """``n`` articles cut from the bundled news (examples/news and tests/fixtures: real-looking prose
    where most sentences carry no deal). Each copy keeps a different random two thirds of its source's
    paragraphs, so copies are distinct articles, not near-duplicates the pipeline would skip."""
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    texts = []
    for folder in ("examples/news", "tests/fixtures/dev", "tests/fixtures/heldout"):
        for name in sorted(os.listdir(os.path.join(root, folder))):
            if name.endswith((".txt", ".md")):
                with open(os.path.join(root, folder, name), encoding="utf-8") as f:
                    texts.append(f.read())
    docs = []
    for i in range(n):
        paragraphs = [p for p in texts[i % len(texts)].split("\n") if p.strip()]
        kept = random.Random(i).sample(paragraphs, max(1, len(paragraphs) * 2 // 3))
        docs.append(RawDoc(path=f"news/{i}.txt", media_type="text/plain", published="2025-01-15",
                           text="\n".join(kept) + f"\nRef {i}"))
    return docs


def regex_floor(raws: list[RawDoc]) -> float:
    pattern = re.compile(r"invest\w*|投资|出資|\$\d+|\d+亿|[A-Z][a-z]+")
    t0 = time.perf_counter()
    for r in raws:
        pattern.findall(r.text or "")
    return time.perf_counter() - t0


def main(n: int = 2000, workers: int = 2, kind: str = "synthetic") -> None:
    """The product's own path: dealgraph.ingest_raw (clean, extract, store) with worker processes."""
    from dealgraph.pipeline import ingest_raw
    from dealgraph.store import open_store

    raws = corpus(n) if kind == "synthetic" else news_corpus(n)
    size = sum(len((r.text or "").encode("utf-8")) for r in raws) / n / 1024
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(f"sqlite:///{tmp}/bench.db")
        t0 = time.perf_counter()
        report = ingest_raw(raws, store, workers=workers)
        total = time.perf_counter() - t0
        claims = store.count("claims")
        store.close()
    assert report.failed == 0 and report.new + report.near_duplicates == n, report.summary()
    print(f"{kind} corpus: {report.new} new, {report.near_duplicates} near-duplicates (not extracted)")
    floor = regex_floor(raws)
    print(f"{kind} corpus: {n} articles of {size:.1f} KB on average; claims stored: {claims}")
    print(f"end to end: {total:.2f} s = {n / total:,.0f} articles/s ({workers} processes)")
    print(f"regex floor: {floor:.3f} s = {n / floor:,.0f} articles/s; ratio {total / floor:,.1f}x")


if __name__ == "__main__":
    args = sys.argv[1:]
    for kind in ("synthetic", "news"):
        main(int(args[0]) if args else 2000, int(args[1]) if len(args) > 1 else 2, kind)
