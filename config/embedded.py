"""The zero-setup database: a project-local PostgreSQL, run from the pgserver wheel's binaries when DATABASE_URL is unset.

What it does, and what it never does:

- the cluster lives in `<data folder>/postgres` (mode 0700); it is created with `initdb
  --auth=scram-sha-256` and a generated password for the superuser `postgres`, kept in
  `<data folder>/postgres_password` (mode 0600). Nobody logs in without it: there is no trust line.
- it listens on no TCP address (`listen_addresses = ''`), only on a Unix socket inside the
  cluster folder, or, when that path is too long for a socket, in a fresh 0700 folder under the
  temporary folder. Only the server's own OS user (and root) can reach the socket.
- it changes no permission outside the data folder. PostgreSQL refuses to run as root, so under
  root the server runs as the unprivileged OS user `parkdb` (created once, without a home or a
  login shell); when that user cannot reach the data folder or the binaries, start-up stops and
  names the folder in the way instead of opening it up.

The server keeps running after the command that started it ends, so the next command connects
at once; `kill -INT $(head -1 <data folder>/postgres/postmaster.pid)` stops it.
"""
from __future__ import annotations

import fcntl
import grp
import importlib.util
import os
import pwd
import secrets
import shlex
import shutil
import stat
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

DATABASE_NAME = "parkdb"
SUPERUSER = "postgres"
SERVER_OS_USER = "parkdb"  # the OS user the server runs as when commands run as root
SOCKET_NAME = ".s.PGSQL.5432"
SOCKET_PATH_LIMIT = 107  # sun_path holds 108 bytes including the final NUL
START_TIMEOUT_S = 60

# Appended to postgresql.conf after initdb, so even a server started by hand stays private.
PRIVATE_CONF = """
# Set by the park database (config/embedded.py): no TCP, a socket only its owner can use.
listen_addresses = ''
unix_socket_permissions = 0700
"""


class EmbeddedServerError(ImproperlyConfigured):
    """The embedded server cannot start here without weakening the machine, or failed to start."""


@dataclass(frozen=True)
class ServerUser:
    uid: int
    gid: int
    groups: tuple[int, ...]
    name: str

    @property
    def is_current(self) -> bool:
        return self.uid == os.geteuid()


def binaries_dir() -> Path:
    """The bin/ folder of the PostgreSQL shipped in the pgserver wheel (found without importing pgserver)."""
    spec = importlib.util.find_spec("pgserver")
    if spec is None or not spec.origin:
        raise EmbeddedServerError(
            "DATABASE_URL is unset and the embedded PostgreSQL (the pgserver wheel) is not installed: "
            "pip install -r requirements.txt, or set DATABASE_URL=postgresql://..."
        )
    bin_dir = Path(spec.origin).resolve().parent / "pginstall" / "bin"
    if not (bin_dir / "postgres").exists():
        raise EmbeddedServerError(f"the pgserver wheel has no PostgreSQL binaries in {bin_dir}")
    return bin_dir


def _user(entry: pwd.struct_passwd) -> ServerUser:
    groups = {entry.pw_gid, *(g.gr_gid for g in grp.getgrall() if entry.pw_name in g.gr_mem)}
    return ServerUser(uid=entry.pw_uid, gid=entry.pw_gid, groups=tuple(sorted(groups)), name=entry.pw_name)


def server_user(pgdata: Path) -> ServerUser:
    """Who runs the server: the current user, or under root the owner of an existing cluster or `parkdb`."""
    if os.geteuid() != 0:
        return _user(pwd.getpwuid(os.geteuid()))
    if (pgdata / "PG_VERSION").exists() and pgdata.stat().st_uid != 0:
        return _user(pwd.getpwuid(pgdata.stat().st_uid))  # a cluster made earlier keeps its owner
    try:
        entry = pwd.getpwnam(SERVER_OS_USER)
    except KeyError:
        if not shutil.which("useradd"):
            raise EmbeddedServerError(
                f"running as root, the embedded PostgreSQL needs an unprivileged OS user {SERVER_OS_USER!r} and "
                "`useradd` is missing to create it: create the user, run as another user, or set DATABASE_URL"
            ) from None
        subprocess.run(
            ["useradd", "--system", "--user-group", "--no-create-home", "--home-dir", "/nonexistent",
             "--shell", "/usr/sbin/nologin", SERVER_OS_USER],
            check=True, capture_output=True, text=True,
        )
        entry = pwd.getpwnam(SERVER_OS_USER)
    if entry.pw_uid == 0:
        raise EmbeddedServerError(f"the OS user {SERVER_OS_USER!r} is root; the embedded server must not run as root")
    return _user(entry)


def folder_in_the_way(path: Path, user: ServerUser) -> Path | None:
    """The first folder on the way to `path` (itself included) that `user` may not traverse, by mode bits."""
    for folder in [*reversed(path.parents), path]:
        info = folder.stat()
        if info.st_uid == user.uid:
            allowed = info.st_mode & stat.S_IXUSR
        elif info.st_gid in user.groups:
            allowed = info.st_mode & stat.S_IXGRP
        else:
            allowed = info.st_mode & stat.S_IXOTH
        if not allowed:
            return folder
    return None


def reachable_binaries(user: ServerUser, bin_dir: Path) -> Path:
    """The PostgreSQL bin/ folder the server's user can run: the wheel's own, or a copy of it.

    Under root the server runs as another user, who cannot traverse a private (0700) folder the virtualenv
    may sit in. Rather than open that folder, the wheel's PostgreSQL is copied once into a new, root-owned
    folder anyone may read (PARKDB_PG_CACHE, default /var/cache/parkdb): the copy holds nothing private,
    and no existing folder's permissions change.
    """
    install = bin_dir.parent
    if user.is_current or folder_in_the_way(install, user) is None:
        return bin_dir
    from importlib.metadata import version

    cache_root = Path(os.environ.get("PARKDB_PG_CACHE", "/var/cache/parkdb"))
    # The wheel's layout is kept: the binaries find their libraries at $ORIGIN/../../../pgserver.libs.
    copy = cache_root / f"pgserver-{version('pgserver')}"
    if not (copy / "pgserver" / "pginstall" / "bin" / "postgres").exists():
        cache_root.mkdir(mode=0o755, parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".pgserver-", dir=cache_root))
        try:
            shutil.copytree(install, staging / "pgserver" / "pginstall", symlinks=True)
            libs = install.parent.parent / "pgserver.libs"
            if libs.is_dir():
                shutil.copytree(libs, staging / "pgserver.libs", symlinks=True)
            for folder, _dirs, _files in os.walk(staging):
                os.chmod(folder, 0o755)
            if not copy.exists():
                os.replace(staging, copy)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    return copy / "pgserver" / "pginstall" / "bin"


def _check_reachable(user: ServerUser, data_dir: Path, bin_dir: Path) -> None:
    if user.is_current:
        return
    for what, path in (("the data folder", data_dir), ("the PostgreSQL binaries", bin_dir.parent)):
        blocked = folder_in_the_way(path, user)
        if blocked is not None:
            mode = stat.filemode(blocked.stat().st_mode)
            raise EmbeddedServerError(
                f"the embedded PostgreSQL runs as the OS user {user.name!r} (PostgreSQL refuses to run as root), "
                f"and {user.name!r} cannot reach {what} {path}: {blocked} is {mode}. Its permissions are left as "
                "they are: set PARKDB_DATA_DIR to a folder it can reach, run as an ordinary user, or set "
                "DATABASE_URL to a real PostgreSQL"
            )


def _run_as(user: ServerUser, args: list[str], **kwargs) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    env["LC_ALL"] = "C"
    if not user.is_current:
        kwargs.update(user=user.uid, group=user.gid, extra_groups=[])
    return subprocess.run(args, env=env, cwd="/", capture_output=True, text=True, **kwargs)


def _failed(what: str, result: subprocess.CompletedProcess, log: Path | None = None) -> EmbeddedServerError:
    detail = (result.stderr or result.stdout).strip()
    if log is not None and log.exists():
        detail += "\n" + "\n".join(log.read_text(errors="replace").splitlines()[-15:])
    return EmbeddedServerError(f"the embedded PostgreSQL failed to {what} (exit {result.returncode}):\n{detail}")


def password_file(data_dir: Path) -> Path:
    return data_dir / "postgres_password"


def _initdb(pgdata: Path, user: ServerUser, bin_dir: Path, password: str) -> None:
    pgdata.mkdir(mode=0o700, exist_ok=True)
    if not user.is_current:
        os.chown(pgdata, user.uid, user.gid)
    pgdata.chmod(0o700)
    # initdb reads the password from a file: one in a private temporary folder, removed at once.
    with tempfile.TemporaryDirectory(prefix="parkdb-initdb-") as private:
        pwfile = Path(private) / "password"
        pwfile.write_text(password + "\n")
        if not user.is_current:
            os.chown(private, user.uid, user.gid)
            os.chown(pwfile, user.uid, user.gid)
        result = _run_as(
            user,
            [str(bin_dir / "initdb"), "-D", str(pgdata), "-U", SUPERUSER, f"--pwfile={pwfile}",
             "--auth=scram-sha-256", "--encoding=UTF8", "--no-locale", "--no-instructions"],
            timeout=300,
        )
    if result.returncode != 0:
        raise _failed(f"initialise {pgdata}", result)
    with (pgdata / "postgresql.conf").open("a") as conf:
        conf.write(PRIVATE_CONF)


def _running_socket_dir(pgdata: Path) -> Path | None:
    """The socket folder of the server running on pgdata, or None when none is running."""
    try:
        lines = (pgdata / "postmaster.pid").read_text().splitlines()
        pid = int(lines[0])
        os.kill(pid, 0)
    except (FileNotFoundError, ValueError, IndexError, ProcessLookupError, PermissionError):
        return None
    if len(lines) < 8 or lines[7].strip() != "ready" or not lines[4].strip():
        return None
    return Path(lines[4].strip())


def _new_socket_dir(pgdata: Path, user: ServerUser) -> Path:
    """pgdata itself (0700, the server's) when the socket path fits, else a fresh 0700 folder in the temp folder."""
    if len(os.fsencode(pgdata / SOCKET_NAME)) <= SOCKET_PATH_LIMIT:
        return pgdata
    folder = Path(tempfile.mkdtemp(prefix="parkdb-pg-"))  # created 0700, with an unguessable name
    if not user.is_current:
        os.chown(folder, user.uid, user.gid)
    return folder


def check_private(folder: Path, user: ServerUser) -> None:
    """Refuse a socket folder another user could write to or read (someone could plant their own socket there)."""
    info = folder.lstat()
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != user.uid or stat.S_IMODE(info.st_mode) != 0o700:
        raise EmbeddedServerError(
            f"the embedded PostgreSQL's socket folder {folder} is {stat.filemode(info.st_mode)} owned by uid "
            f"{info.st_uid}; it must be a folder of {user.name!r} with mode 0700. Stop the server and start again"
        )


def _remove_stale_socket_dir(pgdata: Path, user: ServerUser) -> None:
    """Remove the temp socket folder of a server that is gone (killed, or the machine restarted).

    Only a folder that is the server user's, 0700, and holds nothing but the socket and its lock file.
    """
    try:
        stale = Path((pgdata / "postmaster.pid").read_text().splitlines()[4].strip())
        info = stale.lstat()
    except (FileNotFoundError, IndexError):
        return
    ours = (stale != pgdata and stale.parent == Path(tempfile.gettempdir()) and stale.name.startswith("parkdb-pg-")
            and stat.S_ISDIR(info.st_mode) and info.st_uid == user.uid and stat.S_IMODE(info.st_mode) == 0o700)
    leftovers = {SOCKET_NAME, SOCKET_NAME + ".lock"}
    if ours and {child.name for child in stale.iterdir()} <= leftovers:
        for name in leftovers:
            (stale / name).unlink(missing_ok=True)
        stale.rmdir()


def _start(pgdata: Path, user: ServerUser, bin_dir: Path) -> Path:
    _remove_stale_socket_dir(pgdata, user)
    socket_dir = _new_socket_dir(pgdata, user)
    log = pgdata / "log"
    # pg_ctl hands -o to a shell: quote the folder, which may hold spaces.
    options = f"-c listen_addresses='' -c unix_socket_permissions=0700 -k {shlex.quote(str(socket_dir))}"
    result = _run_as(
        user, [str(bin_dir / "pg_ctl"), "-D", str(pgdata), "-l", str(log), "-w", "-t", str(START_TIMEOUT_S),
               "-o", options, "start"],
        timeout=START_TIMEOUT_S + 30,
    )
    if result.returncode != 0:
        raise _failed(f"start (log: {log})", result, log)
    return socket_dir


def ensure_server(data_dir: Path) -> tuple[Path, str]:
    """Start the server on data_dir/postgres unless it is running; return (socket folder, superuser password)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    bin_dir = binaries_dir()
    pgdata = data_dir / "postgres"
    lock_path = data_dir / "postgres.lock"
    with open(lock_path, "a") as lock:  # two commands starting at once: the second waits, then reuses
        os.chmod(lock_path, 0o600)
        fcntl.flock(lock, fcntl.LOCK_EX)
        user = server_user(pgdata)
        bin_dir = reachable_binaries(user, bin_dir)
        _check_reachable(user, data_dir, bin_dir)
        secret = password_file(data_dir)
        if not (pgdata / "PG_VERSION").exists():
            if pgdata.exists() and any(pgdata.iterdir()):
                raise EmbeddedServerError(f"{pgdata} is not empty but holds no PostgreSQL cluster; move it away")
            password = secrets.token_hex(24)
            secret.touch(mode=0o600)
            secret.chmod(0o600)
            secret.write_text(password + "\n")
            _initdb(pgdata, user, bin_dir, password)
        elif not secret.exists():
            raise EmbeddedServerError(
                f"{pgdata} holds a cluster without a password file ({secret}): it was made by an older version that "
                "let any local user in. Stop its server, move the folder away (or delete it), and start again"
            )
        password = secret.read_text().strip()
        socket_dir = _running_socket_dir(pgdata) or _start(pgdata, user, bin_dir)
        check_private(socket_dir, user)
    return socket_dir, password


def embedded_database_url(data_dir: Path) -> str:
    """Start (or reuse) the embedded server under data_dir/postgres and return a URL for its database."""
    import psycopg

    socket_dir, password = ensure_server(data_dir)
    params = {"host": str(socket_dir), "user": SUPERUSER, "password": password}
    with psycopg.connect(dbname="postgres", autocommit=True, **params) as conn:
        if conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [DATABASE_NAME]).fetchone() is None:
            conn.execute(f"CREATE DATABASE {DATABASE_NAME}")
    return f"postgresql://{SUPERUSER}:{password}@/{DATABASE_NAME}?host={socket_dir}"
