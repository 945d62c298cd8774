"""The health check at /gezondheid/ that monitoring and the containers rely on."""

import pytest
from django.core.cache import cache

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


def test_a_failing_cache_answers_503(client, monkeypatch):
    def broken_set(*args, **kwargs):
        raise ConnectionError("cache is down")

    monkeypatch.setattr(cache, "set", broken_set)

    response = client.get("/gezondheid/")

    assert response.status_code == 503
    assert response.json()["services"]["cache"] == "unavailable"
