"""make backup: the database and the uploaded files, into one new folder.

    make backup                          # into backups/<date-time>/
    make backup BACKUP_DIR=/srv/backups  # elsewhere

Reads the same settings as the portal (DATABASE_URL, MEDIA_ROOT). The folder holds:

- ``database.dump``: PostgreSQL's custom format (``pg_dump --format=custom``), or
  ``database.sqlite3``, a copy made with SQLite's online backup API, for the embedded
  default. Both are consistent while the portal keeps running.
- ``media.tar.gz``: MEDIA_ROOT (uploaded images and documents).
- ``manifest.json``: when, from which kind of database, and each file's SHA-256.

A backup holds personal data (accounts, members, requests, e-mails): the folder is
readable by its owner only; store and remove it as the privacy statement says.
"""

import argparse
import hashlib
import json
import os
import shlex
import sqlite3
import subprocess
import sys
import tarfile
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# What a backup folder holds.
DUMP = "database.dump"  # PostgreSQL
SQLITE_COPY = "database.sqlite3"  # the embedded default
MEDIA = "media.tar.gz"
MANIFEST = "manifest.json"


def portal_settings():
    """The portal's settings, without starting Django: a backup needs no more."""
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cirkelinkoop.settings")
    from django.conf import settings

    return settings


def is_postgresql(database: dict) -> bool:
    return database["ENGINE"] == "django.db.backends.postgresql"


def postgres_params(database: dict) -> dict:
    """The connection as libpq's keywords (psycopg takes them as they are)."""
    values = {
        "host": database.get("HOST"),
        "port": str(database.get("PORT") or ""),
        "user": database.get("USER"),
        "password": database.get("PASSWORD"),
        "dbname": database["NAME"],
        "connect_timeout": "10",
    }
    return {name: value for name, value in values.items() if value}


def postgres_env(database: dict) -> dict:
    """The same as libpq's variables: the password never appears on a command line."""
    names = {"dbname": "PGDATABASE", "connect_timeout": "PGCONNECT_TIMEOUT"}
    params = postgres_params(database)
    return {**os.environ, **{names.get(k, f"PG{k.upper()}"): v for k, v in params.items()}}


def postgres_tool(name: str) -> list[str]:
    """pg_dump or pg_restore; PG_DUMP / PG_RESTORE may name another one (the server's
    major version, e.g. /usr/lib/postgresql/16/bin/pg_dump)."""
    return shlex.split(os.environ.get(name.upper(), name))


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        for chunk in iter(lambda: file.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def dump_database(database: dict, folder: Path) -> str:
    if is_postgresql(database):
        target = folder / DUMP
        command = [*postgres_tool("pg_dump"), "--format=custom", f"--file={target}"]
        subprocess.run(command, env=postgres_env(database), check=True)
    else:
        target = folder / SQLITE_COPY
        source = sqlite3.connect(f"file:{database['NAME']}?mode=ro", uri=True)
        copy = sqlite3.connect(target)
        try:
            source.backup(copy)
        finally:
            copy.close()
            source.close()
    return target.name


def pack_media(media_root: Path, folder: Path) -> int:
    files = [path for path in media_root.rglob("*") if path.is_file()]
    with tarfile.open(folder / MEDIA, "w:gz") as archive:
        for path in files:
            archive.add(path, arcname=str(path.relative_to(media_root)))
    return len(files)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--to", default=os.environ.get("BACKUP_DIR") or str(ROOT / "backups"))
    args = parser.parse_args()
    settings = portal_settings()
    database = settings.DATABASES["default"]

    stamp = datetime.now(UTC).strftime("%Y-%m-%dT%H%M%SZ")  # sorts by time
    folder = Path(args.to).resolve() / stamp
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.mkdir(mode=0o700)  # personal data: its owner only
    os.umask(0o077)

    print(f"Backing up into {folder}")
    dump_name = dump_database(database, folder)
    print(f"  database ({'PostgreSQL' if is_postgresql(database) else 'SQLite'}): {dump_name}")
    count = pack_media(Path(settings.MEDIA_ROOT), folder)
    print(f"  uploaded files ({count} from {settings.MEDIA_ROOT}): {MEDIA}")
    manifest = {
        "created": datetime.now().astimezone().isoformat(timespec="seconds"),
        "database": "postgresql" if is_postgresql(database) else "sqlite",
        "files": {name: sha256(folder / name) for name in (dump_name, MEDIA)},
    }
    (folder / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n")
    print("Done. This backup holds personal data: keep it where only administrators can read it.")
    print(f"Restore it with: make restore BACKUP={folder}")


if __name__ == "__main__":
    main()
