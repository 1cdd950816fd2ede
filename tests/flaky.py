"""Batch functions for executor tests that end their worker process, as a crash or the OOM killer would."""

import os
from pathlib import Path


def die(batch):
    """End the worker process on every batch."""
    os._exit(3)


def die_once(batch):
    """End the worker on the first run of a batch `(marker file, value)`, return the value on the next run."""
    marker, value = batch
    if not Path(marker).exists():
        Path(marker).write_text("died once\n", encoding="utf-8")
        os._exit(3)
    return value


def total(batch):
    return sum(batch)
