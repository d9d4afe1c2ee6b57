#!/usr/bin/env python3
"""Measures `podwright serve`: how fast learners get in, and what each one costs in memory.

(a) Connections per second: N learners connect one after another (TCP, SSH key exchange, password, pty, shell) and
    each waits until the quiz's first frame arrives on its terminal; the figure is N divided by the wall time, and
    the median time to first frame. Then the same N learners connect from 10 threads at once.
(b) Memory per learner: with the server idle, then with N learners connected and their quizzes on screen, the
    resident memory (RSS, from /proc) of the server plus all its children is summed; the difference divided by N is
    the memory one learner costs (their quiz process and their SSH connection). The same again with N learners in
    the advisor (a second server, `--offer advisor`), whose process holds the engine and a design.

The servers run with `--offer quiz` (and `--offer advisor`), so a learner's first frame is the program's, not the
menu's: the figure includes starting the learner's process. No other SSH server is measured here (this machine
has no OpenSSH server to compare with), so there is no ratio against a peer.

A benchmark, not a test: it prints figures and exits 0; it exits 1 only when something fails to run.
Usage: .venv/bin/python bench/serve.py --binary .build/release/podwright [--learners 30]
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import paramiko

CODE = "bench-code"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rss_kib(pid: int) -> int:
    """The resident memory of a process and all its descendants, in KiB."""
    total = 0
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
            children.setdefault(int(fields[1]), []).append(int(entry))
        except (OSError, IndexError):
            continue
    stack = [pid]
    while stack:
        current = stack.pop()
        try:
            for line in Path(f"/proc/{current}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            pass
        stack.extend(children.get(current, []))
    return total


class Session:
    """One learner: connected, with a pty and the program started; `first_frame` is the seconds until `ready` (bytes
    of the program's first frame) arrived."""

    def __init__(self, port: int, name: str, ready: bytes = b"questions"):
        started = time.perf_counter()
        self.client = paramiko.SSHClient()
        self.client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
        self.client.connect("127.0.0.1", port=port, username=name, password=CODE, look_for_keys=False,
                            allow_agent=False, timeout=30, banner_timeout=30, auth_timeout=30)
        self.channel = self.client.get_transport().open_session()
        self.channel.get_pty(term="xterm", width=80, height=24)
        self.channel.invoke_shell()
        seen = b""
        while ready not in seen:  # the quiz intro's "N questions." line, or the advisor's start screen
            data = self.channel.recv(65536)
            if not data:
                raise RuntimeError(f"{name}: the session ended before the first frame")
            seen += data
        self.first_frame = time.perf_counter() - started

    def close(self) -> None:
        self.client.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--learners", type=int, default=30)
    args = parser.parse_args()
    count = args.learners
    with tempfile.TemporaryDirectory(prefix="podwright-serve-bench-") as temporary:
        folder = Path(temporary)
        env = dict(os.environ, XDG_STATE_HOME=str(folder / "state"))

        def start(offer: str) -> tuple[subprocess.Popen, int]:
            port = free_port()
            server = subprocess.Popen(
                [str(Path(args.binary).resolve()), "serve", "--port", str(port), "--class-code", CODE, "--seed", "7",
                 "--count", "3", "--results", str(folder / "results.jsonl"), "--sessions", str(max(60, count)),
                 "--offer", offer, "--lang", "en"],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
            for _ in range(200):
                with socket.socket() as s:
                    if s.connect_ex(("127.0.0.1", port)) == 0:
                        break
                time.sleep(0.05)
            time.sleep(0.3)
            return server, port

        advisor, advisor_port = start("advisor")
        try:
            advisor_idle = rss_kib(advisor.pid)
            designers = [Session(advisor_port, f"adv{n:03d}", ready=b"Start a new design") for n in range(count)]
            time.sleep(0.5)
            advisor_loaded = rss_kib(advisor.pid)
            for s in designers:
                s.close()
        finally:
            advisor.terminate()
            advisor.wait(10)

        server, port = start("quiz")
        try:
            idle = rss_kib(server.pid)

            started = time.perf_counter()
            sessions = [Session(port, f"one{n:03d}") for n in range(count)]
            sequential = time.perf_counter() - started
            firsts = [s.first_frame for s in sessions]
            time.sleep(0.5)
            loaded = rss_kib(server.pid)
            for s in sessions:
                s.close()
            time.sleep(2.5)  # the quizzes are ended (SIGHUP, then SIGKILL after 2 s)

            parallel_sessions: list[Session] = []
            errors: list[str] = []
            lock = threading.Lock()

            def worker(numbers: list[int]) -> None:
                for n in numbers:
                    try:
                        s = Session(port, f"par{n:03d}")
                        with lock:
                            parallel_sessions.append(s)
                    except Exception as error:  # noqa: BLE001
                        errors.append(str(error))

            started = time.perf_counter()
            threads = [threading.Thread(target=worker, args=(list(range(t, count, 10)),)) for t in range(10)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            parallel = time.perf_counter() - started
            for s in parallel_sessions:
                s.close()
        finally:
            server.terminate()
            server.wait(10)
    if errors:
        print(f"{len(errors)} parallel connections failed: {errors[:3]}")
        return 1
    print(f"podwright serve, {count} learners on 127.0.0.1 ({args.binary})")
    print(f"  one after another: {count / sequential:.1f} connections/s; time to the first frame: "
          f"median {statistics.median(firsts) * 1000:.0f} ms, max {max(firsts) * 1000:.0f} ms")
    print(f"  10 at a time:      {count / parallel:.1f} connections/s")
    print(f"  memory: server idle {idle / 1024:.1f} MiB; with {count} learners {loaded / 1024:.1f} MiB "
          f"(server + quizzes); {(loaded - idle) / count / 1024:.2f} MiB per learner")
    print(f"  advisor: server idle {advisor_idle / 1024:.1f} MiB; with {count} learners {advisor_loaded / 1024:.1f} MiB; "
          f"{(advisor_loaded - advisor_idle) / count / 1024:.2f} MiB per learner")
    return 0


if __name__ == "__main__":
    sys.exit(main())
