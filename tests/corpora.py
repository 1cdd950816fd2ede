"""Synthetic corpora for tests at scale: the seeds and the fixture articles repeated under distinct names."""

import shutil
from pathlib import Path

from paths import FIXTURES, PROJECT


def repeated(dst: Path, n: int) -> Path:
    """About `n` articles: the seeds and fixture articles in turn, each copy made distinct by a closing line."""
    dst.mkdir(parents=True, exist_ok=True)
    sources = sorted((PROJECT / "seeds").glob("*.txt")) + sorted((FIXTURES / "corpus").glob("*.txt"))
    sources += sorted((FIXTURES / "reports" / "corpus").glob("*.txt"))
    for i in range(n):
        src = sources[i % len(sources)]
        text = src.read_text(encoding="utf-8")
        (dst / f"{i:04d}_{src.stem}.txt").write_text(text + f"\nArchive copy {i}.\n", encoding="utf-8")
    return dst


def copy(dst: Path, *folders: Path) -> Path:
    """The articles of `folders` copied into `dst`."""
    dst.mkdir(parents=True, exist_ok=True)
    for folder in folders:
        for p in sorted(folder.glob("*.txt")):
            shutil.copy(p, dst / p.name)
    return dst
