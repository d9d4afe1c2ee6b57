#!/usr/bin/env python3
"""Times `podwright audit` as a whole process and prints the figures against its goals.

(a) The whole corpus (/work/shared/corpus: the folder, plus the istio `*.injected` files named
    explicitly, since a folder is read only for .yaml/.yml/.json) against
    `checkov -d CORPUS --framework kubernetes --skip-download` with BC_SKIP_MAPPING=TRUE (checkov
    from PyPI, bench/requirements.txt): medians and their ratio; goal ratio <= 1/50 (0.02; it was 1/20 until issue 15).
    checkov reads only the folder (not the .injected files) and runs its many security checks on
    every object; podwright runs its thirteen rules on pod-bearing objects and HPAs: the same input, not the same
    work, but the tool a team would otherwise run over the same manifests.
(b) Streams made by joining the corpus's files with "\\n---\\n" and repeating that text a whole
    number of times (the nearest to about 1, 5, 10 and 20 MB, MB = 2^20 bytes; one copy is about
    2.2 MB, so every stream is the same mix of documents), without the one broken file
    (GoogleCloudPlatform+kubernetes-engine-samples/.../vllm-llama3-8b-instruct.yaml), so that every
    document of the stream can be read. Each is audited from standard input (`podwright audit -`)
    and as a file named on the command line: wall time (median of 3; goal for the largest, ~20 MB,
    stream < 2 s) and peak RSS (`/usr/bin/time -f %M`), with the text output sent to /dev/null, and
    the same for an empty standard input (the fixed cost). Documents are parsed one at a time and
    the text report is written as they are read, so RSS should grow neither with the input nor
    with the findings.

A benchmark, not a test: it prints figures and exits 0 whether or not a goal is met; it exits
1 only when podwright fails (an exit status other than the expected 0/1, no output). If checkov
cannot be found or run, it says so and still prints podwright's figures.

Usage: .venv/bin/python bench/audit.py --binary .build/release/podwright
       (checkov: `.venv/bin/pip install -r bench/requirements.txt`)
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import release_binary, table

CORPUS = Path("/work/shared/corpus")
BROKEN = "GoogleCloudPlatform+kubernetes-engine-samples/ai-ml/infw-gw/examples/getting-started/vllm-llama3-8b-instruct.yaml"
FOLDER_ENDINGS = (".yaml", ".yml", ".json")
RATIO_GOAL = 1 / 50
STREAM_GOAL_S = 2.0
MB = 1 << 20
JOIN = b"\n---\n"


class Failed(Exception):
    pass


def run(argv: list[str], env: dict[str, str], stdin_path: str | None = None, capture: bool = False,
        cwd: str | None = None) -> subprocess.CompletedProcess:
    """Runs the command once; its standard input is the file at stdin_path, or nothing."""
    out = subprocess.PIPE if capture else subprocess.DEVNULL
    with open(stdin_path or os.devnull, "rb") as stdin:
        return subprocess.run(argv, env=env, stdin=stdin, stdout=out, stderr=out, cwd=cwd)


def describe(argv: list[str], stdin_path: str | None) -> str:
    return " ".join(argv) + (f" < {stdin_path}" if stdin_path else "")


def check(argv: list[str], env: dict[str, str], allowed: tuple[int, ...], stdin_path: str | None = None,
          cwd: str | None = None) -> subprocess.CompletedProcess:
    """Runs the command once, checked: an allowed exit status and output on stdout."""
    result = run(argv, env, stdin_path, capture=True, cwd=cwd)
    if result.returncode not in allowed or not result.stdout.strip():
        raise Failed(f"{describe(argv, stdin_path)} exited {result.returncode} with {len(result.stdout)} bytes on "
                     f"stdout; stderr: {result.stderr.decode(errors='replace').strip()[:500]}")
    return result


def timed(argv: list[str], env: dict[str, str], runs: int, warmups: int, status: int,
          stdin_path: str | None = None, cwd: str | None = None) -> list[float]:
    """Wall-clock milliseconds of each run of the whole process (output thrown away); every run must
    exit with `status`, the one the checked run had."""
    for _ in range(warmups):
        run(argv, env, stdin_path, cwd=cwd)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        code = run(argv, env, stdin_path, cwd=cwd).returncode
        times.append((time.perf_counter() - start) * 1000)
        if code != status:
            raise Failed(f"{describe(argv, stdin_path)} exited {code} during the timed runs (checked run: {status})")
    return times


def peak_rss_mb(argv: list[str], env: dict[str, str], status: int, tmp: str, stdin_path: str | None = None) -> float:
    """Peak resident set size of one run, from `/usr/bin/time -f %M` (KiB), in MB (2^20 bytes)."""
    report = os.path.join(tmp, "rss")
    code = run(["/usr/bin/time", "-f", "%M", "-o", report] + argv, env, stdin_path).returncode
    if code != status:
        raise Failed(f"{describe(argv, stdin_path)} exited {code} under /usr/bin/time (checked run: {status})")
    with open(report) as f:
        return int(f.read().split()[-1]) / 1024


def find_checkov(given: str | None) -> str | None:
    if given:
        return given
    candidate = Path(sys.executable).parent / "checkov"
    if candidate.is_file() and os.access(candidate, os.X_OK):
        return str(candidate)
    return shutil.which("checkov")


def corpus_files(corpus: Path) -> tuple[list[Path], list[Path]]:
    """What a folder audit reads (.yaml/.yml/.json, recursively) and the `*.injected` files beside them."""
    files = sorted(p for p in corpus.rglob("*") if p.is_file() and p.suffix.lower() in FOLDER_ENDINGS)
    injected = sorted(corpus.rglob("*.injected"))
    return files, injected


def copies_for(corpus_text: bytes, size_mb: float) -> int:
    """How many whole copies of the corpus text come nearest to `size_mb` (at least one)."""
    return max(1, round(size_mb * MB / (len(corpus_text) + len(JOIN))))


def summary(result: subprocess.CompletedProcess) -> dict:
    report = json.loads(result.stdout)
    counts = dict(report["summary"])
    counts["problems"] = len(report.get("problems", []))
    counts["findings"] = len(report.get("findings", []))
    return counts


def ms(values: list[float]) -> list[str]:
    return [str(len(values)), f"{statistics.median(values):.1f}", f"{min(values):.1f}", f"{max(values):.1f}"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--binary", required=True, help="the podwright executable (a release build)")
    parser.add_argument("--corpus", default=str(CORPUS), help=f"the manifest corpus (default {CORPUS})")
    parser.add_argument("--checkov", help="the checkov executable (default: the venv's, then PATH)")
    parser.add_argument("--runs", type=int, default=10, help="timed podwright runs for (a) (default 10)")
    parser.add_argument("--warmups", type=int, default=2, help="untimed podwright runs first (default 2)")
    parser.add_argument("--checkov-runs", type=int, default=3, help="timed checkov runs for (a) (default 3)")
    parser.add_argument("--checkov-warmups", type=int, default=0,
                        help="untimed checkov runs besides the checked one (default 0)")
    parser.add_argument("--stream-runs", type=int, default=3, help="timed runs per stream for (b) (default 3)")
    parser.add_argument("--stream-sizes", default="1,5,10,20",
                        help="stream sizes in MB for (b), the last one held to the goal (default 1,5,10,20)")
    args = parser.parse_args()

    binary = release_binary(args.binary)
    if binary is None:
        return 1
    corpus = Path(args.corpus)
    if not corpus.is_dir():
        print(f"bench: {corpus} is not a folder", file=sys.stderr)
        return 1
    sizes = [float(s) for s in args.stream_sizes.split(",")]
    have_time = os.access("/usr/bin/time", os.X_OK)
    env = dict(os.environ)
    env["NO_COLOR"] = "1"

    files, injected = corpus_files(corpus)
    checkov_note = ""
    checkov_times: list[float] = []
    checkov_counts = ""
    rows_b: list[list[str]] = []
    streams_b: list[list[str]] = []
    goal_b: list[list[str]] = []

    with tempfile.TemporaryDirectory(prefix="podwright-bench-") as tmp:
        try:
            podwright_version = check([binary, "--version"], env, (0,)).stdout.decode().strip()

            # (a) the whole corpus, podwright.
            audit_argv = [binary, "audit", str(corpus)] + [str(p) for p in injected]
            corpus_run = check(audit_argv + ["--format", "json"], env, (1,))
            corpus_counts = summary(corpus_run)
            corpus_text_out = check(audit_argv, env, (1,))
            pw_times = timed(audit_argv, env, args.runs, args.warmups, 1)

            # (a) checkov, on the folder.
            checkov = find_checkov(args.checkov)
            if checkov is None:
                checkov_note = ("checkov NOT AVAILABLE, no ratio: not in the venv nor on PATH "
                                "(`.venv/bin/pip install -r bench/requirements.txt`, or pass --checkov PATH)")
            else:
                checkov_env = dict(env)
                checkov_env["BC_SKIP_MAPPING"] = "TRUE"
                checkov_argv = [checkov, "-d", str(corpus), "--framework", "kubernetes", "--skip-download"]
                try:
                    # checkov exits 1 when a check fails, which the corpus has; it runs in the temporary
                    # folder so that whatever it leaves behind goes with it.
                    first = check(checkov_argv, checkov_env, (0, 1), cwd=tmp)
                    if b"kubernetes scan results" not in first.stdout:
                        raise Failed("its output has no 'kubernetes scan results'")
                    version = check([checkov, "--version"], checkov_env, (0,), cwd=tmp).stdout.decode().strip()
                    out = first.stdout.decode(errors="replace")
                    found = re.search(r"Passed checks: (\d+), Failed checks: (\d+)", out)
                    scanned = len(set(re.findall(r"^\s*File: (\S+?):\d", out, re.MULTILINE)))
                    if found:
                        checkov_counts = (f"checkov: {scanned} files with results, {int(found[1]):,} checks passed, "
                                          f"{int(found[2]):,} failed (exit {first.returncode})")
                    checkov_times = timed(checkov_argv, checkov_env, args.checkov_runs, args.checkov_warmups,
                                          first.returncode, cwd=tmp)
                    checkov_note = f"checkov {version} ({checkov}), env BC_SKIP_MAPPING=TRUE; the checked run is its warm-up"
                except (Failed, OSError) as e:
                    checkov_note = f"checkov COULD NOT BE RUN, no ratio: {e}"
                    checkov_times = []

            # (b) streams.
            keep = [p for p in files + injected if p.relative_to(corpus).as_posix() != BROKEN]
            skipped = len(files + injected) - len(keep)
            corpus_text = JOIN.join(p.read_bytes() for p in keep)
            empty_argv = [binary, "audit", "-"]
            check(empty_argv, env, (0,))
            empty_times = timed(empty_argv, env, args.runs, args.warmups, 0)
            baseline_rss = peak_rss_mb(empty_argv, env, 0, tmp) if have_time else None
            rows_b.append(["(b) empty input, stdin"] + ms(empty_times) + [
                "", f"{baseline_rss:.1f}" if baseline_rss is not None else "n/a"])
            for mb in sizes:
                copies = copies_for(corpus_text, mb)
                data = JOIN.join([corpus_text] * copies)
                path = os.path.join(tmp, f"stream-{copies}.yaml")
                with open(path, "wb") as f:
                    f.write(data)
                label = f"{len(data) / MB:.1f} MB"
                counts = summary(check([binary, "audit", path, "--format", "json"], env, (0, 1)))
                status = 1 if counts["errors"] else 0
                text_out = check([binary, "audit", path], env, (status,))
                streams_b.append([label, str(copies), f"{len(data):,}", f"{counts['documents']:,}", f"{counts['workloads']:,}",
                                  f"{counts['findings']:,}", f"{counts['problems']}", f"{len(text_out.stdout):,}",
                                  str(status)])
                for mode, argv, stdin_path in (("stdin", [binary, "audit", "-"], path),
                                               ("file", [binary, "audit", path], None)):
                    times = timed(argv, env, args.stream_runs, 1, status, stdin_path)
                    rss = peak_rss_mb(argv, env, status, tmp, stdin_path) if have_time else None
                    median_s = statistics.median(times) / 1000
                    rows_b.append([f"(b) {label}, {mode}"] + ms(times) + [
                        f"{len(data) / MB / median_s:.1f}", f"{rss:.1f}" if rss is not None else "n/a"])
                    if mb == sizes[-1]:
                        goal_b.append([f"(b) {label} stream, {mode}", f"{median_s:.2f} s", f"< {STREAM_GOAL_S:.0f} s",
                                       "yes" if median_s < STREAM_GOAL_S else "NO"])
        except Failed as e:
            print(f"bench: {e}", file=sys.stderr)
            return 1

    pw_median = statistics.median(pw_times)
    print(f"podwright {podwright_version} ({binary})")
    print(checkov_note)
    print(f"{os.cpu_count()} CPUs; whole-process wall time; podwright {args.warmups} warm-up runs first; "
          f"text output to /dev/null\n")

    rows_a = [[f"(a) podwright audit corpus/ + {len(injected)} *.injected"] + ms(pw_times)]
    goals = [["(a) ratio podwright / checkov"]]
    if checkov_times:
        checkov_median = statistics.median(checkov_times)
        ratio = pw_median / checkov_median
        rows_a.append(["(a) checkov -d corpus/ --framework kubernetes"] + ms(checkov_times))
        goals[0] += [f"{ratio:.4f} (1/{1 / ratio:.0f})", f"<= {RATIO_GOAL:.2f} (1/50)",
                     "yes" if ratio <= RATIO_GOAL else "NO"]
    else:
        goals[0] += ["n/a (no checkov)", f"<= {RATIO_GOAL:.2f} (1/50)", "unknown"]
    print(table(["measure", "runs", "median ms", "min ms", "max ms"], rows_a))
    c = corpus_counts
    print(f"\npodwright: {c['files']} files, {c['documents']} documents, {c['workloads']} workloads, "
          f"{c['skipped']} other objects; {c['findings']} findings, {c['problems']} unreadable document(s); "
          f"{len(corpus_text_out.stdout):,} bytes of text; exit 1")
    if checkov_counts:
        print(checkov_counts + " (it reads the folder only: no *.injected)")
    print()

    what = ("without" if skipped else "with") + " the broken vllm-llama3-8b-instruct.yaml"
    print(f"(b) streams: the corpus's {len(keep)} files ({what}) joined with '\\n---\\n', "
          f"that text repeated a whole number of times (joined the same way), so each copy is the same mix")
    print(table(["stream", "corpus copies", "bytes", "documents", "workloads", "findings", "problems", "text out bytes", "exit"],
                streams_b))
    print()
    print(table(["measure", "runs", "median ms", "min ms", "max ms", "MB/s", "peak RSS MB"], rows_b))
    if baseline_rss is None:
        print("\npeak RSS not measured: /usr/bin/time is missing (apt-get install time)")
    print()
    print(table(["measure", "measured", "goal", "met"], goals + goal_b))
    verdicts = [row[-1] for row in goals + goal_b]
    if "NO" in verdicts:
        print("goals: NOT all met")
    else:
        print("goals: all met" if "unknown" not in verdicts else "goals: the others met; the ratio to checkov unknown")
    return 0


if __name__ == "__main__":
    sys.exit(main())
