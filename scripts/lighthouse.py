"""make lighthouse: Lighthouse's four scores for every page, on the production server.

    make lighthouse                                  # embedded default (SQLite, no Redis)
    DATABASE_URL=postgres://… REDIS_URL=redis://… make lighthouse

Serves the portal as ``make bench`` does (gunicorn on production settings, a throw-away
database filled by ``seed_demo``) and runs Lighthouse 12.2.3 with Debian's Chromium on
the mobile profile (Lighthouse's default: a mid-range phone on a slow 4G line) against
every page of ``scripts/bench_pages.py`` plus the pages below, a member's pages with
the demo member's session, each page three times (``LIGHTHOUSE_RUNS``) of which the
median run counts. Prints performance, accessibility, best practices and SEO per
page, writes them to ``.make/lighthouse.json`` and fails when a page misses the goals of
the look: performance at least 95, the other three 100.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from scripts.bench import (  # noqa: E402
    check_answers_200,
    gunicorn,
    prepare,
    production_env,
    queries_and_session,
    throwaway_database,
)
from scripts.bench_pages import PAGES, BenchPage  # noqa: E402

LIGHTHOUSE = ROOT / ".make" / "lighthouse" / "node_modules" / ".bin" / "lighthouse"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
GOALS = {"performance": 95, "accessibility": 100, "best-practices": 100, "seo": 100}
# Pages a visitor meets that the benchmark does not load: the forms around signing in.
MORE_PAGES = [
    BenchPage("contact form", "/contact/"),
    BenchPage("sign in", "/account/login/"),
    BenchPage("sign up", "/account/signup/"),
]
# Pages kept out of search engines by design (robots.txt and a noindex): search results,
# the account pages and a member's pages (the directory, sharing a case, open actions).
# Lighthouse's SEO audit "is-crawlable" counts that against them; elsewhere it must pass.
KEPT_OUT_OF_SEARCH = (
    "/zoeken/",
    "/account/",
    "/deelnemers/leden/",
    "/kennisbank/nieuw/",
    "/bijeenkomsten/acties/",
)
# Files the benchmark measures that a browser downloads rather than shows: Lighthouse
# audits web pages, and stops at these (net::ERR_ABORTED).
DOWNLOADS = (".ics",)
# Lighthouse's own advice for a noisy machine: run several times, report the median run.
RUNS = int(os.environ.get("LIGHTHOUSE_RUNS", "3"))


def chromium_path() -> str:
    path = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
    if not Path(path).exists():
        sys.exit(f"make lighthouse needs Chromium at {path}: apt-get install chromium")
    return path


def run_lighthouse(url: str, cookie: str, chromium: str) -> dict:
    command = [
        str(LIGHTHOUSE),
        url,
        "--quiet",
        "--output=json",
        "--output-path=stdout",
        f"--only-categories={','.join(CATEGORIES)}",
        "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
    ]
    if cookie:
        command.append(f"--extra-headers={json.dumps({'Cookie': cookie})}")
    for _attempt in range(3):
        completed = subprocess.run(
            command,
            env={**os.environ, "CHROME_PATH": chromium},
            capture_output=True,
            text=True,
            timeout=180,
        )
        # A trace Chromium failed to record (NO_NAVSTART and the like): Lighthouse itself
        # says to run it again. Anything else is a real failure.
        if completed.returncode == 0 or "Please run Lighthouse again" not in completed.stderr:
            break
    if completed.returncode != 0:
        raise RuntimeError(f"Lighthouse failed on {url}:\n{completed.stderr[-2000:]}")
    return json.loads(completed.stdout)


def scores_of(lhr: dict) -> dict:
    """The four scores (0–100) and the audits that cost a page points."""
    scores = {name: round(lhr["categories"][name]["score"] * 100) for name in CATEGORIES}
    failing = {}
    for name in CATEGORIES:
        for ref in lhr["categories"][name]["auditRefs"]:
            audit = lhr["audits"][ref["id"]]
            if ref["weight"] and audit["score"] is not None and audit["score"] < 1:
                failing.setdefault(name, []).append(ref["id"])
    return {"scores": scores, "failing_audits": failing}


def median_run(url: str, cookie: str, chromium: str) -> dict:
    """The run with the median performance score, as Lighthouse advises (median-run.js)."""
    runs = [scores_of(run_lighthouse(url, cookie, chromium)) for _ in range(RUNS)]
    runs.sort(key=lambda result: result["scores"]["performance"])
    return runs[len(runs) // 2]


def goal_met(result: dict, page: BenchPage) -> bool:
    """Each score at its goal; a page kept out of search engines may lose only that."""
    for name, minimum in GOALS.items():
        if result["scores"][name] >= minimum:
            continue
        only_noindex = result["failing_audits"].get(name) == ["is-crawlable"]
        if not (name == "seo" and page.path.startswith(KEPT_OUT_OF_SEARCH) and only_noindex):
            return False
    return True


def report(rows: list[dict]) -> None:
    header = f"{'page':<18} {'path':<32}" + "".join(f" {name[:13]:>14}" for name in CATEGORIES)
    print("\n" + header + f" {'goal':>5}")
    for row in rows:
        line = f"{row['label']:<18} {row['path']:<32}"
        line += "".join(f" {row['scores'][name]:>14}" for name in CATEGORIES)
        print(line + f" {'yes' if row['goal_met'] else 'NO':>5}")
        for category, audits in row["failing_audits"].items():
            if audits:
                print(f"{'':<18}   {category}: {', '.join(audits)}")
    goals = ", ".join(f"{name} ≥ {minimum}" for name, minimum in GOALS.items())
    print(f"\nGoals (mobile profile): {goals}.")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", default=str(ROOT / ".make" / "lighthouse.json"))
    args = parser.parse_args()
    if not LIGHTHOUSE.exists():
        sys.exit("Lighthouse is missing: run it as `make lighthouse`, which installs it.")
    chromium = chromium_path()

    rows = []
    with (
        tempfile.TemporaryDirectory(prefix="lighthouse-") as tmp,
        throwaway_database(Path(tmp)) as database_url,
    ):
        env = production_env(database_url, Path(tmp))
        prepare(env)
        found = queries_and_session(env)
        with gunicorn("cirkelinkoop.wsgi:application", env) as base:
            for page in [page for page in PAGES + MORE_PAGES if not page.path.endswith(DOWNLOADS)]:
                # The benchmark's pages as it resolved them (the next meeting's address).
                page = page._replace(path=found["paths"].get(page.label, page.path))
                page_cookie = found["cookie"] if page.who == "member" else ""
                check_answers_200(base + page.path, page_cookie)
                print(f"Lighthouse on {page.label} ({page.path}) …", flush=True)
                result = median_run(base + page.path, page_cookie, chromium)
                rows.append({**page._asdict(), **result, "goal_met": goal_met(result, page)})

    report(rows)
    Path(args.json).parent.mkdir(parents=True, exist_ok=True)
    Path(args.json).write_text(json.dumps(rows, indent=2))
    print(f"Written to {args.json}")
    if not all(row["goal_met"] for row in rows):
        sys.exit("Some pages miss the goals: see the audits named above.")


if __name__ == "__main__":
    main()
