"""Cut an article into plain and highlighted segments for the template (which escapes each one)."""

from __future__ import annotations

from typing import Any


def segments(text: str, spans: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Split ``text`` at every span edge; each piece lists the claim keys covering it.

    ``first`` names the claims that start in that piece, so the page can give them an anchor.
    Overlapping spans are fine; spans outside the text are clipped.
    """
    n = len(text)
    clipped = [(max(0, min(s["start"], n)), max(0, min(s["end"], n)), s["key"]) for s in spans]
    cuts = sorted({0, n, *(a for a, _, _ in clipped), *(b for _, b, _ in clipped)})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        keys = [k for s, e, k in clipped if s <= a and b <= e and s < e]
        first = [k for s, _, k in clipped if s == a]
        out.append({"text": text[a:b], "claim_keys": keys, "first": first})
    return out
