"""Which article pages a build writes, and writing them.

By default the pages of the articles the reports cite (each notebook hands over the sorted doc_ids it cites in
its outputs' metadata, `execute.cited_of`): their number is bounded by what the reports show, whatever the
corpus size. With `--article-pages all`, every article's page. Each page is keyed by its article's bytes, its
rows of the facts table and the code that renders it (`steps.PAGES`), so only pages whose inputs changed are
written again. A page's facts come from the store, in the facts table's order, read article after article in
one ordered scan; its text from the article's file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterator

import pandas as pd
import pyarrow as pa

from analysis.assemble import publish
from analysis.assemble.articles import article_page
from analysis.assemble.keys import key, sha256_bytes
from analysis.assemble.manifest import Manifest
from analysis.errors import CorpusError
from analysis.extract import KINDS
from analysis.facts import export
from analysis.facts.schema import facts_frame
from analysis.ingest.corpus import make_document, read_one
from analysis.ingest.stream import Entry
from analysis.query.store import Store
from analysis.report.pages import page_name

MODES = ("cited", "all")
STEM = "_articles"
CHUNK_ROWS = 50_000

FACTS_OF = f"""
SELECT f.* FROM facts f WHERE f.doc_id IN (SELECT doc_id FROM _pages_wanted)
ORDER BY f.doc_id, f.start, f."end", coalesce(list_position($kinds, f.kind), {len(KINDS) + 1}), f.fact_id
"""
"""The facts of the wanted articles in the facts table's order (`schema.facts_frame`: document, start, end, kind
in `KINDS` order, fact id)."""


def wanted(store: Store, cited: set[str], mode: str) -> list[str]:
    """The doc_ids whose page the build writes, in order: every article of the documents table, or those cited."""
    if mode == "all":
        return [r[0] for r in store.con.execute("SELECT doc_id FROM documents ORDER BY doc_id").fetchall()]
    store.con.register("_cited_arrow", pa.table({"doc_id": pa.array(sorted(cited), pa.string())}))
    try:  # the documents table is not read into Python: the cited articles are few, the corpus may be large
        sql = "SELECT doc_id FROM documents WHERE doc_id IN (SELECT doc_id FROM _cited_arrow) ORDER BY doc_id"
        return [r[0] for r in store.con.execute(sql).fetchall()]
    finally:
        store.con.unregister("_cited_arrow")


def facts_by_doc(store: Store, doc_ids: list[str]) -> Iterator[tuple[str, pa.Table]]:
    """(doc_id, its facts as an Arrow table) for each of `doc_ids` (sorted) that has facts, in doc_id order; one
    ordered scan of the facts, at most `CHUNK_ROWS` rows and one article's facts in memory at a time."""
    store.con.register("_pages_wanted_arrow", pa.table({"doc_id": pa.array(doc_ids, pa.string())}))
    store.con.execute("CREATE OR REPLACE TEMP TABLE _pages_wanted AS SELECT doc_id FROM _pages_wanted_arrow")
    store.con.unregister("_pages_wanted_arrow")
    current, parts = None, []
    for batch in store.batches(FACTS_OF, {"kinds": list(KINDS)}, CHUNK_ROWS):
        table = pa.Table.from_batches([batch])
        ids = table.column("doc_id").to_pylist()
        start = 0
        for i in range(1, len(ids) + 1):
            if i < len(ids) and ids[i] == ids[start]:
                continue
            run = table.slice(start, i - start)
            if ids[start] != current:
                if current is not None:
                    yield current, pa.concat_tables(parts)
                current, parts = ids[start], []
            parts.append(run)
            start = i
    if current is not None:
        yield current, pa.concat_tables(parts)
    store.con.execute("DROP TABLE _pages_wanted")


def frames(store: Store, doc_ids: list[str]) -> Iterator[tuple[str, pd.DataFrame]]:
    """(doc_id, its rows of the facts table) for every one of `doc_ids` (sorted), an empty table for an article
    without facts."""
    found = facts_by_doc(store, doc_ids)
    nxt = next(found, None)
    for doc_id in doc_ids:
        while nxt is not None and nxt[0] < doc_id:
            nxt = next(found, None)
        if nxt is not None and nxt[0] == doc_id:
            yield doc_id, export.frame_of(nxt[1])
            nxt = next(found, None)
        else:
            yield doc_id, facts_frame([])


def page_key(entry: Entry, facts: pd.DataFrame, renderer: str) -> str:
    """What a page depends on: the article's bytes and id, its rows of the facts table, the code that renders it."""
    return key(
        {"article": entry.sha256, "doc_id": entry.doc_id, "facts": export.to_records(facts), "renderer": renderer}
    )


def render(entry: Entry, facts: pd.DataFrame) -> bytes:
    """The page of one article, its text read again from its file (which must still be the one scanned)."""
    raw, encoding, sha = read_one(entry.path)
    if sha != entry.sha256:
        raise CorpusError(
            "the article changed while the build was reading it.", where=str(entry.path), hint="Run the build again."
        )
    doc = make_document(entry.doc_id, entry.path, raw, sha, encoding)
    return article_page(doc, facts).encode("utf-8")


def publish_pages(
    out_dir: Path,
    stage: Path,
    manifest: Manifest,
    store: Store,
    entries: dict[str, Entry],
    doc_ids: list[str],
    mode: str,
    renderer: str,
    *,
    cited: set[str] = frozenset(),
    force: bool = False,
    progress: Callable[[int], None] = lambda n: None,
) -> int:
    """Write the pages of `doc_ids` whose key changed (all with `force`) and publish them; drop the pages no longer
    wanted. Records `_articles` in the manifest, with the `cited` doc_ids the pages were chosen from. Returns the
    number of pages written."""
    old = manifest.data["reports"].get(STEM, {})
    old_keys, old_outputs = old.get("keys", {}), old.get("outputs", {})
    keys: dict[str, str] = {}
    outputs: dict[str, str] = {}
    written: dict[str, str] = {}
    for doc_id, facts in frames(store, doc_ids):
        entry = entries[doc_id]
        name = page_name(doc_id)
        keys[name] = page_key(entry, facts, renderer)
        current = (
            not force
            and old_keys.get(name) == keys[name]
            and name in old_outputs
            and manifest.stats.digest(out_dir / name) == old_outputs[name]
        )
        if current:
            outputs[name] = old_outputs[name]
            continue
        data = render(entry, facts)
        with publish.staged(stage, name) as path:
            path.write_bytes(data)
        written[name] = sha256_bytes(data)
        progress(len(written))
    gone = {name: digest for name, digest in old_outputs.items() if name not in keys}
    outputs.update(manifest.published(publish.publish_staged(out_dir, stage, written, gone)))
    manifest.data["reports"][STEM] = {
        "mode": mode,
        "cited": sorted(cited) if mode == "cited" else [],
        "keys": dict(sorted(keys.items())),
        "inputs": {"articles": {d: entries[d].sha256 for d in doc_ids}},
        "outputs": dict(sorted(outputs.items())),
    }
    return len(written)
