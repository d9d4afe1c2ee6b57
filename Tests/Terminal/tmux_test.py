#!/usr/bin/env python3
"""Drives the interactive advisor in real terminals (tmux) and checks what a user would see.

Every test runs the built binary in its own detached tmux session on a private server
(`tmux -L podwright-test-<pid>`, no config file), sends keys with `send-keys`, and reads the
screen with `capture-pane`, polling against a deadline (every wait is bounded). Each test has
its own XDG_STATE_HOME (so the autosave never touches the caller's), runs with LC_ALL=C.UTF-8
(English texts, UTF-8 drawing), and kills its session at the end.

 1. log-shipper session start to finish: exit 0, a native sidecar manifest that passes
    kubernetes-validate --strict, the design saved from the result screen, and
    `podwright recommend SAVED` prints the very same manifest
 2. the web / WAS / database / queue session: StatefulSets db and mq, the manifest validates
 3. a resize storm (30+ sizes, below the minimum and back): still alive, the question shows again
 4. Ctrl-C: status 130, nothing on stdout, the terminal settings (stty -g) as before
 5. SIGTERM: the terminal settings restored and the shell prompt works; the same after SIGILL (a Swift trap)
 6. --lang ko: Hangul on the start screen, no line wider than the pane, frames closed
 7. kill -9 mid-session, restart with the same state folder: Resume shows the answered companion
 8. q with unsaved work asks; n returns; q then y exits 130 with nothing on stdout
 9. no terminal at all (setsid, no tty): exit 2 with the one-line hint, nothing on stdout
10. podwright edit Resources/examples/redis-proxy.yaml: redis-proxy as a native ambassador
11. the pattern guide: g on a question opens it, a page turns, q returns to the same question
12. --theme high-contrast: the selection is marked with ▶ and drawn bold and reversed
13. podwright quiz --seed 7 --count 3 --name kim --results FILE played with number keys to the score: 2 of 3
    right, exit 0, stdout empty, one JSON line appended to FILE with the answers and marks; then --level
    placement --results -: q asks, n goes on, q y shows the score so far, and stdout is the JSON line
14. the quiz from the advisor's start menu, and q back to the menu
15. podwright quiz with no terminal: exit 2 with the same one-line hint
16. podwright import of a compose file, then edit: an inferred answer shows why; changing it drops the why
17. podwright edit Resources/examples/whole-app.yaml: every pod's box in the diagram (uncut at 120x40), db-metrics
    made to serve api with the arrow keys, and the saved file says `serves: api` for it
18. Shift-Tab off the main form's first field: the start menu offers Resume, the typed fields are there, and
    again in a second run
19. podwright edit, two Esc from the companions: Resume; "Start a new design" asks first; saving writes the
    edited file back without asking to replace it
20. Backspace held on a choice question stops before the image, whose text stays (on screen and in the autosave)
21. d asks before deleting; u brings the companion back, Ctrl-R deletes it again; the help lists undo and redo
22. a bracketed paste of 10 KB with a Tab into the image field: typed as text in well under 5 s, no key acts
23. kill -INT: status 130 as Ctrl-C, the terminal restored, the field being typed in the autosave
24. an autosave that is truncated, garbage, of the wrong types, or a folder: said on the start screen, moved
    aside as autosave.json.corrupt with its bytes, and a new autosave written
25. six companions at 80x24: the result keeps w, x, f, c in the footer, its checks scroll (End), and c shows
    every check in full with its fix
26. a preset picked by typing part of its name (cloud-sql, ↓, Enter): image and name filled in, its reason shown,
    a tag added; the autosave and a second run have it
27. c copies a companion right after it (u and Ctrl-R undo and redo it; the help lists copy and move); the
    autosave and a second run have the copy with its answers
28. K moves an init container above the other: the autosave, a second run and the manifest written keep the order

Usage: .venv/bin/python Tests/Terminal/tmux_test.py --binary .build/debug/podwright [-k NAME] [-v]
Prints `ok NAME` or `FAIL NAME: reason` per test (with the last screen when -v), then a last line
`N passed, M failed`; the exit status is 1 when M > 0.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import traceback
import unicodedata
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent.parent
WAIT = 10.0  # seconds: the bound of every wait
POLL = 0.02  # seconds between two looks at the screen
TITLE = "Pod design advisor"


class Failure(Exception):
    """A check that did not hold; the message says what was expected and what was seen."""


# --------------------------------------------------------------------------- tmux

class Tmux:
    """The private tmux server of this run."""

    def __init__(self) -> None:
        self.socket = f"podwright-test-{os.getpid()}"
        self.base = ["tmux", "-f", "/dev/null", "-L", self.socket]

    def run(self, *args: str, check: bool = True) -> str:
        result = subprocess.run(self.base + list(args), capture_output=True, text=True, timeout=WAIT)
        if check and result.returncode != 0:
            raise Failure(f"tmux {' '.join(args[:2])} failed: {result.stderr.strip()}")
        return result.stdout

    def kill_server(self) -> None:
        subprocess.run(self.base + ["kill-server"], capture_output=True, timeout=WAIT)
        # tmux leaves its socket file behind; remove it (the server is gone).
        folder = os.environ.get("TMUX_TMPDIR") or "/tmp"
        try:
            os.unlink(os.path.join(folder, f"tmux-{os.getuid()}", self.base[-1]))
        except OSError:
            pass


class Session:
    """One detached tmux session running one command, with its files in a private folder."""

    count = 0

    def __init__(self, suite: "Suite", command: str, width: int = 80, height: int = 24) -> None:
        Session.count += 1
        self.suite = suite
        self.tmux = suite.tmux
        self.name = f"t{Session.count}"
        self.last = ""
        # When the previous session was the server's last, the server exits as it ends; a new session started in
        # that moment meets a server on its way out ("server exited unexpectedly"). Start it again, then it is new.
        for attempt in range(3):
            try:
                self.tmux.run("new-session", "-d", "-s", self.name, "-x", str(width), "-y", str(height), command)
                break
            except Failure as failure:
                if "server exited unexpectedly" not in str(failure) or attempt == 2:
                    raise
                time.sleep(0.2)

    # ---- reading the screen

    def screen(self) -> str:
        text = self.tmux.run("capture-pane", "-p", "-t", self.name, check=False)
        if text:
            self.last = text
        return text

    def wait_for(self, predicate: Callable[[str], bool] | str, what: str | None = None,
                 timeout: float = WAIT) -> str:
        """Polls the screen until the predicate holds (or the text appears); fails at the deadline."""
        if isinstance(predicate, str):
            needle = predicate
            what = what or repr(needle)
            predicate = lambda screen: needle in screen  # noqa: E731
        deadline = time.monotonic() + timeout
        while True:
            screen = self.screen()
            if predicate(screen):
                return screen
            if time.monotonic() > deadline:
                raise Failure(f"waited {timeout:.0f} s for {what} on the screen")
            time.sleep(POLL)

    def wait_settled(self, predicate: Callable[[str], bool] | str, what: str | None = None,
                     timeout: float = WAIT) -> str:
        """Waits for the predicate, then until the screen stays the same over a few polls (a screen being
        drawn, or a status that is about to change, is not yet the screen to compare)."""
        screen = self.wait_for(predicate, what, timeout)
        deadline = time.monotonic() + timeout
        same = 0
        while same < 10:
            time.sleep(POLL)
            again = self.screen()
            same = same + 1 if again == screen else 0
            screen = again
            if time.monotonic() > deadline:
                raise Failure(f"the screen kept changing for {timeout:.0f} s after {what}")
        return screen

    # ---- typing

    def keys(self, *keys: str) -> None:
        """tmux key names: Enter, BSpace, Up, Down, Left, Right, BTab, Escape, C-c, or single characters."""
        if keys:
            self.tmux.run("send-keys", "-t", self.name, *keys)

    def type(self, text: str) -> None:
        if text:
            self.tmux.run("send-keys", "-t", self.name, "-l", text)

    def resize(self, width: int, height: int) -> None:
        self.tmux.run("resize-window", "-t", self.name, "-x", str(width), "-y", str(height))

    # ---- the process

    def pane_pid(self) -> int:
        return int(self.tmux.run("display-message", "-p", "-t", self.name, "#{pane_pid}").strip())

    def advisor_pid(self, timeout: float = WAIT) -> int:
        """The pid of the podwright process running in the pane (a descendant of the pane's shell)."""
        deadline = time.monotonic() + timeout
        while True:
            pid = find_descendant(self.pane_pid(), self.suite.binary_real)
            if pid:
                return pid
            if time.monotonic() > deadline:
                raise Failure("the podwright process was not found under the pane")
            time.sleep(POLL)

    def alternate_screen(self) -> bool:
        return self.tmux.run("display-message", "-p", "-t", self.name, "#{alternate_on}").strip() == "1"

    def kill(self) -> None:
        self.tmux.run("kill-session", "-t", self.name, check=False)


def children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as f:
            return [int(p) for p in f.read().split()]
    except OSError:
        return []


def find_descendant(root: int, executable: str) -> int | None:
    todo = [root]
    while todo:
        pid = todo.pop()
        try:
            if os.path.realpath(f"/proc/{pid}/exe") == executable:
                return pid
        except OSError:
            pass
        todo += children(pid)
    return None


def alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def wait_file(path: Path, what: str, timeout: float = WAIT) -> str:
    """Waits until the file exists and ends with a newline (the shell wrote it whole); returns its text."""
    deadline = time.monotonic() + timeout
    while True:
        if path.exists():
            text = path.read_text(errors="replace")
            if text.endswith("\n"):
                return text
        if time.monotonic() > deadline:
            raise Failure(f"waited {timeout:.0f} s for {what} ({path.name})")
        time.sleep(POLL)


def expect(condition: bool, message: str) -> None:
    if not condition:
        raise Failure(message)


def width(text: str) -> int:
    """Terminal columns of a line: East Asian wide and fullwidth take two, combining marks none."""
    total = 0
    for ch in text:
        if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            continue
        total += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return total


# --------------------------------------------------------------------------- manifests

def validate_manifest(text: str) -> list[dict]:
    """Parses a multi-document manifest and validates each document with kubernetes-validate --strict."""
    try:
        import yaml
        from kubernetes_validate import utils as kv
    except ImportError:
        raise Failure("kubernetes_validate (and PyYAML) missing: run `make venv` and use .venv/bin/python")
    version = "1.37"
    first = text.splitlines()[0] if text else ""
    if "Kubernetes " in first:
        version = first.split("Kubernetes ", 1)[1].split()[0]
    docs = [d for d in yaml.safe_load_all(text) if d is not None]
    expect(docs, "the manifest has no documents")
    for doc in docs:
        try:
            kv.validate(doc, f"{version}.0", strict=True)
        except kv.ValidationError as e:
            path = ".".join(str(p) for p in e.path)
            raise Failure(f"{doc.get('kind')}/{doc.get('metadata', {}).get('name')} does not validate "
                          f"against {version}: {path}: {e.message}")
    return docs


def pod_spec(doc: dict) -> dict:
    if doc["kind"] == "Pod":
        return doc["spec"]
    if doc["kind"] == "CronJob":
        return doc["spec"]["jobTemplate"]["spec"]["template"]["spec"]
    return doc["spec"]["template"]["spec"]


# --------------------------------------------------------------------------- the suite

class Suite:
    def __init__(self, binary: str, verbose: bool) -> None:
        self.binary = os.path.abspath(binary)
        self.binary_real = os.path.realpath(self.binary)
        self.verbose = verbose
        self.tmux = Tmux()
        self.tmp = Path(tempfile.mkdtemp(prefix="podwright-tmux-"))
        self.sessions: list[Session] = []

    # ---- starting things

    def folder(self, name: str) -> Path:
        path = self.tmp / name
        path.mkdir(parents=True, exist_ok=True)
        return path

    def env_prefix(self, state: Path) -> str:
        return (f"env -u NO_COLOR XDG_STATE_HOME={shlex.quote(str(state))} LC_ALL=C.UTF-8 LANG=C.UTF-8 "
                f"TERM=screen")

    def advisor(self, folder: Path, args: list[str] | None = None, state: Path | None = None,
                width: int = 80, height: int = 24, wrapper: str = "") -> Session:
        """The advisor as the pane's command, stdout to folder/out, stderr to folder/err, status to folder/status."""
        state = state or folder / "state"
        argv = " ".join(shlex.quote(a) for a in [self.binary] + (args or []))
        q = lambda name: shlex.quote(str(folder / name))  # noqa: E731
        command = (f"cd {shlex.quote(str(folder))} && {self.env_prefix(state)} {wrapper}{argv} "
                   f"> {q('out')} 2> {q('err')}; echo $? > {q('status')}")
        return self.session(command, width, height)

    def shell(self, folder: Path, width: int = 80, height: int = 24) -> Session:
        """An interactive bash without rc files in the pane, its prompt `$ `."""
        command = (f"cd {shlex.quote(str(folder))} && env -u PROMPT_COMMAND PS1='$ ' TERM=screen "
                   f"LC_ALL=C.UTF-8 bash --norc --noprofile")
        session = self.session(command, width, height)
        session.wait_for("$", "the shell prompt")
        return session

    def session(self, command: str, width: int, height: int) -> Session:
        session = Session(self, command, width, height)
        self.sessions.append(session)
        return session

    def close_sessions(self) -> None:
        for session in self.sessions:
            session.kill()
        self.sessions.clear()

    def status(self, folder: Path) -> int:
        return int(wait_file(folder / "status", "the advisor to exit").strip())

    # ---- driving the advisor

    @staticmethod
    def text(s: Session, value: str, clear: int = 0) -> None:
        """A text step or field: clear what is there, type, Enter."""
        if clear:
            s.keys(*["BSpace"] * clear)
        s.type(value)
        s.keys("Enter")

    @staticmethod
    def choose(s: Session, index: int) -> None:
        """A choice step: to the first choice, down `index` times, Enter."""
        s.keys(*(["Up"] * 3 + ["Down"] * index + ["Enter"]))

    def new_design(self, s: Session, name: str | None, container: str | None, image: str,
                   ports: str = "", replicas: str | None = None) -> None:
        """From the start screen through the main form to the companion list."""
        s.wait_for(TITLE, "the start screen")
        s.keys("Enter")
        s.wait_for("Design name", "the main form")
        if name is None:
            s.keys("Enter")
        else:
            self.text(s, name, clear=20)
        if container is None:
            s.keys("Enter")
        else:
            self.text(s, container, clear=20)
        self.text(s, image)
        s.keys("Enter")  # workload: service
        if replicas is None:
            s.keys("Enter")
        else:
            self.text(s, replicas, clear=5)
        self.text(s, ports)
        s.keys("Enter", "Enter")  # Kubernetes, sidecar style
        s.wait_for("▸ Continue to the companions", "the Continue line focused")
        s.keys("Enter")
        s.wait_for("+ Add a companion", "the companion list")

    # Indices of the choices: lifecycle same/independent, coupling tight/loose, scaling
    # together/independent, mainCodeChangeable yes/no, state stateless/stateful, timing
    # before-main/alongside, function extend/transform-output/proxy-outbound.
    CHOICES = {
        "lifecycle": ["same", "independent"], "coupling": ["tight", "loose"],
        "scaling": ["together", "independent"], "mainCodeChangeable": ["yes", "no"],
        "state": ["stateless", "stateful"], "timing": ["before-main", "alongside"],
        "function": ["extend", "transform-output", "proxy-outbound"],
    }

    # The first choice of each question, as the question's screen shows it (`▸ ● same  lives and dies with ...`).
    FIRST_CHOICE = {choices[0]: key for key, choices in CHOICES.items()}

    @classmethod
    def step_on(cls, screen: str, name: str, number: int) -> str | None:
        """Which step `name · question NUMBER of` shows, once it is drawn: a question's key, `name`, `image`, `serves`,
        `sharedPaths`, `ports`, `localPort`, `upstream`; None while it is not on the screen yet."""
        if f"{name} · question {number} of" not in screen:
            return None
        if "Which container does" in screen:
            return "serves"
        first = re.search(r"│ [▸ ] [●○] (\S+)", screen)
        if first and first.group(1) in cls.FIRST_CHOICE:
            return cls.FIRST_CHOICE[first.group(1)]
        for text, step in [("What is the companion called", "name"), (f"Which image does {name}", "image"),
                           ("Which paths", "sharedPaths"), ("Which ports", "ports"), ("localhost port", "localPort"),
                           ("forward to", "upstream")]:
            if text in screen:
                return step
        return None

    def companion(self, s: Session, name: str, image: str, answers: dict[str, str],
                  shared: str = "", ports: str = "", wait_list: bool = True) -> list[str]:
        """From the companion list: add one companion and answer the steps the advisor asks (it asks only the
        questions whose answer can still change where the companion goes); returns the steps after the image."""
        s.keys("a")
        s.wait_for("question 1 of", "the companion's first question")
        self.text(s, name, clear=12)
        s.wait_for(f"Which image does {name} run?", "the image question")
        self.text(s, image)
        asked: list[str] = []
        number = 3
        while True:
            # Settled: a capture taken while the step is drawn can show its number above the last step's choices.
            screen = s.wait_settled(lambda screen: self.step_on(screen, name, number) is not None
                                    or ("+ Add a companion" in screen and f"{name} · question" not in screen),
                                    f"{name}'s step {number} or the companion list")
            step = self.step_on(screen, name, number)
            if step is None:
                break
            asked.append(step)
            if step == "serves":  # a companion is placed apart already: keep the main container
                s.keys("Enter")
            elif step in self.CHOICES:
                self.choose(s, self.CHOICES[step].index(answers[step]))
            else:
                self.text(s, {"sharedPaths": shared, "ports": ports}.get(step, ""))
            number += 1
        if wait_list:
            s.wait_for(lambda screen: "+ Add a companion" in screen and f"▸ {name} " in screen,
                       f"{name} in the companion list")
        return asked

    def enter_until(self, s: Session, name: str, number: int, wanted: str) -> tuple[str, int]:
        """From `name · question NUMBER`: Enter (which keeps each answer as it is) until the step `wanted` shows;
        returns that screen, settled, and its number."""
        while True:
            screen = s.wait_settled(lambda screen: self.step_on(screen, name, number) is not None, f"{name}'s step {number}")
            if self.step_on(screen, name, number) == wanted:
                return screen, number
            if number > 14:
                raise Failure(f"{name} has no step {wanted}")
            s.keys("Enter")
            number += 1

    def to_result(self, s: Session) -> None:
        s.keys("r")
        s.wait_for("Finish: the manifest", "the result screen")

    def prompt_path(self, s: Session, key: str, path: Path) -> None:
        """On the result screen: open a file prompt, replace the offered path, confirm."""
        s.keys(key)
        s.wait_for("Enter confirms", "the file prompt")
        s.keys(*["BSpace"] * 40)
        s.type(str(path))
        s.keys("Enter")


# --------------------------------------------------------------------------- the tests

LOG_SHIPPER = dict(lifecycle="same", coupling="tight", scaling="together", mainCodeChangeable="yes",
                   state="stateless", timing="alongside", function="extend")


def test_log_shipper_session(suite: Suite) -> None:
    folder = suite.folder("log-shipper")
    s = suite.advisor(folder)
    suite.new_design(s, "web", "nginx", "nginx:1.27", ports="80")
    asked = suite.companion(s, "log-shipper", "fluent/fluent-bit:3.1", LOG_SHIPPER, shared="/var/log/nginx")
    # The same lifecycle keeps it in the pod: coupling and whether the main code can change are not asked.
    expect(asked == ["state", "scaling", "timing", "function", "lifecycle", "sharedPaths", "ports"],
           f"the log shipper's steps after its image: {asked}")
    screen = s.wait_settled("sidecar, native", "log-shipper placed as a native sidecar")
    suite.to_result(s)
    saved = folder / "saved.yaml"
    suite.prompt_path(s, "s", saved)
    s.wait_for(lambda screen: saved.exists() and "Enter confirms" not in screen, "the design file saved")
    expect(os.path.exists(folder / "state" / "podwright" / "autosave.json"), "no autosave during the session")
    s.keys("f")
    status = suite.status(folder)
    expect(status == 0, f"exit status {status}, expected 0; stderr: {(folder / 'err').read_text()[:300]!r}")
    manifest = (folder / "out").read_text()
    docs = validate_manifest(manifest)
    workloads = [d for d in docs if d["kind"] == "Deployment"]
    expect(len(workloads) == 1, f"expected one Deployment, found kinds {[d['kind'] for d in docs]}")
    inits = pod_spec(workloads[0]).get("initContainers") or []
    shipper = [c for c in inits if c["name"] == "log-shipper"]
    expect(shipper and shipper[0].get("restartPolicy") == "Always",
           "log-shipper is not a native sidecar (an initContainer with restartPolicy: Always)")
    expect(not (folder / "state" / "podwright" / "autosave.json").exists(),
           "the autosave is still there after a finished session")
    again = subprocess.run([suite.binary, "recommend", str(saved)], capture_output=True, text=True, timeout=WAIT,
                           env={**os.environ, "LC_ALL": "C.UTF-8", "NO_COLOR": "1"})
    expect(again.returncode == 0, f"podwright recommend SAVED exited {again.returncode}: {again.stderr.strip()}")
    if again.stdout != manifest:
        a, b = manifest.splitlines(), again.stdout.splitlines()
        line = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
        raise Failure(f"recommend SAVED differs from the advisor's manifest at line {line + 1}: "
                      f"{(a[line] if line < len(a) else '<end>')!r} vs {(b[line] if line < len(b) else '<end>')!r}")


def test_multi_tier_session(suite: Suite) -> None:
    folder = suite.folder("multi-tier")
    s = suite.advisor(folder)
    suite.new_design(s, "shop", "web", "nginx:1.27", ports="80", replicas="3")
    apart = dict(lifecycle="independent", coupling="loose", scaling="independent", mainCodeChangeable="yes",
                 state="stateless", timing="alongside", function="extend")
    asked = suite.companion(s, "was", "tomcat:10.1", apart, ports="8080")
    # Scaled on its own and running alongside: a Deployment whatever else; a pod of its own shares no paths.
    expect(asked == ["state", "scaling", "timing", "ports"], f"was's steps after its image: {asked}")
    asked = suite.companion(s, "db", "postgres:16", {**apart, "state": "stateful"}, ports="5432")
    expect(asked == ["serves", "state", "ports"], f"db's steps after its image: {asked}")
    suite.companion(s, "mq", "rabbitmq:3.13", {**apart, "state": "stateful"}, ports="5672")
    suite.to_result(s)
    s.keys("f")
    status = suite.status(folder)
    expect(status == 0, f"exit status {status}, expected 0; stderr: {(folder / 'err').read_text()[:300]!r}")
    docs = validate_manifest((folder / "out").read_text())
    kinds = {(d["kind"], d["metadata"]["name"]) for d in docs}
    for name in ["db", "mq"]:
        expect(("StatefulSet", name) in kinds, f"no StatefulSet {name}; found {sorted(kinds)}")
    expect(("Deployment", "was") in kinds, f"no Deployment was; found {sorted(kinds)}")
    expect(("Deployment", "shop") in kinds, f"no Deployment shop; found {sorted(kinds)}")


def test_resize_storm(suite: Suite) -> None:
    folder = suite.folder("resize")
    s = suite.advisor(folder, width=100, height=30)
    suite.new_design(s, None, None, "nginx:1.27", ports="80")
    s.keys("a")
    s.wait_for("question 1 of", "the first question")
    suite.text(s, "log-shipper", clear=12)
    suite.text(s, "fluent/fluent-bit:3.1")
    question = "Does log-shipper keep durable state"
    s.wait_for(question, "the state question")
    pid = s.advisor_pid()
    sizes = [(40, 10), (100, 30), (60, 20), (59, 19), (120, 40), (80, 24), (61, 21), (40, 10), (200, 60),
             (20, 5), (100, 30), (70, 22), (60, 19), (59, 20), (150, 50), (45, 15), (90, 25), (40, 10)]
    storm = (sizes * 2)[:34]
    for w, h in storm:
        s.resize(w, h)
        time.sleep(0.005)
    expect(alive(pid), "podwright died during the resize storm")
    s.resize(40, 10)
    s.wait_for("Enlarge", "the 'Enlarge the terminal' message at 40 x 10")
    s.resize(59, 30)
    s.wait_for("Enlarge", "the 'Enlarge the terminal' message at 59 x 30")
    s.resize(100, 30)
    s.wait_for(lambda screen: question in screen and "Enlarge" not in screen,
               "the state question again at 100 x 30")
    expect(alive(pid), "podwright died after the resize storm")
    screen = s.screen()
    lines = screen.splitlines()
    expect(all(width(line) <= 100 for line in lines), "a line is wider than 100 columns after the storm")
    # Finish normally: the rest of the questions (the ones a log shipper is asked), then the result.
    for key in ["state", "scaling", "timing", "function", "lifecycle"]:
        suite.choose(s, suite.CHOICES[key].index(LOG_SHIPPER[key]))
    suite.text(s, "/var/log/nginx")
    suite.text(s, "")
    s.wait_for("+ Add a companion", "the companion list")
    s.resize(80, 24)
    suite.to_result(s)
    s.keys("f")
    status = suite.status(folder)
    expect(status == 0, f"exit status {status}, expected 0; stderr: {(folder / 'err').read_text()[:300]!r}")
    validate_manifest((folder / "out").read_text())


def shell_run_advisor(suite: Suite, folder: Path) -> Session:
    """A shell in the pane runs `sh -c 'stty -g > before; podwright > out; echo $? > status; stty -g > after'`.

    The inner `sh -c` matters: an interactive bash with job control puts back the terminal
    settings itself when a foreground job dies of a signal, which would hide a podwright that
    leaves the terminal raw after SIGTERM. A non-interactive sh restores nothing, so `after` is
    what podwright left behind.
    """
    s = suite.shell(folder)
    inner = (f"stty -g > before; {suite.env_prefix(folder / 'state')} {shlex.quote(suite.binary)} "
             f"> out 2> err; echo $? > status; stty -g > after")
    s.type(f"sh -c {shlex.quote(inner)}; clear")
    s.keys("Enter")
    s.wait_for(TITLE, "the start screen")
    expect(s.alternate_screen(), "the advisor does not draw on the alternate screen")
    return s


def check_restored(suite: Suite, s: Session, folder: Path) -> None:
    after = wait_file(folder / "after", "stty -g after the advisor")
    before = (folder / "before").read_text()
    expect(before == after, f"terminal settings differ: before {before.strip()} after {after.strip()}")
    expect(not s.alternate_screen(), "the pane is still on the alternate screen after the advisor ended")
    out = (folder / "out").read_bytes()
    expect(out == b"", f"stdout is not empty: {out[:100]!r}")


def test_ctrl_c(suite: Suite) -> None:
    folder = suite.folder("ctrl-c")
    s = shell_run_advisor(suite, folder)
    s.keys("Enter")
    s.wait_for("Design name", "the main form")
    s.type("nginx")  # some unsaved work: Ctrl-C still cancels at once
    s.wait_for("nginx", "the typed text")
    s.keys("C-c")
    status = suite.status(folder)
    expect(status == 130, f"exit status {status}, expected 130")
    check_restored(suite, s, folder)


def test_sigterm(suite: Suite) -> None:
    folder = suite.folder("sigterm")
    s = shell_run_advisor(suite, folder)
    s.keys("Enter")
    s.wait_for("Design name", "the main form")
    pid = s.advisor_pid()
    os.kill(pid, signal.SIGTERM)
    status = suite.status(folder)
    expect(status == 128 + signal.SIGTERM, f"exit status {status}, expected {128 + signal.SIGTERM} (died of SIGTERM)")
    check_restored(suite, s, folder)
    s.type("echo alive-$((40 + 2))")
    s.keys("Enter")
    s.wait_for(lambda screen: "alive-42" in screen and TITLE not in screen and "Design name" not in screen,
               "the shell to answer at its prompt")


def test_trap_signal(suite: Suite) -> None:
    """A Swift trap ends the process with SIGILL or SIGTRAP; the guard must restore the terminal first."""
    folder = suite.folder("trap")
    s = shell_run_advisor(suite, folder)
    s.keys("Enter")
    s.wait_for("Design name", "the main form")
    os.kill(s.advisor_pid(), signal.SIGILL)
    status = suite.status(folder)
    expect(status == 128 + signal.SIGILL, f"exit status {status}, expected {128 + signal.SIGILL} (died of SIGILL)")
    check_restored(suite, s, folder)


def check_widths(screen: str, columns: int, where: str) -> None:
    for number, line in enumerate(screen.splitlines(), 1):
        w = width(line)
        expect(w <= columns, f"{where}: line {number} is {w} columns wide in a {columns}-column pane: {line!r}")
        if not line or line[0] not in "┌│└":
            continue
        if line.rstrip()[-1] in "┐│┘":
            expect(w == columns, f"{where}: line {number}'s frame ends at column {w}, not {columns}: {line!r}")
        else:
            raise Failure(f"{where}: line {number}'s frame is not closed on the right: {line!r}")


def test_korean(suite: Suite) -> None:
    folder = suite.folder("korean")
    s = suite.advisor(folder, ["--lang", "ko"])
    screen = s.wait_settled(lambda screen: any("\uac00" <= ch <= "\ud7a3" for ch in screen) and "┘" in screen,
                        "Hangul on the start screen")
    check_widths(screen, 80, "start screen")
    s.keys("Enter")
    screen = s.wait_settled(lambda screen: "podwright ·" in screen and "┘" in screen, "the main form in Korean")
    check_widths(screen, 80, "main form")
    s.keys("C-c")
    expect(suite.status(folder) == 130, "Ctrl-C did not end the Korean session with 130")


def test_kill_9_resume(suite: Suite) -> None:
    folder = suite.folder("kill-9")
    state = folder / "state"
    s = suite.advisor(folder, state=state)
    suite.new_design(s, "resumed", None, "nginx:1.27", ports="80")
    s.keys("a")
    s.wait_for("question 1 of", "the first question")
    suite.text(s, "shipper-x", clear=12)
    suite.text(s, "fluent/fluent-bit:3.1")
    suite.choose(s, 0)  # state stateless
    suite.choose(s, 0)  # scaling together
    s.wait_for("question 5 of", "the timing question")
    autosave = state / "podwright" / "autosave.json"
    deadline = time.monotonic() + WAIT
    while not (autosave.exists() and "shipper-x" in autosave.read_text(errors="replace")):
        if time.monotonic() > deadline:
            raise Failure("the autosave does not hold the companion after its answers")
        time.sleep(POLL)
    pid = s.advisor_pid()
    os.kill(pid, signal.SIGKILL)
    status = suite.status(folder)
    expect(status == 128 + signal.SIGKILL, f"exit status {status} after kill -9")
    s.kill()
    again = suite.folder("kill-9/again")
    r = suite.advisor(again, state=state)
    screen = r.wait_for(TITLE, "the start screen after kill -9")
    expect("Resume resumed" in screen, f"the start screen offers no 'Resume resumed': {screen!r}")
    expect("▸ Resume" in screen, "Resume is not the selected first item")
    r.keys("Enter")
    r.wait_for(lambda screen: "shipper-x" in screen and "+ Add a companion" in screen,
               "the resumed companion shipper-x in the list")
    r.keys("C-c")
    expect(suite.status(again) == 130, "Ctrl-C after resuming did not exit 130")


def test_quit_asks(suite: Suite) -> None:
    folder = suite.folder("quit")
    s = suite.advisor(folder)
    suite.new_design(s, None, None, "nginx:1.27", ports="80")
    list_screen = s.screen()
    s.keys("q")
    asking = s.wait_settled("Quit without saving?", "the quit question")
    expect(s.advisor_pid(timeout=1) is not None, "q with unsaved work ended the advisor without asking")
    s.keys("n")
    s.wait_for(lambda screen: screen.strip() == list_screen.strip(), "the companion list back after n")
    time.sleep(0.1)
    expect(not (folder / "status").exists(), "n ended the advisor")
    s.keys("q")
    s.wait_for(lambda screen: screen.strip() == asking.strip(), "the quit question again")
    s.keys("y")
    status = suite.status(folder)
    expect(status == 130, f"exit status {status}, expected 130")
    out = (folder / "out").read_bytes()
    expect(out == b"", f"stdout is not empty: {out[:100]!r}")


def test_no_terminal(suite: Suite) -> None:
    folder = suite.folder("no-terminal")
    setsid = shutil.which("setsid")
    expect(setsid is not None, "setsid (util-linux) is missing")
    env = {k: v for k, v in os.environ.items() if k not in ("TMUX",)}
    env.update(XDG_STATE_HOME=str(folder / "state"), LC_ALL="C.UTF-8")
    with open(folder / "out", "wb") as out, open(folder / "err", "wb") as err:
        try:
            status = subprocess.run([setsid, "-w", suite.binary], stdin=subprocess.DEVNULL, stdout=out, stderr=err,
                                    env=env, timeout=WAIT).returncode
        except subprocess.TimeoutExpired:
            raise Failure(f"podwright without a terminal did not exit within {WAIT:.0f} s")
    stdout = (folder / "out").read_bytes()
    stderr = (folder / "err").read_text()
    expect(status == 2, f"exit status {status}, expected 2; stderr {stderr!r}")
    expect(stdout == b"", f"stdout is not empty: {stdout[:100]!r}")
    lines = stderr.splitlines()
    expect(len(lines) == 1 and lines[0].startswith("podwright: no terminal to draw on;"),
           f"stderr is not the one-line hint: {stderr!r}")


def test_edit_redis_proxy(suite: Suite) -> None:
    folder = suite.folder("edit")
    example = ROOT / "Resources" / "examples" / "redis-proxy.yaml"
    s = suite.advisor(folder, ["edit", str(example)])
    screen = s.wait_settled("+ Add a companion", "the companion list")
    line = next((l for l in screen.splitlines() if "redis-proxy" in l and "▸" in l), "")
    expect("ambassador, native" in line, f"redis-proxy is not shown as 'ambassador, native': {line!r}")
    expect("Companions of redis-client" in screen, "the list is not titled for redis-client")
    s.keys("q")  # nothing changed: quits at once
    status = suite.status(folder)
    expect(status == 130, f"q on an unchanged design: exit status {status}, expected 130 without asking")
    expect((folder / "out").read_bytes() == b"", "stdout is not empty after q")


def test_import_then_edit(suite: Suite) -> None:
    folder = suite.folder("import")
    compose = ROOT / "Resources" / "imports" / "web-shop.compose.yaml"
    result = subprocess.run([suite.binary, "import", str(compose), "-o", str(folder / "shop.yaml")],
                            capture_output=True, timeout=WAIT)
    expect(result.returncode == 0, f"import exit status {result.returncode}: {result.stderr!r}")
    expect(b"3 companions, 12 answers assumed" in result.stderr, f"import did not report what it wrote: {result.stderr!r}")
    s = suite.advisor(folder, ["edit", "shop.yaml"])
    s.wait_for("+ Add a companion", "the companion list of the imported design")
    s.keys("Enter")  # log-shipper: its name, then its image, whom it serves (db is apart), ... up to the coupling question
    screen, _ = suite.enter_until(s, "log-shipper", 1, "coupling")
    expect("Why this answer: volume weblogs is" in screen, "the inferred answer does not say why")
    s.keys("Down")  # loose: the note spoke of tight, so it goes
    screen = s.wait_settled(lambda screen: "● loose" in screen, "the answer changed to loose")
    expect("Why this answer" not in screen, "the note stays after the answer changed")
    s.keys("C-c")
    expect(suite.status(folder) == 130, "Ctrl-C did not end the session with 130")


def serves_line(design: str, companion: str) -> str | None:
    """The `serves:` line of a companion's entry in a design file's text, or None when it has none."""
    entry = design.split(f"  - name: {companion}\n", 1)[1].split("\n  - ", 1)[0] if f"  - name: {companion}\n" in design else ""
    return next((line.strip() for line in entry.splitlines() if line.strip().startswith("serves:")), None)


def test_edit_whole_app(suite: Suite) -> None:
    folder = suite.folder("whole-app")
    example = ROOT / "Resources" / "examples" / "whole-app.yaml"
    expect(serves_line(example.read_text(), "db-metrics") == "serves: db", "the example's db-metrics does not serve db")
    shutil.copy(example, folder / "shop.yaml")  # a copy: the session never writes beside the example
    s = suite.advisor(folder, ["edit", "shop.yaml"])
    pods = ["pod of Deployment shop", "pod of Deployment api", "pod of Job migrate", "pod of StatefulSet db"]
    screen = s.wait_settled(lambda screen: "+ Add a companion" in screen and "pod of StatefulSet db" in screen,
                            "the companion list beside the diagram")
    for pod in pods:
        expect(pod in screen, f"the diagram at 80x24 has no box '{pod}'")
    check_widths(screen, 80, "the whole application at 80x24")
    s.resize(120, 40)
    screen = s.wait_settled(lambda screen: "api → api-db-pool → db-0.db:5432 │" in screen, "the api pod uncut at 120x40")
    for pod in pods:
        expect(pod in screen, f"the diagram at 120x40 has no box '{pod}'")
    expect("…" not in screen, "a line of the diagram is cut at 120x40")
    s.resize(80, 24)
    s.wait_settled(lambda screen: "pod of Deployment shop · 3 repl…" in screen, "the diagram back at 80x24")
    s.keys(*["Down"] * 5)
    s.wait_for("▸ db-metrics", "db-metrics selected")
    s.keys("Enter", "Enter", "Enter")  # db-metrics: its name, its image, then whom it serves
    screen = s.wait_settled(lambda screen: "db-metrics · question 3 of" in screen and "Which container does" in screen,
                            "the serves step")
    expect("▸ ● db " in screen, "db-metrics does not start out serving db")
    s.keys("Up", "Up")  # db → migrate → api
    screen = s.wait_settled("▸ ● api ", "api chosen")
    expect("○ db " in screen and "○ web " in screen, "the other choices are not offered")
    s.keys("Enter")
    screen, _ = suite.enter_until(s, "db-metrics", 4, "lifecycle")
    expect("together with api" in screen, "the lifecycle question is not about api")
    # db-metrics has left db's pod for api's: the diagram follows it there.
    api_box = screen.split("pod of Deployment api", 1)[1].split("└", 1)[0]
    expect("db-metrics" in api_box, "db-metrics is not drawn in api's pod")
    saved = folder / "saved.yaml"
    suite.prompt_path(s, "s", saved)
    s.wait_for(lambda screen: saved.exists() and "Saved the design to" in screen, "the design file saved")
    text = saved.read_text()
    expect(serves_line(text, "db-metrics") == "serves: api", f"db-metrics is saved with {serves_line(text, 'db-metrics')!r}")
    expect(serves_line(text, "api-db-pool") == "serves: api", "api-db-pool lost its serves")
    expect(serves_line(text, "web-logs") is None, "web-logs, which serves the main container, got a serves line")
    result = subprocess.run([suite.binary, "recommend", str(saved)], capture_output=True, timeout=WAIT)
    expect(result.returncode == 0, f"recommend on the saved design: exit status {result.returncode}: {result.stderr[:300]!r}")
    s.keys("C-c")
    expect(suite.status(folder) == 130, "Ctrl-C did not end the session with 130")


def test_pattern_guide(suite: Suite) -> None:
    folder = suite.folder("guide")
    example = ROOT / "Resources" / "examples" / "redis-proxy.yaml"
    s = suite.advisor(folder, ["edit", str(example)])
    s.wait_for("+ Add a companion", "the companion list")
    s.keys("Enter", "Enter", "Enter")  # redis-proxy: its name, its image, then the lifecycle question
    question = s.wait_settled(lambda screen: "redis-proxy · question 3 of" in screen, "the third question")
    s.keys("g")
    s.wait_for(lambda screen: "Pattern guide" in screen and "native-sidecar" in screen, "the guide's index")
    s.keys("Enter")
    s.wait_for("Single-container pod · 1 of 6", "the first page")
    s.keys("Right")
    screen = s.wait_settled("Init container · 2 of 6", "the second page after →")
    check_widths(screen, 80, "the init container page")
    s.keys("PageDown")
    s.wait_for(lambda screen: "lines 19–" in screen, "the page scrolled down")
    s.keys("q")
    back = s.wait_settled(lambda screen: "redis-proxy · question 3 of" in screen and "Pattern guide" not in screen,
                          "the same question again")
    expect(back == question, "the question is not drawn as it was before the guide opened")
    s.keys("C-c")
    expect(suite.status(folder) == 130, "Ctrl-C did not end the session with 130")


def test_high_contrast(suite: Suite) -> None:
    folder = suite.folder("contrast")
    s = suite.advisor(folder, ["--theme", "high-contrast"])
    s.wait_for("▶ Start a new design", "the selection marked with ▶")
    styled = s.tmux.run("capture-pane", "-p", "-e", "-t", s.name)
    line = next((l for l in styled.splitlines() if "Start a new design" in l), "")
    expect("\x1b[1m" in line or ";1m" in line or "[1;" in line, f"the selected item is not bold: {line!r}")
    expect("\x1b[7m" in line or ";7m" in line or "[7;" in line or ";7;" in line,
           f"the selected item is not reversed: {line!r}")
    expect("\x1b[34m" not in styled and "\x1b[94m" not in styled, "a dim blue is on the high-contrast screen")
    s.keys("C-c")
    expect(suite.status(folder) == 130, "Ctrl-C did not end the session with 130")


def test_quiz_seed(suite: Suite) -> None:
    """A class run: seed 7, three questions, played with number keys only; the result line is appended to a file."""
    folder = suite.folder("quiz")
    results = folder / "class.jsonl"
    results.write_text('{"kind":"quiz-result","name":"earlier"}\n')
    s = suite.advisor(folder, ["quiz", "--seed", "7", "--count", "3", "--name", "kim", "--results", str(results)])
    s.wait_for("3 questions.", "the quiz intro")
    s.keys("1")  # the questions level
    screen = s.wait_settled("Question 1 of 3 · Logs in the wrong format", "the first question (seed 7)")
    expect("transform-output" not in screen and "adapter in the pod" not in screen, "the question gives the answer away")
    s.keys("1", "1", "1", "2", "2")  # same, together, stateless, alongside, transform-output: as the story says
    s.wait_for("Right: your answers place log-adapter as the story's do: adapter.", "the feedback on a right answer")
    s.keys("Enter")
    s.wait_for("Question 2 of 3 · Redis shards behind one address", "the second question")
    s.keys("2", "2", "1", "1", "1")  # independent, loose, together, code changeable, stateless: a Deployment
    screen = s.wait_settled("Not quite: your answers place redis-proxy as: its own Deployment", "the feedback on a wrong answer")
    expect("✗ lifecycle: you said independent, the story says same" in screen, "the feedback does not say which answer differed")
    s.keys("Enter")
    s.wait_for("Question 3 of 3 · A four-tier shop", "the third question")
    s.keys("2", "2", "2", "1", "2")  # independent, loose, scaled apart, stateless, alongside: a Deployment
    s.wait_for("Enter: see the score.", "the last feedback")
    s.keys("Enter")
    screen = s.wait_settled("2 of 3 right.", "the score screen")
    for line in ["✓ Logs in the wrong format: adapter (colocate)", "✗ Redis shards behind one address: ambassador (colocate)",
                 "✓ A four-tier shop: its own Deployment (separate.scaling)"]:
        expect(line in screen, f"the score screen lacks {line!r}")
    s.keys("Enter")
    status = suite.status(folder)
    expect(status == 0, f"exit status {status}, expected 0 after the score")
    expect((folder / "out").read_bytes() == b"", "stdout is not empty after the quiz")
    lines = results.read_text().splitlines()
    expect(len(lines) == 2 and lines[0] == '{"kind":"quiz-result","name":"earlier"}', f"the results file was not appended to: {lines!r}")
    report = json.loads(lines[1])
    expect(report["name"] == "kim" and report["seed"] == "7" and report["level"] == "questions", f"the result line: {lines[1]}")
    expect((report["score"], report["count"], report["answered"], report["finished"]) == (2, 3, 3, True), f"the score: {lines[1]}")
    expect([q["id"] for q in report["questions"]] == ["log-adapter", "redis-proxy", "multi-tier"], f"the order: {lines[1]}")
    expect([q["right"] for q in report["questions"]] == [True, False, True], f"the marks: {lines[1]}")
    expect([a["given"] for a in report["questions"][1]["answers"]] == ["independent", "loose", "together", "yes", "stateless"],
           f"the answers to question 2: {lines[1]}")


def test_quiz_ends_early_with_q(suite: Suite) -> None:
    """q asks, y shows the score so far, and the result line goes to stdout once the terminal is restored."""
    folder = suite.folder("quiz-early")
    s = suite.advisor(folder, ["quiz", "--seed", "7", "--count", "3", "--level", "placement", "--results", "-"])
    s.wait_for("Press Enter to begin.", "the intro without the level question")
    s.keys("Enter")
    s.wait_for("7. An ambassador in the pod", "the seven placements")
    s.keys("6")  # an adapter: right
    s.wait_for("Right: adapter.", "the feedback")
    s.keys("q")
    s.wait_for("1 of 3 questions are answered. End now and see the score?", "the question whether to end")
    s.keys("n")
    s.wait_for("Enter: next question.", "the feedback again after n")
    s.keys("q", "y")
    s.wait_settled("You ended after 1 of 3 questions.", "the score after ending early")
    s.keys("q")
    expect(suite.status(folder) == 0, "the quit after the score is not status 0")
    report = json.loads((folder / "out").read_text())
    expect((report["level"], report["answered"], report["finished"], report["score"]) == ("placement", 1, False, 1),
           f"the result line: {report}")
    expect(report["name"] is None and report["questions"][0]["rule"] is None and report["questions"][0]["answers"] == [],
           f"the placement level's result line: {report}")


def test_quiz_from_start_menu(suite: Suite) -> None:
    folder = suite.folder("quiz-menu")
    s = suite.advisor(folder)
    s.wait_for("Take the scenario quiz", "the quiz on the start menu")
    s.keys("Down", "Down", "Down", "Enter")
    s.wait_for("19 questions.", "the quiz intro with every scenario")
    s.keys("q")
    s.wait_for("▸ Take the scenario quiz", "the start menu again, on the quiz item")
    s.keys("C-c")
    expect(suite.status(folder) == 130, "Ctrl-C on the start menu did not exit 130")


def test_quiz_no_terminal(suite: Suite) -> None:
    folder = suite.folder("quiz-no-terminal")
    env = {k: v for k, v in os.environ.items() if k not in ("TMUX",)}
    env.update(XDG_STATE_HOME=str(folder / "state"), LC_ALL="C.UTF-8")
    try:
        result = subprocess.run([shutil.which("setsid") or "setsid", "-w", suite.binary, "quiz", "--seed", "7"],
                                stdin=subprocess.DEVNULL, capture_output=True, env=env, timeout=WAIT)
    except subprocess.TimeoutExpired:
        raise Failure(f"podwright quiz without a terminal did not exit within {WAIT:.0f} s")
    expect(result.returncode == 2, f"exit status {result.returncode}, expected 2")
    expect(result.stdout == b"", f"stdout is not empty: {result.stdout[:100]!r}")
    lines = result.stderr.decode().splitlines()
    expect(len(lines) == 1 and lines[0].startswith("podwright: no terminal to draw on;"),
           f"stderr is not the one-line hint: {result.stderr!r}")


# ---- nothing typed is lost (issue 14), hostile input to the advisor (issue 16)

def resume_in_new_run(suite: Suite, state: Path, name: str, what: str) -> Session:
    """A second advisor run on the same state folder: the start screen offers to resume NAME; Enter resumes."""
    again = suite.folder(f"{name}/again")
    r = suite.advisor(again, state=state)
    screen = r.wait_settled(TITLE, "the start screen of the second run")  # drawn whole, not half
    expect(f"▸ Resume {what}" in screen, f"the second run offers no 'Resume {what}' first: {screen!r}")
    r.keys("Enter")
    return r


def test_shift_tab_on_first_field_keeps_the_form(suite: Suite) -> None:
    folder = suite.folder("back-to-start")
    s = suite.advisor(folder)
    s.wait_for(TITLE, "the start screen")
    s.keys("Enter")
    s.wait_for("Design name", "the main form")
    suite.text(s, "kept-form", clear=20)
    s.keys("Enter")
    suite.text(s, "nginx:1.27")
    s.keys("Up", "Up", "Up", "BTab")  # back to the first field, then off it
    screen = s.wait_settled("▸ Resume kept-form", "Resume on the start menu after Shift-Tab")
    s.keys("Enter")
    s.wait_for("+ Add a companion", "the companion list of the resumed design")
    s.keys("BTab")  # the main form again: everything typed is there
    screen = s.wait_settled("Continue to the companions", "the main form")
    expect("nginx:1.27" in screen and "kept-form" in screen, "the typed fields are not in the form after resuming")
    s.keys("Escape", "Up")  # off the form again, then quit from the start menu
    s.wait_for("▸ Resume kept-form", "Resume again")
    s.keys("C-c")
    expect(suite.status(folder) == 130, "Ctrl-C on the start menu did not exit 130")
    r = resume_in_new_run(suite, folder / "state", "back-to-start", "kept-form")
    r.keys("BTab")
    screen = r.wait_settled("Continue to the companions", "the main form of the second run")
    expect("nginx:1.27" in screen, "the image is not in the form of the second run")
    r.keys("C-c")


def test_two_escapes_in_edit_then_new_asks(suite: Suite) -> None:
    folder = suite.folder("edit-escape")
    shutil.copy(ROOT / "Resources" / "examples" / "redis-proxy.yaml", folder / "proxy.yaml")
    s = suite.advisor(folder, ["edit", "proxy.yaml"])
    s.wait_for("+ Add a companion", "the companion list")
    s.keys("Enter", "BSpace", "BSpace")  # the companion's name: redis-pro
    s.type("x")
    s.keys("Enter")
    s.wait_for("Which image does redis-prox run?", "the renamed companion's image step")
    s.keys("BTab", "BTab", "Escape", "Escape")  # name step, the list, the main form, the start menu
    s.wait_settled("▸ Resume cart", "Resume after two Esc from the companions")
    s.keys("Down", "Enter")  # Start a new design: it asks
    s.wait_settled("Go on? (y/n)", "the question before replacing the design")
    s.keys("n")
    s.wait_for(lambda screen: "Go on?" not in screen and "▸ Start a new design" in screen, "the menu again after n")
    s.keys("Up", "Enter")
    s.wait_for("▸ redis-prox ", "the renamed companion after resuming")
    # Saving writes back to the file being edited without asking to replace it.
    s.keys("s")
    s.wait_for("Enter confirms", "the save prompt")
    s.keys("Enter")
    s.wait_for("Saved the design to proxy.yaml", "the design written back")
    expect("name: redis-prox\n" in (folder / "proxy.yaml").read_text(), "proxy.yaml does not hold the new name")
    s.keys("q")
    expect(suite.status(folder) == 130, "q after saving did not exit 130")


def test_backspace_held_keeps_the_image(suite: Suite) -> None:
    folder = suite.folder("backspace")
    s = suite.advisor(folder)
    suite.new_design(s, "bs", None, "nginx:1.27", ports="80")
    s.keys("a")
    s.wait_for("question 1 of", "the first question")
    suite.text(s, "shipper", clear=12)
    suite.text(s, "fluent/fluent-bit:3.1")
    suite.choose(s, 0)  # state stateless
    suite.choose(s, 0)  # scaling together
    s.wait_for("question 5 of", "the timing question")
    s.keys(*["BSpace"] * 40)
    screen = s.wait_settled("Backspace stops before a typed answer", "Backspace stopping at the first choice")
    expect("shipper · question 3 of" in screen, "Backspace did not stop at the first choice question")
    s.keys("BTab")
    screen = s.wait_settled("Which image does shipper run?", "the image step after Shift-Tab")
    expect("fluent/fluent-bit:3.1" in screen, "the image text was deleted")
    s.keys("C-c")
    expect(suite.status(folder) == 130, "Ctrl-C did not exit 130")
    autosave = (folder / "state" / "podwright" / "autosave.json").read_text()
    expect('fluent-bit:3.1"' in autosave, "the autosave lost the image")


def test_delete_asks_and_undo_redo(suite: Suite) -> None:
    folder = suite.folder("delete")
    s = suite.advisor(folder)
    suite.new_design(s, "del", None, "nginx:1.27", ports="80")
    suite.companion(s, "log-shipper", "fluent/fluent-bit:3.1", LOG_SHIPPER, shared="/var/log/nginx")
    s.keys("Up", "d")
    s.wait_settled("Delete the companion log-shipper", "the question before deleting")
    s.keys("n")
    s.wait_for(lambda screen: "Delete the companion" not in screen and "▸ log-shipper" in screen, "the list after n")
    s.keys("d", "y")
    s.wait_for(lambda screen: "log-shipper" in screen and "u brings it back" in screen and "sidecar, native" not in screen,
               "the companion deleted")
    s.keys("u")
    s.wait_for(lambda screen: "▸ log-shipper" in screen and "sidecar, native" in screen, "the companion back after u")
    s.keys("C-r")
    s.wait_for(lambda screen: "Redone." in screen and "sidecar, native" not in screen, "deleted again after Ctrl-R")
    s.keys("u", "?")
    screen = s.wait_settled("Keys", "the help")
    expect("undo" in screen and "Ctrl-R" in screen and "redo" in screen, "the help does not list undo and redo")
    s.keys("Escape", "C-c")
    expect(suite.status(folder) == 130, "Ctrl-C did not exit 130")
    r = resume_in_new_run(suite, folder / "state", "delete", "del")
    r.wait_for(lambda screen: "log-shipper" in screen and "sidecar, native" in screen, "the undone delete kept")
    r.keys("C-c")


def test_paste_with_a_tab(suite: Suite) -> None:
    folder = suite.folder("paste")
    s = suite.advisor(folder)
    s.wait_for(TITLE, "the start screen")
    s.keys("Enter")
    s.wait_for("Design name", "the main form")
    s.keys("Down", "Down")
    (folder / "clip").write_text("nginx\tqsp" + "x" * 10_000 + "END\n")
    suite.tmux.run("load-buffer", "-b", "clip", str(folder / "clip"))
    started = time.monotonic()
    suite.tmux.run("paste-buffer", "-p", "-b", "clip", "-t", s.name)
    screen = s.wait_settled("xxxEND▏", "the pasted text in the image field")
    took = time.monotonic() - started
    expect(took < 5, f"a 10 KB paste took {took:.1f} s")
    expect("Save the design" not in screen and "Quit" not in screen and "Manifest" not in screen,
           "letters after the Tab acted as keys")
    expect("▸ Image" in screen, "the paste left the image field")
    s.keys("C-c")
    expect(suite.status(folder) == 130, "Ctrl-C did not exit 130")
    autosave = (folder / "state" / "podwright" / "autosave.json").read_text()
    expect('"mainImage" : "nginx qspxxx' in autosave, "the pasted text is not in the autosave")


def test_sigint_is_like_ctrl_c(suite: Suite) -> None:
    folder = suite.folder("sigint")
    s = shell_run_advisor(suite, folder)
    s.keys("Enter")
    s.wait_for("Design name", "the main form")
    s.keys("Down", "Down")
    s.type("typed-int")
    s.wait_for("typed-int▏", "the typed text")
    os.kill(s.advisor_pid(), signal.SIGINT)
    status = suite.status(folder)
    expect(status == 130, f"exit status {status} after kill -INT, expected 130")
    check_restored(suite, s, folder)
    autosave = (folder / "state" / "podwright" / "autosave.json").read_text()
    expect('"mainImage" : "typed-int"' in autosave, "the field being typed is not in the autosave after SIGINT")


def test_corrupt_autosave_is_kept_and_said(suite: Suite) -> None:
    cases = {"truncated": '{"name": "x", "companions": [', "garbage": "\x00\x01 not json", "types": '{"name": 5}',
             "folder": None}
    for kind, content in cases.items():
        folder = suite.folder(f"corrupt-{kind}")
        saved = folder / "state" / "podwright" / "autosave.json"
        saved.parent.mkdir(parents=True)
        if content is None:
            saved.mkdir()
            (saved / "inside").write_text("kept\n")
        else:
            saved.write_text(content)
        s = suite.advisor(folder)
        s.wait_for("The autosave could not be read; it is kept beside it as autosave.json.corrupt",
                   f"the message about the {kind} autosave")
        kept = saved.parent / "autosave.json.corrupt"
        if content is None:
            expect((kept / "inside").read_text() == "kept\n", "the folder was not kept aside")
        else:
            expect(kept.read_text() == content, f"the {kind} autosave was not kept as it was")
        s.keys("Enter")
        s.wait_for("Design name", "the main form")
        s.type("x")  # a change, autosaved into a new file with the Enter that ends it
        s.keys("Enter")
        s.wait_for(lambda screen: saved.is_file() and "Design name" in screen, "a new autosave")
        s.keys("C-c")
        expect(suite.status(folder) == 130, "Ctrl-C did not exit 130")
        expect(kept.exists(), "the kept copy is gone")
        s.kill()


def six_companions_design(ports_clash: bool = True) -> str:
    """A design file: nginx and six sidecars, the first three on the same port (two port conflicts) when asked."""
    lines = ["podwright: 1", "name: web", 'kubernetes: "1.33"', "main:", "  name: nginx", "  image: nginx:1.27",
             "  workload: service", "  ports: [80]", "companions:"]
    for index, name in enumerate(["log-shipper", "metrics", "exporter", "config-reload", "cache-warm", "tracer"]):
        lines += [f"  - name: {name}", "    image: busybox:1.36", "    lifecycle: same", "    coupling: tight",
                  "    scaling: together", "    mainCodeChangeable: yes", "    state: stateless",
                  "    timing: alongside", "    function: extend"]
        if index < 3 and ports_clash:
            lines.append("    ports: [9100]")
    return "\n".join(lines) + "\n"


def test_six_companions_fit_80x24(suite: Suite) -> None:
    folder = suite.folder("six")
    (folder / "six.yaml").write_text(six_companions_design())
    s = suite.advisor(folder, ["edit", "six.yaml"])
    s.wait_for("+ Add a companion", "the companion list")
    s.keys("r")
    screen = s.wait_settled("error conflict.port (metrics)", "the checks on the result screen")
    check_widths(screen, 80, "the result with six companions")
    footer = screen.splitlines()[-1]
    for key in ["w manifest", "x record", "f finish", "c checks", "? help", "q quit"]:
        expect(key in footer, f"the footer lost {key!r}: {footer!r}")
    expect("more: PgDn" in screen, "the checks that do not fit are not announced")
    s.keys("End")
    s.wait_for("warning pod.crowded (nginx)", "the last check after End")
    s.keys("c")
    screen = s.wait_settled("Checks in full", "the checks in full")
    expect("Give one of them another port" in screen, "the fix of the port conflict is not shown")
    check_widths(screen, 80, "the checks in full")
    s.keys("End")
    s.wait_for("Move the loosely tied ones", "the last check's fix after End")
    s.keys("Escape")
    s.wait_for(lambda screen: "Checks in full" not in screen and "▸ Finish" in screen, "the result again after Esc")
    s.keys("C-c")
    expect(suite.status(folder) == 130, "Ctrl-C did not exit 130")


# ---- presets from the image catalogue, copying and reordering companions (issue 14)

def autosaved(folder: Path) -> dict:
    """The autosave of an advisor run in FOLDER, as JSON."""
    return json.loads((folder / "state" / "podwright" / "autosave.json").read_text())


def test_preset_picked_by_part_of_its_name(suite: Suite) -> None:
    folder = suite.folder("preset")
    s = suite.advisor(folder)
    suite.new_design(s, "shop", None, "nginx:1.27", ports="80")
    s.keys("a")
    s.wait_for("Known images", "the presets on the new companion's name step")
    s.keys("Enter")
    s.wait_for("Which image does helper-1 run?", "the image step")
    s.type("cloud-sql")
    s.wait_for(lambda screen: "cloud-sql-proxy  a database proxy" in screen and "Known images (1)" in screen,
               "the list filtered by the text typed")
    s.keys("Down")
    screen = s.wait_for("cloud-sql-proxy is a database proxy", "the reason of the preset picked")
    expect("function proxy-outbound" in screen, "the answer the preset preselects is not shown")
    check_widths(screen, 80, "the presets")
    expect("↑↓ preset" in screen.splitlines()[-1], "the footer does not show ↑↓ preset")
    s.keys("Enter")
    s.wait_for("Took cloud-sql-proxy from the catalogue", "the preset taken")
    s.wait_for("cloud-sql-proxy · question 2 of", "the default name replaced by the preset's")
    s.type(":2.14")
    s.keys("Enter")
    s.wait_for("cloud-sql-proxy · question 3 of", "the step after the image")
    s.keys("C-c")
    expect(suite.status(folder) == 130, "Ctrl-C did not exit 130")
    companion = autosaved(folder)["companions"][0]
    expect(companion["name"] == "cloud-sql-proxy" and companion["image"] == "cloud-sql-proxy:2.14",
           f"the autosave does not hold the preset: {companion}")
    r = resume_in_new_run(suite, folder / "state", "preset", "shop")
    r.wait_for("▸ cloud-sql-proxy ", "the companion from the preset after resuming")
    r.keys("Enter", "Enter")
    r.wait_for("cloud-sql-proxy:2.14", "the image with its tag on the image step")
    r.keys("C-c")


def test_copy_a_companion(suite: Suite) -> None:
    folder = suite.folder("copy")
    s = suite.advisor(folder)
    suite.new_design(s, "copied", None, "nginx:1.27", ports="80")
    suite.companion(s, "log-shipper", "fluent/fluent-bit:3.1", LOG_SHIPPER, shared="/var/log/nginx")
    s.keys("c")
    screen = s.wait_for("Copied log-shipper as log-shipper-2", "the copy")
    expect("▸ log-shipper-2 " in screen, "the copy is not selected right after the original")
    expect("c copy" in screen.splitlines()[-1], "the footer does not show c copy")
    s.keys("?")
    screen = s.wait_settled("Keys", "the help")
    expect("copy" in screen and "move up" in screen and "move down" in screen, "the help does not list copy and move")
    s.keys("Escape", "u")
    s.wait_for(lambda screen: "log-shipper-2" not in screen and "Undone." in screen, "the copy undone")
    s.keys("C-r")
    s.wait_for(lambda screen: "▸ log-shipper-2 " in screen and "Redone." in screen, "the copy redone")
    s.keys("C-c")
    expect(suite.status(folder) == 130, "Ctrl-C did not exit 130")
    companions = autosaved(folder)["companions"]
    expect([c["name"] for c in companions] == ["log-shipper", "log-shipper-2"], f"the autosave: {companions}")
    expect(companions[1]["sharedPaths"] == "/var/log/nginx" and companions[1]["answers"] == companions[0]["answers"],
           "the copy lost its answers or fields")
    r = resume_in_new_run(suite, folder / "state", "copy", "copied")
    r.wait_for(lambda screen: "log-shipper-2  sidecar, native" in screen, "the copy after resuming")
    r.keys("C-c")


INIT_STEP = dict(LOG_SHIPPER, timing="before-main")


def test_reorder_init_containers(suite: Suite) -> None:
    folder = suite.folder("reorder")
    s = suite.advisor(folder)
    suite.new_design(s, "ordered", None, "nginx:1.27", ports="80")
    suite.companion(s, "migrate", "busybox:1.36", INIT_STEP, shared="/work")
    suite.companion(s, "wait-db", "busybox:1.36", INIT_STEP, shared="/work")
    s.keys("K")
    screen = s.wait_for("Moved wait-db to place 1", "wait-db moved up")
    expect("K/J move" in screen.splitlines()[-1], "the footer does not show K/J move")
    lines = screen.splitlines()
    first = next(i for i, line in enumerate(lines) if "wait-db " in line)
    second = next(i for i, line in enumerate(lines) if "migrate " in line)
    expect(first < second and "▸ wait-db" in lines[first], "the list does not show wait-db first, selected")
    s.keys("C-c")
    expect(suite.status(folder) == 130, "Ctrl-C did not exit 130")
    expect([c["name"] for c in autosaved(folder)["companions"]] == ["wait-db", "migrate"], "the autosave keeps the old order")
    r = resume_in_new_run(suite, folder / "state", "reorder", "ordered")
    r.wait_for("▸ wait-db ", "wait-db first after resuming")
    suite.to_result(r)
    suite.prompt_path(r, "w", folder / "manifest.yaml")
    r.wait_for("Wrote the manifest", "the manifest written")
    manifest = (folder / "manifest.yaml").read_text()
    expect(0 <= manifest.find("- name: wait-db") < manifest.find("- name: migrate"),
           "the manifest does not run wait-db before migrate")
    r.keys("C-c")


TESTS = [
    test_log_shipper_session, test_multi_tier_session, test_resize_storm, test_ctrl_c, test_sigterm, test_trap_signal,
    test_korean, test_kill_9_resume, test_quit_asks, test_no_terminal, test_edit_redis_proxy, test_pattern_guide,
    test_high_contrast, test_quiz_seed, test_quiz_ends_early_with_q, test_quiz_from_start_menu, test_quiz_no_terminal,
    test_import_then_edit, test_edit_whole_app, test_shift_tab_on_first_field_keeps_the_form, test_two_escapes_in_edit_then_new_asks,
    test_backspace_held_keeps_the_image, test_delete_asks_and_undo_redo, test_paste_with_a_tab,
    test_sigint_is_like_ctrl_c, test_corrupt_autosave_is_kept_and_said, test_six_companions_fit_80x24,
    test_preset_picked_by_part_of_its_name, test_copy_a_companion, test_reorder_init_containers,
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--binary", required=True, help="the podwright executable")
    parser.add_argument("-k", dest="select", help="run only the tests whose name contains this")
    parser.add_argument("-v", "--verbose", action="store_true", help="print the last screen of a failed test")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args()
    if not os.access(args.binary, os.X_OK):
        print(f"tmux_test.py: {args.binary} is not an executable; build it first (swift build)", file=sys.stderr)
        return 2
    if shutil.which("tmux") is None:
        print("tmux_test.py: tmux is missing (apt-get install tmux)", file=sys.stderr)
        return 2
    suite = Suite(args.binary, args.verbose)
    tests = [t for t in TESTS if not args.select or args.select in t.__name__]
    passed = failed = 0
    started = time.monotonic()
    try:
        for test in tests:
            name = test.__name__.removeprefix("test_")
            t0 = time.monotonic()
            try:
                test(suite)
            except Failure as e:
                failed += 1
                print(f"FAIL {name}: {e}", flush=True)
                last = suite.sessions[-1].last if suite.sessions else ""
                if args.verbose and last:
                    print("  last screen:\n" + "\n".join("  | " + l for l in last.splitlines()), flush=True)
            except Exception as e:  # a bug in the test itself, or tmux gone: still a failure, with the trace
                failed += 1
                print(f"FAIL {name}: {type(e).__name__}: {e}", flush=True)
                if args.verbose:
                    traceback.print_exc()
            else:
                passed += 1
                print(f"ok {name} ({time.monotonic() - t0:.1f} s)", flush=True)
            finally:
                suite.close_sessions()
    finally:
        suite.tmux.kill_server()
        if not args.keep:
            shutil.rmtree(suite.tmp, ignore_errors=True)
        else:
            print(f"kept {suite.tmp}", file=sys.stderr)
    print(f"wall time {time.monotonic() - started:.1f} s")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
