"""Claims snapshot: every claim rules.v1 produces on the bundled corpora, as sorted JSONL.

Run: .venv/bin/python bench/snapshot.py write OUT.jsonl      (seeds, examples, dev, extract, synthetic)
     .venv/bin/python bench/snapshot.py check OUT.jsonl      (exit 1 and print differing lines if changed)
     .venv/bin/python bench/snapshot.py heldout-write OUT    (held-out corpus only; prints nothing of it)
     .venv/bin/python bench/snapshot.py heldout-check OUT    (prints only a count of differing claims)

A speed change must leave the snapshot byte-identical.
"""

from __future__ import annotations

import dataclasses
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

FOLDERS = [ROOT.parent / "shared" / "seeds", ROOT / "examples" / "news", ROOT / "tests" / "fixtures" / "dev",
           ROOT / "tests" / "fixtures" / "extract", *sorted((ROOT / "tests" / "fixtures").glob("open*"))]
HELDOUT = sorted((ROOT / "tests" / "fixtures").glob("heldout*"))
SUFFIXES = (".txt", ".md", ".html", ".htm")


def _articles(folders: list[Path]) -> list[Path]:
    return sorted(p for f in folders if f.exists() for p in f.rglob("*") if p.suffix in SUFFIXES and p.is_file())


def _docs(folders: list[Path], synthetic: int):
    from dealgraph.evaluate import build_doc
    from dealgraph.ingest import build_document

    for path in _articles(folders):
        meta_path = path.with_name(path.name.rsplit(".", 1)[0] + ".meta.json")
        meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
        yield str(path.relative_to(ROOT.parent)), build_doc(path, meta)
    if synthetic:
        sys.path.insert(0, str(ROOT / "bench"))
        from extract import corpus  # bench/extract.py

        for raw in corpus(synthetic):
            yield raw.path, build_document(raw)


def _row(name: str, claim) -> str:
    fields = {f.name: getattr(claim, f.name) for f in dataclasses.fields(claim)}
    fields["amount"] = dataclasses.asdict(claim.amount) if claim.amount else None
    return json.dumps({"article": name, **fields}, sort_keys=True, default=str, ensure_ascii=False)


def snapshot(folders: list[Path], synthetic: int) -> list[str]:
    from dealgraph.extract.registry import create_extractor

    ex = create_extractor("rules.v1")
    return sorted(_row(name, c) for name, doc in _docs(folders, synthetic) for c in ex.extract(doc))


def main(mode: str, out: str) -> int:
    held = mode.startswith("heldout")
    lines = snapshot(HELDOUT if held else FOLDERS, 0 if held else 300)
    text = "\n".join(lines) + "\n"
    if mode.endswith("write"):
        Path(out).write_text(text, encoding="utf-8")
        print(f"wrote {len(lines)} claims" + ("" if held else f" to {out}"))
        return 0
    saved = Path(out).read_text(encoding="utf-8")
    old = saved.splitlines()
    gone, new = sorted(set(old) - set(lines)), sorted(set(lines) - set(old))
    if held:
        print(f"held-out: {len(lines)} claims, {len(gone) + len(new)} differing")
    else:
        for line in gone:
            print("-", line)
        for line in new:
            print("+", line)
        print(f"{len(lines)} claims; {len(gone)} gone, {len(new)} new; byte-identical={text == saved}")
    return 0 if text == saved else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
