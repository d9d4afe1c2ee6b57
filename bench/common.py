"""What the benchmark scripts share: Markdown tables, and finding the binary to time."""

import os
import sys


def row(cells: list[str], widths: list[int]) -> str:
    return "| " + " | ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(cells, widths))) + " |"


def table(header: list[str], rows: list[list[str]]) -> str:
    """A Markdown table: the first column left-aligned, the others right-aligned."""
    widths = [max(len(r[i]) for r in [header] + rows) for i in range(len(header))]
    rule = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    return "\n".join([row(header, widths), rule] + [row(r, widths) for r in rows])


def release_binary(path: str) -> str | None:
    """The absolute path of an executable, or None after saying on stderr how to build it."""
    binary = os.path.abspath(path)
    if os.access(binary, os.X_OK):
        return binary
    print(f"bench: {path} is not an executable; build it first (make release)", file=sys.stderr)
    return None
