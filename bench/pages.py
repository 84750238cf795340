"""Public pages under gunicorn in production mode: req/s and latency, cold (page cache off) and warm.

    python bench/pages.py [--seconds 10] [--port 8765] [--workers 2]      (needs `wrk`: apt-get install wrk)

Builds a scratch PostgreSQL database `bench_pages` (dropped and made again), loads the demo, and for each of
"cold" (PAGE_CACHE_SECONDS=0) and "warm" (the page cache on, Redis as the cache) starts gunicorn with
production settings and measures with wrk at 1 and 8 connections: the home page, a listing (news), a detail page
(a good practice), the library with a filter, a call and a search. The physical limit is a static copy of the
home page's HTML served by the same gunicorn (WhiteNoise), so every figure is printed as a ratio to it.
Absolute numbers vary from run to run (about ±20 % on the 2-core machine); the ratios less so.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = str(ROOT / ".venv" / "bin" / "python")
GUNICORN = str(ROOT / ".venv" / "bin" / "gunicorn")
DATABASE = "bench_pages"
DATABASE_URL = f"postgres://postgres@127.0.0.1:5432/{DATABASE}"
STATIC_COPY = "bench/home.html"


def environment(port: int, cache_seconds: int) -> dict:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": "bench-only-not-secret-3Yd9", "ALLOWED_HOSTS": "127.0.0.1",
        "WAGTAILADMIN_BASE_URL": f"http://127.0.0.1:{port}", "DATABASE_URL": DATABASE_URL,
        "REDIS_URL": "redis://127.0.0.1:6379/7", "EMAIL_URL": "consolemail://", "PAGE_CACHE_SECONDS": str(cache_seconds),
        "SECURE_SSL_REDIRECT": "false",
        "MEDIA_ROOT": str(ROOT / "bench" / "out" / "media"),
    }


def run(*args, env=None):
    subprocess.run(args, cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)


def prepare(port: int) -> None:
    for sql in (f"DROP DATABASE IF EXISTS {DATABASE}", f"CREATE DATABASE {DATABASE}"):
        subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-c", sql], check=True, stdout=subprocess.DEVNULL)
    env = environment(port, 0)
    run(PYTHON, "manage.py", "migrate", "--noinput", env=env)
    run(PYTHON, "manage.py", "load_demo", "--allow-production", env=env)
    run(PYTHON, "manage.py", "collectstatic", "--noinput", env=env)


def serve(port: int, workers: int, cache_seconds: int) -> subprocess.Popen:
    env = environment(port, cache_seconds)
    subprocess.run(["redis-cli", "-n", "7", "flushdb"], check=True, stdout=subprocess.DEVNULL)  # no entry of an earlier run
    server = subprocess.Popen(
        [GUNICORN, "portal.wsgi", "--bind", f"127.0.0.1:{port}", "--workers", str(workers), "--log-level", "warning"],
        cwd=ROOT, env=env, start_new_session=True,
    )
    for _ in range(100):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/robots.txt", timeout=1)
            return server
        except OSError:
            time.sleep(0.2)
    raise SystemExit("gunicorn did not start")


def stop(server: subprocess.Popen) -> None:
    os.killpg(server.pid, signal.SIGTERM)
    server.wait(timeout=30)


def pages(port: int) -> dict:
    """The pages measured, found from the demo's own links (so the script follows the demo's slugs)."""
    base = f"http://127.0.0.1:{port}"
    home = urllib.request.urlopen(base + "/tr/").read().decode()

    def first(pattern: str, html: str = home) -> str:
        for href in re.findall(r'href="(/tr/[^"#]+)"', html):
            if re.search(pattern, href):
                return href
        raise SystemExit(f"no link matching {pattern!r}")

    library = first(r"/kutuphane/$|/bilgi-kutuphanesi/$|/kutuphane")
    library_html = urllib.request.urlopen(base + library).read().decode()
    practice = first(r"/iyi-uygulama|/kutuphane/.+/", library_html)
    news = first(r"/haberler/$|/haberler")
    calls_index = first(r"/cagrilar/$|/cagri")
    calls_html = urllib.request.urlopen(base + calls_index).read().decode()
    call = re.search(r'class="card call-card[^"]*">\s*<h3 class="card__title"><a href="(/tr/[^"]+)"', calls_html)
    if call is None:
        raise SystemExit("no call on the calls page")
    return {
        "home /tr/": "/tr/", "listing (news)": news, "detail (good practice)": practice,
        "library + filter": library + "?type=good-practice", "call": call.group(1), "search": "/tr/search/?q=belediye",
        "static copy of /tr/": f"/static/{STATIC_COPY}",
    }


def wrk(url: str, connections: int, seconds: int) -> tuple[float, float, float]:
    out = subprocess.run(
        ["wrk", "--latency", "-t", str(min(connections, 2)), "-c", str(connections), "-d", f"{seconds}s", url],
        check=True, capture_output=True, text=True,
    ).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))

    def ms(label: str) -> float:
        value, unit = re.search(rf"^\s+{label}%\s+([\d.]+)(us|ms|s)\s*$", out, re.M).groups()
        return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]

    return rate, ms("50"), ms("99")


def measure(port: int, workers: int, seconds: int, cache_seconds: int, urls: dict) -> dict:
    server = serve(port, workers, cache_seconds)
    try:
        results = {}
        for name, path in urls.items():
            url = f"http://127.0.0.1:{port}{path}"
            urllib.request.urlopen(url).read()  # warm-up: the page cache, the worker's imports
            results[name] = {c: wrk(url, c, seconds) for c in (1, 8)}
        return results
    finally:
        stop(server)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--mode", choices=("both", "cold", "warm"), default="both")
    parser.add_argument("--keep-database", action="store_true", help="reuse bench_pages from an earlier run")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("wrk is missing: apt-get install wrk")
    if not args.keep_database:
        prepare(args.port)
    server = serve(args.port, args.workers, 0)
    try:
        urls = pages(args.port)
        html = urllib.request.urlopen(f"http://127.0.0.1:{args.port}/tr/").read()
    finally:
        stop(server)
    static = ROOT / "static_collected" / STATIC_COPY
    static.parent.mkdir(parents=True, exist_ok=True)
    static.write_bytes(html)  # WhiteNoise reads STATIC_ROOT when gunicorn starts

    columns = ("req/s @1", "p50 ms", "p99 ms", "req/s @8", "p50 ms", "p99 ms")
    print(f"{'page':26} {'mode':5} " + " ".join(f"{c:>9}" for c in columns) + f" {'% of static @1/@8':>18}")
    for mode, cache_seconds in (("cold", 0), ("warm", 3600)):
        if args.mode not in ("both", mode):
            continue
        results = measure(args.port, args.workers, args.seconds, cache_seconds, urls)
        limit = results["static copy of /tr/"]
        for name, by_connections in results.items():
            one, eight = by_connections[1], by_connections[8]
            ratio = f"{100 * one[0] / limit[1][0]:.1f} / {100 * eight[0] / limit[8][0]:.1f}"
            figures = [f"{value:9.0f}" if i % 3 == 0 else f"{value:9.1f}" for i, value in enumerate((*one, *eight))]
            print(f"{name:26} {mode:5} " + " ".join(figures) + f" {ratio:>18}")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
