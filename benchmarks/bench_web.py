"""Requests per second and p95 latency of the dashboard under a bounded load.

Starts ``scorecard serve`` on a free port of 127.0.0.1 over a computed store (``--store``; by
default ``scorecard demo`` builds the default synthetic council first, about a minute), signs
in CLIENTS viewers and has them request the overview and indicator pages in turn for SECONDS
seconds, each waiting for its answer before asking again. Prints requests/second, p50 and p95
by page and the number of errors; exits 1 on any error or if the overview's p95 is over the
target. Run: .venv/bin/python benchmarks/bench_web.py [--store out/scorecard.duckdb]
"""

from __future__ import annotations

import argparse
import asyncio
import re
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import httpx

CLIENTS = 20
SECONDS = 30
TARGET_P95_MS = 300
PASSWORD = "benchmark password 1"
PAGES = {"overview": "/", "indicator": "/indicator/CLA1"}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start(store: str, app_db: str) -> tuple[subprocess.Popen[bytes], str]:
    from csc_scorecard.web import accounts
    from csc_scorecard.web.db import session_factory
    from csc_scorecard.web.roles import Role

    with session_factory(app_db).begin() as db:
        accounts.add_user(db, "bench", PASSWORD, Role.viewer)
    port = free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "csc_scorecard",
            "serve",
            "--port",
            str(port),
            "--store",
            store,
            "--app-db",
            app_db,
        ],
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"{base}/login", timeout=2)
            return process, base
        except OSError:
            time.sleep(0.5)
    process.terminate()
    raise SystemExit("the dashboard did not start")


async def client(
    base: str, stop: float, timings: dict[str, list[float]], errors: list[str]
) -> None:
    async with httpx.AsyncClient(base_url=base, timeout=30) as http:
        login = await http.get("/login")
        token = re.search(r'name="csrf_token" value="([^"]+)"', login.text)
        assert token, "no CSRF field on the sign-in page"
        signed = await http.post(
            "/login", data={"username": "bench", "password": PASSWORD, "csrf_token": token.group(1)}
        )
        if signed.status_code != 303:
            errors.append(f"sign-in: HTTP {signed.status_code}")
            return
        while time.monotonic() < stop:
            for name, path in PAGES.items():
                began = time.perf_counter()
                response = await http.get(path)
                timings[name].append(time.perf_counter() - began)
                if response.status_code != 200:
                    errors.append(f"{path}: HTTP {response.status_code}")


async def load(base: str, clients: int, seconds: float) -> tuple[dict[str, list[float]], list[str]]:
    timings: dict[str, list[float]] = {name: [] for name in PAGES}
    errors: list[str] = []
    async with httpx.AsyncClient(base_url=base) as warm:  # first view fills the cache
        login = await warm.get("/login")
        token = re.search(r'name="csrf_token" value="([^"]+)"', login.text)
        assert token
        await warm.post(
            "/login", data={"username": "bench", "password": PASSWORD, "csrf_token": token.group(1)}
        )
        for path in PAGES.values():
            await warm.get(path)
    stop = time.monotonic() + seconds
    await asyncio.gather(*(client(base, stop, timings, errors) for _ in range(clients)))
    return timings, errors


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", help="computed store (default: build the demo council)")
    parser.add_argument("--clients", type=int, default=CLIENTS)
    parser.add_argument("--seconds", type=float, default=SECONDS)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        store = args.store
        if store is None:
            subprocess.run(
                [sys.executable, "-m", "csc_scorecard", "demo", "--out", scratch], check=True
            )
            store = str(Path(scratch) / "scorecard.duckdb")
        process, base = start(store, f"sqlite:///{Path(scratch) / 'app.db'}")
        try:
            timings, errors = asyncio.run(load(base, args.clients, args.seconds))
        finally:
            process.terminate()
            process.wait(timeout=10)
    total = sum(len(t) for t in timings.values())
    print(
        f"{args.clients} clients for {args.seconds:.0f} s on 127.0.0.1: {total:,} requests, "
        f"{total / args.seconds:,.1f} requests/s, {len(errors)} errors"
    )
    for name, values in timings.items():
        p50, p95 = (percentile(values, share) * 1000 for share in (0.5, 0.95))
        print(f"  {name:<10} {len(values):>6,} requests  p50 {p50:6.0f} ms  p95 {p95:6.0f} ms")
    overview_p95 = percentile(timings["overview"], 0.95) * 1000
    verdict = "met" if overview_p95 < TARGET_P95_MS else "NOT met"
    print(f"Target: overview p95 under {TARGET_P95_MS} ms: {verdict} ({overview_p95:.0f} ms)")
    if errors or overview_p95 >= TARGET_P95_MS:
        print("\n".join(sorted(set(errors))[:10]))
        raise SystemExit(1)


if __name__ == "__main__":
    main()
