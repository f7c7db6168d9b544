"""Every error huiwu raises on purpose, in one tree.

    HuiwuError                 anything huiwu reports as a clear one-line message
    ├── InputError             a document could not be read: names the file and the problem
    ├── LexiconError           a knowledge-base data file is malformed: names file and line
    ├── StoreError             the database cannot be opened, is busy or is of another version
    ├── UsageError             an option or argument is wrong: says what is expected
    └── WorkerError            the processes or the Dask cluster that extract are lost or unreachable
"""

from __future__ import annotations


class HuiwuError(Exception):
    """Base class: the message is meant for a person and fits on one line."""


class InputError(HuiwuError):
    """A document could not be read or decoded."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


class LexiconError(HuiwuError):
    """A knowledge-base file is malformed."""

    def __init__(self, path: str, line: int | None, problem: str) -> None:
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {problem}")
        self.path = path
        self.line = line
        self.problem = problem


class StoreError(HuiwuError):
    """The database cannot be used as asked."""


class UsageError(HuiwuError):
    """A command-line option or API argument is wrong."""


class WorkerError(HuiwuError):
    """The worker processes or the Dask cluster extraction runs on cannot go on."""
