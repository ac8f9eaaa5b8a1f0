"""Fixtures for the tests that drive a running Odoo server."""

import os
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def odoo_server():
    """A real Odoo server on the test database, on a free loopback port."""
    venv = Path(os.environ["CSD_VENV"])
    port = _free_port()
    database = os.environ["CSD_TEST_DB"]
    proc = subprocess.Popen(
        [
            str(venv / "bin" / "odoo"),
            "-c",
            os.environ["CSD_ODOO_CONF"],
            "-d",
            database,
            f"--db-filter=^{database}$",
            "--http-interface=127.0.0.1",
            f"--http-port={port}",
            "--gevent-port=0",
            "--max-cron-threads=0",
            "--log-level=warn",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while True:
        try:
            with urllib.request.urlopen(f"{url}/web/login", timeout=5) as resp:
                if resp.status == 200:
                    break
        except OSError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            pytest.fail(f"Odoo did not start: {proc.stderr.read().decode()[-2000:]}")
        time.sleep(0.5)
    yield {"url": url, "db": database}
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
