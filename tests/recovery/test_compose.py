"""docker-compose.yml lets web and worker run as several replicas behind the proxy.

This machine has no Docker engine (nor the compose plugin), so the file is read as YAML:
what `docker compose up --scale web=3 --scale worker=3` would trip over.
"""

import yaml

from tests.conftest import PROJECT_DIR


def services() -> dict:
    return yaml.safe_load((PROJECT_DIR / "docker-compose.yml").read_text())["services"]


def test_web_and_worker_can_run_as_several_replicas():
    compose = services()
    for name in ("web", "worker"):
        # A fixed container name or host port can be taken by one container only.
        assert "container_name" not in compose[name]
        assert "ports" not in compose[name]
        assert compose[name]["depends_on"]["migrate"] == {
            "condition": "service_completed_successfully"
        }
    # Replicas that each migrated on start would race each other: one service does it.
    assert "migrate" not in " ".join(compose["web"]["command"])
    assert "migrate" in compose["migrate"]["command"]
    assert compose["migrate"]["restart"] == "no"


def test_the_proxy_reaches_every_web_replica_by_the_service_name():
    nginx = (PROJECT_DIR / "deploy" / "nginx.conf").read_text()

    # Docker's DNS answers "web" with every replica's address, looked up again as they change.
    assert "resolver 127.0.0.11 valid=10s" in nginx
    assert "set $web http://web:8000;" in nginx and "proxy_pass $web;" in nginx
    assert services()["proxy"]["ports"] == ["127.0.0.1:8000:8000"]
