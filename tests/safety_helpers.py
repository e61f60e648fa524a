"""Read-only folders and full disks for the failure tests: real ones where the machine allows.

As root (CI containers), a read-only bind mount and a tiny tmpfs give the
kernel's own EROFS and ENOSPC; chmod means nothing to root. As another user,
`read_only` falls back to chmod (EACCES) and `tiny_disk` skips.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def _run(*cmd: str | Path) -> bool:
    return subprocess.run([str(c) for c in cmd], capture_output=True).returncode == 0


@contextmanager
def read_only(folder: Path) -> Iterator[None]:
    """`folder` (and everything in it) cannot be written while the block runs."""
    folder.mkdir(parents=True, exist_ok=True)
    if os.geteuid() == 0:
        if not _run("mount", "--bind", folder, folder):
            pytest.skip("cannot bind-mount here (needs CAP_SYS_ADMIN) to make a read-only folder")
        try:
            if not _run("mount", "-o", "remount,bind,ro", folder):
                pytest.skip("cannot remount read-only here")
            yield
        finally:
            _run("umount", folder)
        return
    paths = [folder, *folder.rglob("*")]
    modes = {p: p.stat().st_mode for p in paths}
    for p in paths:
        p.chmod(0o555 if p.is_dir() else 0o444)
    try:
        yield
    finally:
        for p, mode in modes.items():
            p.chmod(mode)


@contextmanager
def tiny_disk(folder: Path, size_kb: int) -> Iterator[None]:
    """A file system of `size_kb` mounted on `folder` (root only), so writes meet a real ENOSPC."""
    folder.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0 or not _run("mount", "-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", folder):
        pytest.skip("mounting a small tmpfs needs root; no other way to fill a disk for real")
    try:
        yield
    finally:
        _run("umount", "-l", folder)


def grow(folder: Path, size_kb: int) -> None:
    """Free space on a `tiny_disk`: what an administrator does before the rerun."""
    assert _run("mount", "-o", f"remount,size={size_kb}k", folder)
