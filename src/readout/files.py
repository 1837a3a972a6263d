"""Output files that never destroy what a command reads.

``readout code X -o X`` or ``readout export --db s.duckdb -o s.duckdb`` used to empty their
input before reading it. Every command that writes a file first checks the path against what
it reads (``check_output``), and writes through ``replace_when_done``: a temporary file in the
same folder, renamed over the target only when complete, so an interrupted run leaves the old
file as it was.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO


class OutputRefused(ValueError):
    """An output path that must not be written; the message is the one line the CLI prints."""


def check_output(output: str | Path, reads: Iterable[str | Path], suffixes: tuple[str, ...] = ()) -> None:
    """Refuse ``output`` when it is a file or folder the command reads, or would read.

    ``reads``: the inputs (files, folders; URLs are ignored); an output inside an input folder
    with one of ``suffixes`` would be read as an input too. Also refused: a folder, and a path
    whose folder does not exist.
    """
    out = Path(output)
    if out.is_dir():
        raise OutputRefused(f"{out}: is a folder; give a file name")
    if not out.parent.is_dir():
        raise OutputRefused(f"{out}: folder {out.parent} does not exist")
    target = out.resolve()
    for raw in reads:
        if "://" in str(raw):
            continue
        source = Path(raw)
        if not source.exists():
            continue
        if source.is_dir():
            if source.resolve() in target.parents and target.suffix.lower() in suffixes:
                raise OutputRefused(f"{out}: is inside the input folder {source} (it would be read as an input)")
        elif (out.exists() and os.path.samefile(out, source)) or target == source.resolve():
            raise OutputRefused(f"{out}: is an input of this command (left untouched)")


@contextmanager
def replace_when_done(path: str | Path, newline: str | None = None) -> Iterator[IO[str]]:
    """A text file to write ``path`` through: renamed into place on success, removed on failure.
    A path that exists and is no regular file (a device, a FIFO) is written directly."""
    target = Path(path)
    if target.exists() and not target.is_file():  # /dev/stdout, a FIFO: written as it is
        with target.open("w", encoding="utf-8", newline=newline) as handle:
            yield handle
        return
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline=newline) as handle:
            yield handle
        os.chmod(tmp, _mode(target))
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _mode(target: Path) -> int:
    """The mode the file would have had: the old file's, or a new file's under the umask."""
    if target.exists():
        return target.stat().st_mode & 0o7777
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask
