"""The `gossip-timeline` subcommands that need no window.

A user mistake (missing file, unknown person, unusable database) prints one
line on stderr and exits non-zero; it never shows a traceback.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import export
from .contract import dates_json, extraction_json, search_hit_json, timeline_event_json
from .library import (Extraction, ImageRenderer, Library, ReadError, StoreError, extract_file,
                      find_file_dates, read_article)
from .paths import DB_ENV
from .search_query import plain_snippet

EXIT_USER_ERROR = 1
EXIT_STORE_ERROR = 2


class UserError(Exception):
    pass


def build_parser() -> argparse.ArgumentParser:
    db_help = f"database file (default: ${DB_ENV}, else one in your data directory)"
    # --db is accepted before or after the command; after it, it must not
    # reset a value given before, hence SUPPRESS on the subcommands' copy.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help=db_help)
    parser = argparse.ArgumentParser(
        prog="gossip-timeline",
        description="Follow people through the news. With no command, opens the window.")
    parser.add_argument("--db", metavar="PATH", default=None, help=db_help)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("extract", parents=[common], help="print what is found in files, as JSON Lines")
    p.add_argument("files", nargs="+", metavar="FILE")
    p = sub.add_parser("dates", parents=[common], help="print every date expression in files and "
                                                       "what it resolves to, as JSON Lines")
    p.add_argument("files", nargs="+", metavar="FILE")
    p = sub.add_parser("import", parents=[common], help="import files or folders into the database")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--jobs", type=_positive, default=1, metavar="J",
                   help="parse in J processes (default 1)")
    p = sub.add_parser("people", parents=[common], help="list people, optionally matching QUERY")
    p.add_argument("query", nargs="?", default="")
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("timeline", parents=[common], help="a person's events in time order")
    p.add_argument("name")
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("export", parents=[common],
                       help="write a person's timeline to a file: a picture (PNG, SVG) "
                            "or the events (CSV, JSON, iCalendar)")
    p.add_argument("name")
    p.add_argument("--format", required=True, choices=export.FORMATS)
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p = sub.add_parser("search", parents=[common], help="full-text search over articles")
    p.add_argument("query")
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("bench", parents=[common], help="measure import speed against spaCy alone")
    p.add_argument("--articles", type=_positive, default=200, metavar="N",
                   help="size of the generated corpus (default 200)")
    p.add_argument("--jobs", type=_positive, default=1, metavar="J",
                   help="also import with J processes and compare (default 1)")
    p.add_argument("--corpus", metavar="DIR", help="a folder of articles to use instead")
    p.add_argument("--json", action="store_true")
    return parser


def run(argv: list[str], render_image: ImageRenderer | None = None) -> int:
    """`render_image` draws PNG and SVG exports; without it those two formats are refused."""
    args = build_parser().parse_args(argv)
    try:
        if args.command == "extract":
            return per_file(args.files, extract_file, extraction_json, Extraction([], []))
        if args.command == "dates":
            return per_file(args.files, find_file_dates, dates_json, [])
        if args.command == "bench":
            return cmd_bench(args)
        if args.command == "export" and args.format in export.IMAGE_FORMATS and render_image is None:
            raise UserError(f"--format {args.format} needs the window's drawing code; "
                            "run the gossip-timeline program")
        with Library(args.db) as library:
            if args.command == "export":
                return cmd_export(library, args, render_image)
            return COMMANDS[args.command](library, args)
    except UserError as exc:
        print(f"gossip-timeline: {exc}", file=sys.stderr)
        return EXIT_USER_ERROR
    except StoreError as exc:
        print(f"gossip-timeline: {exc}", file=sys.stderr)
        return EXIT_STORE_ERROR
    except KeyboardInterrupt:
        print("gossip-timeline: interrupted", file=sys.stderr)
        return 130


def per_file(files: list[str], work, to_json, empty) -> int:
    """One JSON line per readable file; one error line per unreadable one.

    A file that reads but trips the extractor (a bug, not the user's doing) still
    gets its line, with nothing found, so the other files' results stand.
    """
    failures = 0
    for name in files:
        try:
            article, found = work(name)
        except ReadError as exc:
            print(f"gossip-timeline: {name}: {exc}", file=sys.stderr)
            failures += 1
            continue
        except Exception as exc:  # noqa: BLE001 - reported, and the run goes on
            print(f"gossip-timeline: {name}: could not be processed "
                  f"({type(exc).__name__}: {exc})", file=sys.stderr)
            article, found = read_article(name), empty
        data = to_json(article, found)
        data["source"] = name
        print(json.dumps(data, ensure_ascii=False), flush=True)
    return EXIT_USER_ERROR if failures else 0


def cmd_import(library: Library, args) -> int:
    from tqdm import tqdm

    bar = tqdm(total=0, unit="file", file=sys.stderr, disable=None, dynamic_ncols=True)

    def progress(done: int, total: int, name: str) -> None:
        bar.total = total
        bar.set_postfix_str(name[-40:], refresh=False)
        bar.update(done - bar.n)

    try:
        report = library.import_paths(args.paths, progress=progress, jobs=args.jobs)
    finally:
        bar.close()
    print(f"{len(report.imported)} imported, {len(report.already_present)} already present, "
          f"{len(report.failed)} failed")
    for path, reason in report.failed:
        print(f"  failed: {path}: {reason}")
    return EXIT_USER_ERROR if report.failed else 0


def cmd_people(library: Library, args) -> int:
    people = library.people(args.query)
    if args.json:
        print(json.dumps([{"id": p.id, "name": p.name, "aliases": list(p.aliases),
                           "events": p.event_count, "articles": p.article_count}
                          for p in people], ensure_ascii=False, indent=2))
        return 0
    if not people:
        print("no people match" if args.query else "no people yet: import some articles")
    for p in people:
        aliases = f" (also {', '.join(p.aliases)})" if p.aliases else ""
        print(f"{p.name}{aliases}: {_plural(p.event_count, 'event')}, {_plural(p.article_count, 'article')}")
    return 0


def cmd_timeline(library: Library, args) -> int:
    person = find_person(library, args.name)
    events = library.timeline(person.id)
    if args.json:
        print(json.dumps({"person": person.name, "aliases": list(person.aliases),
                          "events": [timeline_event_json(e) for e in events]},
                         ensure_ascii=False, indent=2))
        return 0
    print(person.name)
    for e in events:
        when = _when_text(e.when)
        source = f"  [{e.article_title}]"
        credit = [e.claim] if e.claim != "stated" else []
        credit += [e.attribution] if e.attribution else []
        claim = f" ({', '.join(credit)})" if credit else ""
        print(f"  {when:<25} {e.type:<10} {e.summary}{claim}{source}")
    if not events:
        print("  no events yet")
    return 0


def find_person(library: Library, name: str):
    person = library.find_person(name)
    if person is None:
        candidates = library.people(name, limit=5)
        hint = f"; did you mean {', '.join(c.name for c in candidates)}?" if candidates else ""
        raise UserError(f"no one called {name!r} in {library.path}{hint}")
    return person


def cmd_export(library: Library, args, render_image: ImageRenderer | None) -> int:
    """Write the file whole (a temporary file beside it, then renamed) or not at all."""
    person = find_person(library, args.name)
    out = Path(args.output)
    try:
        written, left_out = library.export(person.id, args.format, out, render_image)
    except OSError as exc:
        raise UserError(f"cannot write {out}: {exc.strerror or exc}") from None
    note = f", {left_out} undated left out" if left_out else ""
    print(f"wrote {out} ({_plural(written, 'event')}{note})", file=sys.stderr)
    return 0


def cmd_search(library: Library, args) -> int:
    hits = library.search(args.query)
    if args.json:
        print(json.dumps([search_hit_json(h) for h in hits], ensure_ascii=False, indent=2))
        return 0
    if not hits:
        print("no articles match")
    for h in hits:
        date = h.published.isoformat() if h.published else "undated"
        print(f"{date}  {h.title}\n    {' '.join(plain_snippet(h.snippet).split())}")
    return 0


def cmd_bench(args) -> int:
    from .bench import result_json, run_bench

    corpus = Path(args.corpus) if args.corpus else None
    if corpus is not None and not corpus.is_dir():
        raise UserError(f"{args.corpus}: not a folder")
    result = run_bench(articles=args.articles, jobs=args.jobs, corpus=corpus)
    print(json.dumps(result_json(result), indent=2) if args.json else result.table())
    return 0


COMMANDS = {"import": cmd_import, "people": cmd_people, "timeline": cmd_timeline, "search": cmd_search}


def _when_text(when) -> str:
    if when is None:
        return "undated"
    if when.start == when.end:
        return when.start.isoformat()
    return f"{when.start.isoformat()}..{when.end.isoformat()}"


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {value!r}")
    return number


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def main(argv: list[str] | None = None) -> int:
    return run(sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    sys.exit(main())
