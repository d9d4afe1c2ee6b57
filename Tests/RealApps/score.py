#!/usr/bin/env python3
"""Measure `podwright import | podwright recommend` on the compose files in apps/.

For each app: `podwright import apps/NAME/compose.yaml --main MAIN` (with
--infer-main: without --main, and the main service import chooses is compared
with MAIN first), then
`podwright recommend -` and `podwright explain -` on that design. The
containers in the first document's pod template (initContainers + containers)
are "beside" the main container; a service with a workload of its own is
"apart". Each service is compared with expectations.yaml (written before the
first run). One line per app, then the totals.

This is a measurement, not a test: it exits 0 whatever the score, and non-zero
only when a file is missing or the binary cannot run.
"""
import argparse
import os
import re
import subprocess
import sys

try:
    import yaml
except ImportError:  # pragma: no cover
    sys.exit("score.py: PyYAML is needed (pip install pyyaml)")

HERE = os.path.dirname(os.path.abspath(__file__))
WORKLOAD_KINDS = {"Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job", "CronJob", "Pod"}


def norm(name):
    """Compose allows names Kubernetes does not (underscores, capitals)."""
    return re.sub(r"[^a-z0-9-]", "-", name.lower())


def pod_spec(doc):
    kind = doc.get("kind")
    spec = doc.get("spec") or {}
    if kind == "Pod":
        return spec
    if kind == "CronJob":
        return (((spec.get("jobTemplate") or {}).get("spec") or {}).get("template") or {}).get("spec") or {}
    return (spec.get("template") or {}).get("spec") or {}


def containers_of(doc):
    """[(name, role)] for a workload document; role: init, sidecar (native), container."""
    spec = pod_spec(doc)
    out = []
    for c in spec.get("initContainers") or []:
        out.append((c.get("name"), "sidecar" if c.get("restartPolicy") == "Always" else "init"))
    for c in spec.get("containers") or []:
        out.append((c.get("name"), "container"))
    return out


def run(args, stdin=None):
    p = subprocess.run(args, input=stdin, capture_output=True, text=True, timeout=120)
    return p.returncode, p.stdout, p.stderr


def first_line(text):
    for line in text.splitlines():
        if line.strip():
            return line.strip()
    return "(no message)"


def explain_summary(record):
    """{companion: (placement, rule, reasons)} from the record's Summary table."""
    rows = {}
    in_table = False
    for line in record.splitlines():
        if line.startswith("| companion | placement"):
            in_table = True
            continue
        if in_table:
            if not line.startswith("|"):
                break
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if len(cells) >= 4 and not set(cells[0]) <= {"-"}:
                rows[cells[0]] = (cells[1], cells[2].strip("`"), cells[3])
    return rows


def rule_text(summary, name):
    row = summary.get(name)
    if not row:
        return "?"
    placement, rule, reasons = row
    if rule == "colocate":
        ids = re.findall(r"`([a-z.-]+)`", reasons)
        return "colocate(" + ",".join(ids) + ")" if ids else "colocate"
    return rule


def accepts(expected, got):
    return got in expected.split("|")


def score_app(binary, name, exp, totals, infer_main=False):
    compose = os.path.join(HERE, "apps", name, "compose.yaml")
    main = exp["main"]
    rc, design, err = run([binary, "import", compose] + ([] if infer_main else ["--main", main]))
    if rc != 0:
        totals["import_fail"] += 1
        return f"IMPORT-FAIL  {name}: exit {rc}: {first_line(err)}"
    notes = [l for l in err.splitlines() if ": note:" in l]
    if infer_main:
        chosen = ((yaml.safe_load(design) or {}).get("main") or {}).get("name")
        if chosen == norm(main):
            totals["main_inferred"] += 1
        else:
            return f"MAIN-WRONG   {name}: chose {chosen}, expected {main}"

    rc_r, manifest, err_r = run([binary, "recommend", "-"], stdin=design)
    rc_e, record, _ = run([binary, "explain", "-"], stdin=design)
    summary = explain_summary(record) if rc_e in (0, 1) else {}
    warnings = sorted(set(re.findall(r"warning\[([a-z.-]+)\]", err_r)))

    if rc_r != 0:
        totals["recommend_fail"] += 1
        placed = ", ".join(f"{c}: {rule_text(summary, c)}" for c in summary)
        return (f"RECOMMEND-FAIL {name}: exit {rc_r}: {first_line(err_r)}"
                + (f"\n    explain says: {placed}" if placed else ""))

    docs = [d for d in yaml.safe_load_all(manifest) if isinstance(d, dict)]
    workloads = [d for d in docs if d.get("kind") in WORKLOAD_KINDS]
    if not workloads:
        totals["recommend_fail"] += 1
        return f"RECOMMEND-FAIL {name}: exit 0 but no workload in the manifest"
    main_pod = dict(containers_of(workloads[0]))
    apart = {}
    for w in workloads[1:]:
        for c, _role in containers_of(w):
            apart[c] = f"{w.get('kind')}/{(w.get('metadata') or {}).get('name')}"

    problems = []
    details = []
    if norm(main) not in main_pod:
        problems.append(f"main {main} is not in the first workload ({workloads[0].get('kind')})")
    for svc, expected in exp["services"].items():
        c = norm(svc)
        if c in main_pod and c != norm(main):
            got, where = "beside", main_pod[c]
        elif c in apart:
            got, where = "apart", apart[c]
        else:
            got, where = "missing", "-"
        totals["services"] += 1
        if accepts(expected, got):
            if got == "beside" or expected != "apart":
                details.append(f"{svc}={got}({where})")
            continue
        if got == "beside":
            totals["wrongly_beside"] += 1
        elif got == "apart":
            totals["wrongly_apart"] += 1
        else:
            totals["missing"] += 1
        problems.append(f"{svc}: expected {expected}, got {got} ({where}), rule {rule_text(summary, c)}")
    extra = ""
    if warnings:
        extra += f" [warnings: {', '.join(warnings)}]"
    if notes:
        extra += f" [import notes: {len(notes)}]"
    if problems:
        accepted = f" [accepted: {', '.join(details)}]" if details else ""
        return f"MISMATCH     {name}: " + "; ".join(problems) + accepted + extra
    totals["accepted"] += 1
    return f"OK           {name}" + (f": {', '.join(details)}" if details else "") + extra


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--binary", default=".build/debug/podwright", help="the podwright binary")
    ap.add_argument("--app", action="append", help="only these apps (repeatable)")
    ap.add_argument("--infer-main", action="store_true",
                    help="do not pass --main: measure the main service import infers too (an app whose main "
                         "differs from the expected one is not scored further)")
    opts = ap.parse_args()

    binary = os.path.abspath(opts.binary)
    try:
        rc, out, err = run([binary, "--version"])
    except OSError as e:
        sys.exit(f"score.py: cannot run {opts.binary}: {e}")
    if rc != 0:
        sys.exit(f"score.py: {opts.binary} --version exited {rc}: {first_line(err)}")

    exp_path = os.path.join(HERE, "expectations.yaml")
    if not os.path.isfile(exp_path):
        sys.exit(f"score.py: missing {exp_path}")
    with open(exp_path) as f:
        expectations = yaml.safe_load(f)["apps"]
    names = opts.app or sorted(expectations)
    missing = [n for n in names
               if n not in expectations or not os.path.isfile(os.path.join(HERE, "apps", n, "compose.yaml"))]
    if missing:
        sys.exit("score.py: missing compose file or expectation for: " + ", ".join(missing))

    totals = dict(accepted=0, import_fail=0, recommend_fail=0, services=0,
                  wrongly_beside=0, wrongly_apart=0, missing=0, main_inferred=0)
    print(f"podwright: {first_line(out)}")
    for n in names:
        print(score_app(binary, n, expectations[n], totals, opts.infer_main))
    print()
    if opts.infer_main:
        print(f"main inferred as expected: {totals['main_inferred']} / {len(names)}  (no --main given)")
    print(f"apps accepted:           {totals['accepted']} / {len(names)}")
    print(f"import failures:         {totals['import_fail']}")
    print(f"recommend failures:      {totals['recommend_fail']}  (exit 1 = an error-level finding, 2 = bad input)")
    print(f"services compared:       {totals['services']}  (in apps that got a manifest)")
    print(f"services wrongly beside: {totals['wrongly_beside']}")
    print(f"services wrongly apart:  {totals['wrongly_apart']}")
    if totals["missing"]:
        print(f"services missing:        {totals['missing']}  (in no workload of the manifest)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
