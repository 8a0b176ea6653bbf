"""CPU ms per article by stage, on one process (CPU time: steady when the machine is shared).

Run: .venv/bin/python bench/stages.py [N] [--profile synthetic|news] [--hooks]

Stages: clean (build_document), entities (find_mentions inside the rules), rules (the rest of
rules.v1), store (add_documents + replace_claims_many into a temporary SQLite file).
``--hooks`` adds the CPU ms per article inside each rules module's ``prepare``/``adjust`` pass (inclusive:
a pass that calls another counts it too), the costliest first: where a speed-up would pay.
"""

from __future__ import annotations

import cProfile
import os
import pstats
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from extract import corpus, news_corpus  # noqa: E402  (bench/extract.py)


class _Clock:
    """Wraps a function and sums the CPU time spent inside it."""

    def __init__(self, module: object, name: str) -> None:
        self.total, self.fn, self.module, self.name = 0.0, getattr(module, name), module, name
        setattr(module, name, self)

    def __call__(self, *a, **kw):
        t0 = time.process_time()
        try:
            return self.fn(*a, **kw)
        finally:
            self.total += time.process_time() - t0

    def restore(self) -> None:
        setattr(self.module, self.name, self.fn)


def stages(raws: list) -> dict[str, float]:
    import dealgraph.entities as E
    from dealgraph.extract.pipeline import extract_document
    from dealgraph.extract.registry import create_extractor
    from dealgraph.ingest import build_document
    from dealgraph.store import open_store

    ex = create_extractor("rules.v1")
    clock = _Clock(E, "find_mentions")
    t0 = time.process_time()
    docs = [build_document(r) for r in raws]
    t1 = time.process_time()
    results = [(d, extract_document(d, [ex]).claims) for d in docs]
    t2 = time.process_time()
    clock.restore()
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(f"sqlite:///{tmp}/s.db")
        t3 = time.process_time()
        fresh = {a.doc_id for a in store.add_documents(docs) if a.status == "new"}
        store.replace_claims_many([(d.id, "rules.v1", c) for d, c in results if d.id in fresh])
        t4 = time.process_time()
        store.close()
    n = len(raws) / 1000
    return {"clean": (t1 - t0) / n, "entities": clock.total / n, "rules": (t2 - t1 - clock.total) / n,
            "store": (t4 - t3) / n, "total": (t4 - t3 + t2 - t0) / n}


def hook_clocks() -> list[_Clock]:
    """A clock around every ``prepare``/``adjust`` function of the rules modules."""
    import importlib
    import pkgutil

    import dealgraph.extract.rules as R

    clocks = []
    for info in pkgutil.iter_modules(R.__path__):
        module = importlib.import_module(f"{R.__name__}.{info.name}")
        clocks += [_Clock(module, name) for name in ("prepare", "adjust") if callable(getattr(module, name, None))]
    return clocks


def print_hooks(raws: list, top: int = 25) -> None:
    stages(raws[:20])
    clocks = hook_clocks()
    ms = stages(raws)
    for c in clocks:
        c.restore()
    n = len(raws) / 1000
    print(f"rules {ms['rules']:.2f} CPU ms/article; inside the passes (inclusive):")
    for c in sorted(clocks, key=lambda c: -c.total)[:top]:
        print(f"  {c.total / n:6.3f}  {c.module.__name__.rsplit('.', 1)[-1]}.{c.name}")


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    n = int(args[0]) if args else 300
    if "--profile" in sys.argv:
        kind = sys.argv[sys.argv.index("--profile") + 1]
        raws = corpus(n) if kind == "synthetic" else news_corpus(n)
        stages(raws[:20])  # warm the caches
        prof = cProfile.Profile()
        prof.runcall(stages, raws)
        pstats.Stats(prof).sort_stats("tottime").print_stats(45)
        return
    if "--hooks" in sys.argv:
        print_hooks(news_corpus(n))
        return
    for kind, make in (("synthetic", corpus), ("news", news_corpus)):
        raws = make(n)
        stages(raws[:20])  # warm the caches (lexicons, compiled tables)
        ms = stages(raws)
        print(f"{kind:9} CPU ms/article: " + "  ".join(f"{k} {v:.2f}" for k, v in ms.items()))


if __name__ == "__main__":
    main()
