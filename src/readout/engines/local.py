"""The local engine: read documents, code each one, yield records and errors in input order.

With ``workers`` > 1 the coding runs in a pool of worker processes (one per core by
default in ``readout code``): documents go out in chunks, at most a few chunks per worker
in flight so memory stays bounded on any input size, and results come back in input
order. Each worker loads the engine (gazetteers, compiled patterns) once, when it starts.
The results are those of one process: the same ``code_document`` on the same documents,
and the same ``IngestError`` for a document the engine fails on. A worker process that
dies (killed, out of memory) costs only the document it was coding: the documents in
flight are coded again one at a time in a fresh pool, and the one that kills its worker
again becomes an error.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from functools import partial
from pathlib import Path

from readout.extract.pipeline import code_document
from readout.ingest import read_documents
from readout.model import Document, IngestError, Record

Coder = Callable[[Document], Record]
Item = Document | IngestError
Result = Record | IngestError

CHUNK = 16  # documents sent to a worker at a time (~0.1 s of work)
IN_FLIGHT = 4  # chunks queued per worker
MIN_PARALLEL = 128  # below this many documents, a pool's start-up costs more than it saves
MAX_DEATHS = 3  # workers dying on this many documents in a row: the pool cannot work at all

WARM_UP = Document(
    id="warm-up",
    text=(
        "Wang Yi Holds Talks with Foreign Minister Penny Wong of Australia\n\n"
        "On December 21, 2022, State Councilor and Foreign Minister Wang Yi held talks with Foreign "
        "Minister Penny Wong of Australia in Beijing. The two sides exchanged views on trade.\n"
    ),
)


def warm_up() -> None:
    """Load the engine's tables (gazetteers, cue patterns) in this process by coding one readout."""
    code_document(WARM_UP)


WATCH_EVERY = 0.5  # seconds between a worker's looks at the process that started it


def start_worker(parent: int, born: str | None) -> None:
    """A pool worker's start: watch the process that started the pool, then warm up.

    Workers come from a fork server, not from that process, so neither the pool nor a
    parent-death signal ends them when it is killed (SIGKILL: no clean-up runs): a daemon
    thread ends the worker as soon as that process is gone.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole group: the parent answers it
    threading.Thread(target=_watch, args=(parent, born), name="readout-parent-watch", daemon=True).start()
    warm_up()


def _watch(parent: int, born: str | None) -> None:
    while process_alive(parent, born):
        time.sleep(WATCH_EVERY)
    os._exit(1)


def process_alive(pid: int, born: str | None) -> bool:
    """Whether process ``pid`` (started at ``born``, from ``start_time``) still runs: not gone,
    not a zombie, and not another process that was given the same number since."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass
    if born is None:
        return True
    try:
        state, start = _proc_stat(pid)
    except OSError:
        return False
    return state != "Z" and start == born


def start_time(pid: int) -> str | None:
    """When ``pid`` started (Linux /proc, in clock ticks since boot), or None elsewhere."""
    try:
        return _proc_stat(pid)[1]
    except OSError:
        return None


def _proc_stat(pid: int) -> tuple[str, str]:
    """State and start time of ``pid`` from /proc/PID/stat (the name may hold spaces or brackets)."""
    with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as handle:
        fields = handle.read().rsplit(")", 1)[1].split()
    return fields[0], fields[19]


def default_workers() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def code_one(item: Item, coder: Coder = code_document) -> Result:
    """Code one document; an engine failure is that document's IngestError, not the batch's."""
    if isinstance(item, IngestError):
        return item
    try:
        return coder(item)
    except Exception as exc:  # noqa: BLE001 - one bad document must not stop a batch
        return IngestError(item.source or item.id, f"could not be coded: {type(exc).__name__}: {exc}")


def code_chunk(items: list[Item], coder: Coder = code_document) -> list[Result]:
    """Code a chunk of documents in order (what a pool worker runs)."""
    return [code_one(item, coder) for item in items]


def code_documents(
    docs: Iterable[Item],
    workers: int = 1,
    *,
    chunk: int = CHUNK,
    min_parallel: int = MIN_PARALLEL,
    coder: Coder = code_document,
) -> Iterator[Result]:
    """Code each document, in input order; IngestErrors pass through in their place.

    ``workers`` > 1 codes in that many processes, unless the input has fewer than
    ``min_parallel`` documents (then in this process: starting workers would cost more).
    ``coder`` must be a module-level function (it is pickled to the workers).
    """
    if workers <= 1:
        yield from (code_one(item, coder) for item in docs)
        return
    it = iter(docs)
    head = list(itertools.islice(it, min_parallel))
    if len(head) < min_parallel:
        yield from (code_one(item, coder) for item in head)
        return
    yield from _code_in_pool(itertools.chain(head, it), workers, max(1, chunk), coder)


class _Pool:
    """A process pool whose workers load the engine when they start, and which can be replaced."""

    def __init__(self, workers: int) -> None:
        methods = multiprocessing.get_all_start_methods()
        # forkserver/spawn, not fork: the caller may run threads (a progress bar) when the pool starts.
        self._context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
        self._workers = workers
        self.deaths = 0  # documents in a row whose worker died
        self.executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        me = os.getpid()
        return ProcessPoolExecutor(
            self._workers, mp_context=self._context, initializer=start_worker, initargs=(me, start_time(me))
        )

    def restart(self) -> None:
        self.close()
        self.executor = self._start()

    def close(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)


def _code_in_pool(items: Iterator[Item], workers: int, chunk: int, coder: Coder) -> Iterator[Result]:
    """Chunks coded by a pool, a bounded number in flight, results yielded in input order."""
    pool = _Pool(workers)
    run = partial(code_chunk, coder=coder)
    pending: deque[tuple[list[Item], Future[list[Result]]]] = deque()
    try:
        while True:
            while len(pending) < workers * IN_FLIGHT:
                part = list(itertools.islice(items, chunk))
                if not part:
                    break
                pending.append((part, pool.executor.submit(run, part)))
            if not pending:
                return
            part, future = pending[0]
            try:
                results = future.result()
            except BrokenProcessPool:
                lost = [p for p, _ in pending]
                pending.clear()
                pool.restart()
                for p in lost:
                    yield from _code_alone(p, pool, run)
                continue
            pending.popleft()
            yield from results
    finally:
        pool.close()


def _code_alone(items: list[Item], pool: _Pool, run: Callable[[list[Item]], list[Result]]) -> Iterator[Result]:
    """Code documents one at a time after a worker died; one that kills its worker again is an error.

    Workers that die on ``MAX_DEATHS`` documents in a row cannot start at all (say, a script
    that starts a pool outside ``if __name__ == "__main__":``): that raises RuntimeError.
    """
    for item in items:
        try:
            (result,) = pool.executor.submit(run, [item]).result()
            pool.deaths = 0
        except BrokenProcessPool as err:
            pool.deaths += 1
            if pool.deaths >= MAX_DEATHS:
                raise RuntimeError(f"worker processes die on every document: {err}") from err
            pool.restart()
            where = item.where if isinstance(item, IngestError) else item.source or item.id
            result = IngestError(where, "could not be coded: the worker process coding it died")
        yield result


def code_paths(paths: Iterable[str | Path], workers: int = 1) -> Iterator[Record | IngestError]:
    """Read and code files, folders and URLs (``read_documents``), in input order."""
    return code_documents(read_documents(paths), workers)
