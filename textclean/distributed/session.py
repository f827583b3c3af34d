"""Connecting to Ray, and the Ray Data settings every distributed stage relies on.

Ray is an optional dependency (``pip install 'textclean[ray]'``): importing this module
never imports it; :func:`require_ray` does, with a one-line error when it is missing.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from types import ModuleType

from textclean.errors import UsageError

INSTALL_HINT = "pip install 'textclean[ray]'"
SHUFFLES = ("sort", "push")
"""Ray Data's shuffle strategies, by the name ``--shuffle`` gives them: the pull-based
sort shuffle (the default) and the push-based one. (Ray's hash shuffle is not offered:
on two cores its aggregator actors never let a run on the seeds finish.)"""


def require_ray() -> ModuleType:
    """The ``ray`` module with Ray Data, or a :class:`UsageError` that says how to install it."""
    try:
        import ray
        import ray.data
    except ImportError as error:
        raise UsageError(f"the ray backend needs Ray Data ({error}): {INSTALL_HINT}") from None
    return ray


def configure_data_context(shuffle: str = "sort") -> None:
    """Ray Data settings for textclean's stages, in this process (the driver).

    Shuffles (every ``groupby``) use the pull-based sort shuffle by default: on a small
    cluster it starts in a fraction of a second, where the hash shuffle's aggregator
    actors took about 10 s per ``groupby`` on two cores. It makes a piece per pair of
    input and output blocks, so on corpora of many thousand blocks the push-based one
    (``push``, which merges pieces as they come) scales better (see docs/scale.md).
    Progress bars are off, and so are Ray Data's per-dataset log lines and console
    summary.
    """
    require_ray()
    from ray.data import DataContext
    from ray.data.context import ShuffleStrategy

    strategies = {
        "sort": ShuffleStrategy.SORT_SHUFFLE_PULL_BASED,
        "push": ShuffleStrategy.SORT_SHUFFLE_PUSH_BASED,
    }
    if shuffle not in strategies:
        raise UsageError(f"unknown shuffle {shuffle!r}: choose one of {', '.join(SHUFFLES)}")
    context = DataContext.get_current()
    context.shuffle_strategy = strategies[shuffle]
    context.enable_progress_bars = False
    context.print_on_execution_start = False
    context.verbose_stats_logs = False
    # one INFO line per dataset executed, and a warning that progress bars are off
    logging.getLogger("ray.data").setLevel(logging.ERROR)


@contextmanager
def ray_session(
    address: str | None = None, num_cpus: int | None = None, shuffle: str = "sort"
) -> Iterator[None]:
    """Use the Ray cluster at ``address`` (``"auto"``, ``"ray://host:10001"``) or in the
    ``RAY_ADDRESS`` variable, or else start a local one of ``num_cpus`` (``None``: all
    cores).

    A Ray already initialised in this process (a notebook, a test) is used as it is and
    left running; one started here is shut down on the way out.
    """
    ray = require_ray()
    started = False
    if not ray.is_initialized():
        # a cluster is used when named here or in RAY_ADDRESS (as Ray does): then the
        # number of CPUs is the cluster's, and Ray refuses one given
        joining = address is not None or bool(os.environ.get("RAY_ADDRESS"))
        try:
            ray.init(
                address=address,
                num_cpus=None if joining else num_cpus,
                include_dashboard=False,
                logging_level=logging.WARNING,
                log_to_driver=False,
            )
        except (ConnectionError, RuntimeError, ValueError) as error:
            where = address or "a local cluster"
            raise UsageError(f"cannot start or reach Ray at {where}: {error}") from None
        started = True
    try:
        configure_data_context(shuffle)
        yield
    finally:
        if started:
            ray.shutdown()
