"""Benchmark: articles/s end to end (build_document + rules.v1 + SQLite store) vs one regex pass.

Run: .venv/bin/python bench/extract.py [N]   (default 2,000 synthetic articles; < ~30 s)
"""

from __future__ import annotations

import os
import re
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from dealgraph.model import Claim, Document, RawDoc  # noqa: E402

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
        docs.append(RawDoc(path=f"bench/{i}.txt", media_type="text/plain", text=f"Article {i}\n{body}",
                           published="2024-11-22"))
    return docs


def _build(raw: RawDoc) -> Document:
    try:
        from dealgraph.ingest import build_document
    except ImportError:
        build_document = None
    if build_document is not None:
        return build_document(raw)
    from dealgraph._hashing import document_id

    return Document(id=document_id(raw.text or ""), path=raw.path, text=raw.text or "", lang="en",
                    published=raw.published)


def work(raws: list[RawDoc]) -> list[tuple[Document, list[Claim]]]:
    from dealgraph.extract.rules import RuleExtractor

    rules = RuleExtractor()
    docs = [_build(r) for r in raws]
    return [(d, rules.extract(d)) for d in docs]


def regex_floor(raws: list[RawDoc]) -> float:
    pattern = re.compile(r"invest\w*|投资|出資|\$\d+|\d+亿|[A-Z][a-z]+")
    t0 = time.perf_counter()
    for r in raws:
        pattern.findall(r.text or "")
    return time.perf_counter() - t0


def main(n: int = 2000) -> None:
    from dealgraph.store import open_store

    raws = corpus(n)
    chunks = [raws[i:i + 200] for i in range(0, n, 200)]
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(f"sqlite:///{tmp}/bench.db")
        t0 = time.perf_counter()
        with ProcessPoolExecutor(2) as pool:
            for results in pool.map(work, chunks):
                store.add_documents([d for d, _ in results])
                store.replace_claims_many([(d.id, "rules.v1", claims) for d, claims in results])
        total = time.perf_counter() - t0
        claims = store.count("claims")
        store.close()
    floor = regex_floor(raws)
    print(f"articles: {n}  claims stored: {claims}")
    print(f"end to end: {total:.2f} s = {n / total:,.0f} articles/s (2 processes)")
    print(f"regex floor: {floor:.3f} s = {n / floor:,.0f} articles/s; ratio {total / floor:,.1f}x")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
