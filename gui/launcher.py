"""The `gossip-timeline` entry point: the window with no command, the command line otherwise.

Qt is imported only when the window opens or an export draws a picture, so
`gossip-timeline extract` and friends start without it.
"""
from __future__ import annotations

import sys

from gossip_timeline.core import cli


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = cli.build_parser().parse_args(argv)
    if args.command is None:
        from .app import run_app

        return run_app(args.db)
    return cli.run(argv, render_image=render_image)


def render_image(story, path, fmt: str) -> None:
    """`export --format png|svg`: loads Qt only now; offscreen when there is no display."""
    from .export_image import render_timeline

    render_timeline(story, path, fmt)


if __name__ == "__main__":
    sys.exit(main())
