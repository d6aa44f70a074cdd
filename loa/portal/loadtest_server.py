"""gunicorn with the production settings on a free port of 127.0.0.1, for the load
tests (ADR 28): `with served() as port: …` collects the static files into a temporary
folder, starts the server, waits until it answers, and stops it on the way out, error or
not."""

import contextlib
import os
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

from django.conf import settings
from django.core.management.base import CommandError

WORKERS = 3
THREADS = 4


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def production_env(static_root: str) -> dict:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DEBUG", "LOA_DEBUG_TECHNICAL", "DJANGO_SETTINGS_MODULE"}
    }
    env.update(
        LOA_ENV="production",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1",
        STATIC_ROOT=static_root,
        LOA_TRUSTED_PROXIES="1",
        DJANGO_SETTINGS_MODULE="config.settings",
    )
    return env


def get(port: int, path: str) -> int:
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}{path}", headers={"X-Forwarded-Proto": "https"}
    )
    try:
        with urllib.request.urlopen(request, timeout=5) as response:  # noqa: S310 (loopback)
            response.read()
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


@contextlib.contextmanager
def served():
    root = Path(settings.BASE_DIR)
    with tempfile.TemporaryDirectory(prefix="loa-static-") as static_root:
        env = production_env(static_root)
        subprocess.run(
            [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
            cwd=root,
            env=env,
            check=True,
        )
        port = _free_port()
        server = subprocess.Popen(  # noqa: S603 (our own interpreter and arguments)
            [
                sys.executable,
                "-m",
                "gunicorn",
                "config.wsgi",
                f"--bind=127.0.0.1:{port}",
                f"--workers={WORKERS}",
                "--worker-class=gthread",
                f"--threads={THREADS}",
                "--keep-alive=30",
                "--log-level=warning",
            ],
            cwd=root,
            env=env,
            start_new_session=True,
        )
        try:
            _wait_until_up(port, server)
            yield port
        finally:
            os.killpg(server.pid, signal.SIGTERM)
            try:
                server.wait(15)
            except subprocess.TimeoutExpired:
                os.killpg(server.pid, signal.SIGKILL)


def _wait_until_up(port, server):
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise CommandError("gunicorn dừng ngay khi khởi động: xem thông báo ở trên.")
        try:
            if get(port, "/suc-khoe/") == 200:
                return
        except OSError:
            pass
        time.sleep(0.3)
    raise CommandError("gunicorn không trả lời sau 30 giây.")
