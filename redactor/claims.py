"""Claiming output paths, so that two runs never silently replace each other.

``mask`` checks at its start that its output and audit log do not exist,
works for seconds, and renames its files into place at the end. Two runs
to the same output (two clerks, two scripts) would both pass the check and
both report success, the later one silently replacing the earlier. So:

- each target is *claimed* for the whole run by a lock file created
  exclusively beside it (``.NAME.redactor-lock``, holding the process id);
  a second run fails at once, naming the lock; a lock left by a run that
  died (its process gone) is taken over;
- without ``--force`` a file is put into place with a hard link, which fails
  if the name exists (create-exclusive), never with a rename that replaces;
- files are flushed to disk through a handle opened for writing (Windows
  refuses ``fsync`` on a read-only one) and the folder after a rename where
  the system allows it (not on Windows, where folders cannot be opened).
"""
from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator


from redactor.errors import ClaimError  # noqa: E402,F401  (defined there, under RedactorError; importable here as before)


def lock_path(target: Path) -> Path:
    return target.with_name(f".{target.name}.redactor-lock")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: alive
        return True
    return True


def _take(lock: Path) -> bool:
    try:
        fd = os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        return False
    with os.fdopen(fd, "w") as fh:
        fh.write(str(os.getpid()))
    return True


def _claim(target: Path) -> Path:
    lock = lock_path(target)
    lock.parent.mkdir(parents=True, exist_ok=True)
    if _take(lock):
        return lock
    try:
        holder = int(lock.read_text().strip() or "0")
    except (OSError, ValueError):
        holder = 0
    if holder and holder != os.getpid() and not _alive(holder):
        try:  # the run that held it died: its claim is void
            lock.unlink()
        except FileNotFoundError:
            pass
        if _take(lock):
            return lock
    raise ClaimError(f"{target} には別の redactor が書き込み中です（{lock.name}。"
                     f"実行中のものがなければ、このファイルを削除してください）")


@contextmanager
def claimed(*targets: Path) -> Iterator[None]:
    """Hold a claim on every target (in a fixed order, so that two runs
    claiming the same pair cannot each hold one) until the block ends."""
    held: list[Path] = []
    try:
        for target in sorted({Path(os.path.abspath(t)) for t in targets}):
            held.append(_claim(target))
        yield
    finally:
        for lock in held:
            try:
                lock.unlink()
            except FileNotFoundError:
                pass


def fsync_file(path: Path) -> None:
    """Flush ``path`` to disk. The handle is opened for writing (without
    truncating): ``os.fsync`` of a read-only handle fails on Windows."""
    with open(path, "r+b") as fh:
        os.fsync(fh.fileno())


def fsync_dir(folder: Path) -> None:
    """Flush a folder's entries (a rename) where the system supports it;
    Windows cannot open a folder, and some file systems refuse: skipped."""
    if os.name == "nt" or not hasattr(os, "O_DIRECTORY"):
        return
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def place(tmp: Path, target: Path, *, replace: bool) -> None:
    """Move ``tmp`` to ``target``: replacing it only when ``replace``;
    otherwise create-exclusive (a hard link fails if ``target`` exists)."""
    _place(tmp, target, replace=replace)
    fsync_dir(target.parent)


def _place(tmp: Path, target: Path, *, replace: bool) -> None:
    if replace:
        os.replace(tmp, target)
        return
    try:
        os.link(tmp, target)
    except FileExistsError:
        raise ClaimError(f"{target} は作業中に他の手段で作られました（上書きしていません。上書きするには --force）") from None
    except OSError:  # a file system without hard links: checked, then renamed
        if target.exists():
            raise ClaimError(f"{target} は作業中に他の手段で作られました（上書きしていません。上書きするには --force）") from None
        os.replace(tmp, target)
        return
    os.unlink(tmp)
