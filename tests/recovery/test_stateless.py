"""Scaling out: any web process serves any request, any worker sends any e-mail, once.

Two gunicorn servers and two Celery workers run side by side on one PostgreSQL and one
Redis, as ``docker compose up --scale web=2 --scale worker=2`` runs them behind the
proxy. One visitor's requests go to either server; the e-mails both servers queue are
delivered to a real SMTP server by whichever worker takes them, each exactly once.
"""

import os
import subprocess
import sys
import time
from collections import Counter
from contextlib import ExitStack

import pytest
from django.conf import settings
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Site

from cirkelinkoop.celery import app as celery_app
from mailing.models import OutboxEmail, OutboxStatus
from members.models import CoordinatorSettings
from scripts.bench import gunicorn_process, production_env
from tests.conftest import PROJECT_DIR, celery_broker, needs
from tests.factories import DEFAULT_PASSWORD, MembershipFactory
from tests.mailing.test_outbox_workers import database_url, wait_for
from tests.recovery.browser import Browser, hidden_fields
from tests.servers import SmtpSink

pytestmark = pytest.mark.broker

WORKER_NAMES = ["worker1@cirkelinkoop-test", "worker2@cirkelinkoop-test"]
# Where a process could leave state behind without meaning to (a SQLite file, a file
# cache, uploads): no new file may appear in the project folder, tools' folders aside.
NOT_WATCHED = {".git", ".venv", "node_modules", "__pycache__"}


def project_files() -> set[str]:
    files = set()
    for folder, subfolders, names in os.walk(PROJECT_DIR):
        subfolders[:] = [name for name in subfolders if name not in NOT_WATCHED]
        files.update(os.path.join(folder, name) for name in names)
    return files


def start_worker(name: str, env: dict) -> subprocess.Popen:
    """A worker listening to a queue nobody uses, until told to take the real one."""
    command = [sys.executable, "-m", "celery", "-A", "cirkelinkoop", "worker", "--pool=solo"]
    command += [f"--hostname={name}", "--queues=standby", "--without-gossip"]
    command += ["--without-mingle", "--loglevel=WARNING"]
    return subprocess.Popen(command, cwd=PROJECT_DIR, env=env)


def workers_answering() -> set[str]:
    replies = celery_app.control.ping(destination=WORKER_NAMES, timeout=0.5)
    return {name for reply in replies for name in reply}


def sign_in(browser: Browser, base: str, email: str, password: str) -> None:
    form = hidden_fields(browser.get(base, "/account/login/").html)
    fields = {**form, "login": email, "password": password}
    signed_in = browser.post(base, "/account/login/", fields)
    assert signed_in.status == 302, signed_in.html


def send_contact_form(browser: Browser, form_from: str, post_to: str, subject: str) -> None:
    """The form (and its CSRF token) from one server, sent to the other."""
    form = hidden_fields(browser.get(form_from, "/contact/").html)
    fields = {"name": "Lid Eén", "email": "lid@gemeente.example", "organisation": "Gemeente"}
    fields |= {"subject": subject, "message": "Kan dit ook bij ons?", "consent": "on"}
    sent = browser.post(post_to, "/contact/", {**form, **fields})
    assert sent.status == 302 and sent.location.endswith("/contact/bedankt/"), sent.html


def import_redirects(coordinator, uploads_to: str, confirms_on: str) -> None:
    """The coordinator's redirect import: the file uploaded to one server, the columns
    confirmed on the other, which must find the upload (not in the first one's /tmp)."""
    browser = Browser()
    sign_in(browser, uploads_to, coordinator.email, DEFAULT_PASSWORD)
    start = hidden_fields(browser.get(uploads_to, "/beheer/redirects/import/").html)
    csv = b"van,naar\n/oude-site/rcio/,https://cirkelinkoop.example/\n"
    fields = {**start, "input_format": "0"}
    upload = browser.post_file(
        uploads_to, "/beheer/redirects/import/", fields, "import_file", ("oud.csv", csv)
    )
    assert upload.status == 200, upload.html
    confirm = hidden_fields(upload.html)
    site = str(Site.objects.get().pk)
    confirm |= {"from_index": "0", "to_index": "1", "site": site, "permanent": "on"}
    done = browser.post(confirms_on, "/beheer/redirects/import/process/", confirm)
    assert done.status == 302, done.html
    assert Redirect.objects.filter(old_path="/oude-site/rcio").exists()


@pytest.fixture
def redis_url():
    needs(settings.REDIS_URL, "REDIS_URL is not set")
    return settings.REDIS_URL


@pytest.mark.django_db(transaction=True)
def test_two_web_processes_and_two_workers_share_one_session_and_one_outbox(
    home, coordinator, redis_url, production_static_root, tmp_path
):
    needs(settings.DATABASES["default"]["ENGINE"].endswith("postgresql"), "needs PostgreSQL")
    member = MembershipFactory(user__email="lid@gemeente.example", user__first_name="Lidia").user
    CoordinatorSettings.objects.create(site=home.get_site(), email="coordinator@coalitie.example")
    shared_media = tmp_path / "media"
    sink = SmtpSink(seconds_per_message=0.2)
    env = production_env(database_url(), tmp_path)
    env.update(
        # What every replica shares: the key, the database, Redis, the media volume.
        SECRET_KEY="one-key-for-every-replica-of-the-portal-0123456789-abcdefghijklmnop",
        STATIC_ROOT=str(production_static_root),
        MEDIA_ROOT=str(shared_media),
        EMAIL_URL=f"smtp://127.0.0.1:{sink.port}",
        CONTACT_REQUEST_RATE_LIMIT="100/h/ip",
        PYTHONDONTWRITEBYTECODE="1",
    )
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    private_tmp = {name: tmp_path / f"tmp-{name}" for name in ("a", "b")}
    before = project_files()

    with ExitStack() as stack:
        stack.enter_context(sink)
        workers = [start_worker(name, env) for name in WORKER_NAMES]
        stack.callback(lambda: [w.terminate() or w.wait(timeout=30) for w in workers])
        servers = {}
        for name, tmp in private_tmp.items():
            tmp.mkdir()
            process_env = {**env, "TMPDIR": str(tmp)}
            # One worker each: two processes are what is shared between, and cheaper.
            server = gunicorn_process("cirkelinkoop.wsgi:application", process_env, workers=1)
            servers[name], _process = stack.enter_context(server)
        a, b = servers["a"], servers["b"]
        stack.enter_context(celery_broker(redis_url))
        assert wait_for(lambda: workers_answering() == set(WORKER_NAMES), 60)

        # Two sweeps first in the queue, one for each worker: they race each other (and
        # then the tasks the forms queue) for the same rows.
        for _ in WORKER_NAMES:
            celery_app.send_task("mailing.tasks.send_due_emails")

        browser = Browser()
        sign_in(browser, a, member.email, DEFAULT_PASSWORD)
        own_data = browser.get(b, "/account/gegevens/")
        assert own_data.status == 200 and "Lidia" in own_data.html
        for number in range(3):
            send_contact_form(browser, form_from=a, post_to=b, subject=f"Via b, {number}")
            send_contact_form(browser, form_from=b, post_to=a, subject=f"Via a, {number}")
        rows = list(OutboxEmail.objects.values_list("message_id", flat=True))
        assert len(rows) == 6
        celery_app.control.add_consumer("celery", destination=WORKER_NAMES, reply=True)
        assert wait_for(lambda: len(sink.message_ids()) >= len(rows), 30)
        time.sleep(1)  # a second delivery of any of them would arrive by now

        import_redirects(coordinator, uploads_to=a, confirms_on=b)

        sign_out = hidden_fields(browser.get(b, "/account/logout/").html)
        assert browser.post(b, "/account/logout/", sign_out).status == 302
        assert browser.get(a, "/account/gegevens/").status == 302  # signed out on a too

        assert {path.name: list(path.iterdir()) for path in private_tmp.values()} == {
            "tmp-a": [],
            "tmp-b": [],
        }

    assert Counter(sink.message_ids()) == Counter(rows)
    assert set(OutboxEmail.objects.values_list("status", flat=True)) == {OutboxStatus.SENT}
    assert project_files() - before == set(), "a process left files in the project folder"


def test_no_setting_keeps_state_in_one_web_process(settings):
    """What the two-process test relies on, named: with Redis nothing is per process."""
    needs(settings.REDIS_URL, "REDIS_URL is not set")

    backends = [cache["BACKEND"] for cache in settings.CACHES.values()]
    assert backends == ["cirkelinkoop.cache.FailSoftRedisCache"]  # no local-memory or file cache
    assert settings.SESSION_ENGINE == "django.contrib.sessions.backends.db"
    assert settings.MESSAGE_STORAGE == "django.contrib.messages.storage.fallback.FallbackStorage"
    assert settings.CELERY_BROKER_URL == settings.REDIS_URL
    assert settings.STORAGES["default"]["BACKEND"].endswith("FileSystemStorage")  # MEDIA_ROOT
    assert settings.WAGTAIL_REDIRECTS_FILE_STORAGE == "cache"  # an import's upload, not /tmp
