"""llm.v1 against a fake OpenAI-compatible server (a real HTTP server on loopback, scripted answers).

The fake is the one stand-in allowed: no model weights can be fetched here. Everything else is real:
HTTP, the registry, grounding with dealgraph's own amount and entity parsers, ingest and the store.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from dealgraph.cli import cli
from dealgraph.errors import ConfigError, ExtractionError
from dealgraph.extract import create_extractor
from dealgraph.extract.grounding import ground_claims, locate_evidence
from dealgraph.extract.llm import chunks, parse_reply
from dealgraph.model import Document
from dealgraph.store import open_store

EN = ("Anthropic said on 3 March 2025 that Google would invest $2 billion in the company.\n"
      "Anthropic also agreed to spend $3 billion on Google Cloud over five years.\n"
      "Analysts expect more deals.")
ZH = "谷歌向Anthropic投资20亿美元。双方还将在云计算领域合作。"

Reply = Callable[[str], Any]  # the user message -> the JSON the model "answers" (or an int: HTTP status)


def claim(kind: str, source: str | None, target: str | None, evidence: str, **extra: Any) -> dict[str, Any]:
    return {"kind": kind, "source": source, "target": target, "evidence": evidence, "status": "announced", **extra}


def en_answer(_: str) -> dict[str, Any]:
    return {"claims": [
        claim("investment", "Google", "Anthropic", "Google would invest $2 billion in the company",
              amount="$2 billion", amount_usd=2e9),
        claim("compute_commitment", "Anthropic", "Google Cloud",  # spacing differs from the article
              "Anthropic  also agreed to spend $3 billion on Google Cloud over five years.", amount_usd=3e9),
        claim("investment", "Amazon", "Anthropic", "Amazon invested $8 billion in Anthropic.", amount_usd=8e9),
        claim("investment", "Google", "Anthropic", "Google would invest $2 billion", amount="$5 billion"),
        claim("investment", "Meta", "Anthropic", "Google would invest $2 billion in the company"),
        claim("merger", "Google", "Anthropic", "Google would invest $2 billion in the company"),
        claim("stake", "Google", "Anthropic", "Google would invest $2 billion in the company", pct=14),
    ]}


class FakeModel:
    """An OpenAI-compatible /v1/chat/completions endpoint answering with ``reply(user message)``."""

    def __init__(self, reply: Reply) -> None:
        self.reply, self.requests = reply, []  # type: ignore[var-annotated]
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/v1"

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's naming
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                fake.requests.append((self.path, dict(self.headers), body))
                answer = fake.reply(body["messages"][-1]["content"])
                if isinstance(answer, int):
                    return self._send(answer, {"error": {"message": "scripted failure"}})
                content = answer if isinstance(answer, str) else json.dumps(answer, ensure_ascii=False)
                self._send(200, {"choices": [{"message": {"role": "assistant", "content": content}}]})

            def _send(self, status: int, payload: Any) -> None:
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: Any) -> None:
                pass

        return Handler


@pytest.fixture
def fake() -> Iterator[Callable[[Reply], FakeModel]]:
    started: list[FakeModel] = []

    def start(reply: Reply) -> FakeModel:
        started.append(FakeModel(reply))
        return started[-1]

    yield start
    for f in started:
        f.server.shutdown()


def doc(text: str, lang: str = "en", published: str | None = "2025-03-04") -> Document:
    return Document(id=f"d-{lang}", path=f"{lang}.txt", text=text, lang=lang, published=published)


def test_only_grounded_claims_survive(fake: Callable[[Reply], FakeModel]) -> None:
    model = fake(en_answer)
    extractor = create_extractor("llm.v1", base_url=model.url, model="tiny", api_key="sekret")
    claims = extractor.extract(doc(EN))
    got = {(c.kind, c.source, c.target, c.amount_usd) for c in claims}
    assert got == {("investment", "Google", "Anthropic", 2_000_000_000),
                   ("compute_commitment", "Anthropic", "Google", 3_000_000_000)}
    for c in claims:
        assert EN[c.start:c.end] == c.evidence and c.extractor == "llm.v1"
        assert EN[c.amount.start:c.amount.end] == c.amount.text  # type: ignore[union-attr]
    invest = next(c for c in claims if c.kind == "investment")
    assert (invest.date, invest.date_precision) == ("2025-03-03", "day")
    reasons = sorted(r.reason.split(" ")[0] for r in extractor.rejections)  # type: ignore[attr-defined]
    assert len(extractor.rejections) == 5  # type: ignore[attr-defined]
    assert {"evidence", "amount", "source", "unknown", "percentage"} == set(reasons)
    path, headers, body = model.requests[0]
    assert path == "/v1/chat/completions" and body["model"] == "tiny" and body["temperature"] == 0
    assert headers["Authorization"] == "Bearer sekret" and body["response_format"] == {"type": "json_object"}


def test_chinese_names_and_amounts_are_ours_not_the_models() -> None:
    proposed = [claim("investment", "谷歌", "Anthropic", "谷歌向Anthropic投资20亿美元", amount="20亿美元", amount_usd=1.9e9)]
    claims, rejected = ground_claims(doc(ZH, "zh"), proposed, extractor="llm.v1")
    assert not rejected
    assert [(c.source, c.target, c.amount_usd, c.amount.currency) for c in claims] == [  # type: ignore[union-attr]
        ("Google", "Anthropic", 2_000_000_000, "USD")]
    assert claims[0].date == "2025" and claims[0].date_precision == "year"  # no date in the evidence


def test_up_to_amount_sets_status_and_valuation_has_no_source() -> None:
    text = "Amazon will invest up to $4 billion in Anthropic. Investors valued Anthropic at $18 billion."
    proposed = [claim("investment", "Amazon", "Anthropic", "Amazon will invest up to $4 billion in Anthropic.",
                      amount="up to $4 billion"),
                claim("valuation", "Amazon", "Anthropic", "Investors valued Anthropic at $18 billion.",
                      amount_usd=18e9)]
    claims, _ = ground_claims(doc(text), proposed, extractor="llm.v1")
    assert [(c.kind, c.status, c.source) for c in claims] == [("investment", "up_to", "Amazon"),
                                                              ("valuation", "announced", None)]


def test_party_named_only_elsewhere_lowers_confidence_and_unknown_names_must_be_written() -> None:
    text = "Nimbus Robotics raised money this week. The startup took $50 million from Nvidia."
    proposed = [claim("investment", "Nvidia", "Nimbus Robotics", "The startup took $50 million from Nvidia.",
                      amount_usd=5e7),
                claim("investment", "Nvidia", "Cirrus Robotics", "The startup took $50 million from Nvidia.")]
    claims, rejected = ground_claims(doc(text), proposed, extractor="llm.v1")
    assert [(c.source, c.target) for c in claims] == [("Nvidia", "Nimbus Robotics")]
    assert claims[0].confidence < 0.7 and "target named elsewhere in the article" in claims[0].notes
    assert [r.reason for r in rejected] == ["target 'Cirrus Robotics' is not named in the document"]


@pytest.mark.parametrize("evidence", ["", "x" * 2000, "Google would invest $3 billion"])
def test_evidence_must_be_in_the_text(evidence: str) -> None:
    assert locate_evidence(EN, evidence) is None


def test_long_articles_go_in_pieces_cut_at_sentence_ends() -> None:
    text = " ".join(f"Sentence number {i} is here." for i in range(200))
    pieces = chunks(text, "en", 500)
    assert len(pieces) > 5 and all(len(p) <= 500 for p in pieces)
    assert all(p.endswith("here.") for p in pieces) and " ".join(pieces) == text


@pytest.mark.parametrize("content, n", [
    ('```json\n{"claims": [{"kind": "loan"}]}\n```', 1), ("[]", 0), ("", 0), ('{"claims": []}', 0)])
def test_replies_in_the_shapes_models_write(content: str, n: int) -> None:
    assert len(parse_reply(content)) == n


@pytest.mark.parametrize("content", ["Sure! Here are the claims:", '{"items": 3}'])
def test_replies_that_are_not_claims_are_errors(content: str) -> None:
    with pytest.raises(ExtractionError):
        parse_reply(content)


def test_missing_address_is_a_config_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DEALGRAPH_LLM_URL", raising=False)
    with pytest.raises(ConfigError, match="DEALGRAPH_LLM_URL"):
        create_extractor("llm.v1")


def test_ingest_with_llm_keeps_going_past_a_failing_document(
        fake: Callable[[Reply], FakeModel], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def reply(message: str) -> Any:
        if "Cerebras" in message:
            return 503  # retried, then recorded as this document's failure
        return en_answer(message) if "Anthropic" in message else {"claims": []}

    model = fake(reply)
    monkeypatch.setenv("DEALGRAPH_LLM_URL", model.url)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text("Cerebras filed for an IPO on Monday, its bankers said.", encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'g.db'}"
    args = ["ingest", str(tmp_path / "in"), "--db", db, "--extractor", "llm.v1", "--workers", "1"]
    first = CliRunner().invoke(cli, args)
    assert first.exit_code == 1 and "1 extraction failures" in first.output
    assert sum("Cerebras" in r[2]["messages"][-1]["content"] for r in model.requests) == 3  # 1 + 2 retries
    claims = open_store(db).claims()
    assert sorted((c["kind"], c["source"], c["target"]) for c in claims) == [
        ("compute_commitment", "Anthropic", "Google"), ("investment", "Google", "Anthropic")]
    assert {c["extractor"] for c in claims} == {"llm.v1"}
    again = CliRunner().invoke(cli, ["reextract", "--db", db, "--extractor", "llm.v1"])
    assert again.exit_code == 1 and len(open_store(db).claims()) == 2  # re-running duplicates nothing


def test_listed_as_needing_configuration_until_it_has_an_address(monkeypatch: pytest.MonkeyPatch) -> None:
    from dealgraph.extract import describe_extractors

    monkeypatch.delenv("DEALGRAPH_LLM_URL", raising=False)
    info = {i.name: i for i in describe_extractors()}["llm.v1"]
    assert info.description.startswith("needs configuration") and "zh" in info.languages
    monkeypatch.setenv("DEALGRAPH_LLM_URL", "http://127.0.0.1:9/v1")
    info = {i.name: i for i in describe_extractors()}["llm.v1"]
    assert info.description.startswith("Claims proposed by a model")


@pytest.mark.parametrize("name", ["X", "Nim", "bus Robot"])
def test_a_name_must_be_written_as_a_whole_word(name: str) -> None:
    text = "Nimbus Robotics raised $50 million from Nvidia in an extra round."
    proposed = [claim("investment", "Nvidia", name, "Nimbus Robotics raised $50 million from Nvidia", amount_usd=5e7)]
    claims, rejected = ground_claims(doc(text), proposed, extractor="llm.v1")
    assert claims == [] and [r.reason for r in rejected] == [f"target {name!r} is not named in the document"]
