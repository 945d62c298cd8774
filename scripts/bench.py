"""make bench: each page of the portal under load, as a multiple of a bare Django view.

    make bench                                       # embedded default (SQLite, no Redis)
    DATABASE_URL=postgres://… REDIS_URL=redis://… make bench
    BENCH_SECONDS=10 make bench                      # longer runs, steadier numbers
    BENCH_PAGES="search,own data" make bench         # only these pages (labels), floor too
    BENCH_CASES=500 make bench                       # a smaller case library (default 5000)
    BENCH_MEETING_YEARS=1 make bench                 # fewer earlier meetings (default 3)

Serves the portal with gunicorn (2 sync workers) on production settings from a
throw-away database filled by ``seed_demo --cases --meeting-years`` (the case library
and the meetings at the sizes their issues measure), and drives every page of
``scripts/bench_pages.py`` with wrk at concurrency 1 and 8. The floor, a bare Django
view returning a fixed string on the same kind of server, is measured first and last.
Prints requests per second, median, p95 and p99 latency, each page's ratio to the floor
and its query count when rendered (not served from the visitors' page cache), checks
the goals below, and writes the same to ``.make/bench.json``.
A command, never a timed test: absolute times drift on a shared machine, ratios less so.
"""

import argparse
import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from contextlib import contextmanager, suppress
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scripts.bench_pages import MEMBER_EMAIL, PAGES, resolved  # noqa: E402

SECONDS = int(os.environ.get("BENCH_SECONDS", "5"))
# A comma-separated list of page labels (scripts/bench_pages.py) to measure only those,
# e.g. while working on one page; the floor is measured first and last all the same.
ONLY_PAGES = os.environ.get("BENCH_PAGES", "")
# The case library's size: demo cases plus synthetic ones up to this many.
CASES = int(os.environ.get("BENCH_CASES", "5000"))
# The meetings' large data set: three years of six-weekly meetings, 40 registrations each.
MEETING_YEARS = int(os.environ.get("BENCH_MEETING_YEARS", "3"))
CONCURRENCY = (1, 8)
WORKERS = 2
# The goals of the proof-harness issue, for today's pages.
GOAL_ANONYMOUS_RATIO_C8 = 3.0
GOAL_PERSONAL_MEDIAN_MS_C1 = 10.0
GOAL_MAX_QUERIES = 15

# wrk's own report has no p95: this prints what we need as one JSON line.
WRK_REPORT = """
done = function(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    'BENCH {"requests": %d, "duration_us": %d, "p50": %d, "p95": %d, "p99": %d, '
      .. '"socket_errors": %d, "bad_status": %d}\\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(95),
    latency:percentile(99), errors.connect + errors.read + errors.write + errors.timeout,
    errors.status))
end
"""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def throwaway_database(workdir: Path):
    """A database of its own: on the PostgreSQL server of DATABASE_URL, else SQLite."""
    base = os.environ.get("DATABASE_URL", "")
    if not base.startswith(("postgres://", "postgresql://")):
        yield f"sqlite:///{workdir / 'bench.sqlite3'}"
        return
    with scratch_postgresql_database(base, "cirkelinkoop_bench") as database_url:
        yield database_url


@contextmanager
def scratch_postgresql_database(server_url: str, prefix: str):
    """An empty database on the PostgreSQL server of ``server_url``, dropped afterwards."""
    import psycopg

    parts = urlsplit(server_url)
    name = f"{prefix}_{os.getpid()}"
    admin_url = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin_url, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    try:
        yield urlunsplit(parts._replace(path=f"/{name}"))
    finally:
        with psycopg.connect(admin_url, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def production_env(database_url: str, workdir: Path) -> dict:
    return {
        **os.environ,
        "DJANGO_ENV": "production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
        "SECURE_SSL_REDIRECT": "false",  # plain http on the loopback
        "DATABASE_URL": database_url,
        "STATIC_ROOT": str(workdir / "static"),
        "MEDIA_ROOT": str(workdir / "media"),
        "LOG_LEVEL": "WARNING",
    }


def manage(env: dict, *args: str) -> None:
    subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )


def prepare(env: dict) -> None:
    print(
        f"Preparing a throw-away database with the demo content, {CASES} cases and"
        f" {MEETING_YEARS} earlier years of meetings …",
        flush=True,
    )
    manage(env, "migrate", "--noinput")
    # seed_demo refuses production settings (it creates known passwords): same database.
    manage(
        {**env, "DJANGO_ENV": "development"},
        "seed_demo",
        f"--cases={CASES}",
        f"--meeting-years={MEETING_YEARS}",
    )
    manage(env, "collectstatic", "--noinput")


def queries_and_session(env: dict) -> dict:
    """Query counts and a member's session cookie, from a process on the same settings."""
    output = subprocess.run(
        [sys.executable, __file__, "--queries"],
        cwd=ROOT,
        # What rendering a page costs, as the first visitor after a change meets it.
        env={**env, "PAGE_CACHE_SECONDS": "0"},
        check=True,
        stdout=subprocess.PIPE,
        text=True,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def queries_made(captured) -> list[dict]:
    """The statements a page sent, without its request transaction's BEGIN and COMMIT."""
    return [
        query
        for query in captured.captured_queries
        if query["sql"] not in ("BEGIN", "COMMIT", "ROLLBACK")
    ]


def count_queries() -> None:
    """Run inside the bench's environment: print the counts and a session as JSON."""
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cirkelinkoop.settings")
    django.setup()
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    member = Client()
    member.force_login(get_user_model().objects.get(email=MEMBER_EMAIL))
    clients = {"visitor": Client(), "member": member}
    counts, paths = {}, {}
    for page in PAGES:
        client, path = clients[page.who], resolved(page.path)
        client.get(path)  # the first request fills what later ones reuse
        with CaptureQueriesContext(connection) as captured:
            response = client.get(path)
        assert response.status_code == 200, (path, response.status_code)
        counts[page.label], paths[page.label] = len(queries_made(captured)), path
    cookie = member.cookies[settings.SESSION_COOKIE_NAME]
    print(json.dumps({"queries": counts, "paths": paths, "cookie": f"{cookie.key}={cookie.value}"}))


@contextmanager
def gunicorn(app: str, env: dict):
    with gunicorn_process(app, env) as (url, _server):
        yield url


@contextmanager
def gunicorn_process(app: str, env: dict, workers: int = WORKERS):
    """The server's base URL and its master process (the recovery tests watch its workers)."""
    port = free_port()
    command = [
        str(Path(sys.executable).with_name("gunicorn")),
        app,
        f"--workers={workers}",
        f"--bind=127.0.0.1:{port}",
        f"--chdir={ROOT}",
        "--log-level=warning",
    ]
    server = subprocess.Popen(command, env=env)
    try:
        wait_until_serving(port, workers)
        yield f"http://127.0.0.1:{port}", server
    finally:
        server.terminate()
        server.wait(timeout=30)


def wait_until_serving(port: int, workers: int = WORKERS, timeout: float = 120) -> None:
    """Until every worker answers: the master listens long before its workers are booted."""
    deadline, answered = time.monotonic() + timeout, 0
    while time.monotonic() < deadline:
        with suppress(OSError):
            # A fixed http:// address on the loopback: no file: or other scheme can get in.
            probe = f"http://127.0.0.1:{port}/robots.txt"
            urllib.request.urlopen(probe, timeout=10).close()  # nosec B310
            answered += 1
            if answered >= 2 * workers:
                return
            continue
        time.sleep(0.2)
    raise RuntimeError(f"gunicorn did not start serving on port {port}")


def check_answers_200(url: str, cookie: str = "") -> None:
    """A redirect to the sign-in page would be measured as a fast page: refuse it."""

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    request = urllib.request.Request(url, headers={"Cookie": cookie} if cookie else {})
    try:
        status = urllib.request.build_opener(NoRedirect).open(request, timeout=30).status
    except urllib.error.HTTPError as error:
        status = error.code
    if status != 200:
        raise RuntimeError(f"{url} answered {status}, not 200")


def wrk(url: str, concurrency: int, script: Path, cookie: str = "") -> dict:
    # wrk counts a reply slower than 2 s as an error; on a busy shared machine the slowest
    # pages at c=8 get there, and their latency is what we want to see, not a crash.
    command = ["wrk", "-t1", f"-c{concurrency}", f"-d{SECONDS}s", "--timeout", "20s"]
    command += ["-s", str(script), url]
    if cookie:
        command[1:1] = ["-H", f"Cookie: {cookie}"]
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    line = next(line for line in output.splitlines() if line.startswith("BENCH "))
    raw = json.loads(line.removeprefix("BENCH "))
    if raw["socket_errors"] or raw["bad_status"] or not raw["requests"]:
        raise RuntimeError(f"{url} at c={concurrency}: errors under load: {raw}")
    return {
        "rps": raw["requests"] / (raw["duration_us"] / 1e6),
        "p50_ms": raw["p50"] / 1000,
        "p95_ms": raw["p95"] / 1000,
        "p99_ms": raw["p99"] / 1000,
    }


def measure_floor(env: dict, script: Path) -> dict:
    with gunicorn("scripts.bench_floor:application", env) as base:
        return {c: wrk(f"{base}/", c, script) for c in CONCURRENCY}


def pages_to_measure(only: str = ONLY_PAGES) -> list:
    """Every page, or those whose labels BENCH_PAGES names; an unknown label stops the run."""
    if not only.strip():
        return PAGES
    wanted = [label.strip() for label in only.split(",") if label.strip()]
    known = {page.label: page for page in PAGES}
    unknown = [label for label in wanted if label not in known]
    if unknown:
        sys.exit(f"BENCH_PAGES names no page {unknown}; the labels are {list(known)}")
    return [known[label] for label in wanted]


def goal_met(row: dict) -> bool:
    # A query string makes a page one visitor's own (search words, filters, the cases
    # compared): never served from the page cache, so it is held to the personal goal.
    personal = row["who"] != "visitor" or "?" in row["path"]
    if row["queries"] > GOAL_MAX_QUERIES:
        return False
    if personal:
        return row["results"][1]["p50_ms"] < GOAL_PERSONAL_MEDIAN_MS_C1
    return row["results"][8]["ratio"] <= GOAL_ANONYMOUS_RATIO_C8


def report(floors: list[dict], rows: list[dict]) -> None:
    print(f"\n{'page':<18} {'c':>2} {'req/s':>7} {'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7}", end="")
    print(f" {'× floor':>8} {'queries':>7} {'goal':>5}")
    for label, floor in (("floor (first)", floors[0]), ("floor (last)", floors[1])):
        for c in CONCURRENCY:
            m = floor[c]
            print(f"{label:<18} {c:>2} {m['rps']:>7.0f} {m['p50_ms']:>7.1f}", end="")
            print(f" {m['p95_ms']:>7.1f} {m['p99_ms']:>7.1f}")
    for row in rows:
        for c in CONCURRENCY:
            m = row["results"][c]
            print(f"{row['label']:<18} {c:>2} {m['rps']:>7.0f} {m['p50_ms']:>7.1f}", end="")
            print(f" {m['p95_ms']:>7.1f} {m['p99_ms']:>7.1f} {m['ratio']:>8.1f}", end="")
            print(f" {row['queries']:>7} {'yes' if row['goal_met'] else 'NO':>5}")
    print(
        f"\nGoals: a visitor's page at c=8 within {GOAL_ANONYMOUS_RATIO_C8:.0f}× the floor; a"
        f" member's page or a visitor's page with a query string (search, filters, comparison)"
        f" under {GOAL_PERSONAL_MEDIAN_MS_C1:.0f} ms median at c=1;"
        f" at most {GOAL_MAX_QUERIES} queries."
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--queries", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--json", default=str(ROOT / ".make" / "bench.json"))
    args = parser.parse_args()
    if args.queries:
        count_queries()
        return
    if not shutil.which("wrk"):
        sys.exit("make bench needs wrk: apt-get install wrk")
    pages = pages_to_measure()

    with (
        tempfile.TemporaryDirectory(prefix="bench-") as tmp,
        throwaway_database(Path(tmp)) as database_url,
    ):
        workdir = Path(tmp)
        script = workdir / "report.lua"
        script.write_text(WRK_REPORT)
        env = production_env(database_url, workdir)
        prepare(env)
        found = queries_and_session(env)
        floors = [measure_floor(env, script)]
        rows = []
        with gunicorn("cirkelinkoop.wsgi:application", env) as base:
            for page in pages:
                cookie = found["cookie"] if page.who == "member" else ""
                path = found["paths"][page.label]
                check_answers_200(base + path, cookie)
                print(f"Measuring {page.label} ({path}) …", flush=True)
                results = {c: wrk(base + path, c, script, cookie) for c in CONCURRENCY}
                rows.append({**page._asdict(), "path": path, "results": results})
        floors.append(measure_floor(env, script))

    for c in CONCURRENCY:
        # The faster of the two floors: a machine that slowed down during the run makes
        # the pages look worse, never better.
        floor_p50 = min(floor[c]["p50_ms"] for floor in floors)
        for row in rows:
            row["results"][c]["ratio"] = row["results"][c]["p50_ms"] / floor_p50
    for row in rows:
        row["queries"] = found["queries"][row["label"]]
        row["goal_met"] = goal_met(row)
    report(floors, rows)
    output = {
        "database": "postgresql" if database_url.startswith("postgres") else "sqlite",
        "redis": bool(os.environ.get("REDIS_URL")),
        "seconds_per_run": SECONDS,
        "workers": WORKERS,
        "floor": floors,
        "pages": rows,
    }
    Path(args.json).parent.mkdir(parents=True, exist_ok=True)
    Path(args.json).write_text(json.dumps(output, indent=2))
    print(f"Written to {args.json}")


if __name__ == "__main__":
    main()
