"""Errors textclean raises on purpose.

Every error a user can meet is a :class:`TextcleanError`, with a message that
says what is wrong and what to do. The hierarchy::

    TextcleanError
    ├── ConfigError        a configuration key or value is wrong
    ├── UsageError         the call itself is wrong (unknown output format, no inputs, ...)
    ├── InputError         one input could not be read; the run skips it and goes on
    │   └── DecodeError    the bytes are not text in any encoding we know (binary, empty)
    └── BackendError       a distributed run failed on the cluster (a worker, the network)
"""

from __future__ import annotations


class TextcleanError(Exception):
    """Base class of every error textclean raises on purpose."""


class ConfigError(TextcleanError):
    """A configuration key or value is wrong; the message names it and the valid choices."""


class UsageError(TextcleanError):
    """The call is wrong: an unknown output suffix, no input paths, an output that is an input."""


class InputError(TextcleanError):
    """One input (a file, or a record in it) cannot be used; a run skips it and goes on."""


class DecodeError(InputError):
    """Bytes that are not text: empty, binary (an image, an archive), or in no known encoding."""


class BackendError(TextcleanError):
    """A distributed run failed on the cluster: a worker died, a task raised, Ray stopped.
    Nothing is written (outputs are replaced only at the end); the message names the
    failure in one line."""
