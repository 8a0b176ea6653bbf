"""The entity knowledge base: canonical names, types, parents, aliases, tickers, Wikidata ids.

Shipped as TSV files in ``dealgraph/entities/data/kb/`` (see docs/entities.md for the format);
users add files in the same format through ``extra_files`` or env ``DEALGRAPH_ENTITIES``.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from dealgraph.entities._fold import fold
from dealgraph.errors import ConfigError, InputError
from dealgraph.model import ENTITY_TYPES

DATA_DIR = Path(__file__).resolve().parent / "data"
KB_DIR = DATA_DIR / "kb"
AMBIGUOUS_FILE = DATA_DIR / "ambiguous.tsv"
COLUMNS = ("name", "type", "parent", "rollup", "tickers", "qid", "aliases")
ENV_VAR = "DEALGRAPH_ENTITIES"


@dataclass(frozen=True, slots=True)
class Entity:
    """One knowledge-base record. ``rollup``: mentions of it stand for ``parent`` as a claim party."""

    name: str
    type: str
    parent: str | None = None
    aliases: tuple[str, ...] = ()
    tickers: tuple[str, ...] = ()
    qid: str | None = None
    rollup: bool = False
    source: str = ""  # file it came from

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "type": self.type, "parent": self.parent, "aliases": list(self.aliases),
                "tickers": list(self.tickers), "qid": self.qid, "rollup": self.rollup}


@dataclass(slots=True)
class KnowledgeBase:
    """Entities by canonical name, plus declared ambiguous aliases (alias -> candidate names)."""

    entities: dict[str, Entity] = field(default_factory=dict)
    ambiguous: dict[str, tuple[str, ...]] = field(default_factory=dict)  # alias (with flags) -> names
    duplicates: list[str] = field(default_factory=list)  # names defined twice within one file set

    @classmethod
    def load(cls, extra_files: Sequence[str | Path] = (), store: Any = None) -> KnowledgeBase:
        """Load the shipped KB, then env ``DEALGRAPH_ENTITIES`` files, then ``extra_files``.

        A later file's record with an existing name replaces it. ``store`` adds the provisional
        entities recorded in that database (type company, no aliases beyond the name).
        """
        kb = cls.from_entities(_read_dir(KB_DIR), ambiguous=_read_ambiguous(AMBIGUOUS_FILE))
        for path in [*env_files(), *extra_files]:
            kb.add_many(read_tsv(Path(path)), replace_existing=True)
        if store is not None:
            from dealgraph.entities.decisions import provisional_entities

            kb.add_many((e for e in provisional_entities(store) if e.name not in kb.entities), replace_existing=False)
        return kb

    @classmethod
    def from_entities(cls, entities: Iterable[Entity], *,
                      ambiguous: dict[str, tuple[str, ...]] | None = None) -> KnowledgeBase:
        kb = cls(ambiguous=dict(ambiguous or {}))
        kb.add_many(entities, replace_existing=False)
        return kb

    def add_many(self, entities: Iterable[Entity], *, replace_existing: bool) -> None:
        for entity in entities:
            if entity.name in self.entities and not replace_existing:
                self.duplicates.append(entity.name)
            self.entities[entity.name] = entity

    def __len__(self) -> int:
        return len(self.entities)

    def __iter__(self) -> Iterator[Entity]:
        return iter(self.entities.values())

    def __contains__(self, name: object) -> bool:
        return name in self.entities

    def get(self, name: str) -> Entity | None:
        """The record for a canonical name, or for any alias that maps to exactly one entity."""
        if name in self.entities:
            return self.entities[name]
        names = self.alias_index().get(fold(name.strip()), ())
        return self.entities[names[0]] if len(names) == 1 else None

    def children(self, name: str) -> list[Entity]:
        return sorted((e for e in self if e.parent == name), key=lambda e: e.name)

    def claim_party(self, name: str) -> str:
        """Follow rollup parents: Azure -> Microsoft, Google Cloud -> Google."""
        seen = {name}
        entity = self.entities.get(name)
        while entity is not None and entity.rollup and entity.parent and entity.parent not in seen:
            seen.add(entity.parent)
            name, entity = entity.parent, self.entities.get(entity.parent)
        return name

    def alias_index(self) -> dict[str, tuple[str, ...]]:
        """Folded alias -> canonical names that list it (more than one means ambiguous)."""
        index: dict[str, list[str]] = {}
        for entity in self:
            for alias in surface_forms(entity):
                names = index.setdefault(fold(alias.text), [])
                if entity.name not in names:
                    names.append(entity.name)
        return {k: tuple(v) for k, v in index.items()}

    def ambiguous_keys(self) -> set[str]:
        """Folded keys of the declared ambiguous aliases."""
        return {fold(parse_alias(raw).text) for raw in self.ambiguous}

    def conflicts(self) -> dict[str, tuple[str, ...]]:
        """Aliases listed by several entities and not declared in ambiguous.tsv (a lint error)."""
        declared = self.ambiguous_keys()
        return {k: v for k, v in self.alias_index().items() if len(v) > 1 and k not in declared}

    def search(self, query: str, *, limit: int = 20) -> list[Entity]:
        """Entities whose name or any alias (any language) equals, starts with or contains ``query``."""
        q = fold(query.strip())
        if not q:
            return []
        ranked: dict[str, int] = {}
        for key, names in self.alias_index().items():
            rank = 0 if key == q else 1 if key.startswith(q) else 2 if q in key else None
            for name in names if rank is not None else ():
                ranked[name] = min(rank, ranked.get(name, 9))  # type: ignore[arg-type]
        return [self.entities[n] for n in sorted(ranked, key=lambda n: (ranked[n], len(n), n))[:limit]]


@dataclass(frozen=True, slots=True)
class Alias:
    """One surface form. ``case``: must appear capitalised as written (or all caps);
    ``title``: must be followed by an honorific or title (マスク氏, 마스크 씨)."""

    text: str
    case: bool = False
    title: bool = False


def parse_alias(raw: str) -> Alias:
    case = title = False
    while raw[:1] in ("=", "~"):
        case, title = case or raw[0] == "=", title or raw[0] == "~"
        raw = raw[1:]
    return Alias(raw, case, title)


def surface_forms(entity: Entity) -> list[Alias]:
    """The entity's aliases, its name (unless an alias flags it) and ・-free variants of katakana names."""
    aliases = [parse_alias(a) for a in entity.aliases]
    if not any(a.text == entity.name for a in aliases):
        aliases.insert(0, Alias(entity.name))
    extra = [replace(a, text=a.text.replace("・", sep)) for a in aliases if "・" in a.text for sep in ("", " ")]
    return aliases + extra


def env_files() -> list[Path]:
    value = os.environ.get(ENV_VAR, "")
    return [Path(p) for p in value.split(os.pathsep) if p.strip()]


def _read_dir(folder: Path) -> list[Entity]:
    return [e for path in sorted(folder.glob("*.tsv")) for e in read_tsv(path)]


def read_tsv(path: Path) -> list[Entity]:
    """Read one KB file. Lines starting with ``#`` and blank lines are skipped."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise InputError(f"Cannot read entity file {path}: {e.strerror}", code="DG110",
                         hint=f"Check the path (from extra_files or ${ENV_VAR})") from e
    rows = csv.reader((ln for ln in lines if ln.strip() and not ln.startswith("#")), delimiter="\t",
                      quoting=csv.QUOTE_NONE)
    return [_entity(row, path, i) for i, row in enumerate(rows, 1) if row and row != list(COLUMNS)]


def _entity(row: list[str], path: Path, line: int) -> Entity:
    row = [c.strip() for c in row] + [""] * (len(COLUMNS) - len(row))
    name, etype, parent, rollup, tickers, qid, aliases = row[:7]
    if not name or etype not in ENTITY_TYPES:
        raise ConfigError(f"{path}: record {line} ({name!r}) has type {etype!r}", code="DG210",
                          hint=f"Columns: {', '.join(COLUMNS)}; type one of {', '.join(ENTITY_TYPES)}")
    roll = rollup == "1" if rollup else etype == "product"
    return Entity(name=name, type=etype, parent=parent or None, aliases=_split(aliases), tickers=_split(tickers),
                  qid=qid or None, rollup=roll and bool(parent), source=path.name)


def _split(cell: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(p.strip() for p in cell.split("|") if p.strip()))


def _read_ambiguous(path: Path) -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for line in path.read_text(encoding="utf-8").splitlines() if path.exists() else []:
        if line.strip() and not line.startswith("#"):
            alias, names = line.split("\t")[:2]
            out[alias.strip()] = _split(names)
    return out


@lru_cache(maxsize=1)
def _cached_default(env: str) -> KnowledgeBase:
    return KnowledgeBase.load()


def default_kb() -> KnowledgeBase:
    """The shipped KB plus ``DEALGRAPH_ENTITIES`` files, loaded once (per value of that variable)."""
    return _cached_default(os.environ.get(ENV_VAR, ""))
