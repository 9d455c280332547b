"""A throw-away PostgreSQL server for the engine tests, started and stopped by the tests.

Debian's ``postgresql`` package (scripts/system-packages.txt) provides initdb and pg_ctl under
/usr/lib/postgresql/<version>/bin. The server gets its own data folder under the pytest temp
dir, a private port and a socket in that folder, trusts local connections, and is stopped
(immediately, data thrown away) when the session ends. PostgreSQL refuses to run as root, so
under root (CI containers) it runs as the ``postgres`` user the package creates.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

USER = "scorecard"


def postgres_bin() -> Path | None:
    """The newest installed PostgreSQL's bin folder (None when the package is missing)."""
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"),
                   key=lambda p: int(p.parent.parent.name))  # fmt: skip
    return found[-1].parent if found else None


def free_port() -> int:
    """A TCP port nobody listens on now (the OS picks it)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _as_server_user(folder: Path) -> list[str]:
    """Prefix that runs a command as an unprivileged user when we are root.

    The folder and its parents must be reachable by that user: pytest's temp root is private
    (0700) to us, so the parents get search permission only (no listing).
    """
    if os.geteuid() != 0:
        return []
    shutil.chown(folder, "postgres")
    for parent in folder.parents:
        parent.chmod(parent.stat().st_mode | 0o001)
    return ["runuser", "-u", "postgres", "--"]


@contextmanager
def postgres_server(folder: Path) -> Iterator[str]:
    """A running PostgreSQL with an empty database; yields its ``postgres://`` URL."""
    binaries = postgres_bin()
    if binaries is None:
        raise RuntimeError("PostgreSQL is not installed: apt-get install postgresql")
    folder.mkdir(parents=True, exist_ok=True)
    run_as = _as_server_user(folder)
    data, port = folder / "data", free_port()
    subprocess.run([*run_as, str(binaries / "initdb"), "-D", str(data), "-U", USER,
                    "--auth=trust", "-E", "UTF8"], check=True, capture_output=True)  # fmt: skip
    options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off"
    subprocess.run([*run_as, str(binaries / "pg_ctl"), "-D", str(data), "-o", options,
                    "-l", str(folder / "server.log"), "-w", "start"],
                   check=True, capture_output=True)  # fmt: skip
    try:
        subprocess.run([str(binaries / "createdb"), "-h", "127.0.0.1", "-p", str(port),
                        "-U", USER, "scorecard"], check=True, capture_output=True)  # fmt: skip
        yield f"postgres://{USER}@127.0.0.1:{port}/scorecard"
    finally:
        subprocess.run([*run_as, str(binaries / "pg_ctl"), "-D", str(data), "-m", "immediate",
                        "stop"], check=False, capture_output=True)  # fmt: skip


def new_database(url: str, name: str) -> str:
    """Create database ``name`` on the server of ``url``; its URL (tests keep apart this way)."""
    import psycopg

    with psycopg.connect(url.replace("postgres://", "postgresql://"), autocommit=True) as con:
        con.execute(f"CREATE DATABASE {name}")
    return url.rsplit("/", 1)[0] + f"/{name}"
