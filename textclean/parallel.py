"""One function over a stream of work, in worker processes, results in input order.

>>> [result for result, _ in ordered_map(len, [("ab", 1), ("abc", 2)], jobs=1)]
[2, 3]
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, TypeVar

Argument = TypeVar("Argument")
Result = TypeVar("Result")
Extra = TypeVar("Extra")


def ordered_map(
    function: Callable[[Argument], Result],
    items: Iterable[tuple[Argument, Extra]],
    jobs: int | None,
) -> Iterator[tuple[Result, Extra]]:
    """``(function(argument), extra)`` for each ``(argument, extra)`` of ``items``, in order.

    ``extra`` stays in this process (it is not sent to a worker). With ``jobs > 1`` the
    calls run in that many worker processes (``function`` and the arguments must be
    picklable), at most ``2 * jobs`` at a time, so memory stays constant however long
    the stream is. ``None`` means all cores.
    """
    jobs = jobs or os.cpu_count() or 1
    if jobs == 1:
        for argument, extra in items:
            yield function(argument), extra
        return
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        pending: deque[tuple[Future[Any], Extra]] = deque()
        for argument, extra in items:
            pending.append((pool.submit(function, argument), extra))
            if len(pending) >= 2 * jobs:
                future, done_extra = pending.popleft()
                yield future.result(), done_extra
        while pending:
            future, done_extra = pending.popleft()
            yield future.result(), done_extra
