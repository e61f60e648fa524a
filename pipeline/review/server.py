"""`pipeline review`: check the host is safe to serve, print the address, open a browser, serve."""

from __future__ import annotations

import ipaddress
import os
import sys
import threading
import webbrowser

from ..archive.store import Archive
from ..errors import PipelineError
from .accounts import count_users


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_host(archive: Archive, host: str) -> None:
    """Serving anything but this machine needs accounts: refuse to start before one exists."""
    if not is_loopback(host) and count_users(archive) == 0:
        raise PipelineError(
            f"refusing to serve {host}: the archive has no accounts, so anyone on the network could edit it. "
            "Create one first: pipeline users add NAME --role editor"
        )


def _can_open_browser() -> bool:
    return sys.platform in ("darwin", "win32") or bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def serve(url: str, host: str = "127.0.0.1", port: int = 8000, open_browser: bool = True) -> None:
    from waitress import create_server

    from .app import create_app

    archive = Archive(url, create=False)
    check_host(archive, host)
    app = create_app(archive, require_login=None if is_loopback(host) else True)
    server = create_server(app, host=host, port=port, threads=4, ident="pipeline-review")
    shown = f"[{host}]" if ":" in host else host
    address = f"http://{shown}:{server.effective_port}/"
    print(f"review app on {archive.display_url} at {address} (Ctrl+C stops it)", flush=True)
    if open_browser and _can_open_browser():
        threading.Timer(0.5, webbrowser.open, args=(address,)).start()
    try:
        server.run()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()
        archive.close()
