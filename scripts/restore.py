"""make restore: a folder made by make backup, back into the database and MEDIA_ROOT.

    make restore BACKUP=backups/2026-12-02T203000Z           # into an empty database
    make restore BACKUP=backups/2026-12-02T203000Z FORCE=1   # replace what is there

Restores into the database and media folder of the current settings (DATABASE_URL,
MEDIA_ROOT), which must be empty unless ``--force`` (FORCE=1) says to replace their
contents. Stop web, worker and beat first, and run ``migrate`` after restoring a backup
made by an older version of the portal.
"""

import argparse
import json
import shutil
import sqlite3
import subprocess
import sys
import tarfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from scripts.backup import (  # noqa: E402
    DUMP,
    MANIFEST,
    MEDIA,
    SQLITE_COPY,
    is_postgresql,
    portal_settings,
    postgres_env,
    postgres_params,
    postgres_tool,
    sha256,
)


def check_backup(folder: Path, postgresql: bool) -> None:
    """Refuse a backup of the other kind of database, or one damaged since it was made."""
    dump_name = DUMP if postgresql else SQLITE_COPY
    missing = [name for name in (dump_name, MEDIA) if not (folder / name).is_file()]
    if missing:
        sys.exit(f"{folder} is not a backup for this database: {', '.join(missing)} missing.")
    manifest = folder / MANIFEST
    if manifest.is_file():
        for name, expected in json.loads(manifest.read_text())["files"].items():
            if sha256(folder / name) != expected:
                sys.exit(f"{folder / name} differs from when it was made: not restoring.")


def has_tables(database: dict) -> bool:
    if is_postgresql(database):
        import psycopg

        query = "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()"
        with psycopg.connect("", **postgres_params(database)) as connection:
            return connection.execute(query).fetchone()[0] > 0
    with sqlite3.connect(database["NAME"]) as connection:
        return connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0


def refuse_to_overwrite(database: dict, media_root: Path) -> None:
    reasons = []
    if has_tables(database):
        reasons.append(f"the database {database['NAME']} has tables")
    if media_root.exists() and any(media_root.iterdir()):
        reasons.append(f"the media folder {media_root} is not empty")
    if reasons:
        sys.exit(f"Not restoring: {' and '.join(reasons)}. Replace them with FORCE=1 (--force).")


def restore_database(database: dict, folder: Path) -> None:
    if is_postgresql(database):
        # --clean drops what the backup holds before making it again, in one transaction.
        command = [*postgres_tool("pg_restore"), "--clean", "--if-exists", "--no-owner"]
        command += ["--exit-on-error", "--single-transaction", f"--dbname={database['NAME']}"]
        subprocess.run([*command, str(folder / DUMP)], env=postgres_env(database), check=True)
        return
    source = sqlite3.connect(f"file:{folder / SQLITE_COPY}?mode=ro", uri=True)
    target = sqlite3.connect(database["NAME"])
    try:
        source.backup(target)  # replaces every page of the target
    finally:
        target.close()
        source.close()


def restore_media(folder: Path, media_root: Path) -> int:
    media_root.mkdir(parents=True, exist_ok=True)
    # Empty it, but keep the folder itself: in production it is a mounted volume.
    for entry in media_root.iterdir():
        shutil.rmtree(entry) if entry.is_dir() else entry.unlink()
    with tarfile.open(folder / MEDIA) as archive:
        archive.extractall(media_root, filter="data")  # nothing outside media_root
        return sum(1 for member in archive.getmembers() if member.isfile())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("backup", help="a folder made by make backup")
    parser.add_argument("--force", action="store_true", help="replace a non-empty database")
    args = parser.parse_args()
    settings = portal_settings()
    database, media_root = settings.DATABASES["default"], Path(settings.MEDIA_ROOT)
    folder = Path(args.backup).resolve()

    check_backup(folder, is_postgresql(database))
    if not args.force:
        refuse_to_overwrite(database, media_root)
    print(f"Restoring {folder}")
    restore_database(database, folder)
    print(f"  database {database['NAME']}: restored")
    print(f"  uploaded files into {media_root}: {restore_media(folder, media_root)}")

    from cirkelinkoop.page_cache import page_cache_clear

    page_cache_clear()  # pages cached before the restore show what it replaced
    print("Done. Run `manage.py migrate` if the backup comes from an older version.")


if __name__ == "__main__":
    main()
