"""What the package's outputs depend on: one hash over all its files, and one hash per stage.

`package_hash()` covers every source and data file (a report's notebook may call anything). `stage_hash(entries)`
covers only what a stage runs: the modules its entry modules import, directly or through others (read from their
`import` statements, without importing anything), the package data files those modules name (lexicons in
`resources/`, templates), and the versions of the installed distributions they import. The facts cache is keyed
by the extraction's stage hash, so editing a report module or a lexicon only reports read keeps the cached facts,
while editing an extractor or a lexicon it names does not.
"""

from __future__ import annotations

import ast
import hashlib
import os
import re
import sys
from functools import lru_cache
from pathlib import Path
from typing import Iterable

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = PACKAGE_DIR.parent
PACKAGE = PACKAGE_DIR.name
SUFFIXES = frozenset({".py", ".txt", ".tsv", ".csv", ".json", ".j2", ".css", ".js"})


def tree_hash(paths: Iterable[Path], root: Path) -> str:
    """sha256 over the relative names and bytes of files, in sorted order."""
    h = hashlib.sha256()
    for p in sorted(paths, key=lambda p: p.relative_to(root).as_posix()):
        h.update(p.relative_to(root).as_posix().encode() + b"\0")
        h.update(hashlib.sha256(p.read_bytes()).digest())
    return h.hexdigest()


def package_files(root: Path = PACKAGE_DIR) -> list[Path]:
    """Source and data files of the package, caches and hidden files left out."""
    return [
        p
        for p in root.rglob("*")
        if p.is_file() and p.suffix in SUFFIXES and "__pycache__" not in p.parts and not p.name.startswith(".")
    ]


def package_hash() -> str:
    """sha256 of every source and data file of the package."""
    return tree_hash(package_files(), PACKAGE_DIR)


# -- one stage ---------------------------------------------------------------------------------------------------
def module_file(name: str, root: Path = PACKAGE_DIR) -> Path | None:
    """The file of a module of the package ("analysis.extract.nlp" -> extract/nlp.py), or None."""
    parts = name.split(".")
    if parts[0] != PACKAGE:
        return None
    base = root.joinpath(*parts[1:])
    for candidate in (base.with_suffix(".py") if len(parts) > 1 else None, base / "__init__.py"):
        if candidate is not None and candidate.is_file():
            return candidate
    return None


def _module_name(path: Path, root: Path) -> str:
    rel = path.relative_to(root).with_suffix("").parts
    return ".".join((PACKAGE, *(rel[:-1] if rel[-1] == "__init__" else rel)))


def _read(path: Path, root: Path) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(modules of the package, top-level names of other modules, string constants) that a source file names."""
    st = path.stat()
    return _parse(path, root, st.st_mtime_ns, st.st_size)


@lru_cache(maxsize=None)
def _parse(path: Path, root: Path, mtime_ns: int, size: int) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """`_read` of one version of a file (the stat fields make an edited file a new entry)."""
    tree = ast.parse(path.read_bytes(), str(path))
    own, other, strings = set(), set(), set()
    package = _module_name(path, root).rsplit(".", 0 if path.name == "__init__.py" else 1)[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                (own if alias.name.split(".")[0] == PACKAGE else other).add(alias.name)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                module = f"{base}.{node.module}" if node.module else base
            else:
                module = node.module or ""
            if module.split(".")[0] != PACKAGE:
                other.add(module)
                continue
            own.add(module)
            own.update(f"{module}.{alias.name}" for alias in node.names)  # kept only where such a module exists
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            strings.add(node.value)
    return frozenset(own), frozenset(o.split(".")[0] for o in other if o), frozenset(strings)


def stage_sources(entries: Iterable[str], root: Path = PACKAGE_DIR) -> tuple[list[Path], list[Path], set[str]]:
    """(module files, data files, top-level names of other modules) a stage depends on, from its entry modules.

    Module files: the entries and every module of the package they import, directly or not, with the packages
    (`__init__.py`) that hold them. Data files: the package's non-Python files whose name (or path ending) one
    of those modules writes as a string, e.g. `table("org_types.tsv")` or `"templates/article.css"`."""
    todo = list(entries)
    seen: dict[Path, None] = {}
    others: set[str] = set()
    strings: set[str] = set()
    while todo:
        name = todo.pop()
        parts = name.split(".")
        for i in range(1, len(parts) + 1):  # importing a module runs the packages that hold it
            path = module_file(".".join(parts[:i]), root)
            if path is None or path in seen:
                continue
            seen[path] = None
            own, other, named = _read(path, root)
            todo.extend(own)
            others |= other
            strings |= named
    data = [
        p
        for p in package_files(root)
        if p.suffix != ".py" and any(s == p.name or s.endswith("/" + p.name) for s in strings)
    ]
    stdlib = set(sys.stdlib_module_names) | {"__future__"}
    return sorted(seen), sorted(data), {o for o in others if o not in stdlib}


def normal_name(name: str) -> str:
    """A distribution or module name as installers write it in a `.dist-info` folder name: "PyYAML" -> "pyyaml"."""
    return re.sub(r"[-_.]+", "_", name).lower()


@lru_cache(maxsize=1)
def installed() -> dict[str, str]:
    """Normalised distribution name -> version of every distribution on `sys.path`, read from the names of their
    `.dist-info` folders (much quicker to start than `importlib.metadata`; the first one found wins, as for imports)."""
    out: dict[str, str] = {}
    for folder in sys.path:
        try:
            entries = os.listdir(folder or ".")
        except OSError:
            continue
        for entry in entries:
            if entry.endswith(".dist-info") and "-" in entry:
                name, ver = entry[: -len(".dist-info")].split("-", 1)
                out.setdefault(normal_name(name), ver)
    return out


def distribution_versions(modules: Iterable[str]) -> list[str]:
    """ "name==version" of the installed distributions that provide these top-level modules (sorted)."""
    found: set[str] = set()
    mapping: dict[str, list[str]] | None = None
    for module in modules:
        if normal_name(module) in installed():
            found.add(f"{normal_name(module)}=={installed()[normal_name(module)]}")
            continue
        if mapping is None:  # slower, and only for a module named unlike its distribution ("yaml" of "PyYAML")
            from importlib.metadata import packages_distributions  # deferred: start-up cost

            mapping = packages_distributions()
        for dist in mapping.get(module, []):
            if normal_name(dist) in installed():
                found.add(f"{normal_name(dist)}=={installed()[normal_name(dist)]}")
    return sorted(found)


def stage_hash(entries: Iterable[str], root: Path = PACKAGE_DIR) -> str:
    """sha256 of what a stage depends on: its module and data files (`stage_sources`), the versions of the
    distributions they import, and Python's version."""
    modules, data, others = stage_sources(entries, root)
    h = hashlib.sha256(tree_hash(modules + data, root).encode())
    for line in (*distribution_versions(others), "python==" + ".".join(map(str, sys.version_info[:2]))):
        h.update(b"\0" + line.encode())
    return h.hexdigest()
