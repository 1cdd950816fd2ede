"""Where each article's page lives (`articles/<name>.html`) and links to the anchors on it.

A doc_id comes from a file name, so it may hold spaces, non-ASCII letters or `#`/`%`: file names keep it
readable where it is safe ("Clinic report 2024" -> `articles/Clinic report 2024.html`), links quote it
(`articles/Clinic%20report%202024.html#f-1a2b`).
"""

from __future__ import annotations

import hashlib
import re
from urllib.parse import quote

ARTICLES_DIR = "articles"
_UNSAFE = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]')
_MAX_BYTES = 200


def page_name(doc_id: str) -> str:
    """The page's path under the reports folder; characters unsafe on common file systems become `_`, and a short
    hash of the doc_id is appended then (or when the name is too long) so two articles never share a page."""
    safe = _UNSAFE.sub("_", doc_id).strip(" .") or "article"
    if safe != doc_id or len(safe.encode("utf-8")) > _MAX_BYTES:
        while len(safe.encode("utf-8")) > _MAX_BYTES:
            safe = safe[:-1]
        safe = f"{safe}-{hashlib.sha1(doc_id.encode('utf-8')).hexdigest()[:8]}"
    return f"{ARTICLES_DIR}/{safe}.html"


def page_href(doc_id: str, anchor: str | None = None) -> str:
    """Link from a page beside `articles/` (a report, the index) to the article page, or to an anchor on it."""
    folder, name = page_name(doc_id).split("/", 1)
    href = f"{folder}/{quote(name, safe='')}"
    return f"{href}#{quote(anchor, safe='-_')}" if anchor else href


def fact_anchor(fact_id: str) -> str:
    """Id of a fact's anchor on its article page."""
    return f"f-{fact_id}"


def field_anchor(name: str) -> str:
    """Id of a metadata field's anchor ("title", "published", "publisher")."""
    return f"m-{name}"
