"""Small checks shared by several test files."""
from __future__ import annotations


def assert_one_line_error(code: int, err: str) -> None:
    """A user mistake: non-zero exit and one line on stderr, never a traceback."""
    assert code != 0
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("gossip-timeline: ")
