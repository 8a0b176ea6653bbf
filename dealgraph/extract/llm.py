"""``llm.v1``: claims proposed by a model behind any OpenAI-compatible endpoint, kept only when grounded.

Works with vLLM, llama.cpp's server, Ollama, or a hosted API: it POSTs ``/chat/completions`` with
the article (in pieces of at most ``max_chars`` cut at sentence ends) and asks for JSON. What comes
back is never trusted: :func:`dealgraph.extract.grounding.ground_claims` keeps a claim only when its
evidence is verbatim in the article and its amounts parse from that evidence.

Configuration (factory keywords, else environment):

    DEALGRAPH_LLM_URL      base URL, e.g. http://127.0.0.1:8000/v1 (required)
    DEALGRAPH_LLM_MODEL    model name sent in each request (default "default")
    DEALGRAPH_LLM_API_KEY  sent as a bearer token when set

    dealgraph ingest articles/ --extractor rules.v1 --extractor llm.v1
"""

from __future__ import annotations

import json
import logging
import os
import re
import time
from functools import cache
from importlib.resources import files
from typing import Any

import httpx

from dealgraph.entities import Resolver
from dealgraph.errors import ConfigError, ExtractionError
from dealgraph.extract.grounding import Rejection, ground_claims
from dealgraph.extract.sentences import split_sentences
from dealgraph.model import Claim, Document

NAME = "llm.v1"
RETRY_STATUS = {408, 429, 500, 502, 503, 504}
_FENCE = re.compile(r"^\s*```(?:json)?\s*|\s*```\s*$")
log = logging.getLogger(__name__)


@cache
def system_prompt() -> str:
    """The instructions sent with every request (``llm_prompt.txt`` beside this module)."""
    return files("dealgraph.extract").joinpath("llm_prompt.txt").read_text(encoding="utf-8")


class LLMExtractor:
    """Claims proposed by a model (OpenAI-compatible chat API), grounded in the article before use."""

    name = NAME
    languages = ("en", "zh", "ja", "ko")

    def __init__(self, base_url: str | None = None, model: str | None = None, api_key: str | None = None, *,
                 timeout: float = 120.0, retries: int = 2, max_chars: int = 6000, json_mode: bool = True,
                 resolver: Resolver | None = None) -> None:
        self.base_url = (base_url or os.environ.get("DEALGRAPH_LLM_URL") or "").rstrip("/")
        if not self.base_url:
            raise ConfigError("llm.v1 needs the address of an OpenAI-compatible server (DEALGRAPH_LLM_URL)",
                              code="DG205", hint="Set DEALGRAPH_LLM_URL, e.g. http://127.0.0.1:8000/v1.")
        self.model = model or os.environ.get("DEALGRAPH_LLM_MODEL") or "default"
        self.api_key = api_key or os.environ.get("DEALGRAPH_LLM_API_KEY")
        self.timeout, self.retries, self.max_chars, self.json_mode = timeout, retries, max_chars, json_mode
        self.resolver = resolver
        self.rejections: list[Rejection] = []  # of the last document, for `explain`-style inspection
        self._client: httpx.Client | None = None
        self._pid = 0

    def extract(self, doc: Document) -> list[Claim]:
        """Ask the model about each piece of ``doc``; return the grounded claims."""
        proposed: list[Any] = []
        for piece in chunks(doc.text, doc.lang, self.max_chars):
            proposed.extend(self._ask(piece, doc))
        claims, self.rejections = ground_claims(doc, proposed, extractor=self.name, resolver=self.resolver)
        for r in self.rejections:
            log.debug("%s rejected in %s: %s %s", self.name, doc.path, r.reason, dict(r.proposed))
        return claims

    def _ask(self, piece: str, doc: Document) -> list[Any]:
        body: dict[str, Any] = {
            "model": self.model, "temperature": 0,
            "messages": [{"role": "system", "content": system_prompt()},
                         {"role": "user", "content": _user_message(piece, doc)}],
        }
        if self.json_mode:
            body["response_format"] = {"type": "json_object"}
        reply = self._post(body)
        return parse_reply(_content(reply))

    def _post(self, body: dict[str, Any]) -> Any:
        url = f"{self.base_url}/chat/completions"
        for attempt in range(self.retries + 1):
            try:
                response = self._http().post(url, json=body)
            except httpx.TransportError as e:
                if attempt == self.retries:
                    raise ExtractionError(f"{url} unreachable: {e}", code="DG410",
                                          hint="Is the model server running at DEALGRAPH_LLM_URL?") from e
            else:
                if response.status_code not in RETRY_STATUS or attempt == self.retries:
                    return _json_of(response, url)
            time.sleep(0.5 * 2 ** attempt)
        raise AssertionError("unreachable")  # pragma: no cover - the loop returns or raises

    def _http(self) -> httpx.Client:
        if self._client is None or self._pid != os.getpid():  # a forked worker needs its own connections
            headers = {"Authorization": f"Bearer {self.api_key}"} if self.api_key else {}
            self._client, self._pid = httpx.Client(timeout=self.timeout, headers=headers), os.getpid()
        return self._client


def chunks(text: str, lang: str | None, max_chars: int) -> list[str]:
    """``text`` in pieces of at most ``max_chars``, cut at sentence ends (a longer sentence is its own piece)."""
    pieces: list[str] = []
    start = end = 0
    for s in split_sentences(text, lang):
        if s.end - start > max_chars and end > start:
            pieces.append(text[start:end])
            start = s.start
        end = s.end
    if end > start:
        pieces.append(text[start:end])
    return pieces


def _user_message(piece: str, doc: Document) -> str:
    head = f"Published: {doc.published}\n" if doc.published else ""
    return f"{head}Article:\n{piece}"


def _json_of(response: httpx.Response, url: str) -> Any:
    if response.status_code != 200:
        raise ExtractionError(f"{url} answered HTTP {response.status_code}: {response.text[:200]}", code="DG411",
                              hint="Check DEALGRAPH_LLM_MODEL and the server's log.")
    try:
        return response.json()
    except ValueError as e:
        raise ExtractionError(f"{url} answered something that is not JSON", code="DG412") from e


def _content(reply: Any) -> str:
    try:
        content = reply["choices"][0]["message"]["content"]
    except (KeyError, IndexError, TypeError) as e:
        raise ExtractionError("the model's reply has no choices[0].message.content", code="DG413") from e
    return content if isinstance(content, str) else ""


def parse_reply(content: str) -> list[Any]:
    """The proposed claims in a model's answer: ``{"claims": [...]}`` or a bare list, code fences allowed."""
    text = _FENCE.sub("", content.strip())
    try:
        data = json.loads(text) if text else {"claims": []}
    except json.JSONDecodeError as e:
        raise ExtractionError(f"the model did not answer JSON: {text[:120]!r}", code="DG414",
                              hint="Use a model that follows JSON instructions, or keep json_mode on.") from e
    claims = data.get("claims") if isinstance(data, dict) else data
    if not isinstance(claims, list):
        raise ExtractionError("the model's JSON has no list of claims", code="DG415")
    return claims
