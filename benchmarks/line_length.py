"""Extraction time against the length of one line: an article written as a single line (a saved transcript, a
report pasted without breaks) must cost time proportional to its length, not to its square.

The same invented paragraph is repeated N times on one line, then 2N and 4N times; each article is extracted end
to end (NLP pass and rules) and timed, the rules alone too. The check fails (exit status 1) when doubling the
line more than `--max-ratio` times the time (default 2.4: a little more than double, for timing noise). A second
table gives the seconds of each rule function, so that a rule whose time is not linear shows by name.

    .venv/bin/python benchmarks/line_length.py [--repeats 250] [--doublings 2] [--max-ratio 2.4]
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis.extract import extract_context  # noqa: E402
from analysis.extract.nlp import analyse  # noqa: E402
from analysis.ingest.corpus import make_document  # noqa: E402

PARAGRAPH = (
    "Northfield opened 12 clinics (with 30 beds each) last year, and the city now has 4,000 nurses. "
    "Professor Ann Lee of Eastport University said on 3 May 2021 that the Westbrook Health Bureau had signed "
    "a memorandum of understanding with Kestrel Hospital. "
    "Visits rose 4.5% to 2.1 million, up from 1.9 million in 2019 (about 0.5 per 1,000 residents). "
    '"We will train 200 doctors in the province," she said. '
)


def _article(n: int) -> str:
    return "Clinics of the north\n\n" + PARAGRAPH * n + "\n"


STAGES = (
    ("organizations", "extract"),
    ("people", "extract"),
    ("people", "finalize"),
    ("places", "extract"),
    ("overlap", "resolve_names"),
    ("org_cues", "annotate"),
    ("amounts", "extract"),
    ("dates", "extract"),
    ("overlap", "resolve_numbers"),
    ("amount_changes", "relate"),
    ("amount_places", "assign"),
    ("quotes", "extract"),
    ("partnerships", "extract"),
    ("themes", "extract"),
)
"""The rule functions `extract_context` calls, timed one by one so that a rule that is not linear shows."""


@contextmanager
def stage_timer():
    """Wrap each rule function of `STAGES` to add its time to the yielded dict while the block runs."""
    spent: dict[str, float] = {}
    saved = []
    for mod_name, fn_name in STAGES:
        mod = importlib.import_module(f"analysis.extract.{mod_name}")
        fn = getattr(mod, fn_name)
        key = f"{mod_name}.{fn_name}"

        def wrapped(*a, _fn=fn, _key=key, **kw):
            t = time.perf_counter()
            try:
                return _fn(*a, **kw)
            finally:
                spent[_key] = spent.get(_key, 0.0) + time.perf_counter() - t

        saved.append((mod, fn_name, fn))
        setattr(mod, fn_name, wrapped)
    try:
        yield spent
    finally:
        for mod, fn_name, fn in saved:
            setattr(mod, fn_name, fn)


def timed(n: int) -> tuple[float, float, int, dict[str, float]]:
    """(seconds end to end, seconds in the rules after the NLP pass, facts, seconds per rule function) for the
    article of `n` paragraphs."""
    doc = make_document("line", Path("line.txt"), _article(n), "0" * 64)
    t0 = time.perf_counter()
    ctx = analyse(doc)
    t1 = time.perf_counter()
    with stage_timer() as spent:
        rows = extract_context(ctx)
    t2 = time.perf_counter()
    return t2 - t0, t2 - t1, len(rows), spent


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeats", type=int, default=250, help="paragraphs in the shortest line")
    ap.add_argument("--doublings", type=int, default=2)
    ap.add_argument("--max-ratio", type=float, default=2.4)
    args = ap.parse_args()
    timed(2)  # load the model and the gazetteer outside the timings
    sizes = [args.repeats * 2**k for k in range(args.doublings + 1)]
    results = [(n, len(_article(n)), *timed(n)) for n in sizes]
    print("| paragraphs | characters | facts | seconds | rules only (s) | time ratio to half the line |")
    print("|---:|---:|---:|---:|---:|---:|")
    ok = True
    for i, (n, chars, total, rules, facts, _) in enumerate(results):
        ratio = total / results[i - 1][2] if i else None
        ok = ok and (ratio is None or ratio <= args.max_ratio)
        shown = f"{ratio:.2f}" if ratio is not None else "—"
        print(f"| {n:,} | {chars:,} | {facts:,} | {total:.1f} | {rules:.1f} | {shown} |")
    print("\nSeconds per rule function, and the ratio of the longest line to the one half its length:\n")
    print("| rule | " + " | ".join(f"{n:,}" for n, *_ in results) + " | ratio |")
    print("|---|" + "---:|" * (len(results) + 1))
    first, last = results[-2][5], results[-1][5]
    for key in sorted(last, key=lambda k: (-last[k], k)):
        ratio = last[key] / first[key] if first.get(key) else float("nan")
        cells = " | ".join(f"{r[5].get(key, 0.0):.2f}" for r in results)
        print(f"| `{key}` | {cells} | {ratio:.2f} |")
    if not ok:
        print(f"\nFAIL: doubling the line more than {args.max_ratio}x the time", file=sys.stderr)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
