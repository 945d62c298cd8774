"""make backup and make restore: the demo data and its uploads, out and back in, unchanged."""

import hashlib
import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connection
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from scripts.bench import scratch_postgresql_database
from tests.conftest import PROJECT_DIR, needs
from tests.mailing.test_outbox_workers import database_url


def run_script(script: str, *args: str, database: str, media: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    env.update(DATABASE_URL=database, MEDIA_ROOT=str(media))
    return subprocess.run(
        [sys.executable, f"scripts/{script}.py", *args],
        cwd=PROJECT_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def checksums(folder: Path) -> dict[str, str]:
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in folder.rglob("*")
        if path.is_file()
    }


def all_rows(database: str) -> list[dict]:
    """Every row of every model in ``database``, as dumpdata writes them (by primary key)."""
    result = subprocess.run(
        [sys.executable, "manage.py", "dumpdata", "--format=json"],
        cwd=PROJECT_DIR,
        env={**os.environ, "DATABASE_URL": database},
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return json.loads(result.stdout)


@pytest.fixture
def empty_postgresql_database():
    needs(connection.vendor == "postgresql", "the backup round trip runs on PostgreSQL in CI")
    with scratch_postgresql_database(database_url(), "ck_recovery_restore") as url:
        yield url


@pytest.mark.django_db(transaction=True)
def test_backup_and_restore_bring_back_every_row_and_uploaded_file(
    empty_postgresql_database, tmp_path
):
    needs(shutil.which("pg_dump"), "pg_dump is not installed (apt-get install postgresql-client)")
    call_command("seed_demo", stdout=io.StringIO())
    Image.objects.create(title="Grasveld", file=get_test_image_file())
    source_media = Path(settings.MEDIA_ROOT)
    restored_media = tmp_path / "restored-media"

    made = run_script(
        "backup", "--to", str(tmp_path / "backups"), database=database_url(), media=source_media
    )
    assert made.returncode == 0, made.stderr
    [backup] = (tmp_path / "backups").iterdir()
    assert {p.name for p in backup.iterdir()} == {"database.dump", "media.tar.gz", "manifest.json"}
    restored = run_script(
        "restore", str(backup), database=empty_postgresql_database, media=restored_media
    )
    assert restored.returncode == 0, restored.stderr

    dumped = io.StringIO()
    call_command("dumpdata", format="json", stdout=dumped)
    source_rows = json.loads(dumped.getvalue())
    assert {row["model"] for row in source_rows} >= {"members.organisation", "wagtailimages.image"}
    assert all_rows(empty_postgresql_database) == source_rows
    assert checksums(restored_media) == checksums(source_media)
    assert any(name.startswith("original_images/") for name in checksums(restored_media))


def test_the_embedded_database_is_copied_online_and_never_restored_over_data(tmp_path):
    source, target = tmp_path / "portal.sqlite3", tmp_path / "restored.sqlite3"
    media = tmp_path / "media"
    (media / "documents").mkdir(parents=True)
    (media / "documents" / "verslag.pdf").write_bytes(b"%PDF-1.7 verslag")
    with sqlite3.connect(source) as database:
        database.execute("CREATE TABLE request (name TEXT)")
        database.execute("INSERT INTO request VALUES ('Ria Aanvraag')")
    reader = sqlite3.connect(source)
    reader.execute("BEGIN")  # the portal keeps reading meanwhile
    reader.execute("SELECT * FROM request")

    made = run_script(
        "backup", "--to", str(tmp_path / "backups"), database=f"sqlite:///{source}", media=media
    )
    reader.close()
    assert made.returncode == 0, made.stderr
    [backup] = (tmp_path / "backups").iterdir()
    restored = run_script(
        "restore", str(backup), database=f"sqlite:///{target}", media=tmp_path / "restored"
    )
    assert restored.returncode == 0, restored.stderr
    assert sqlite3.connect(target).execute("SELECT name FROM request").fetchall() == [
        ("Ria Aanvraag",)
    ]
    assert checksums(tmp_path / "restored") == checksums(media)

    again = run_script(
        "restore", str(backup), database=f"sqlite:///{target}", media=tmp_path / "restored"
    )
    assert again.returncode != 0
    assert "Not restoring: the database" in again.stderr and "FORCE=1" in again.stderr
