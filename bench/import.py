#!/usr/bin/env python3
"""Times `podwright import` as a whole process on Compose files and prints the figures.

(a) `podwright import FILE` on the largest file of shared/corpus-compose, against the reference
    tool that reads the same file: `kompose convert` is neither on PyPI nor in Debian, so the
    reference is `docker compose config` (the Compose v2 plugin) when installed, else
    `docker-compose config` (Debian's docker-compose 1.29, `apt-get install docker-compose`);
    medians and their ratio. Without either, podwright's figure alone, and the script says so.
(b) `podwright import` on a generated Compose file of 1,000 services that uses what import
    reads beyond the fields (interpolation with defaults, a .env file, an anchor merged into
    every service, extends): median, and the same reference tool when there is one.

A benchmark, not a test: it prints figures and exits 0; it exits 1 only when a command fails.

Usage: .venv/bin/python bench/import.py --binary .build/release/podwright   (or `make bench`)
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import release_binary, table

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus-compose"
SERVICES = 1000


class Failed(Exception):
    pass


def timed(argv: list[str], cwd: Path, runs: int, warmups: int) -> list[float]:
    """Wall-clock milliseconds of each run of the whole process (output thrown away); checked once first."""
    first = subprocess.run(argv, cwd=cwd, stdin=subprocess.DEVNULL, capture_output=True)
    if first.returncode != 0 or not first.stdout.strip():
        raise Failed(f"{' '.join(argv)} exited {first.returncode}; stderr: {first.stderr.decode(errors='replace').strip()[:500]}")
    for _ in range(warmups):
        subprocess.run(argv, cwd=cwd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, cwd=cwd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append((time.perf_counter() - start) * 1000)
    return times


def reference() -> tuple[str, list[str]] | None:
    """The name and command of the tool to compare with, or None."""
    docker = shutil.which("docker")
    if docker and subprocess.run([docker, "compose", "version"], capture_output=True).returncode == 0:
        return "docker compose config", [docker, "compose"]
    legacy = shutil.which("docker-compose")
    if legacy:
        version = subprocess.run([legacy, "version", "--short"], capture_output=True, text=True).stdout.strip()
        return f"docker-compose {version} config", [legacy]
    return None


def generated(folder: Path) -> Path:
    """A Compose file of SERVICES services, with a .env beside it."""
    (folder / ".env").write_text("REGISTRY=registry.example.com\nTAG=2.4\n")
    lines = ["x-common: &common", "  restart: unless-stopped", "  environment:", "    LOG_LEVEL: ${LOG_LEVEL:-info}",
             "services:", "  base:", "    image: ${REGISTRY}/base:${TAG}", "    <<: *common"]
    for i in range(SERVICES - 1):
        lines += [f"  svc-{i}:", "    <<: *common", "    extends: base",
                  f"    image: ${{REGISTRY}}/svc-{i}:${{TAG:-latest}}", "    ports:", f'      - "{10000 + i}:8080"',
                  "    environment:", f"      PEER: http://svc-{(i + 1) % (SERVICES - 1)}:8080"]
    path = folder / "compose.yaml"
    path.write_text("\n".join(lines) + "\n")
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--binary", default=".build/release/podwright")
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    binary = release_binary(args.binary)
    if binary is None:
        return 1
    files = sorted((p for p in CORPUS.iterdir() if p.suffix in (".yaml", ".yml")), key=lambda p: p.stat().st_size)
    largest = files[-1]
    ref = reference()
    rows = []
    try:
        with tempfile.TemporaryDirectory() as temporary:
            big = generated(Path(temporary))
            cases = [(f"(a) {largest.name} ({largest.stat().st_size:,} bytes)", largest),
                     (f"(b) generated, {SERVICES:,} services ({big.stat().st_size:,} bytes)", big)]
            for label, path in cases:
                ours = statistics.median(timed([binary, "import", path.name], path.parent, args.runs, 2))
                row = [label, f"{ours:.1f} ms"]
                if ref:
                    theirs = statistics.median(timed(ref[1] + ["-f", path.name, "config"], path.parent, args.runs, 2))
                    row += [f"{theirs:.1f} ms", f"{ours / theirs:.2f}"]
                else:
                    row += ["-", "-"]
                rows.append(row)
    except Failed as failure:
        print(f"bench: {failure}", file=sys.stderr)
        return 1
    name = ref[0] if ref else "no reference (kompose is not on PyPI or Debian; docker compose not installed)"
    print(f"podwright import, median of {args.runs} runs of the whole process, against {name}\n")
    print(table(["file", "podwright import", name if ref else "reference", "ratio"], rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
