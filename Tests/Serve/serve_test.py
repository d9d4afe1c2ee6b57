#!/usr/bin/env python3
"""podwright serve, end to end over real SSH (paramiko) on 127.0.0.1.

Starts `podwright serve` on a free port with a temporary XDG_STATE_HOME and checks:
1. a learner signs in with the class code, gets a pty and the menu, picks the quiz, resizes the window (the quiz
   redraws at the new width), plays the seed-7 quiz to the score with number keys, and the results file has the
   learner's line;
2. a learner who disconnects after one answer and reconnects with the same name continues at question 2, and the
   result line holds all three answers;
3. a wrong class code, a bad user name, an exec request, a subsystem request, port forwarding (local and remote), a
   shell without a pty and a second session with a name in use are refused;
4. the server survives a client sending garbage and a learner's quiz crashing (SIGSEGV);
5. 60 learners at once each finish a one-question quiz within a bounded time, and the file has 60 lines, none lost
   (that server offers the quiz only: no menu);
6. a learner picks the advisor, designs a pod with one companion, the teacher's event line shows the design as the
   engine places it, the learner disconnects, reconnects, and resumes their design from their own folder;
7. a learner in the advisor cannot open or write a file outside their session (open /etc/passwd, save the design
   and the manifest to other paths, the home folder);
8. the pattern guide opens on its index, turns a page and quits cleanly (exit status 0);
9. the menu in Korean (NAME.ko), leaving it with q;
10. the teacher's live table, on a pty 50 columns wide: no line is wider, a long line ends in …, and after the pty
   grows to 120 columns (SIGWINCH) the table is redrawn at the new width.

The screen each learner sees is rendered by pyte (a terminal emulator), so the test reads text as a person would.
Usage: serve_test.py --binary .build/debug/podwright
"""

import argparse
import fcntl
import json
import os
import pty
import re
import select
import struct
import termios
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import paramiko
import pyte

CODE = "class-code-7"


class Failed(Exception):
    pass


def expect(condition: bool, message: str) -> None:
    if not condition:
        raise Failed(message)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """One `podwright serve` process; its event lines go to a file."""

    def __init__(self, binary: str, folder: Path, count: int, sessions: int = 60, offer: str | None = None):
        self.port = free_port()
        self.results = folder / f"results-{count}.jsonl"
        self.log = folder / f"server-{self.port}.log"
        env = dict(os.environ, XDG_STATE_HOME=str(folder / "state"), NO_COLOR="1")
        self.process = subprocess.Popen(
            [binary, "serve", "--port", str(self.port), "--class-code", CODE, "--seed", "7", "--count", str(count),
             "--results", str(self.results), "--sessions", str(sessions), "--lang", "en"]
            + (["--offer", offer] if offer else []),
            stdout=self.log.open("w"), stderr=subprocess.STDOUT, env=env, cwd=folder)
        deadline = time.time() + 20
        while time.time() < deadline:
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", self.port)) == 0:
                    return
            expect(self.process.poll() is None, f"the server ended: {self.log.read_text()}")
            time.sleep(0.05)
        raise Failed("the server did not listen within 20 s")

    def events(self) -> str:
        return self.log.read_text()

    def wait_event(self, text: str, timeout: float = 15) -> None:
        deadline = time.time() + timeout
        while time.time() < deadline:
            if text in self.events():
                return
            time.sleep(0.05)
        raise Failed(f"the server did not print {text!r}: {self.events()}")

    def result_lines(self) -> list:
        if not self.results.exists():
            return []
        return [json.loads(line) for line in self.results.read_text().splitlines()]

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(5)
        except subprocess.TimeoutExpired:
            self.process.kill()


def connect(port: int, user: str, password: str = CODE) -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    client.connect("127.0.0.1", port=port, username=user, password=password, look_for_keys=False, allow_agent=False,
                   timeout=20, banner_timeout=20, auth_timeout=20)
    return client


MENU = "What would you like to open?"


class Learner:
    """A learner's terminal: an SSH session with a pty, its output rendered by pyte; `pick` is the menu's key to
    press first (None: no menu is expected)."""

    def __init__(self, port: int, user: str, columns: int = 80, rows: int = 24, pick: str | None = "1"):
        self.client = connect(port, user)
        self.channel = self.client.get_transport().open_session()
        self.channel.get_pty(term="xterm", width=columns, height=rows)
        self.channel.invoke_shell()
        self.screen = pyte.Screen(columns, rows)
        self.stream = pyte.ByteStream(self.screen)
        self.lock = threading.Lock()
        self.closed = False
        self.reader = threading.Thread(target=self.read, daemon=True)
        self.reader.start()
        if pick is not None:
            self.wait_for("1 to 3 or", "the menu")
            self.keys(pick)

    def read(self) -> None:
        while True:
            data = self.channel.recv(65536)
            if not data:
                break
            with self.lock:
                self.stream.feed(data)
        self.closed = True

    def text(self) -> str:
        with self.lock:
            return "\n".join(self.screen.display)

    def wait_for(self, text: str, what: str, timeout: float = 20) -> str:
        deadline = time.time() + timeout
        while time.time() < deadline:
            screen = self.text()
            if text in screen:
                return screen
            time.sleep(0.05)
        raise Failed(f"{what}: {text!r} not on the screen:\n{self.text()}")

    def resize(self, columns: int, rows: int) -> None:
        with self.lock:
            self.screen.resize(rows, columns)
        self.channel.resize_pty(width=columns, height=rows)

    def wait_until(self, check, what: str, timeout: float = 20) -> str:
        deadline = time.time() + timeout
        while time.time() < deadline:
            screen = self.text()
            if check(screen):
                return screen
            time.sleep(0.05)
        raise Failed(f"{what}:\n{self.text()}")

    def wait_settled(self, check, what: str, timeout: float = 20) -> str:
        """Waits for the check, then until the screen stays the same over a few looks (a screen still being drawn
        can show a step's number above the last step's choices)."""
        screen = self.wait_until(check, what, timeout)
        same = 0
        while same < 5:
            time.sleep(0.05)
            again = self.text()
            same = same + 1 if again == screen else 0
            screen = again
        return screen

    def keys(self, *keys: str) -> None:
        for key in keys:
            self.channel.send(KEYS.get(key, key))
            time.sleep(0.05)

    def type(self, text: str) -> None:
        """Text typed at once (the program takes keys that arrive together one by one)."""
        self.channel.send(text)
        time.sleep(0.05)

    def wait_closed(self, timeout: float = 15) -> None:
        deadline = time.time() + timeout
        while time.time() < deadline and not self.closed:
            time.sleep(0.05)
        expect(self.closed, "the session did not end after the score")

    def close(self) -> None:
        self.client.close()


# What an xterm sends once ncurses has switched it to keypad mode (smkx): arrows as ESC O A, not ESC [ A.
KEYS = {"Enter": "\r", "Up": "\x1bOA", "Down": "\x1bOB", "BSpace": "\x7f", "Esc": "\x1b"}


# The seed-7 quiz's first three questions, answered as in Tests/Terminal/tmux_test.py: right, wrong, right.
QUESTION_1 = ["1", "1", "1", "2", "2"]
QUESTION_2 = ["2", "2", "1", "1", "1"]
QUESTION_3 = ["2", "2", "2", "1", "2"]


def test_full_quiz(server: Server) -> None:
    s = Learner(server.port, "kim")
    s.wait_for("3 questions.", "the quiz intro")
    s.resize(100, 30)  # the window change reaches the program, which redraws its frame 100 columns wide
    s.wait_until(lambda screen: any(line.rstrip().endswith("┐") and len(line.rstrip()) == 100 for line in screen.split("\n")),
                 "the frame was not redrawn 100 columns wide after the window change")
    s.keys("1")
    s.wait_for("Question 1 of 3 · Logs in the wrong format", "the first question (seed 7)")
    s.keys(*QUESTION_1)
    s.wait_for("Right: your answers place log-adapter", "the feedback")
    s.keys("Enter")
    s.wait_for("Question 2 of 3", "the second question")
    s.keys(*QUESTION_2)
    s.wait_for("Not quite", "the feedback on a wrong answer")
    s.keys("Enter")
    s.wait_for("Question 3 of 3", "the third question")
    s.keys(*QUESTION_3)
    s.wait_for("Enter: see the score.", "the last feedback")
    s.keys("Enter")
    s.wait_for("2 of 3 right.", "the score")
    s.keys("Enter")
    s.wait_closed()
    s.close()
    server.wait_event("score: kim 2/3")
    lines = [line for line in server.result_lines() if line["name"] == "kim"]
    expect(len(lines) == 1, f"kim's result lines: {lines}")
    line = lines[0]
    expect((line["seed"], line["count"], line["answered"], line["score"], line["language"]) == ("7", 3, 3, 2, "en"),
           f"kim's result line: {line}")


def test_resume(server: Server) -> None:
    s = Learner(server.port, "lee.ko", pick=None)
    s.wait_for("1부터 3까지", "the menu in Korean")
    s.keys("1")
    s.wait_for("3", "the quiz intro (Korean)")
    s.keys("1")
    s.wait_for("1/3", "the first question in Korean")
    s.keys(*QUESTION_1)
    server.wait_event("answered: lee 1/3")
    s.close()  # the connection drops after one answer
    server.wait_event("left: lee")
    s = Learner(server.port, "lee.ko", pick=None)
    s.wait_for("1부터 3까지", "the menu in Korean")
    s.keys("1")
    s.wait_for("2/3", "question 2 after reconnecting")
    s.keys(*QUESTION_2)
    s.keys("Enter")
    s.wait_for("3/3", "question 3")
    s.keys(*QUESTION_3)
    s.keys("Enter")
    s.wait_for("3문제 중 정답 2문제", "the score in Korean")
    s.keys("Enter")
    s.wait_closed()
    s.close()
    server.wait_event("score: lee 2/3")
    lines = [line for line in server.result_lines() if line["name"] == "lee"]
    expect(len(lines) == 1, f"lee's result lines: {lines}")
    expect([q["right"] for q in lines[0]["questions"]] == [True, False, True] and lines[0]["language"] == "ko",
           f"lee's resumed result line: {lines[0]}")


def test_refusals(server: Server) -> None:
    try:
        connect(server.port, "kim2", password="wrong")
        raise Failed("a wrong class code was accepted")
    except paramiko.AuthenticationException:
        pass
    for user in ["bad name", "x" * 40, "kim.fr"]:
        try:
            connect(server.port, user)
            raise Failed(f"the user name {user!r} was accepted")
        except paramiko.AuthenticationException:
            pass
    client = connect(server.port, "mallory")
    transport = client.get_transport()
    channel = transport.open_session()
    try:
        channel.exec_command("cat /etc/passwd")
        status = channel.recv_exit_status()
        expect(status != 0, "an exec request ran")
    except paramiko.SSHException:
        pass
    channel = transport.open_session()
    try:
        channel.invoke_subsystem("sftp")
        expect(channel.recv_exit_status() != 0, "the sftp subsystem was offered")
    except paramiko.SSHException:
        pass
    try:
        transport.open_channel("direct-tcpip", ("127.0.0.1", server.port), ("127.0.0.1", 0), timeout=5)
        raise Failed("local port forwarding (direct-tcpip) was accepted")
    except (paramiko.ChannelException, paramiko.SSHException):
        pass
    try:
        transport.request_port_forward("127.0.0.1", 0)
        raise Failed("remote port forwarding was accepted")
    except paramiko.SSHException:
        pass
    # A shell without a pty gets the one-line reason on stderr.
    channel = transport.open_session()
    channel.invoke_shell()
    status = channel.recv_exit_status()
    reason = channel.makefile_stderr().read().decode()
    expect(status == 1 and "needs a terminal" in reason, f"a shell without a pty: status {status}, {reason!r}")
    client.close()
    # One session per name: a second connection with a name in use is told so.
    first = Learner(server.port, "dup")
    first.wait_for("3 questions.", "the first session named dup")
    client = connect(server.port, "dup")
    channel = client.get_transport().open_session()
    channel.get_pty()
    channel.invoke_shell()
    status = channel.recv_exit_status()
    reason = channel.makefile_stderr().read().decode()
    expect(status == 1 and "connected already" in reason, f"a second dup: status {status}, {reason!r}")
    client.close()
    first.close()
    expect(server.process.poll() is None, "the server ended after the refusals")


def children(pid: int) -> list:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                if int(Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                    found.append(int(entry))
            except (OSError, IndexError, ValueError):
                pass
    return found


def test_survives(server: Server) -> None:
    # A client that sends garbage instead of SSH.
    with socket.create_connection(("127.0.0.1", server.port)) as raw:
        raw.sendall(b"SSH-2.0-garbage\r\n" + os.urandom(4096))
        raw.settimeout(5)
        try:
            while raw.recv(4096):
                pass
        except (socket.timeout, ConnectionResetError):
            pass
    # A learner's program that crashes: the session ends, the server goes on.
    s = Learner(server.port, "crash")
    s.wait_for("3 questions.", "the quiz intro")
    quizzes = [pid for pid in children(server.process.pid)
               if b"\0crash\0" in Path(f"/proc/{pid}/cmdline").read_bytes()]  # the quiz started with --name crash
    expect(len(quizzes) == 1, f"expected one quiz process named crash, found {quizzes}")
    os.kill(quizzes[0], 11)
    s.wait_closed()
    s.close()
    expect(server.process.poll() is None, "the server ended after a crash or garbage")
    s = Learner(server.port, "after")
    s.wait_for("3 questions.", "a learner after the crash")
    s.close()


LOG_SHIPPER = dict(lifecycle="same", coupling="tight", scaling="together", mainCodeChangeable="yes",
                   state="stateless", timing="alongside", function="extend")
CHOICES = {"lifecycle": ["same", "independent"], "coupling": ["tight", "loose"], "scaling": ["together", "independent"],
           "mainCodeChangeable": ["yes", "no"], "state": ["stateless", "stateful"],
           "timing": ["before-main", "alongside"], "function": ["extend", "transform-output", "proxy-outbound"]}
FIRST_CHOICE = {choices[0]: key for key, choices in CHOICES.items()}


def step_on(screen: str, name: str, number: int) -> str | None:
    """The question key `NAME · question NUMBER` shows (by its first choice, `▸ ● same ...`), `text` for a text step,
    or None while that step is not drawn yet."""
    if f"{name} · question {number} of" not in screen:
        return None
    first = re.search(r"│ [▸ ] [●○] (\S+)", screen)
    return FIRST_CHOICE.get(first.group(1), "text") if first else "text"


def new_design_with_companion(s: Learner) -> None:
    """From the advisor's start screen: a design named shop (main image nginx) with one companion, log-agent, answered
    as a log shipper on whichever steps the advisor asks (it asks only what can still move the companion)."""
    s.wait_for("Start a new design", "the advisor's start screen")
    s.keys("Enter")
    s.wait_for("Design name", "the main form")
    s.type("\x7f" * 8 + "shop")
    s.keys("Enter", "Enter")  # the design's name, the main container's name (app)
    s.type("nginx:1.27")
    s.keys("Enter", "Enter", "Enter", "Enter", "Enter", "Enter")  # image, workload, replicas, ports, Kubernetes, style
    s.wait_for("▸ Continue to the companions", "the Continue line")
    s.keys("Enter")
    s.wait_for("+ Add a companion", "the companion list")
    s.keys("a")
    s.wait_for("question 1 of", "the companion's first question")
    s.type("\x7f" * 12 + "log-agent")
    s.keys("Enter")
    s.wait_for("Which image does log-agent run?", "the image question")
    s.type("fluent/fluent-bit:3.1")
    s.keys("Enter")
    number = 3
    while True:
        screen = s.wait_settled(lambda screen: step_on(screen, "log-agent", number) is not None
                                or ("+ Add a companion" in screen and "log-agent · question" not in screen),
                                f"log-agent's step {number} or the companion list")
        step = step_on(screen, "log-agent", number)
        if step is None:
            break
        if step in CHOICES:
            s.keys(*(["Up"] * 3 + ["Down"] * CHOICES[step].index(LOG_SHIPPER[step]) + ["Enter"]))
        else:
            s.keys("Enter")  # shared paths, ports: none
        number += 1
    s.wait_for("▸ log-agent", "log-agent in the companion list")


def test_advisor_resumes(server: Server, folder: Path) -> None:
    s = Learner(server.port, "park", pick="2")
    new_design_with_companion(s)
    server.wait_event("opened: park advisor")
    server.wait_event("design: park shop: log-agent native-sidecar")
    autosave = folder / "state" / "podwright" / "advisor" / "park" / "autosave.json"
    expect(autosave.exists() and "log-agent" in autosave.read_text(), f"no autosave with log-agent at {autosave}")
    s.close()  # the connection drops in the middle of the design
    server.wait_event("left: park")
    s = Learner(server.port, "park", pick="2")
    screen = s.wait_for("Resume shop", "the advisor offering the design again")
    expect("▸ Resume shop" in screen, f"Resume is not the selected item:\n{screen}")
    s.keys("Enter")
    s.wait_until(lambda screen: "log-agent" in screen and "+ Add a companion" in screen, "the resumed design's companion")
    s.keys("\x03")  # Ctrl-C: the advisor ends, and so does the session
    s.wait_closed()
    s.close()


def test_advisor_files_closed(server: Server, folder: Path) -> None:
    s = Learner(server.port, "eve", columns=160, rows=30, pick="2")  # wide enough for the status line's whole path
    s.wait_for("Open a design file", "the advisor's start screen")
    s.keys("Down", "Enter")  # Open a design file…
    s.wait_for("Open the design file:", "the open prompt")
    s.type("/etc/passwd")
    s.keys("Enter")
    s.wait_for("Cannot read /etc/passwd: files stay closed", "opening /etc/passwd refused")
    s.keys("Up", "Enter")  # Start a new design
    s.wait_for("Design name", "the main form")
    s.keys("Enter", "Enter")
    s.type("nginx:1.27")
    s.keys("Enter", "Enter", "Enter", "Enter", "Enter", "Enter")
    s.wait_for("▸ Continue to the companions", "the Continue line")
    s.keys("Enter")
    s.wait_for("+ Add a companion", "the companion list")
    s.keys("r")
    s.wait_for("Save the design file", "the result screen")
    home = Path.home() / "podwright-serve-test-should-not-exist.yaml"
    for key, path in [("s", folder / "stolen-design.yaml"), ("w", folder / "stolen-manifest.yaml"), ("x", home),
                      ("s", folder / "state" / "podwright" / "advisor" / "park" / "autosave.json"), ("s", "../eve.yaml")]:
        s.keys(key)
        s.wait_for("Enter confirms", f"the prompt of {key}")
        s.type("\x7f" * 40 + str(path))
        s.keys("Enter")
        s.wait_for(f"Cannot write {path}: files stay closed", f"writing {path} refused")
        if isinstance(path, Path) and path.name != "autosave.json":
            expect(not path.exists(), f"{path} was written")
    park = (folder / "state" / "podwright" / "advisor" / "park" / "autosave.json").read_text()
    expect("log-agent" in park, "another learner's autosave was changed")
    expect(not (folder / "state" / "podwright" / "advisor" / "eve" / "eve.yaml").exists(), "a relative path was written")
    s.keys("\x03")
    s.wait_closed()
    s.close()


def test_pattern_guide(server: Server) -> None:
    s = Learner(server.port, "gil", pick="3")
    s.wait_for("Six ways to lay out a pod", "the pattern guide's index")
    server.wait_event("opened: gil guide")
    s.keys("Enter")
    s.wait_for("1 of 6", "the first page")
    s.keys("\t")
    s.wait_for("2 of 6", "the second page")
    s.keys("q")
    s.wait_closed()
    expect(s.channel.recv_exit_status() == 0, "the guide did not end with status 0")
    s.close()


def test_korean_menu(server: Server) -> None:
    s = Learner(server.port, "choi.ko", pick=None)
    screen = s.wait_for("무엇을 열까요?", "the menu in Korean")
    for text in ["podwright 워크숍 · choi", "1  퀴즈", "2  도우미", "3  패턴 안내", "q로 나가기"]:
        expect(text in screen, f"{text!r} not in the Korean menu:\n{screen}")
    s.keys("Down")
    s.wait_until(lambda screen: "▸ 2  도우미" in screen, "↓ did not move to the advisor")
    s.keys("q")
    s.wait_closed()
    s.close()


def test_teacher_screen(binary: str, folder: Path) -> None:
    port = free_port()
    pid, master = pty.fork()
    if pid == 0:  # the server, on a terminal of its own: the live table
        os.environ.update(XDG_STATE_HOME=str(folder / "state"), NO_COLOR="1")
        os.execv(binary, [binary, "serve", "--port", str(port), "--class-code", CODE, "--seed", "7", "--count", "3",
                          "--results", str(folder / "live.jsonl"), "--lang", "en"])

    def size(columns: int, rows: int) -> None:
        fcntl.ioctl(master, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))

    screen = pyte.Screen(50, 20)
    stream = pyte.ByteStream(screen)

    def wait(check, what: str, timeout: float = 15) -> None:
        deadline = time.time() + timeout
        while time.time() < deadline:
            if select.select([master], [], [], 0.05)[0]:
                stream.feed(os.read(master, 65536))
            if check([line.rstrip() for line in screen.display]):
                return
        raise Failed(f"{what}:\n" + "\n".join(screen.display))

    size(50, 20)
    learner = None
    try:
        wait(lambda lines: any(line.startswith("Host key:") for line in lines), "the teacher's header")
        learner = Learner(port, "a_learner_with_a_long_name", pick="2")
        learner.wait_for("Start a new design", "the advisor")
        wait(lambda lines: any(line.startswith("a_learner_with_a_long_name  en    connected   adv") for line in lines),
             "the learner's row in the table")
        expect(screen.display[0].rstrip().endswith("…"), f"the header was not cut: {screen.display[0]!r}")
        # pyte wraps what is wider than its 50 columns onto the next line: a line that fills the width must be cut.
        wrapped = [line for line in screen.display if len(line.rstrip()) == 50 and not line.endswith("…")]
        expect(not wrapped, f"lines wrapped instead of being cut: {wrapped}")
        size(120, 20)
        screen.resize(20, 120)
        wait(lambda lines: "class code: " + CODE in lines[0] and "questions (+ right, x wrong)" in "\n".join(lines),
             "the table redrawn 120 columns wide after SIGWINCH")
    finally:
        if learner:
            learner.close()
        os.kill(pid, 15)
        os.waitpid(pid, 0)
        os.close(master)


def test_sixty_at_once(binary: str, folder: Path) -> None:
    server = Server(binary, folder, count=1, offer="quiz")
    failures = []
    started = time.time()

    def play(number: int) -> None:
        try:
            s = Learner(server.port, f"learner{number:02d}", pick=None)
            s.wait_for("1 questions.", "the intro", timeout=60)
            s.keys("1")
            s.wait_for("Question 1 of 1", "the question", timeout=60)
            s.keys(*QUESTION_1)
            s.wait_for("Enter: see the score.", "the feedback", timeout=60)
            s.keys("Enter")
            s.wait_for("1 of 1 right.", "the score", timeout=60)
            s.keys("Enter")
            s.wait_closed(60)
            s.close()
        except Exception as error:  # noqa: BLE001 (each learner's failure is reported)
            failures.append(f"learner{number:02d}: {error}")

    threads = [threading.Thread(target=play, args=(n,)) for n in range(60)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    elapsed = time.time() - started
    try:
        expect(not failures, f"{len(failures)} of 60 learners failed: {failures[:3]}")
        deadline = time.time() + 10
        while time.time() < deadline and len(server.result_lines()) < 60:
            time.sleep(0.1)
        names = sorted(line["name"] for line in server.result_lines())
        expect(names == [f"learner{n:02d}" for n in range(60)], f"the results file has {len(names)} of 60 lines")
        expect(elapsed < 90, f"60 learners took {elapsed:.1f} s (bound: 90 s)")
        print(f"  60 learners finished in {elapsed:.1f} s")
    finally:
        server.stop()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    args = parser.parse_args()
    binary = str(Path(args.binary).resolve())
    failed = 0
    with tempfile.TemporaryDirectory(prefix="podwright-serve-") as temporary:
        folder = Path(temporary)
        server = Server(binary, folder, count=3)
        tests = [("full quiz", lambda: test_full_quiz(server)), ("resume", lambda: test_resume(server)),
                 ("refusals", lambda: test_refusals(server)), ("survives", lambda: test_survives(server)),
                 ("advisor resumes", lambda: test_advisor_resumes(server, folder)),
                 ("advisor files closed", lambda: test_advisor_files_closed(server, folder)),
                 ("pattern guide", lambda: test_pattern_guide(server)), ("Korean menu", lambda: test_korean_menu(server)),
                 ("teacher's screen", lambda: test_teacher_screen(binary, folder)),
                 ("60 at once", lambda: test_sixty_at_once(binary, folder))]
        try:
            for name, test in tests:
                started = time.time()
                try:
                    test()
                    print(f"ok   {name} ({time.time() - started:.1f} s)")
                except Failed as failure:
                    failed += 1
                    print(f"FAIL {name}: {failure}")
        finally:
            server.stop()
        key = folder / "state" / "podwright" / "ssh_host_ed25519_key"
        if not key.exists() or key.stat().st_mode & 0o777 != 0o600:
            failed += 1
            print("FAIL the host key is not kept with mode 0600")
    print(f"{len(tests) - failed if failed <= len(tests) else 0} of {len(tests)} serve tests passed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
