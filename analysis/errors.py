"""User-facing errors: each says which file or parameter, what is wrong and what to do.

The CLI prints them as one paragraph without a traceback; anything else is a bug and keeps its traceback.
"""

from __future__ import annotations


class AnalysisError(Exception):
    """Base class for problems caused by input or environment, not by the code."""

    def __init__(self, problem: str, *, where: str | None = None, hint: str | None = None):
        super().__init__(problem)
        self.problem = problem
        self.where = where
        self.hint = hint

    def __str__(self) -> str:
        head = f"{self.where}: {self.problem}" if self.where else self.problem
        return f"{head}\nWhat to do: {self.hint}" if self.hint else head


class CorpusError(AnalysisError):
    """The corpus folder or one of its articles cannot be used."""


class ParameterError(AnalysisError):
    """A report parameter is unknown, of the wrong type or impossible."""


class BuildError(AnalysisError):
    """A report could not be executed or rendered."""


class WriteError(BuildError):
    """A file could not be written (no space, read-only disk, permissions); the message names the folder and file."""


class LockError(BuildError):
    """Another build holds the output folder."""
