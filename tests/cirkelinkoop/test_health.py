"""The health check at /gezondheid/ that monitoring and the containers rely on."""

import pytest

pytestmark = pytest.mark.django_db


def test_all_services_up_answers_200_with_each_state(client):
    response = client.get("/gezondheid/")

    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "services": {"database": "ok", "cache": "ok", "broker": "ok"},
    }
    assert "no-cache" in response["Cache-Control"]


def test_an_unreachable_broker_answers_503(client, unreachable_broker):
    response = client.get("/gezondheid/")

    assert response.status_code == 503
    assert response.json()["services"]["broker"] == "unavailable"
    assert response.json()["services"]["database"] == "ok"


def test_every_periodic_task_exists_and_runs(settings):
    """Beat names tasks by string: a renamed task would fail silently in production."""
    from cirkelinkoop.celery import app

    app.loader.import_default_modules()  # what a worker does when it starts
    for entry in settings.CELERY_BEAT_SCHEDULE.values():
        task = app.tasks[entry["task"]]
        assert task.apply().successful(), entry["task"]


def test_expired_sessions_are_cleared(client, home):
    from datetime import timedelta

    from django.contrib.sessions.models import Session
    from django.utils import timezone

    from cirkelinkoop.tasks import clear_expired_sessions
    from tests.factories import UserFactory

    client.force_login(UserFactory())
    Session.objects.create(
        session_key="verlopen", session_data="", expire_date=timezone.now() - timedelta(days=1)
    )

    clear_expired_sessions()

    assert list(Session.objects.values_list("session_key", flat=True)) == [
        client.session.session_key
    ]


def test_a_hanging_check_is_not_started_again_while_it_hangs(monkeypatch):
    """A monitor polling a frozen service must not pile up threads or connections."""
    import threading

    from cirkelinkoop import health

    release, calls = threading.Event(), []

    def frozen_cache():
        calls.append(1)
        return release.wait(timeout=30)

    monkeypatch.setitem(health.CHECKS, "cache", frozen_cache)
    monkeypatch.setattr(health, "DEADLINE_SECONDS", 0.2)
    threads_before = threading.active_count()

    for _ in range(5):
        assert health.service_states()["cache"] is False
    assert len(calls) == 1
    assert threading.active_count() <= threads_before + len(health.CHECKS)

    release.set()
    health._running["cache"].result(timeout=5)
    assert health.service_states()["cache"] is True and len(calls) == 2
