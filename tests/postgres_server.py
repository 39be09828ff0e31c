"""A real PostgreSQL server for the tests: a throw-away cluster on loopback.

Import the fixtures into a test module (``from postgres_server import postgres_server,
postgres_url``). Nothing is installed here (scripts/system-deps.sh does that); tests
skip with the reason when the server binaries or psycopg are missing. initdb and
postgres refuse to run as root, so as root the cluster runs as the `postgres` user.
"""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pytest

USER = "lagebild"


@dataclass
class PostgresServer:
    port: int
    folder: Path
    _databases = itertools.count(1)

    def url(self, database: str) -> str:
        return f"postgresql://{USER}@127.0.0.1:{self.port}/{database}"

    def new_database(self) -> str:
        """A fresh, empty database; returns its SQLAlchemy URL."""
        import psycopg

        name = f"test_{os.getpid()}_{next(self._databases)}"
        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)


def postgres_bin() -> Path | None:
    """The folder with initdb/pg_ctl: on PATH, else Debian's /usr/lib/postgresql/<version>/bin."""
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                      key=lambda p: int(Path(p).parent.parent.name) if Path(p).parent.parent.name.isdigit() else 0)
    return Path(versions[-1]).parent if versions else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _as_server_user() -> tuple[list[str], str | None]:
    """Command prefix and owner for the server: ourselves, or `postgres` when we are root."""
    if os.geteuid() != 0:
        return [], None
    try:
        pwd.getpwnam("postgres")
    except KeyError:
        pytest.skip("running as root and there is no 'postgres' user to run PostgreSQL as")
    runuser = shutil.which("runuser")
    if runuser is None:
        pytest.skip("running as root without `runuser` to start PostgreSQL as the 'postgres' user")
    return [runuser, "-u", "postgres", "--"], "postgres"


@pytest.fixture(scope="session")
def postgres_server():
    """Start a PostgreSQL cluster on 127.0.0.1 for the whole session; stop and remove it after."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.skip("psycopg is not installed (pip install 'psycopg[binary]')")
    binaries = postgres_bin()
    if binaries is None:
        pytest.skip("PostgreSQL server binaries (initdb, pg_ctl) not found; run `make system-deps`")
    prefix, owner = _as_server_user()
    folder = Path(tempfile.mkdtemp(prefix="lagebild-pg-"))  # directly in /tmp: reachable by `postgres`
    data = folder / "data"
    if owner:
        shutil.chown(folder, owner)
    port = _free_port()

    def run(*command: str) -> None:
        done = subprocess.run(prefix + list(command), capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            log = (folder / "server.log").read_text(errors="replace") if (folder / "server.log").exists() else ""
            raise RuntimeError(f"{command[0]} failed: {done.stderr.strip()} {done.stdout.strip()} {log[-2000:]}")

    run(str(binaries / "initdb"), "-D", str(data), "-U", USER, "--auth=trust", "-E", "UTF8",
        "--no-locale", "--no-sync")
    # fsync off: a test cluster needs no durability; sockets only in our folder and on loopback
    options = f"-p {port} -h 127.0.0.1 -k {folder} -F -c max_connections=60"
    run(str(binaries / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(folder / "server.log"),
        "-w", "-t", "60", "start")
    try:
        yield PostgresServer(port=port, folder=folder)
    finally:
        subprocess.run(prefix + [str(binaries / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"],
                       capture_output=True, timeout=120)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def postgres_url(postgres_server) -> str:
    """The URL of a fresh, empty database on the session's server."""
    return postgres_server.new_database()
