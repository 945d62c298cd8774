"""The outbox against the real broker, real workers and PostgreSQL's row locks (CI).

These need REDIS_URL and PostgreSQL; CI sets both and fails when either is missing.
"""

import os
import signal
import subprocess
import sys
import threading
import time
from datetime import timedelta
from pathlib import Path

import pytest
from django.core import mail
from django.db import connection, connections
from django.utils import timezone

from mailing.models import OutboxEmail, OutboxStatus
from mailing.services import email_queue, outbox_send_due
from tests.conftest import celery_broker
from tests.mailing.test_outbox import EMAIL, queued_rows
from tests.servers import SilentServer

PROJECT_DIR = Path(__file__).resolve().parents[2]

pytestmark = [pytest.mark.broker, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def postgresql():
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL (SKIP LOCKED); CI runs on it")


@pytest.fixture
def redis_url(settings):
    if not settings.REDIS_URL:
        pytest.skip("REDIS_URL is not set; CI sets it (and fails when it is missing)")
    return settings.REDIS_URL


def wait_for(condition, seconds: float = 20) -> bool:
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.1)
    return condition()


def test_a_real_worker_sends_the_email_after_commit(redis_url):
    from celery.contrib.testing.worker import start_worker

    from cirkelinkoop.celery import app

    with (
        celery_broker(redis_url),
        start_worker(app, pool="solo", perform_ping_check=False, shutdown_timeout=10),
    ):
        row = email_queue(EMAIL)
        assert wait_for(lambda: len(mail.outbox) == 1)

    row.refresh_from_db()
    assert row.status == OutboxStatus.SENT
    assert [m.subject for m in mail.outbox] == ["Je aanmelding"]


def test_two_workers_racing_for_the_same_rows_send_each_one_once(postgresql):
    queued_rows(40)
    errors = []

    def worker():
        try:
            while outbox_send_due(limit=3):
                pass
        except Exception as error:  # noqa: BLE001 - reported by the assertion below
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert errors == []
    sent_ids = [m.extra_headers["Message-ID"] for m in mail.outbox]
    assert len(sent_ids) == 40 and len(set(sent_ids)) == 40
    assert not OutboxEmail.objects.exclude(status=OutboxStatus.SENT).exists()
    assert set(OutboxEmail.objects.values_list("attempts", flat=True)) == {1}


def database_url() -> str:
    params = connection.settings_dict
    user = params["USER"] or "postgres"
    password = f":{params['PASSWORD']}" if params["PASSWORD"] else ""
    host, port = params["HOST"] or "127.0.0.1", params["PORT"] or "5432"
    return f"postgres://{user}{password}@{host}:{port}/{params['NAME']}"


def test_a_worker_killed_while_sending_leaves_the_row_to_be_sent_once_later(
    postgresql, redis_url, settings
):
    """A real Celery worker process is killed with SIGKILL in the middle of the SMTP talk."""
    from mailing.tasks import send_outbox_email

    [row] = queued_rows(1)
    server = SilentServer()
    env = {
        **os.environ,
        "DATABASE_URL": database_url(),
        "REDIS_URL": redis_url,
        "EMAIL_URL": f"smtp://127.0.0.1:{server.port}",
        "EMAIL_TIMEOUT": "60",
        "CELERY_TASK_ALWAYS_EAGER": "false",
    }
    worker = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "cirkelinkoop", "worker", "--pool=solo"],
        cwd=PROJECT_DIR,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        with celery_broker(redis_url):
            send_outbox_email.delay(row.pk)
        assert server.connected.wait(timeout=60), "the worker never started sending"
        worker.send_signal(signal.SIGKILL)
        worker.wait(timeout=10)
    finally:
        if worker.poll() is None:
            worker.kill()
        server.close()

    row.refresh_from_db()
    assert row.status == OutboxStatus.QUEUED and row.sent_at is None and row.attempts == 1
    assert outbox_send_due() == 0  # its claim still holds: no second worker takes it yet

    # The claim expires (MAILING_CLAIM_SECONDS later): the sweep sends it, once.
    OutboxEmail.objects.filter(pk=row.pk).update(
        claimed_until=timezone.now() - timedelta(seconds=1)
    )
    assert outbox_send_due() == 1
    assert outbox_send_due() == 0
    row.refresh_from_db()
    assert row.status == OutboxStatus.SENT and row.attempts == 2
    assert len(mail.outbox) == 1
