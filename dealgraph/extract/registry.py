"""One registry of extractor names -> factories.

Built-ins and plugins come through the same door: the entry-point group ``dealgraph.extractors``
(``pyproject.toml``: ``"rules.v1" = "dealgraph.extract.rules:RuleExtractor"``). Code running in
the same process can add one with :func:`register_extractor`.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib.metadata import entry_points
from typing import Any

from dealgraph.errors import ConfigError
from dealgraph.extract.base import Extractor, ExtractorInfo, info_of

ENTRY_POINT_GROUP = "dealgraph.extractors"
DEFAULT_EXTRACTOR = "rules.v1"

Factory = Callable[..., Extractor]
_registered: dict[str, Factory] = {}


def register_extractor(name: str, factory: Factory, *, replace: bool = False) -> None:
    """Make ``factory`` available as ``name`` in this process (e.g. ``"mine.v1"``)."""
    if not replace and name in _registered:
        raise ConfigError(f"Extractor {name!r} is already registered",
                          code="DG201", hint="Pass replace=True to override it, or pick another name.")
    _registered[name] = factory


def unregister_extractor(name: str) -> None:
    """Forget an in-process registration (entry points cannot be removed)."""
    _registered.pop(name, None)


def _entry_points() -> dict[str, Any]:
    return {ep.name: ep for ep in entry_points(group=ENTRY_POINT_GROUP)}


def available_extractors() -> dict[str, str]:
    """Names that :func:`create_extractor` accepts -> where each comes from."""
    found = {name: f"entry point {ep.value}" for name, ep in _entry_points().items()}
    found.update({name: "registered in process" for name in _registered})
    if DEFAULT_EXTRACTOR not in found:  # running from a checkout that was never pip-installed
        found[DEFAULT_EXTRACTOR] = "builtin dealgraph.extract.rules:RuleExtractor"
    return dict(sorted(found.items()))


def extractor_factory(name: str) -> Factory:
    """The class or function that makes extractor ``name`` (to inspect what config it takes)."""
    return _factory(name)


def _factory(name: str) -> Factory:
    if name in _registered:
        return _registered[name]
    eps = _entry_points()
    if name in eps:
        return eps[name].load()
    if name == DEFAULT_EXTRACTOR:
        from dealgraph.extract.rules import RuleExtractor

        return RuleExtractor
    names = ", ".join(available_extractors())
    raise ConfigError(f"Unknown extractor {name!r}. Available: {names}", code="DG202",
                      hint="Install the plugin that provides it, or use one of the available names.")


def create_extractor(name: str = DEFAULT_EXTRACTOR, **config: Any) -> Extractor:
    """Build the extractor registered as ``name`` with ``config`` passed to its factory."""
    factory = _factory(name)
    try:
        extractor = factory(**config)
    except TypeError as e:
        raise ConfigError(f"Bad configuration for extractor {name!r}: {e}", code="DG203",
                          hint="Check the option names the extractor accepts.") from e
    if not isinstance(extractor, Extractor):
        raise ConfigError(f"{name!r} did not build an extractor (no name/languages/extract)", code="DG204",
                          hint="A factory must return an object with name, languages and extract(doc).")
    return extractor


def describe_extractors() -> list[ExtractorInfo]:
    """One :class:`ExtractorInfo` per available name (builds each extractor once)."""
    infos = []
    for name, origin in available_extractors().items():
        try:
            infos.append(info_of(create_extractor(name), origin))
        except ConfigError as e:  # e.g. llm.v1 without DEALGRAPH_LLM_URL: available once configured
            languages = tuple(getattr(_factory(name), "languages", ()))
            infos.append(ExtractorInfo(name=name, languages=languages, description=f"needs configuration: {e}",
                                       origin=origin))
        except Exception as e:  # a broken plugin must not hide the others
            infos.append(ExtractorInfo(name=name, languages=(), description=f"failed to load: {e}", origin=origin))
    return infos
