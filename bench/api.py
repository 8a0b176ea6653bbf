"""Benchmark the REST API on a store of synthetic claims, over real HTTP on loopback.

    python bench/api.py                      # 100k claims, 300 requests per endpoint at 200 req/s
    python bench/api.py --claims 20000 --requests 100 --rate 100 --workers 2

Builds a temporary SQLite store, starts ``uvicorn`` in a subprocess (127.0.0.1, ``--workers``
processes, default 1), warms each endpoint once (the first graph request consolidates every claim
into deals), then per endpoint sends a bounded number of requests one after another (sequential)
and at a fixed schedule (open loop, ``--rate`` req/s), and prints p50/p99 latency and the achieved
rate. It also reports the server's CPU time per request (summed over its threads, from /proc; a
wall-clock-independent cost, so it stays meaningful on a busy machine): ``cpu hit`` for requests
the response cache answers and ``cpu miss`` for requests sent with ``Cache-Control: no-cache``
(computed again). Then it repeats the paced run for a few endpoints while another connection
commits ``--writes`` reviews per second (as an ``ingest`` beside the server would), so the cache
keeps being invalidated, and reports the share of cache hits and the server's CPU use. Last it
posts reviews and times the first graph request after each (the deal cache catches up
incrementally). Target: p99 < 50 ms at 200 req/s. Stops by itself; the temporary store is removed.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import httpx

from dealgraph.model import Review
from dealgraph.server.sample import load_synthetic
from dealgraph.store import open_store

ENDPOINTS = [
    "/api/graph",
    "/api/graph?kind=investment&min_usd=1e9&lang=zh",
    "/api/claims?limit=50",
    "/api/claims?kind=loan&status=announced&date_from=2020&limit=50&offset=200",
    "/api/claims?sort=amount&limit=50",
    "/api/documents?lang=ja&limit=50&offset=500",
    "/api/deals?kind=compute_commitment&limit=50",
    "/api/entities?limit=50",
    "/api/entities?q=company%2001",
    "/api/documents/{doc_id}",
]
CHURN_ENDPOINTS = ["/api/claims?limit=50", "/api/graph", "/api/deals?kind=compute_commitment&limit=50"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


TOKEN = "bench-token"


def start_server(db_url: str, port: int, workers: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "DEALGRAPH_DB": db_url, "DEALGRAPH_TOKEN": TOKEN}
    cmd = [sys.executable, "-m", "uvicorn", "dealgraph.server.run:app_from_env", "--factory",
           "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning", "--no-access-log",
           "--workers", str(workers)]
    return subprocess.Popen(cmd, env=env)


def wait_ready(client: httpx.Client, timeout_s: float = 30) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            if client.get("/healthz").status_code == 200:
                return
        except httpx.TransportError:
            time.sleep(0.1)
    raise RuntimeError("server did not start")


HITS: list[bool] = []  # per paced request: answered from the response cache


async def _timed(client: httpx.AsyncClient, path: str, at: float) -> float:
    await asyncio.sleep(max(0.0, at - time.perf_counter()))
    t = time.perf_counter()
    r = await client.get(path)
    if r.status_code != 200:
        raise RuntimeError(f"{path}: HTTP {r.status_code} {r.text[:200]}")
    HITS.append(r.headers.get("x-dealgraph-cache") == "hit")
    return (time.perf_counter() - t) * 1000


async def _paced(base: str, path: str, n: int, rate: float) -> tuple[list[float], float]:
    limits = httpx.Limits(max_connections=32, max_keepalive_connections=32)
    async with httpx.AsyncClient(base_url=base, timeout=120, limits=limits) as client:
        start = time.perf_counter()
        latencies = await asyncio.gather(*(_timed(client, path, start + i / rate) for i in range(n)))
        return list(latencies), n / (time.perf_counter() - start)


def paced(base: str, path: str, n: int, rate: float) -> tuple[list[float], float]:
    """Open loop: request i starts at i/rate s whatever the others are doing (up to 32 at once);
    latencies in ms and the achieved rate in req/s."""
    HITS.clear()
    return asyncio.run(_paced(base, path, n, rate))


def writer(store: Any, keys: list[str], per_s: float, stop: threading.Event) -> None:
    """Commit one review every 1/per_s s through a second Store (another connection)."""
    i = 0
    while not stop.wait(1 / per_s):
        store.add_review(Review(keys[i % len(keys)], "confirm", "bench-writer"))
        i += 1


def under_writes(base: str, db_url: str, args: argparse.Namespace, pid: int) -> None:
    """Paced reads while another connection keeps committing: the cache is invalidated each time."""
    store = open_store(db_url)
    keys = [c["key"] for c in store.claims(limit=200)]  # before the clock starts: it takes the GIL a while
    stop = threading.Event()
    thread = threading.Thread(target=writer, args=(store, keys, args.writes, stop), daemon=True)
    thread.start()
    try:
        for path in CHURN_ENDPOINTS:
            cpu, t = cpu_ns(pid), time.perf_counter()
            lat, rate = paced(base, path, args.requests, args.rate)
            busy = (cpu_ns(pid) - cpu) / 1e9 / (time.perf_counter() - t)
            print(f"  {path:<56} paced p50 {pct(lat, 0.5):6.1f} p99 {pct(lat, 0.99):6.1f} ms, {rate:4.0f} req/s, "
                  f"{100 * sum(HITS) / max(1, len(HITS)):3.0f}% cache hits, server CPU {100 * busy:3.0f}%")
    finally:
        stop.set()
        thread.join(10)
        store.close()


def pct(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(q * len(s)))]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--claims", type=int, default=100_000)
    ap.add_argument("--requests", type=int, default=300, help="requests per endpoint")
    ap.add_argument("--rate", type=float, default=200.0, help="requests per second to aim for")
    ap.add_argument("--workers", type=int, default=1, help="uvicorn worker processes")
    ap.add_argument("--writes", type=float, default=10.0, help="reviews committed per second beside the server "
                                                              "in the last part (0: skip it)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = f"sqlite:///{Path(tmp) / 'bench.db'}"
        t = time.perf_counter()
        store = open_store(db)
        load_synthetic(store, claims=args.claims)
        doc_id = store.documents(limit=1, offset=args.claims // 20)[0].id
        store.close()
        print(f"store: {args.claims:,} claims in {time.perf_counter() - t:.1f} s")
        port = free_port()
        server = start_server(db, port, args.workers)
        try:
            return run(f"http://127.0.0.1:{port}", doc_id, args, server.pid, db)
        finally:
            server.terminate()
            server.wait(10)


def cpu_ns(pid: int) -> int:
    """CPU time (ns) of every thread of ``pid`` and of its child processes (uvicorn workers)."""
    total = 0
    for stat in Path(f"/proc/{pid}/task").glob("*/schedstat"):
        try:
            total += int(stat.read_text().split()[0])
        except (OSError, ValueError, IndexError):
            pass  # a thread that just ended
    for children in Path(f"/proc/{pid}/task").glob("*/children"):
        try:
            total += sum(cpu_ns(int(c)) for c in children.read_text().split())
        except OSError:
            pass
    return total


def cpu_per_request(client: httpx.Client, pid: int, path: str, n: int, headers: dict[str, str]) -> float:
    """Server CPU ms per request over ``n`` sequential requests."""
    start = cpu_ns(pid)
    for _ in range(n):
        client.get(path, headers=headers).raise_for_status()
    return (cpu_ns(pid) - start) / n / 1e6


def sequential(client: httpx.Client, path: str, n: int) -> tuple[list[float], float]:
    """One request after another: latencies in ms and requests/s."""
    latencies, start = [], time.perf_counter()
    for _ in range(n):
        t = time.perf_counter()
        client.get(path).raise_for_status()
        latencies.append((time.perf_counter() - t) * 1000)
    return latencies, n / (time.perf_counter() - start)


def after_reviews(client: httpx.Client, pid: int, n: int = 5) -> list[tuple[float, float]]:
    """Post ``n`` reviews; the time and server CPU time (ms) of the first /api/graph after each
    (deals catch up)."""
    keys = [c["key"] for c in client.get("/api/claims?sort=amount&limit=50").json()["items"]][:n]
    auth = {"Authorization": f"Bearer {TOKEN}"}
    out = []
    for i, key in enumerate(keys):
        action = ("correct", "reject", "confirm")[i % 3]
        body = {"action": action, "reviewer": "bench", "changes": {"amount_usd": "123000000"} if action == "correct" else {}}
        client.post(f"/api/claims/{key}/review", json=body, headers=auth).raise_for_status()
        t, cpu = time.perf_counter(), cpu_ns(pid)
        client.get("/api/graph").raise_for_status()
        out.append(((time.perf_counter() - t) * 1000, (cpu_ns(pid) - cpu) / 1e6))
    return out


def run(base: str, doc_id: str, args: argparse.Namespace, pid: int, db_url: str) -> int:
    worst = 0.0
    with httpx.Client(base_url=base, timeout=120) as client:
        wait_ready(client)
        t = time.perf_counter()
        client.get("/api/graph").raise_for_status()
        print(f"first /api/graph (consolidates all claims into deals): {time.perf_counter() - t:.1f} s")
        for _ in range(args.workers * 3):  # each worker consolidates once
            client.get("/api/graph").raise_for_status()
        print(f"{'endpoint':<58} {'seq p50':>7} {'p99':>6} {'req/s':>6} {'cpu hit':>7} {'miss':>5} | "
              f"{'paced p50':>9} {'p99':>6} {'req/s':>6}  (ms; cpu = server CPU ms per request)")
        for path in (p.format(doc_id=doc_id) for p in ENDPOINTS):
            client.get(path).raise_for_status()  # warm
            seq, seq_rate = sequential(client, path, args.requests)
            hit = cpu_per_request(client, pid, path, args.requests, {})
            miss = cpu_per_request(client, pid, path, args.requests, {"Cache-Control": "no-cache"})
            lat, rate = paced(base, path, args.requests, args.rate)
            worst = max(worst, pct(lat, 0.99))
            print(f"{path[:58]:<58} {pct(seq, 0.5):7.1f} {pct(seq, 0.99):6.1f} {seq_rate:6.0f} {hit:7.2f} {miss:5.2f} | "
                  f"{pct(lat, 0.5):9.1f} {pct(lat, 0.99):6.1f} {rate:6.0f}")
        if args.writes > 0:
            print(f"while another connection commits {args.writes:g} reviews/s:")
            under_writes(base, db_url, args, pid)
        if args.workers == 1:
            print("first /api/graph after a review, ms (server CPU ms): "
                  + ", ".join(f"{ms:.0f} ({cpu:.0f})" for ms, cpu in after_reviews(client, pid)))
    print(f"worst paced p99: {worst:.1f} ms (target < 50 ms at {args.rate:.0f} req/s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
