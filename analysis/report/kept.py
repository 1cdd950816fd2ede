"""The registered store of the last report a kernel ran, handed to the next report of the same facts and scope.

A build runs its reports one after another in each kernel (`assemble.kernel`), and an analyst reruns a notebook
with other parameters; registering a report's tables (`notebook.register`) is most of a report's time at millions
of facts and depends only on the facts and documents tables and the scope. One store is kept: a report of other
files or another scope closes it first, so a kernel never holds two.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from analysis.query.store import Store


def files_key(path: str | os.PathLike) -> tuple:
    """What identifies the contents of a file or of a folder's files: each file's path, size and modification
    time, in name order (a facts table written again is another key)."""
    path = Path(path).absolute()
    files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
    return tuple((str(p), (st := p.stat()).st_size, st.st_mtime_ns) for p in files)


def made_names(store: Store) -> frozenset[tuple[str, str]]:
    """The temporary tables and views of a store, as ("TABLE" or "VIEW", name)."""
    views = store.con.execute("SELECT view_name FROM duckdb_views() WHERE temporary AND NOT internal").fetchall()
    return frozenset([("TABLE", t) for t in store.tables(temporary=True)] + [("VIEW", v) for (v,) in views])


@dataclass
class _Kept:
    key: tuple
    store: Store
    registered: frozenset[tuple[str, str]]


_last: list[_Kept] = []
"""The kept store, if any (at most one)."""


def registered_store(
    facts: str | os.PathLike, documents: str | os.PathLike, scope: object, register: Callable[[Store], None]
) -> Store:
    """A store over `facts` and `documents` with `register` run on it for `scope`: the kept one when the files and
    the scope are those it was registered for, with the tables and views a report made since dropped; else a new
    one, registered and kept (the kept one closed first)."""
    key = (files_key(facts), files_key(documents), scope)
    if _last and _last[0].key == key:
        kept = _last[0]
        for kind, name in sorted(made_names(kept.store) - kept.registered):
            kept.store.con.execute(f'DROP {kind} IF EXISTS "{name}"')
        return kept.store
    forget()
    store = Store(facts, documents)
    try:
        register(store)
    except BaseException:
        store.close()
        raise
    _last.append(_Kept(key, store, made_names(store)))
    return store


def forget() -> None:
    """Close the kept store, if any."""
    while _last:
        _last.pop().store.close()
