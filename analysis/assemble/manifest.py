"""`reports/manifest.json`: per report its key, inputs, parameters and outputs with their sha256."""

from __future__ import annotations

import json
from pathlib import Path

from analysis.assemble.keys import sha256_file

MANIFEST = "manifest.json"


class Manifest:
    """The manifest of an output folder, read at the start of a build and written at its end."""

    def __init__(self, out_dir: Path):
        self.path = out_dir / MANIFEST
        try:
            self.data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self.data = {}
        self.data.setdefault("reports", {})

    def outputs(self, stem: str) -> dict[str, str]:
        """Output name -> sha256 of a report (or of `_data`) as last published."""
        return self.data["reports"].get(stem, {}).get("outputs", {})

    def up_to_date(self, stem: str, key: str, out_dir: Path) -> bool:
        """True when the report was built with this key and its outputs are on disk unchanged."""
        rec = self.data["reports"].get(stem)
        return bool(rec) and rec.get("key") == key and self.intact(stem, out_dir)

    def intact(self, stem: str, out_dir: Path) -> bool:
        """True when every output the report (or pseudo-report) published is on disk unchanged."""
        for name, digest in self.outputs(stem).items():
            p = out_dir / name
            if not p.is_file() or sha256_file(p) != digest:
                return False
        return True

    def current_files(self, stem: str, keys: dict[str, str], out_dir: Path) -> set[str]:
        """Names among `keys` (output name -> key) that `stem` published with that key and that are on disk unchanged.

        For pseudo-reports whose files are built one by one (`_articles`: one page per article)."""
        rec = self.data["reports"].get(stem, {})
        old_keys, outputs = rec.get("keys", {}), rec.get("outputs", {})
        return {
            name
            for name, k in keys.items()
            if old_keys.get(name) == k
            and name in outputs
            and (out_dir / name).exists()
            and sha256_file(out_dir / name) == outputs[name]
        }

    def text(self) -> str:
        return json.dumps(self.data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
