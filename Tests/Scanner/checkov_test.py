#!/usr/bin/env python3
"""Scans the starter manifests of every example design with checkov (a real scanner, from PyPI) and fails on any
failed check that checkov-allowlist.txt does not name with its reason.

It prints the failed checks per id (allowed or not) and the total, so the figures of issue 13 can be read off it.

Usage: .venv/bin/python Tests/Scanner/checkov_test.py --binary .build/debug/podwright   (part of `make test`)
"""

from __future__ import annotations

import argparse
import collections
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
ALLOWLIST = Path(__file__).resolve().parent / "checkov-allowlist.txt"


def allowlist() -> dict[str, str]:
    allowed = {}
    for line in ALLOWLIST.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        check, _, reason = line.partition(" ")
        if not reason.strip():
            sys.exit(f"{ALLOWLIST}: {check} has no reason")
        allowed[check] = reason.strip()
    return allowed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", required=True)
    args = parser.parse_args()
    checkov = Path(sys.executable).parent / "checkov"
    allowed = allowlist()
    designs = sorted((ROOT / "Resources" / "examples").glob("*.yaml"))
    with tempfile.TemporaryDirectory(prefix="podwright-checkov-") as folder:
        for design in designs:
            result = subprocess.run([args.binary, "recommend", str(design)], capture_output=True, text=True)
            if result.returncode != 0:
                print(f"recommend {design.name}: exit {result.returncode}: {result.stderr.strip()}")
                return 1
            (Path(folder) / design.name).write_text(result.stdout, encoding="utf-8")
        scan = subprocess.run([str(checkov), "-d", folder, "--framework", "kubernetes", "-o", "json"],
                              capture_output=True, text=True)
        if not scan.stdout.strip():
            print(f"checkov gave no report (exit {scan.returncode}): {scan.stderr.strip()[:400]}")
            return 1
        reports = json.loads(scan.stdout)
    reports = reports if isinstance(reports, list) else [reports]
    failed = collections.Counter()
    names = {}
    where = collections.defaultdict(list)
    passed = 0
    for report in reports:
        results = report.get("results", {})
        passed += len(results.get("passed_checks", []))
        for check in results.get("failed_checks", []):
            failed[check["check_id"]] += 1
            names[check["check_id"]] = check["check_name"]
            where[check["check_id"]].append(f"{Path(check['file_path']).name} {check['resource']}")
    print(f"{len(designs)} example designs scanned: {passed} checks passed, {sum(failed.values())} failed")
    bad = 0
    for check, count in sorted(failed.items(), key=lambda item: (-item[1], item[0])):
        mark = "allowed" if check in allowed else "NOT ALLOWED"
        print(f"  {count:4d}  {check:11s} {mark:11s} {names[check]}")
        if check not in allowed:
            bad += count
            for place in where[check][:5]:
                print(f"          {place}")
    outside = sum(count for check, count in failed.items() if check not in {"CKV_K8S_21", "CKV_K8S_43", "CKV_K8S_15", "CKV_K8S_11"})
    print(f"failed outside namespace, digest, pull policy and CPU limits: {outside}")
    if bad:
        print(f"{bad} failed checks are not in {ALLOWLIST.name}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
