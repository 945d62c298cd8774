"""A PostgreSQL server of the test's own, to stop and start at will.

The machine's PostgreSQL is shared with other engineers and CI: a test never stops it.
This one is made with the machine's own binaries (``initdb``, ``pg_ctl``) in a temporary
folder, listens on a free port of the loopback only, trusts local connections, and runs
as the ``postgres`` user (PostgreSQL refuses to run as root).
"""

import glob
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from scripts.bench import free_port

SERVICE_USER = "postgres"


def postgresql_bin() -> Path | None:
    """The newest installed server's binaries (Debian: /usr/lib/postgresql/<major>/bin)."""
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda path: int(Path(path).parts[-3]),
    )
    return Path(found[-1]).parent if found else None


class PrivateCluster:
    def __init__(self, bin_dir: Path):
        self.bin_dir = bin_dir
        self.port = free_port()
        self.folder = Path(tempfile.mkdtemp(prefix="ck_recovery-pg-"))
        self.data = self.folder / "data"
        if os.geteuid() == 0:
            shutil.chown(self.folder, user=SERVICE_USER)
        self._run("initdb", "--auth=trust", "--username=postgres", "--encoding=UTF8",
                  "--no-sync", f"--pgdata={self.data}")  # fmt: skip

    def url(self, database: str) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/{database}"

    def start(self) -> None:
        # No Unix socket (its default folder is the shared server's); fsync off: throw-away.
        options = f"-p {self.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=''"
        options += " -c fsync=off -c full_page_writes=off"
        self._run("pg_ctl", "start", "--wait", f"--pgdata={self.data}",
                  f"--log={self.folder / 'server.log'}", f"--options={options}")  # fmt: skip

    def stop(self, mode: str = "fast") -> None:
        self._run("pg_ctl", "stop", "--wait", f"--mode={mode}", f"--pgdata={self.data}")

    def create_database(self, name: str) -> None:
        self._run("createdb", "--host=127.0.0.1", f"--port={self.port}", "-U", "postgres", name)

    def remove(self) -> None:
        if (self.data / "postmaster.pid").exists():
            self.stop(mode="immediate")
        shutil.rmtree(self.folder, ignore_errors=True)

    def _run(self, program: str, *args: str) -> None:
        as_service_user = ["runuser", "-u", SERVICE_USER, "--"] if os.geteuid() == 0 else []
        subprocess.run(
            [*as_service_user, str(self.bin_dir / program), *args],
            check=True,
            capture_output=True,
            cwd=self.folder,
            env={**os.environ, "PGCONNECT_TIMEOUT": "5"},
            timeout=60,
        )
