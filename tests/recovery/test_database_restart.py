"""PostgreSQL stopped and started again under load, with the same gunicorn workers serving.

While the database is down every page that needs it answers an error page within a few
seconds (no worker waits for it), the health check says which service is down, and once
it is back the same worker processes serve pages again within seconds: the pooled
connections are checked before reuse (CONN_HEALTH_CHECKS) and connecting gives up after
DATABASE_CONNECT_TIMEOUT.
"""

import json
import subprocess
import time
from collections import Counter
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client

from scripts.bench import gunicorn_process, production_env
from tests.conftest import needs
from tests.factories import MembershipFactory
from tests.mailing.test_outbox_workers import database_url
from tests.recovery.cluster import PrivateCluster, postgresql_bin
from tests.recovery.load import SteadyLoad, fetch

pytestmark = pytest.mark.django_db(transaction=True)

# Pages no cache can answer: each needs the database (a member's own page, a search).
PATHS = [
    "/account/gegevens/",
    "/zoeken/?q=inkoop",
    "/deelnemers/?q=x",
    "/bijeenkomsten/",
    "/bijeenkomsten/acties/",
]
FAIL_FAST_SECONDS = 5  # DATABASE_CONNECT_TIMEOUT is 3; a shared machine adds the rest
BACK_WITHIN_SECONDS = 5


def worker_pids(master_pid: int) -> set[int]:
    children = Path(f"/proc/{master_pid}/task/{master_pid}/children").read_text()
    return {int(pid) for pid in children.split()}


def copy_database(bin_dir: Path, source: str, target: str) -> None:
    """The test database (migrated, with the test's rows) into the private server."""
    dump = subprocess.run(
        [bin_dir / "pg_dump", "--format=custom", f"--dbname={source}"],
        check=True,
        capture_output=True,
        timeout=60,
    ).stdout
    subprocess.run(
        [bin_dir / "pg_restore", "--no-owner", "--exit-on-error", f"--dbname={target}"],
        input=dump,
        check=True,
        capture_output=True,
        timeout=60,
    )


@pytest.fixture
def private_postgresql():
    needs(connection.vendor == "postgresql", "the recovery tests need DATABASE_URL=postgres://")
    bin_dir = postgresql_bin()
    needs(bin_dir, "PostgreSQL's initdb is not installed (/usr/lib/postgresql/*/bin)")
    cluster = PrivateCluster(bin_dir)
    try:
        cluster.start()
        yield cluster
    finally:
        cluster.remove()


@pytest.fixture
def member_cookie(home):
    member = MembershipFactory(user__email="lid@gemeente.example").user
    client = Client()
    client.force_login(member)
    return f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}"


def test_pages_fail_fast_while_postgresql_is_down_and_recover_in_the_same_workers(
    private_postgresql, member_cookie, production_static_root, tmp_path
):
    cluster = private_postgresql
    cluster.create_database("ck_recovery_restart")
    copy_database(cluster.bin_dir, database_url(), cluster.url("ck_recovery_restart"))
    env = production_env(cluster.url("ck_recovery_restart"), tmp_path)
    # The member's session was signed with the test settings' key.
    env.update(STATIC_ROOT=str(production_static_root), SECRET_KEY=settings.SECRET_KEY)

    with gunicorn_process("cirkelinkoop.wsgi:application", env) as (base, server):
        workers = worker_pids(server.pid)
        with SteadyLoad(base, PATHS, cookie=member_cookie) as load:
            started = time.monotonic()
            assert load.wait_until(lambda: len(load.since(started)) >= 6, 10)
            assert {a.status for a in load.since(started)} == {200}

            cluster.stop(mode="fast")
            down = time.monotonic()
            health = fetch(base, "/gezondheid/")
            assert load.wait_until(lambda: len(load.since(down)) >= 9, 10)
            during_outage = load.since(down)

            cluster.start()
            back = time.monotonic()
            # Twice: each path's second answer starts after the first success, which the
            # check below needs (the first answers of all paths may overlap it).
            assert load.wait_until(lambda: _each_path_served_since(load, back, PATHS, 2), 15)
        after = load.since(back)

        assert worker_pids(server.pid) == workers, "a worker was killed or replaced"

    assert health.status == 503 and health.seconds < FAIL_FAST_SECONDS
    assert json.loads(health.body)["services"]["database"] == "unavailable"
    assert {a.status for a in during_outage} <= {500, 503}, during_outage
    assert max(a.seconds for a in load.answers) < FAIL_FAST_SECONDS, "a request hung"
    first_success = min(a.started + a.seconds for a in after if a.status == 200)
    assert first_success - back < BACK_WITHIN_SECONDS
    # Once one page is served again, every later one is.
    assert {a.status for a in after if a.started > first_success} == {200}


def _each_path_served_since(
    load: SteadyLoad, moment: float, paths: list[str], times: int = 1
) -> bool:
    served = Counter(a.path for a in load.since(moment) if a.status == 200)
    return all(served[path] >= times for path in paths)
