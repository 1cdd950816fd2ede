"""`reports/manifest.json`: per report its key, inputs, parameters and outputs with their sha256.

Whether a published file is unchanged is decided by its sha256; so that a build with nothing to do need not read
gigabytes of data files again, the digest of each file is remembered with its size and modification time in a
hidden file beside the output folder (`.<folder>.stat.json`, as the lock; not published: it depends on the
machine), and a file whose size and time are unchanged keeps its digest, as `make` and `git` trust a file's stat.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from analysis.assemble.keys import sha256_file
from analysis.files import atomic_write_text

MANIFEST = "manifest.json"


def stats_path(out_dir: Path) -> Path:
    """Where the digests of an output folder's files are remembered: beside it, hidden."""
    return out_dir.resolve().parent / f".{out_dir.resolve().name}.stat.json"


class Stats:
    """Digests of files remembered with their size and modification time (see `stats_path`)."""

    def __init__(self, out_dir: Path):
        self.path = stats_path(out_dir)
        try:
            self.known: dict[str, list] = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self.known = {}
        self.changed = False

    def digest(self, path: Path) -> str | None:
        """sha256 of the file (None when it is missing or not a file), read again only when its stat changed."""
        try:
            st = os.stat(path)
        except OSError:
            return None
        if not os.path.isfile(path):
            return None
        name = str(Path(path).absolute())
        seen = self.known.get(name)
        if seen and seen[0] == st.st_size and seen[1] == st.st_mtime_ns:
            return seen[2]
        digest = sha256_file(path)
        self.note(path, digest)
        return digest

    def note(self, path: Path, digest: str) -> None:
        """Remember the digest of a file just written."""
        st = os.stat(path)
        self.known[str(Path(path).absolute())] = [st.st_size, st.st_mtime_ns, digest]
        self.changed = True

    def save(self, keep: set[str] | None = None) -> None:
        """Write the remembered digests (only those of the files named in `keep` when given, as absolute paths)."""
        if keep is not None:
            self.known = {k: v for k, v in self.known.items() if k in keep}
        atomic_write_text(self.path, json.dumps(self.known, sort_keys=True) + "\n")
        self.changed = False


class Manifest:
    """The manifest of an output folder, read at the start of a build and written at its end."""

    def __init__(self, out_dir: Path):
        self.out_dir = out_dir
        self.path = out_dir / MANIFEST
        try:
            self.data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self.data = {}
        self.data.setdefault("reports", {})
        self.stats = Stats(out_dir)

    def outputs(self, stem: str) -> dict[str, str]:
        """Output name -> sha256 of a report (or of `_data`) as last published."""
        return self.data["reports"].get(stem, {}).get("outputs", {})

    def up_to_date(self, stem: str, key: str, out_dir: Path) -> bool:
        """True when the report was built with this key and its outputs are on disk unchanged."""
        rec = self.data["reports"].get(stem)
        return bool(rec) and rec.get("key") == key and self.intact(stem, out_dir)

    def intact(self, stem: str, out_dir: Path) -> bool:
        """True when every output the report (or pseudo-report) published is on disk unchanged."""
        return all(self.stats.digest(out_dir / name) == digest for name, digest in self.outputs(stem).items())

    def current_files(self, stem: str, keys: dict[str, str], out_dir: Path) -> set[str]:
        """Names among `keys` (output name -> key) that `stem` published with that key and that are on disk unchanged.

        For pseudo-reports whose files are built one by one (`_articles`: one page per article)."""
        rec = self.data["reports"].get(stem, {})
        old_keys, outputs = rec.get("keys", {}), rec.get("outputs", {})
        return {
            name
            for name, k in keys.items()
            if old_keys.get(name) == k and name in outputs and self.stats.digest(out_dir / name) == outputs[name]
        }

    def cited(self, stems: list[str]) -> set[str]:
        """The doc_ids the published files of these reports cite (their article pages are written)."""
        return {d for stem in stems for d in self.data["reports"].get(stem, {}).get("cited", [])}

    def published(self, digests: dict[str, str]) -> dict[str, str]:
        """Remember the digests of files just published (name -> sha256, names under the output folder)."""
        for name, digest in digests.items():
            self.stats.note(self.out_dir / name, digest)
        return digests

    def save_stats(self, also: tuple[Path, ...] = ()) -> None:
        """Write the remembered digests of the published files and of the files `also` (the given facts)."""
        keep = {
            str((self.out_dir / name).absolute())
            for rec in self.data["reports"].values()
            for name in rec.get("outputs", {})
        }
        keep |= {str(Path(p).absolute()) for p in also}
        self.stats.save(keep)

    def text(self) -> str:
        return json.dumps(self.data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
