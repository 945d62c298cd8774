"""`make run` shows the portal as its users see it; `make run DEBUG=true` as developers need."""

import subprocess
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parents[2]


def make_run_commands(*variables: str) -> str:
    """The commands `make run` would run, without running them (`make -n`)."""
    result = subprocess.run(
        ["make", "--dry-run", "--always-make", "run", *variables],
        cwd=PROJECT_DIR,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def runserver_line(commands: str) -> str:
    return next(line for line in commands.splitlines() if "runserver" in line)


def test_make_run_serves_without_debug_pages_and_with_collected_static_files():
    commands = make_run_commands()

    assert runserver_line(commands).startswith("DEBUG=false ")
    assert "collectstatic" in commands


def test_make_run_debug_true_gives_the_debug_pages():
    commands = make_run_commands("DEBUG=true")

    assert runserver_line(commands).startswith("DEBUG=true ")
    assert "collectstatic" not in commands
