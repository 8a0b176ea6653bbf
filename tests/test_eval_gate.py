"""Quality gate: per-language F1 of rules.v1 on the dev set must not drop below the pinned floors.

Dev set: the shared seeds, examples/news and tests/fixtures/dev (when present). The floors, the
epsilon and the corpus hash live in tests/eval_baseline.json. After a deliberate change re-pin with

    .venv/bin/python tests/test_eval_gate.py --pin            # raises floors, never lowers them
    .venv/bin/python tests/test_eval_gate.py --pin --allow-regression
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
BASELINE = Path(__file__).parent / "eval_baseline.json"


def dev_folders() -> list[Path]:
    optional = [ROOT / "examples" / "news", ROOT / "tests" / "fixtures" / "dev"]
    return [SEEDS] + [f for f in optional if f.is_dir() and any(f.glob("*.facts.jsonl"))]


def _report():  # type: ignore[no-untyped-def]
    from dealgraph.evaluate import evaluate
    from dealgraph.extract import create_extractor

    return evaluate(dev_folders(), create_extractor("rules.v1"))


def test_f1_floors() -> None:
    if not SEEDS.is_dir():
        if os.environ.get("CI") == "true":
            pytest.fail(f"seed corpus missing at {SEEDS}")
        pytest.skip(f"seed corpus missing at {SEEDS}")
    from dealgraph.evaluate import corpus_hash

    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))
    corpus = corpus_hash(dev_folders())
    assert corpus == baseline["corpus"], (
        f"dev corpus changed ({corpus} != {baseline['corpus']}): re-pin with `python tests/test_eval_gate.py --pin`")
    report = _report()
    eps = baseline["epsilon"]
    drops = {lang: (round(report.counts(lang=lang).f1, 4), floor) for lang, floor in baseline["f1"].items()
             if report.counts(lang=lang).f1 < floor - eps}
    assert not drops, f"F1 below floor (got, floor): {drops}"


def pin(allow_regression: bool) -> dict:
    """Write the current scores (minus epsilon) as floors; refuse to lower one unless allowed."""
    from dealgraph.evaluate import corpus_hash

    old = json.loads(BASELINE.read_text(encoding="utf-8")) if BASELINE.exists() else {"epsilon": 0.01, "f1": {}}
    report = _report()
    new = {lang: round(report.counts(lang=lang).f1, 4) for lang in report.languages()}
    lower = {k: (v, old["f1"][k]) for k, v in new.items() if k in old["f1"] and v < old["f1"][k]}
    if lower and not allow_regression:
        raise SystemExit(f"refusing to lower floors {lower}; pass --allow-regression")
    data = {"epsilon": old.get("epsilon", 0.01), "corpus": corpus_hash(dev_folders()),
            "folders": [str(f.relative_to(f.parents[1])) for f in dev_folders()], "f1": new,
            "overall_f1": round(report.counts().f1, 4)}
    BASELINE.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    return data


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    if "--pin" in sys.argv:
        print(json.dumps(pin("--allow-regression" in sys.argv), indent=2))
