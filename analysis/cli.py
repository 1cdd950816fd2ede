"""Command line: `python -m analysis {corpus,facts,entities,build,verify,schema}`.

User mistakes (`AnalysisError`) print one paragraph and exit 2; nothing else is caught. Each command imports
its stage when it runs, so `--help` and quick commands do not pay for loading the NLP model or the renderer.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from analysis.errors import AnalysisError
from analysis.interrupt import exit_code, stop_on_signals


def _count(least: int):
    """argparse type: a whole number of at least `least` (argparse names the option in its message)."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"must be a whole number, got {text!r}") from None
        if value < least:
            raise argparse.ArgumentTypeError(f"must be {least} or more, got {value}")
        return value

    parse.__name__ = f"whole number >= {least}"
    return parse


def _cmd_corpus(args: argparse.Namespace) -> int:
    from analysis.ingest.corpus import load_corpus

    corpus = load_corpus(args.dir, skip_bad=args.skip_bad, follow_links=args.follow_links)
    for line in corpus.notices():
        print(line, file=sys.stderr)
    rows = []
    for d in corpus.documents:
        rows.append(
            {
                "doc_id": d.doc_id,
                "chars": d.length,
                "sha256": d.sha256[:12],
                "title": d.title.value if d.title else None,
                "published": d.published.value if d.published else None,
                "publisher": d.publisher.value if d.publisher else None,
            }
        )
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for r in rows:
        print(f"{r['doc_id']}  {r['chars']} chars  sha256 {r['sha256']}")
        for k in ("title", "published", "publisher"):
            print(f"    {k:<10} {r[k] if r[k] is not None else '-'}")
    print(f"{len(rows)} article{'s' if len(rows) != 1 else ''}, corpus sha256 {corpus.sha256[:12]}")
    return 0


def _cmd_facts(args: argparse.Namespace) -> int:
    from analysis.facts.batch import warm_worker
    from analysis.facts.executors import make_executor
    from analysis.facts.stream import write_facts
    from analysis.files import writing

    log = lambda line: print(line, file=sys.stderr)  # noqa: E731
    target = Path(args.output).parent if args.output not in (None, "-") else Path.cwd()
    with (
        stop_on_signals(),  # SIGTERM or Ctrl-C: the workers are ended and the partial output removed
        writing(target, other="pass -o a path in another folder", after="run the command again"),
        make_executor(args.executor, jobs=args.jobs, scheduler=args.scheduler, setup=warm_worker) as executor,
    ):
        n_facts, n_docs = write_facts(
            args.dir,
            args.format,
            args.output,
            executor,
            batch_size=args.batch_size,
            skip_bad=args.skip_bad,
            kinds=args.kind,
            log=log,
            follow_links=args.follow_links,
        )
    if args.output not in (None, "-"):
        log(f"wrote {n_facts} facts from {n_docs} articles to {args.output}")
    return 0


def _cmd_entities(args: argparse.Namespace) -> int:
    from analysis.facts.table import corpus_entities

    ents = corpus_entities(args.dir, skip_bad=args.skip_bad, follow_links=args.follow_links)
    if args.kind:
        ents = ents[ents["kind"] == args.kind]
    print(ents.head(args.top).to_string(index=False))
    return 0


def _cmd_build(args: argparse.Namespace) -> int:
    from analysis.assemble.plan import check_only, parse_overrides
    from analysis.assemble.run import build

    check_only(args.only)
    return build(
        args.corpus,
        args.out,
        force=args.force,
        skip_bad=args.skip_bad,
        jobs=args.jobs,
        profiles=args.profiles,
        only=args.only,
        pdf=not args.no_pdf,
        overrides=parse_overrides(args.param),
        executor=args.executor,
        scheduler=args.scheduler,
        follow_links=args.follow_links,
        facts=args.facts,
        article_pages=args.article_pages,
    )


def _cmd_verify(args: argparse.Namespace) -> int:
    from analysis.assemble.verify import verify

    return verify(args.corpus, args.reports, jobs=args.jobs)


def _cmd_schema(args: argparse.Namespace) -> int:
    from analysis.facts.schema import schema_markdown

    print(schema_markdown())
    return 0


def _executor_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--executor",
        choices=["local", "dask"],
        default=None,
        help="where articles are extracted: local processes (default) or a Dask cluster",
    )
    p.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        default=None,
        help="Dask scheduler to use, e.g. tcp://10.0.0.5:8786 (default: $DASK_SCHEDULER_ADDRESS with --executor "
        "dask, else a local cluster)",
    )


def _follow_links_option(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--follow-links",
        action="store_true",
        help="read .txt files that are symbolic links to files outside the folder (left out by default)",
    )


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m analysis",
        description="Facts with provenance from news articles, and the research reports built on them.",
    )
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    c = sub.add_parser("corpus", help="list the articles of a folder with the title, date and publisher they state")
    c.add_argument("dir", nargs="?", default="seeds", help="folder of .txt articles (default: seeds)")
    c.add_argument("--json", action="store_true", help="print JSON instead of text")
    c.add_argument("--skip-bad", action="store_true", help="leave out unusable files instead of stopping")
    _follow_links_option(c)
    c.set_defaults(func=_cmd_corpus)

    f = sub.add_parser("facts", help="extract facts with provenance and write them as JSONL, CSV or Parquet")
    f.add_argument("dir", help="folder of .txt articles")
    f.add_argument(
        "--format", choices=["jsonl", "csv", "parquet"], default="jsonl", help="output format (default: jsonl)"
    )
    f.add_argument(
        "-o", "--output", help="output file (default: standard output); for parquet a FOLDER/ writes a dataset"
    )
    f.add_argument("--kind", action="append", help="only this kind (repeatable)")
    f.add_argument("--skip-bad", action="store_true", help="leave out unusable files instead of stopping")
    f.add_argument(
        "--follow-links",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="read .txt files that are symbolic links to files outside the folder (default: read them, the output "
        "is your own file; --no-follow-links leaves them out, as build does)",
    )
    _executor_options(f)
    f.add_argument(
        "--jobs", type=_count(1), default=None, help="worker processes (default: one per core; 1 = this process)"
    )
    f.add_argument(
        "--batch-size", type=_count(1), default=64, help="articles read and extracted at a time (default: 64)"
    )
    f.set_defaults(func=_cmd_facts)

    e = sub.add_parser("entities", help="list canonical organisations, people and places with their mentions")
    e.add_argument("dir", nargs="?", default="seeds", help="folder of .txt articles (default: seeds)")
    e.add_argument("--kind", choices=["organization", "person", "place"], help="only this kind")
    e.add_argument("--top", type=_count(1), default=30, help="how many rows (default: 30)")
    e.add_argument("--skip-bad", action="store_true", help="leave out unusable files instead of stopping")
    _follow_links_option(e)
    e.set_defaults(func=_cmd_entities)

    b = sub.add_parser("build", help="build every report (HTML and PDF) for a folder of articles")
    b.add_argument("--corpus", default="seeds", help="folder of .txt articles (default: seeds)")
    b.add_argument("--out", default="reports", help="output folder (default: reports)")
    b.add_argument("--force", action="store_true", help="rebuild every report even if up to date")
    b.add_argument("--skip-bad", action="store_true", help="build from the good articles, listing the bad ones")
    b.add_argument(
        "--follow-links",
        action="store_true",
        help="read .txt files that are symbolic links to files outside the corpus folder (left out by default: "
        "the article pages would publish their text)",
    )
    b.add_argument("--jobs", type=_count(1), default=2, help="reports executed in parallel (default: 2)")
    b.add_argument(
        "--profiles", type=_count(0), default=None, help="entity profiles to render (default: the report's own)"
    )
    b.add_argument("--only", action="append", help="build only reports whose name starts with this (repeatable)")
    b.add_argument("--no-pdf", action="store_true", help="render HTML only")
    b.add_argument(
        "--facts",
        metavar="FILE",
        default=None,
        help="build from this Parquet facts file or dataset folder (written by `python -m analysis facts CORPUS "
        "--format parquet -o FILE`, its documents table beside it) without extracting anything; --corpus is still "
        "where the articles' text is read",
    )
    b.add_argument(
        "--article-pages",
        choices=["cited", "all"],
        default="cited",
        help="write the pages of the articles the reports cite (default) or of every article",
    )
    _executor_options(b)
    b.add_argument(
        "--param",
        action="append",
        metavar="[REPORT:]NAME=VALUE",
        help="set a report parameter, e.g. top_n=5 or 02-china-uk-cooperation:date_from=2019 (repeatable)",
    )
    b.set_defaults(func=_cmd_build)

    v = sub.add_parser(
        "verify", help="rebuild from scratch in a temporary folder and compare with the reports byte for byte"
    )
    v.add_argument("--corpus", default="seeds", help="folder of .txt articles (default: seeds)")
    v.add_argument("--reports", default="reports", help="folder of built reports (default: reports)")
    v.add_argument("--jobs", type=_count(1), default=2, help="reports executed in parallel (default: 2)")
    v.set_defaults(func=_cmd_verify)

    s = sub.add_parser("schema", help="print the facts table schema (column, type, meaning)")
    s.set_defaults(func=_cmd_schema)
    return p


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):  # a file name that is not UTF-8 must not turn a message into a traceback
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    p = parser()
    args = p.parse_args(argv)
    if not getattr(args, "func", None):
        p.print_help()
        return 0
    try:
        return args.func(args)
    except AnalysisError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt as exc:  # Ctrl-C, or SIGTERM / SIGHUP within `stop_on_signals`
        name = f" by {exc.args[0]}" if exc.args else ""
        print(f"interrupted{name}: worker processes were stopped and no partial file was written.", file=sys.stderr)
        return exit_code(exc)
