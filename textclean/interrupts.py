"""Signals as interrupts, for the command line: one line and 130 or 143, at any moment.

The ``textclean`` command starts here (:func:`launch`), before the package's heavy
imports, so that a Ctrl-C while Python is still loading modules is an interrupt like any
other, not a traceback. SIGINT raises :class:`KeyboardInterrupt` and SIGTERM
:class:`Terminated` in the main thread; every cleanup an interrupt runs (temporaries
deleted, workers stopped) runs for both.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress

EXIT_INTERRUPTED, EXIT_TERMINATED = 130, 143  # 128 + the signal's number, as shells report
REPEAT_SECONDS = 2.0
"""A signal this soon after the first is ignored: the run is stopping, and a second Ctrl-C
must not cut its cleanup short. A later one interrupts again (the cleanup hangs, or the
first interrupt was lost in code that drops exceptions)."""


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised as an interrupt so that every cleanup an interrupt runs runs too."""


@contextmanager
def signals_as_interrupts() -> Iterator[None]:
    """SIGINT raises :class:`KeyboardInterrupt` and SIGTERM :class:`Terminated` in the
    main thread while the block runs (elsewhere, the block runs as it is). Once one was
    raised, the process stays deaf to both after the block: it is on its way out."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    numbers = (signal.SIGINT, signal.SIGTERM)
    previous = {number: signal.getsignal(number) for number in numbers}
    first: list[float] = []

    def interrupt(number: int, frame: object) -> None:
        now = time.monotonic()
        if first and now - first[0] < REPEAT_SECONDS:
            return
        first[:] = [now]
        raise Terminated if number == signal.SIGTERM else KeyboardInterrupt

    for number in numbers:
        signal.signal(number, interrupt)
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, signal.SIG_IGN if first else handler)


def exit_code(interrupt: KeyboardInterrupt) -> int:
    """130 for an interrupt, 143 for :class:`Terminated`."""
    return EXIT_TERMINATED if isinstance(interrupt, Terminated) else EXIT_INTERRUPTED


def word(interrupt: KeyboardInterrupt) -> str:
    """What stopped the run, as the message says it."""
    return "terminated" if isinstance(interrupt, Terminated) else "interrupted"


def launch(argv: Sequence[str] | None = None) -> None:
    """The ``textclean`` command: :func:`textclean.cli.main`, with signals handled from
    the first moment. After an interrupt the process ends at once (``os._exit``, once
    the standard streams are flushed): its cleanup is done, and nothing (a thread of a
    worker pool, an exit handler) may keep it waiting."""
    try:  # around the handlers' own setting too: a signal may come as they are set
        with signals_as_interrupts():
            from textclean.cli import main

            code = main(argv)
    except KeyboardInterrupt as interrupt:  # while loading, before main() handles them
        print(f"textclean: {word(interrupt)}", file=sys.stderr)
        code = exit_code(interrupt)
    if code in (EXIT_INTERRUPTED, EXIT_TERMINATED):
        _flush(sys.stdout.flush, sys.stderr.flush)
        os._exit(code)
    sys.exit(code)


def _flush(*flushes: Callable[[], None]) -> None:
    for flush in flushes:
        with suppress(OSError, ValueError):  # a closed or broken stream: nothing to add
            flush()
