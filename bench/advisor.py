#!/usr/bin/env python3
"""Measures the interactive advisor in a real terminal (tmux) and prints the figures against its goals.

(a) Time to first frame: the release binary is started in a fresh detached tmux session 20 times;
    the time runs from just before `tmux new-session` until `capture-pane` first shows the start
    screen's title (polled about every 2 ms). Goal: median <= 50 ms. The same is measured for a
    trivial `echo ready; sleep 5` session, so the reader sees what tmux itself costs (spawning the
    client, the pane, and every capture-pane); the difference is the advisor's own share.
(b) Peak memory of an interactive session: the binary runs under `/usr/bin/time -f %M` in tmux
    while a short session is driven (the main form, two companions, the YAML preview on and off,
    the pane switched and scrolled, a few resizes, the result, finish). Goal: peak RSS < 30 MB.
(c) `advisor-bench` (swift build -c release --product advisor-bench): one keypress, update plus
    render, on a design with 20 companions at 120x40. Goal: median < 2 ms.

A benchmark, not a test: it prints figures and exits 0 whether or not a goal is met; it exits 1
only when something fails to run (the binary, tmux, the driven session).

Usage: .venv/bin/python bench/advisor.py --binary .build/release/podwright
"""

from __future__ import annotations

import argparse
import os
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import release_binary, table

FIRST_FRAME_GOAL_MS = 50.0
MEMORY_GOAL_MB = 30.0
KEYPRESS_GOAL_MS = 2.0
TITLE = "Pod design advisor"
WAIT = 10.0


class Failed(Exception):
    pass


class Tmux:
    def __init__(self) -> None:
        self.base = ["tmux", "-f", "/dev/null", "-L", f"podwright-bench-{os.getpid()}"]

    def run(self, *args: str, check: bool = True) -> str:
        result = subprocess.run(self.base + list(args), capture_output=True, text=True, timeout=WAIT)
        if check and result.returncode != 0:
            raise Failed(f"tmux {' '.join(args[:3])} failed: {result.stderr.strip()}")
        return result.stdout

    def capture(self, session: str) -> str:
        return self.run("capture-pane", "-p", "-t", session, check=False)

    def wait_for(self, session: str, needle: str, timeout: float = WAIT, interval: float = 0.01) -> str:
        deadline = time.monotonic() + timeout
        while True:
            screen = self.capture(session)
            if needle in screen:
                return screen
            if time.monotonic() > deadline:
                raise Failed(f"waited {timeout:.0f} s for {needle!r} in session {session}; last screen:\n{screen}")
            time.sleep(interval)

    def keys(self, session: str, *keys: str) -> None:
        self.run("send-keys", "-t", session, *keys)

    def type(self, session: str, text: str) -> None:
        self.run("send-keys", "-t", session, "-l", text)

    def kill(self, session: str) -> None:
        self.run("kill-session", "-t", session, check=False)

    def kill_server(self) -> None:
        subprocess.run(self.base + ["kill-server"], capture_output=True, timeout=WAIT)
        # tmux leaves its socket file behind; remove it (the server is gone).
        folder = os.environ.get("TMUX_TMPDIR") or "/tmp"
        try:
            os.unlink(os.path.join(folder, f"tmux-{os.getuid()}", self.base[-1]))
        except OSError:
            pass


def env_prefix(state: Path) -> str:
    return f"env -u NO_COLOR XDG_STATE_HOME={shlex.quote(str(state))} LC_ALL=C.UTF-8 LANG=C.UTF-8 TERM=screen"


# --------------------------------------------------------------------------- (a) time to first frame

def first_frame(tmux: Tmux, name: str, command: str, needle: str, poll: float) -> float:
    """Milliseconds from just before `tmux new-session` until the needle is on the screen."""
    start = time.perf_counter()
    tmux.run("new-session", "-d", "-s", name, "-x", "80", "-y", "24", command)
    deadline = start + WAIT
    try:
        while True:
            if needle in tmux.capture(name):
                return (time.perf_counter() - start) * 1000
            if time.perf_counter() > deadline:
                raise Failed(f"session {name} never showed {needle!r}: {command}")
            time.sleep(poll)
    finally:
        tmux.kill(name)


def measure_first_frames(tmux: Tmux, binary: str, tmp: Path, runs: int, warmups: int, poll: float):
    state = tmp / "state-first-frame"
    advisor = f"{env_prefix(state)} {shlex.quote(binary)}"
    baseline = "echo ready; sleep 5"
    advisor_times: list[float] = []
    baseline_times: list[float] = []
    for i in range(warmups + runs):  # interleaved, so drift hits both alike
        a = first_frame(tmux, f"a{i}", advisor, TITLE, poll)
        b = first_frame(tmux, f"b{i}", baseline, "ready", poll)
        if i >= warmups:
            advisor_times.append(a)
            baseline_times.append(b)
    return advisor_times, baseline_times


# --------------------------------------------------------------------------- (b) peak memory

def drive_session(tmux: Tmux, s: str) -> None:
    """A short session: main form, two companions, the YAML preview, the other pane, resizes, finish."""
    tmux.wait_for(s, TITLE)
    tmux.keys(s, "Enter")
    tmux.wait_for(s, "Design name")
    tmux.keys(s, "Enter", "Enter")
    tmux.type(s, "nginx:1.27")
    tmux.keys(s, "Enter", "Enter", "Enter")
    tmux.type(s, "80")
    tmux.keys(s, "Enter", "Enter", "Enter", "Enter")
    tmux.wait_for(s, "+ Add a companion")
    # log-shipper: a native sidecar sharing /var/log/nginx (every choice at its default but the lifecycle, `same`),
    # by what the screen asks: the advisor asks only the questions that can still move it.
    tmux.keys(s, "a")
    tmux.wait_for(s, "question 1 of")
    tmux.keys(s, *["BSpace"] * 12)
    tmux.type(s, "log-shipper")
    tmux.keys(s, "Enter")
    tmux.type(s, "fluent/fluent-bit:3.1")
    tmux.keys(s, "Enter")
    number = 3
    while number < 20:
        screen = tmux.wait_for(s, f"log-shipper · question {number} of")
        if "Which ports does log-shipper" in screen:
            tmux.keys(s, "Enter")
            break
        if "Which paths does log-shipper" in screen:
            tmux.type(s, "/var/log/nginx")
        elif "lives and dies with" in screen:
            tmux.keys(s, "Up")
        tmux.keys(s, "Enter")
        number += 1
    tmux.wait_for(s, "▸ log-shipper")
    # The YAML preview, scrolled in its pane, then back to the diagram.
    tmux.keys(s, "p")
    tmux.wait_for(s, "apiVersion")
    tmux.keys(s, "Tab", *["Down"] * 30, "Tab", "p")
    # db: its own StatefulSet.
    tmux.keys(s, "a")
    tmux.wait_for(s, "question 1 of")
    tmux.keys(s, *["BSpace"] * 12)
    tmux.type(s, "db")
    tmux.keys(s, "Enter")
    tmux.type(s, "postgres:16")
    tmux.keys(s, "Enter")
    # Every question at the answer the advisor preselects (the catalogue makes postgres stateful, so it goes to a
    # StatefulSet of its own), up to the ports: by what the screen asks, not by counting questions.
    for _ in range(20):
        time.sleep(0.05)
        if "Which ports does db listen on?" in tmux.capture(s):
            break
        tmux.keys(s, "Enter")
    tmux.wait_for(s, "Which ports does db listen on?")
    tmux.type(s, "5432")
    tmux.keys(s, "Enter")
    tmux.wait_for(s, "▸ db")
    for width, height in [(120, 40), (60, 20), (40, 10), (200, 60), (100, 30), (80, 24)]:
        tmux.run("resize-window", "-t", s, "-x", str(width), "-y", str(height))
        time.sleep(0.02)
    tmux.keys(s, "p")
    tmux.wait_for(s, "apiVersion")
    tmux.keys(s, "r")
    tmux.wait_for(s, "Finish: the manifest")
    tmux.keys(s, "f")


def measure_memory(tmux: Tmux, binary: str, tmp: Path) -> tuple[float, float, int]:
    """Peak RSS in MB of a driven session, of `podwright --version`, and the manifest's byte count."""
    folder = tmp / "memory"
    folder.mkdir()
    q = lambda name: shlex.quote(str(folder / name))  # noqa: E731
    command = (f"{env_prefix(folder / 'state')} /usr/bin/time -f %M -o {q('rss')} {shlex.quote(binary)} "
               f"> {q('out')} 2> {q('err')}; echo $? > {q('status')}")
    tmux.run("new-session", "-d", "-s", "mem", "-x", "80", "-y", "24", command)
    try:
        drive_session(tmux, "mem")
        deadline = time.monotonic() + WAIT
        while not (folder / "status").exists() or not (folder / "status").read_text().endswith("\n"):
            if time.monotonic() > deadline:
                raise Failed("the driven session did not finish")
            time.sleep(0.01)
    finally:
        tmux.kill("mem")
    status = int((folder / "status").read_text())
    out = (folder / "out").read_bytes()
    if status != 0 or b"kind: StatefulSet" not in out:
        raise Failed(f"the driven session exited {status} with {len(out)} bytes of manifest; "
                     f"stderr: {(folder / 'err').read_text()[:300]}")
    session_kb = int((folder / "rss").read_text().split()[-1])
    version = subprocess.run(["/usr/bin/time", "-f", "%M", binary, "--version"], capture_output=True, text=True,
                             timeout=WAIT)
    version_kb = int(version.stderr.split()[-1])
    return session_kb / 1024, version_kb / 1024, len(out)


# --------------------------------------------------------------------------- (c) advisor-bench

def run_advisor_bench(path: str) -> tuple[list[str], float | None]:
    result = subprocess.run([path], capture_output=True, text=True, timeout=120)
    if result.returncode != 0:
        raise Failed(f"{path} exited {result.returncode}: {result.stderr.strip()[:300]}")
    lines = result.stdout.rstrip("\n").splitlines()
    match = re.search(r"median ([0-9.]+) ms", result.stdout)
    return lines, float(match.group(1)) if match else None


# --------------------------------------------------------------------------- output



def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--binary", required=True, help="the podwright executable (a release build)")
    parser.add_argument("--advisor-bench", help="the advisor-bench executable (default: next to --binary)")
    parser.add_argument("--runs", type=int, default=20, help="timed starts for (a) (default 20)")
    parser.add_argument("--warmups", type=int, default=2, help="untimed starts first (default 2)")
    parser.add_argument("--poll-ms", type=float, default=2.0, help="capture-pane interval for (a) (default 2)")
    args = parser.parse_args()

    binary = release_binary(args.binary)
    if binary is None:
        return 1
    if shutil.which("tmux") is None:
        print("bench: tmux is missing (apt-get install tmux)", file=sys.stderr)
        return 1
    bench_path = os.path.abspath(args.advisor_bench or os.path.join(os.path.dirname(binary), "advisor-bench"))
    has_time = os.access("/usr/bin/time", os.X_OK)

    tmux = Tmux()
    with tempfile.TemporaryDirectory(prefix="podwright-advisor-bench-") as tmp_name:
        tmp = Path(tmp_name)
        try:
            version = subprocess.run([binary, "--version"], capture_output=True, text=True, timeout=WAIT).stdout.strip()
            # A session that lives through the whole run, so no measurement pays for starting the server.
            tmux.run("new-session", "-d", "-s", "keeper", "-x", "80", "-y", "24", "sleep 600")
            advisor_times, baseline_times = measure_first_frames(tmux, binary, tmp, args.runs, args.warmups,
                                                                 args.poll_ms / 1000)
            memory = measure_memory(tmux, binary, tmp) if has_time else None
            bench_lines, keypress = (run_advisor_bench(bench_path) if os.access(bench_path, os.X_OK)
                                     else (None, None))
        except (Failed, subprocess.TimeoutExpired) as e:
            print(f"bench: {e}", file=sys.stderr)
            return 1
        finally:
            tmux.kill_server()

    a_median = statistics.median(advisor_times)
    b_median = statistics.median(baseline_times)
    print(f"podwright {version} ({binary})")
    print(f"{subprocess.run(['tmux', '-V'], capture_output=True, text=True).stdout.strip()}; "
          f"{os.cpu_count()} CPUs; capture-pane every {args.poll_ms:g} ms; {args.warmups} warm-up starts first\n")
    rows = [
        ["(a) first frame: podwright start screen", str(len(advisor_times)), f"{a_median:.1f}",
         f"{min(advisor_times):.1f}", f"{max(advisor_times):.1f}", f"<= {FIRST_FRAME_GOAL_MS:.0f} ms",
         "yes" if a_median <= FIRST_FRAME_GOAL_MS else "NO"],
        ["(a) baseline: tmux 'echo ready; sleep 5'", str(len(baseline_times)), f"{b_median:.1f}",
         f"{min(baseline_times):.1f}", f"{max(baseline_times):.1f}", "", ""],
        ["(a) podwright minus baseline (medians)", "", f"{a_median - b_median:.1f}", "", "", "", ""],
    ]
    if memory:
        session_mb, version_mb, manifest_bytes = memory
        rows.append(["(b) peak RSS, driven session (MB)", "1", f"{session_mb:.1f}", "", "",
                     f"< {MEMORY_GOAL_MB:.0f} MB", "yes" if session_mb < MEMORY_GOAL_MB else "NO"])
        rows.append(["(b) peak RSS, podwright --version (MB)", "1", f"{version_mb:.1f}", "", "", "", ""])
    if keypress is not None:
        rows.append(["(c) keypress update+render, 20 companions", "2000", f"{keypress:.3f}", "", "",
                     f"< {KEYPRESS_GOAL_MS:.0f} ms", "yes" if keypress < KEYPRESS_GOAL_MS else "NO"])
    print(table(["measure", "runs", "median", "min", "max", "goal", "met"], rows))
    print("\n(a) and (c) in milliseconds, (b) in megabytes.")
    if memory:
        print(f"(b) the session: main form, log-shipper and db, YAML preview on, scrolled and off, 6 resizes "
              f"(down to 40x10), result, finish; {memory[2]:,} bytes of manifest on stdout, exit 0")
    else:
        print("(b) skipped: /usr/bin/time is missing (Debian package `time`)")
    if bench_lines is not None:
        print(f"(c) {bench_path}:")
        for line in bench_lines:
            print("    " + line)
    else:
        print(f"(c) skipped: {bench_path} is missing (swift build -c release --product advisor-bench)")
    met = [a_median <= FIRST_FRAME_GOAL_MS]
    if memory:
        met.append(memory[0] < MEMORY_GOAL_MB)
    if keypress is not None:
        met.append(keypress < KEYPRESS_GOAL_MS)
    print(f"goals: {'all met' if all(met) else 'NOT all met'}"
          + ("" if memory and keypress is not None else " (of those measured)"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
