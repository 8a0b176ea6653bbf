"""Quality gate: per-language F1 of rules.v1 must not drop below the pinned floors.

Three sets, each with its own floors, epsilon and corpus hash in tests/eval_baseline.json:
- ``dev``: the shared seeds, examples/news and tests/fixtures/dev — what the rules are developed on;
- ``open``: tests/fixtures/open* — written by independent evaluators (30 articles each) and held out until
  scored, then opened to the rule authors as more varied development material;
- ``heldout``: tests/fixtures/heldout* (independent evaluators, 30 articles each) — articles the rule authors
  never look at, which measure how well the rules generalise (never tune on them).

After a deliberate change re-pin with

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
SETS = ("dev", "open", "heldout")
OPEN = ("open2", "open3", "open4", "open5")
HELDOUT = ("heldout", "heldout6", "heldout7", "heldout8")


def folders(name: str) -> list[Path]:
    if name in ("open", "heldout"):
        return [ROOT / "tests" / "fixtures" / folder for folder in (OPEN if name == "open" else HELDOUT)]
    optional = [ROOT / "examples" / "news", ROOT / "tests" / "fixtures" / "dev"]
    return [SEEDS] + [f for f in optional if f.is_dir() and any(f.glob("*.facts.jsonl"))]


def dev_folders() -> list[Path]:
    return folders("dev")


def _report(name: str):  # type: ignore[no-untyped-def]
    from dealgraph.evaluate import evaluate
    from dealgraph.extract import create_extractor

    return evaluate(folders(name), create_extractor("rules.v1"))


@pytest.mark.parametrize("name", SETS)
def test_f1_floors(name: str) -> None:
    if not SEEDS.is_dir():
        if os.environ.get("CI") == "true":
            pytest.fail(f"seed corpus missing at {SEEDS}")
        pytest.skip(f"seed corpus missing at {SEEDS}")
    from dealgraph.evaluate import corpus_hash

    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))[name]
    corpus = corpus_hash(folders(name))
    assert corpus == baseline["corpus"], (
        f"{name} corpus changed ({corpus} != {baseline['corpus']}): re-pin with `python tests/test_eval_gate.py --pin`")
    report = _report(name)
    eps = baseline["epsilon"]
    drops = {lang: (round(report.counts(lang=lang).f1, 4), floor) for lang, floor in baseline["f1"].items()
             if report.counts(lang=lang).f1 < floor - eps}
    assert not drops, f"{name}: F1 below floor (got, floor): {drops}"


def pin_set(name: str, old: dict, allow_regression: bool) -> dict:
    """The current scores of one set as floors; refuse to lower one unless allowed."""
    from dealgraph.evaluate import corpus_hash

    report = _report(name)
    new = {lang: round(report.counts(lang=lang).f1, 4) for lang in report.languages()}
    lower = {k: (v, old["f1"][k]) for k, v in new.items() if k in old.get("f1", {}) and v < old["f1"][k]}
    if lower and not allow_regression:
        raise SystemExit(f"{name}: refusing to lower floors {lower}; pass --allow-regression")
    return {"epsilon": old.get("epsilon", 0.01), "corpus": corpus_hash(folders(name)),
            "folders": [str(f.relative_to(f.parents[1])) for f in folders(name)], "f1": new,
            "precision": round(report.counts().precision, 4), "recall": round(report.counts().recall, 4),
            "overall_f1": round(report.counts().f1, 4)}


def pin(allow_regression: bool) -> dict:
    old = json.loads(BASELINE.read_text(encoding="utf-8")) if BASELINE.exists() else {}
    data = {name: pin_set(name, old.get(name, {}), allow_regression) for name in SETS}
    BASELINE.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    return data


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    if "--pin" in sys.argv:
        print(json.dumps(pin("--allow-regression" in sys.argv), indent=2))
