"""Fixtures for the whole suite, and the rule that CI runs against the real services.

With CI=true a missing service is a failure, never a skip: the suite must run on
PostgreSQL, send a task through Redis and drive Chromium, or CI is red.
"""

import os
import shutil
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest
from django.conf import settings
from django.core.cache import cache, caches

from cirkelinkoop.celery import app as celery_app

IN_CI = os.environ.get("CI", "").lower() == "true"
PROJECT_DIR = Path(__file__).resolve().parents[1]


def needs(available, why: str) -> None:
    """Skip a test whose service or program is missing here; in CI, fail it instead."""
    if available:
        return
    if IN_CI:
        pytest.fail(f"CI=true, but {why}")
    pytest.skip(why)


def _a_redis_database_per_worker() -> None:
    """Under pytest-xdist (``make test`` runs two workers) each worker gets the Redis
    database after the previous one's: every test empties its cache, and a real Celery
    worker a test starts must take that worker's tasks only. Subprocesses inherit it."""
    worker = os.environ.get("PYTEST_XDIST_WORKER", "")
    if not worker.startswith("gw") or not settings.REDIS_URL:
        return
    parts = urlsplit(settings.REDIS_URL)
    number = int(parts.path.strip("/") or 0) + int(worker.removeprefix("gw"))
    url = urlunsplit(parts._replace(path=f"/{number}"))
    os.environ["REDIS_URL"] = settings.REDIS_URL = settings.CELERY_BROKER_URL = url
    settings.CACHES["default"]["LOCATION"] = url
    caches.__dict__.pop("settings", None)  # read again, before the first test uses it
    celery_app.conf.broker_url = url


_a_redis_database_per_worker()


def chromium_path() -> str | None:
    configured = os.environ.get("CHROMIUM_PATH")
    if configured:
        return configured if os.path.exists(configured) else None
    return shutil.which("chromium") or (
        "/usr/bin/chromium" if os.path.exists("/usr/bin/chromium") else None
    )


def pytest_sessionstart(session):
    if not IN_CI:
        return
    missing = []
    if settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
        missing.append("DATABASE_URL must point to PostgreSQL")
    if not settings.REDIS_URL:
        missing.append("REDIS_URL must be set")
    if not chromium_path():
        missing.append("Chromium must be installed (or CHROMIUM_PATH set)")
    if missing:
        raise pytest.UsageError("CI=true, but: " + "; ".join(missing))


def served_query_count(client, path: str) -> int:
    """The queries of ``path`` as it is served between changes: the request after a first
    one, which keeps again what a change retired (answers about access, fragments)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(path)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    assert response.status_code == 200, path
    return len(queries_made(captured))


def queries_made(captured) -> list[dict]:
    """The statements a request sent, without the savepoints of its request transaction.

    Under a test's own transaction ``ATOMIC_REQUESTS`` becomes a SAVEPOINT and a RELEASE;
    in production it is a BEGIN and a COMMIT, which Django does not count either.
    """
    return [
        query
        for query in captured.captured_queries
        if not query["sql"].startswith(("SAVEPOINT", "RELEASE SAVEPOINT", "ROLLBACK TO"))
    ]


@pytest.fixture(autouse=True)
def _uploads_in_a_temporary_folder(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def _emails_through_the_outbox(settings, monkeypatch):
    """As in production: every e-mail becomes an outbox row, delivered into mail.outbox.

    Django's test set-up replaces EMAIL_BACKEND with its in-memory one; put the outbox back
    in front of it, so no test can send around the outbox.
    """
    import mailing.services

    settings.EMAIL_BACKEND = "mailing.backends.OutboxBackend"
    settings.MAILING_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    monkeypatch.setattr(mailing.services, "_broker_paused_until", 0.0)


@pytest.fixture(autouse=True)
def _isolated_cache_and_eager_tasks():
    """Each test starts with an empty cache (rate limits!) and runs tasks in-process."""
    cache.clear()
    eager = celery_app.conf.task_always_eager
    celery_app.conf.task_always_eager = True
    yield
    celery_app.conf.task_always_eager = eager
    cache.clear()


@pytest.fixture
def home(db):
    """A home page at the root of the default site, instead of Wagtail's placeholder.

    With the members app's pages below it (/deelnemers/, /deelnemen/, /contact/), the case
    library's and /bijeenkomsten/, as every site has them: a test that visits those
    addresses needs this fixture.
    """
    from wagtail.models import Site

    from cirkelinkoop.site_setup import tree_root_ensure
    from knowledge.services import strategies_ensure
    from tests.factories import HomePageFactory, members_pages_create
    from tests.knowledge.factories import knowledge_pages_create
    from tests.meetings.factories import meetings_pages_create

    # A transactional test before this one may have flushed the root that migrations made.
    root = tree_root_ensure()
    for placeholder in root.get_children():
        placeholder.delete()
    home = HomePageFactory(parent=root)
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "root_page": home}
    )
    members_pages_create(home)
    knowledge_pages_create(home)
    meetings_pages_create(home)
    strategies_ensure()  # a transactional test before this one flushed the migration's rows
    return home


# A port on which nothing listens: a real refused connection, not a mock.
UNREACHABLE_BROKER_URL = "redis://127.0.0.1:1/0"


def _reset_producer_pool():
    # Celery caches its pools per app; kombu keeps them per URL, so dropping ours is enough.
    celery_app._pool = None
    celery_app.amqp._producer_pool = None


@contextmanager
def celery_broker(url: str, *, eager: bool = False):
    """Point the Celery app at ``url`` for a while; its cached connections follow."""
    saved = (celery_app.conf.broker_url, celery_app.conf.task_always_eager)
    _reset_producer_pool()
    celery_app.conf.broker_url, celery_app.conf.task_always_eager = url, eager
    try:
        yield
    finally:
        _reset_producer_pool()
        celery_app.conf.broker_url, celery_app.conf.task_always_eager = saved


@pytest.fixture
def unreachable_broker():
    with celery_broker(UNREACHABLE_BROKER_URL):
        yield


def use_redis_at(settings, url: str) -> None:
    settings.CACHES = {
        "default": {
            "BACKEND": "cirkelinkoop.cache.FailSoftRedisCache",
            "LOCATION": url,
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }


@pytest.fixture(params=["refused", "frozen", "erroring"])
def redis_down(request, settings):
    """Redis that refuses connections, one that accepts them and never answers, or one
    that answers every command with an error (read only, out of memory)."""
    from tests.servers import ErrorReplyServer, SilentServer, refused_port

    if request.param == "erroring":
        with ErrorReplyServer() as erroring:
            url = f"redis://127.0.0.1:{erroring.port}/0"
            use_redis_at(settings, url)
            with celery_broker(url):
                yield request.param
        return
    if request.param == "refused":
        url = f"redis://127.0.0.1:{refused_port()}/0"
        use_redis_at(settings, url)
        with celery_broker(url):
            yield request.param
        return
    with SilentServer() as frozen:
        url = f"redis://127.0.0.1:{frozen.port}/0"
        use_redis_at(settings, url)
        with celery_broker(url):
            yield request.param


@pytest.fixture
def coordinator(home):
    """A member of the Coördinatoren group, with exactly the rights setup_site gives it."""
    from django.contrib.auth.models import Group

    from cirkelinkoop.services import COORDINATORS_GROUP, coordinators_group_ensure
    from tests.factories import UserFactory

    coordinators_group_ensure(root_page=home)
    user = UserFactory(email="carla@coalitie.example", first_name="Carla", last_name="Coördinator")
    user.groups.add(Group.objects.get(name=COORDINATORS_GROUP))
    return user


@pytest.fixture(scope="session")
def production_static_root(tmp_path_factory) -> Path:
    """Static files collected as production collects them (hashed, compressed): slow, so
    collected once for every test that serves the portal on production settings."""
    static_root = tmp_path_factory.mktemp("production-static")
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    result = subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput"],
        cwd=PROJECT_DIR,
        env={
            **env,
            "DJANGO_ENV": "production",
            "SECRET_KEY": "a-long-random-test-secret-key-that-is-not-used-anywhere-0123456789",
            "ALLOWED_HOSTS": "cirkelinkoop.example.nl",
            "STATIC_ROOT": str(static_root),
        },
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    return static_root
