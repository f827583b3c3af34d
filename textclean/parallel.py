"""One function over a stream of work, in worker processes, results in input order.

The workers live no longer than the run: they ignore Ctrl-C (the terminal sends it to
the whole process group; the parent decides what an interrupt means and stops them),
they are stopped at once when the parent's loop ends early (an interrupt, an error, a
consumer that stops reading), and they exit by themselves when the parent dies, even
by ``kill -9`` (on Linux the kernel signals them, ``PR_SET_PDEATHSIG``; elsewhere a
watchdog thread notices that their parent changed).

>>> [result for result, _ in ordered_map(len, [("ab", 1), ("abc", 2)], jobs=1)]
[2, 3]
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

Argument = TypeVar("Argument")
Result = TypeVar("Result")
Extra = TypeVar("Extra")

_PR_SET_PDEATHSIG = 1  # <linux/prctl.h>
WATCHDOG_SECONDS = 1.0
"""How often a worker without ``PR_SET_PDEATHSIG`` checks that its parent is alive."""


def ordered_map(
    function: Callable[[Argument], Result],
    items: Iterable[tuple[Argument, Extra]],
    jobs: int | None,
) -> Iterator[tuple[Result, Extra]]:
    """``(function(argument), extra)`` for each ``(argument, extra)`` of ``items``, in order.

    ``extra`` stays in this process (it is not sent to a worker). With ``jobs > 1`` the
    calls run in that many worker processes (``function`` and the arguments must be
    picklable), at most ``2 * jobs`` at a time, so memory stays constant however long
    the stream is. ``None`` means all cores. When the loop ends before the stream does
    (an exception here or in the consumer, or ``close()``), the workers are stopped at
    once, not waited for.
    """
    jobs = jobs or os.cpu_count() or 1
    if jobs == 1:
        for argument, extra in items:
            yield function(argument), extra
        return
    from concurrent.futures import ProcessPoolExecutor  # with a pool only: multiprocessing

    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_start_worker, initargs=(os.getpid(),))
    finished = False
    try:
        pending: deque[tuple[Future[Any], Extra]] = deque()
        for argument, extra in items:
            with _signals_held():  # the first submit forks the workers
                future = pool.submit(function, argument)
            pending.append((future, extra))
            if len(pending) >= 2 * jobs:
                future, done_extra = pending.popleft()
                yield future.result(), done_extra
        while pending:
            future, done_extra = pending.popleft()
            yield future.result(), done_extra
        finished = True
    finally:
        if finished:
            pool.shutdown(wait=True)
        else:
            stop_pool(pool)


def stop_pool(pool: ProcessPoolExecutor) -> None:
    """Stop ``pool``'s workers now: pending calls cancelled, running ones killed.

    A worker killed while it sent a result leaves half a message in the result pipe,
    which the pool's manager thread would wait on for ever (and the interpreter waits on
    that thread at exit); with the workers gone, this process's own end of the pipe is
    closed too, so the thread reads the end of the pipe, calls the pool broken and ends.
    """
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        if process.is_alive():
            process.terminate()
    for process in processes:
        process.join(timeout=5)
        if process.is_alive():  # pragma: no cover - a worker stuck in uninterruptible I/O
            process.kill()
            process.join(timeout=5)
    writer = getattr(getattr(pool, "_result_queue", None), "_writer", None)
    if writer is not None:
        writer.close()


_HELD = {signal.SIGINT, signal.SIGTERM}


@contextmanager
def _signals_held() -> Iterator[None]:
    """SIGINT and SIGTERM held back (and delivered after) while the block runs.

    Forking runs the interpreter's at-fork hooks, where an exception is printed and
    dropped: an interrupt raised there by a handler would be lost. Held back, it arrives
    once the fork is done, where it can stop the run.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, _HELD)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _start_worker(parent: int) -> None:
    """Run in each worker before any work: leave interrupts to the parent, and die with it.

    A forked worker inherits its parent's handlers; the command line's turn SIGTERM into
    an exception, which a worker waiting for work would survive: it gets the default back.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, _HELD)  # forked while the parent held them
    if not _ask_kernel_to_signal_on_parent_death():
        threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    if os.getppid() != parent:  # the parent died before the request took effect
        os._exit(1)


def _ask_kernel_to_signal_on_parent_death() -> bool:
    """``prctl(PR_SET_PDEATHSIG, SIGTERM)`` on Linux; ``False`` where it is not available."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0) == 0
    except (OSError, AttributeError):  # pragma: no cover - a libc without prctl
        return False


def _watch_parent(parent: int) -> None:  # pragma: no cover - only where prctl is missing
    """Exit the worker when its parent is gone (it is then adopted by another process)."""
    while os.getppid() == parent:
        time.sleep(WATCHDOG_SECONDS)
    os._exit(1)
