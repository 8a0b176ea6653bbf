"""Registry, pipeline error handling and sentence splitting."""

from __future__ import annotations

import pytest

from dealgraph._hashing import document_id
from dealgraph.errors import ConfigError, ExtractionError
from dealgraph.extract import (
    available_extractors,
    create_extractor,
    extract_document,
    raise_errors,
    register_extractor,
    split_sentences,
    unregister_extractor,
)
from dealgraph.model import Claim, Document

TEXT = "Google invested $2 billion in Anthropic."


def _doc(text: str = TEXT, lang: str = "en") -> Document:
    return Document(id=document_id(text), path="a.txt", text=text, lang=lang, published="2024-11-22")


class Broken:
    name = "broken.v1"
    languages = ("en",)

    def extract(self, doc: Document) -> list[Claim]:
        raise RuntimeError("boom")


class Liar:
    """Returns a claim whose evidence is not in the document."""

    name = "liar.v1"
    languages = ("en",)

    def extract(self, doc: Document) -> list[Claim]:
        return [Claim(doc.id, "investment", "A", "B", "announced", 0, 5, "nope!", self.name)]


def test_default_extractor_is_available() -> None:
    assert "rules.v1" in available_extractors()
    assert create_extractor("rules.v1").name == "rules.v1"


def test_unknown_extractor_lists_names() -> None:
    with pytest.raises(ConfigError) as e:
        create_extractor("nope.v9")
    assert "rules.v1" in str(e.value) and e.value.code == "DG202"


def test_register_in_process_plugin() -> None:
    register_extractor("broken.v1", Broken)
    try:
        assert available_extractors()["broken.v1"] == "registered in process"
        assert isinstance(create_extractor("broken.v1"), Broken)
        with pytest.raises(ConfigError):
            register_extractor("broken.v1", Broken)
    finally:
        unregister_extractor("broken.v1")
    assert "broken.v1" not in available_extractors()


def test_bad_config_is_a_config_error() -> None:
    with pytest.raises(ConfigError):
        create_extractor("rules.v1", no_such_option=1)


def test_failing_extractor_does_not_stop_the_others() -> None:
    seen = []
    result = extract_document(_doc(), [Broken(), create_extractor("rules.v1")],
                              on_error=lambda d, x, e: seen.append((x.name, str(e))))
    assert [f.extractor for f in result.failures] == ["broken.v1"]
    assert seen == [("broken.v1", "boom")]
    assert [(c.source, c.target) for c in result.claims] == [("Google", "Anthropic")]
    assert list(result.by_extractor) == ["rules.v1"]


def test_invalid_claims_are_a_failure() -> None:
    result = extract_document(_doc(), [Liar()])
    assert result.claims == [] and "evidence" in result.failures[0].error


def test_raise_errors_handler_stops() -> None:
    with pytest.raises(ExtractionError):
        extract_document(_doc(), [Broken()], on_error=raise_errors)


def test_extract_is_deterministic() -> None:
    rules = create_extractor("rules.v1")
    assert rules.extract(_doc()) == rules.extract(_doc())


@pytest.mark.parametrize("text,expected", [
    ("The U.S. market rose. Apple Inc. fell.", ["The U.S. market rose.", "Apple Inc. fell."]),
    ("It raised $1.5 billion. It was No. 1 in sales.", ["It raised $1.5 billion.", "It was No. 1 in sales."]),
    ("He said no. Then he left.", ["He said no.", "Then he left."]),
    ("谷歌投资了20亿美元。后者同意！好吗？", ["谷歌投资了20亿美元。", "后者同意！", "好吗？"]),
    ("「出資する」と述べた。次の文。", ["「出資する」と述べた。", "次の文。"]),
    ("Title line\n\nBody line one.", ["Title line", "Body line one."]),
])
def test_sentences(text: str, expected: list[str]) -> None:
    got = split_sentences(text)
    assert [s.text for s in got] == expected
    assert all(text[s.start:s.end] == s.text for s in got)


def test_sentence_language_follows_script() -> None:
    langs = [s.lang for s in split_sentences("OpenAI raised money. 微软投资了。マスク氏は買収した。")]
    assert langs == ["en", "zh", "ja"]
