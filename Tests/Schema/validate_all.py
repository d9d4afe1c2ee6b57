#!/usr/bin/env python3
"""Validates every starter manifest podwright can emit against the real Kubernetes schemas.

For every target version (1.27 to 1.37) and every main workload kind it writes one design
file per combination of the seven answers (192), plus the sidecarStyle classic and native
variants on 1.29 and on the newest version, plus a few designs with several companions, plus
whole applications (`serves`) with every combination of answers for a companion serving one placed
apart, and chains of depth 2, on 1.28, 1.29 and the newest version.
It runs `podwright recommend DESIGN... --output-dir DIR` once per target, on all of that target's designs
(a process per design would spend nine tenths of the time starting up), and checks that:

- each manifest was written and is not empty, and every stderr line that names the design is a
  `warning[...]` finding;
- stdout is YAML without duplicate keys (PyYAML keeps the last of two equal keys silently;
  kubectl refuses them);
- every document passes `kubernetes-validate --strict` for the target version (its Python
  API, in process; each distinct document is validated once per target);
- the rules the API server enforces beyond the JSON schema hold (unique container and volume
  names, mounts that name a volume, probes only on native init containers, a Job's
  restartPolicy, requests <= limits, ...), and the documents of one manifest fit together
  (a Service selects a workload in the manifest and targets a port it declares, a
  StatefulSet's serviceName is a headless Service). `--schema-only` turns these off.

It also runs one design twice on its own, with the manifest on stdout, and compares the bytes with each
other and with the batch's (determinism, and the batch writes what stdout gets).

Usage: .venv/bin/python Tests/Schema/validate_all.py --binary .build/debug/podwright
The last line is `N passed, M failed` (N manifests that validated; M failed designs, plus
one if the determinism check failed); the exit status is 1 when M > 0.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import errno
import itertools
import json
import multiprocessing
import os
import re
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass, field
from typing import Any, Iterable

import yaml

try:
    from kubernetes_validate import utils as kv
except ImportError:  # pragma: no cover - depends on the venv
    sys.exit("validate_all.py: kubernetes_validate is missing; run `make venv` and use .venv/bin/python")

TARGET_MINORS = range(27, 38)  # the supported targets, 1.27 .. 1.37
NEWEST = TARGET_MINORS[-1]
NATIVE_FIRST = 29
WORKLOADS = ["service", "job", "daemon", "stateful", "pod"]
ANSWERS = [
    ("lifecycle", ["same", "independent"]),
    ("coupling", ["tight", "loose"]),
    ("scaling", ["together", "independent"]),
    ("mainCodeChangeable", ["yes", "no"]),
    ("state", ["stateless", "stateful"]),
    ("timing", ["before-main", "alongside"]),
    ("function", ["extend", "transform-output", "proxy-outbound"]),
]
COMBINATIONS = list(itertools.product(*[values for _, values in ANSWERS]))
MAIN_PORTS = "[80, {port: 8443, name: https}]"
FINDING_LINE = re.compile(r"^podwright: .+:\d+:\d+: warning\[[a-z0-9.-]+\]: ")
MAX_DETAILS = 15  # failing designs shown in full; the rest are counted under their message
PART = 1000  # designs per podwright run: the big targets split, so both cores stay busy to the end


# --------------------------------------------------------------------------- designs

@dataclass
class Case:
    ident: str  # unique, also the file name
    minor: int
    style: str  # auto | classic | native
    workload: str
    label: str  # the answers, or what the multi-companion design holds
    text: str  # the design file
    path: str = ""
    manifest_path: str = ""
    manifest: bytes = b""
    problems: list[str] = field(default_factory=list)

    @property
    def target(self) -> str:
        return f"1.{self.minor}"

    def describe(self) -> str:
        return f"target {self.target}, sidecarStyle {self.style}, workload {self.workload}, {self.label}"


def header(name: str, minor: int, style: str, workload: str, ports: str | None, replicas: bool,
           main_name: str = "web", main_extra: list[str] | None = None) -> list[str]:
    lines = ["podwright: 1", f"name: {name}", f'kubernetes: "1.{minor}"']
    if style != "auto":
        lines.append(f"sidecarStyle: {style}")
    lines += ["main:", f"  name: {main_name}", "  image: nginx:1.27", f"  workload: {workload}"]
    if replicas and workload in ("service", "stateful"):
        lines.append("  replicas: 2")
    if ports is not None:
        lines.append(f"  ports: {ports}")
    lines += main_extra or []
    lines.append("companions:")
    return lines


def companion(name: str, answers: dict[str, str], image: str = "example.com/helper:1.0", **extra: str) -> list[str]:
    lines = [f"  - name: {name}", f"    image: {image}"]
    lines += [f"    {key}: {value}" for key, value in answers.items()]
    lines += [f"    {key}: {value}" for key, value in extra.items()]
    return lines


def single_cases(minor: int, style: str) -> list[Case]:
    cases = []
    for workload in WORKLOADS:
        ports = None if workload == "job" else MAIN_PORTS
        for index, combo in enumerate(COMBINATIONS):
            answers = dict(zip([key for key, _ in ANSWERS], combo))
            lines = header("shop", minor, style, workload, ports, replicas=True)
            lines += companion("helper", answers, sharedPaths="[/var/shared]", ports="[9100]",
                               localPort="6380", upstream='"redis:6379"')
            label = "answers " + ", ".join(f"{k}={v}" for k, v in answers.items())
            cases.append(Case(f"1.{minor}-{style}-{workload}-{index:03d}", minor, style, workload, label,
                              "\n".join(lines) + "\n"))
    return cases


def multi_cases(minor: int, style: str) -> list[Case]:
    """Designs with several companions: every role at once, UDP and named ports, edge-case names."""
    same = dict(lifecycle="same", coupling="tight", scaling="together", mainCodeChangeable="yes", state="stateless")
    cases = []
    for workload in WORKLOADS:
        ports = None if workload == "job" else MAIN_PORTS
        lines = header("shop", minor, style, workload, ports, replicas=True)
        lines += companion("fetch-model", {**same, "timing": "before-main"}, sharedPaths="[/models]")
        lines += companion("wait-for-db", {**same, "coupling": "loose", "timing": "before-main"})
        lines += companion("log-shipper", {**same, "timing": "alongside", "function": "extend"},
                           sharedPaths="[/var/log/app, /models]")
        lines += companion("log-adapter", {**same, "mainCodeChangeable": "no", "timing": "alongside",
                                           "function": "transform-output"},
                           sharedPaths="[/var/log/app]", ports="[9113]")
        lines += companion("redis-proxy", {**same, "mainCodeChangeable": "no", "timing": "alongside",
                                           "function": "proxy-outbound"},
                           localPort="6380", upstream='"redis:6379"')
        lines += companion("legacy-db", {"lifecycle": "independent", "coupling": "loose", "scaling": "together",
                                         "mainCodeChangeable": "no", "state": "stateless", "timing": "alongside",
                                         "function": "proxy-outbound"},
                           localPort="5432", upstream='"postgres:5432"')
        lines += companion("db", {**same, "state": "stateful"}, image="postgres:16", ports="[5432]")
        lines += companion("mq", {**same, "state": "stateful"}, image="rabbitmq:3.13",
                           ports="[5672, {port: 15672, name: management}]")
        lines += companion("migrate", {**same, "scaling": "independent", "timing": "before-main"})
        lines += companion("was", {"lifecycle": "independent", "coupling": "loose", "scaling": "independent",
                                   "mainCodeChangeable": "yes", "state": "stateless", "timing": "alongside"},
                           ports="[8080]")
        lines += companion("cache-warmer", {"lifecycle": "independent", "coupling": "loose", "scaling": "together",
                                            "mainCodeChangeable": "yes", "state": "stateless",
                                            "timing": "alongside", "function": "extend"},
                           sharedPaths="[/var/cache/app]", ports="[7000]")
        cases.append(Case(f"1.{minor}-{style}-{workload}-every-role", minor, style, workload,
                          "every role: 2 init, sidecar, adapter, 2 ambassadors, 2 stateful, job, 2 deployments",
                          "\n".join(lines) + "\n"))

        udp_ports = ("[{port: 53, name: dns, protocol: UDP}, {port: 53, name: dns-tcp, protocol: TCP}, "
                     "{port: 8080, name: http}, {port: 3868, name: diameter, protocol: SCTP}]")
        lines = header("dns", minor, style, workload, None if workload == "job" else udp_ports, replicas=False)
        lines += companion("statsd", {**same, "timing": "alongside", "function": "extend"},
                           ports="[{port: 8125, name: statsd, protocol: UDP}, 9102]")
        lines += companion("exporter", {**same, "mainCodeChangeable": "no", "timing": "alongside",
                                        "function": "transform-output"},
                           ports="[{port: 9153, name: metrics}]")
        lines += companion("syslog", {"lifecycle": "independent", "coupling": "loose", "scaling": "independent",
                                      "mainCodeChangeable": "yes", "state": "stateless", "timing": "alongside"},
                           ports="[{port: 514, name: syslog, protocol: UDP}, {port: 514, name: syslog-tcp}]")
        lines += companion("zone-store", {**same, "state": "stateful"},
                           ports="[{port: 2379, name: client}, {port: 2380, name: peer}]")
        cases.append(Case(f"1.{minor}-{style}-{workload}-udp-named", minor, style, workload,
                          "UDP, SCTP and named ports in the pod and apart", "\n".join(lines) + "\n"))

        settings = ['  command: ["gunicorn"]', '  args: ["shop.wsgi", "--bind", "0.0.0.0:8080", "8080", "yes"]',
                    "  env:", "    DJANGO_SETTINGS_MODULE: shop.settings", '    PORT: "8080"', '    DEBUG: "true"',
                    '    EMPTY: ""', '    a.b-c: "x: y"', "  secretEnv: [DATABASE_PASSWORD]",
                    "  dataPath: /var/lib/shop/data", "  security: baseline",
                    "  probe: {http: /healthz, port: 8080, interval: 5, timeout: 2, retries: 4, startPeriod: 45}",
                    "  resources: {requests: {cpu: 250m, memory: 256Mi}, limits: {cpu: 1, memory: 512Mi}}"]
        lines = ["security: restricted"] + header("shop", minor, style, workload, ports, replicas=True,
                                                   main_extra=settings)
        lines += companion("migrate", {**same, "timing": "before-main"}, image="nginx:1.27",
                           command="[python, manage.py, migrate]",
                           env='{DATABASE_URL: "postgres://db:5432/shop"}', secretEnv="[DATABASE_PASSWORD]")
        lines += companion("log-shipper", {**same, "timing": "alongside", "function": "extend"},
                           sharedPaths="[/var/log/app]", args='["-c", "/etc/fluent-bit/fluent-bit.conf"]',
                           env='{LOG_LEVEL: info}', security="restricted", probe="{http: /api/v1/health, port: 2020}",
                           resources="{limits: {memory: 128Mi}}")
        lines += companion("db-proxy", {**same, "mainCodeChangeable": "no", "timing": "alongside",
                                        "function": "proxy-outbound"},
                           localPort="5432", upstream='"db:5432"', args='["--port", "5432"]')
        lines += companion("db", {**same, "state": "stateful"}, image="postgres:16.4", ports="[5432]",
                           dataPath="/var/lib/postgresql/data", env="{PGDATA: /var/lib/postgresql/data/pgdata}",
                           secretEnv="[POSTGRES_PASSWORD]", security="baseline",
                           probe="{exec: [pg_isready, -U, postgres], startPeriod: 60}", resources="{requests: {memory: 1Gi}}")
        lines += companion("api", {"lifecycle": "independent", "coupling": "loose", "scaling": "independent",
                                   "mainCodeChangeable": "yes", "state": "stateless", "timing": "alongside"},
                           ports="[8081]", command="[api]", args="[serve]", env="{MODE: api}", probe="{tcp: 8081}")
        cases.append(Case(f"1.{minor}-{style}-{workload}-settings", minor, style, workload,
                          "command, args, env, secretEnv, dataPath, security, probe and resources in the pod and apart",
                          "\n".join(lines) + "\n"))

        long_name = "a" * 63
        lines = header(long_name, minor, style, workload, None, replicas=False, main_name="0main")
        lines += companion("b" * 63, {**same, "timing": "alongside", "function": "extend"},
                           sharedPaths="[/var/log, /var_log, /VAR/LOG/, '/data/" + "x" * 80 + "']")
        lines += companion("c" * 63, {"lifecycle": "independent", "coupling": "loose", "scaling": "independent",
                                      "mainCodeChangeable": "yes", "state": "stateless", "timing": "alongside"},
                           sharedPaths="[/var/log]")
        lines += companion("d" * 63, {**same, "timing": "before-main"}, sharedPaths="[/var/log]")
        cases.append(Case(f"1.{minor}-{style}-{workload}-edge-names", minor, style, workload,
                          "63-character names, no ports, clashing and odd shared paths", "\n".join(lines) + "\n"))
    return cases


SERVES_HOSTS = {  # a companion placed apart, by the answers that place it, with the workload it gets
    "deployment": dict(lifecycle="independent", coupling="loose", scaling="independent"),
    "statefulset": dict(state="stateful"),
    "job": dict(scaling="independent", timing="before-main"),
}


def placed_apart(answers: dict[str, str]) -> bool:
    """Whether the engine places a companion with these answers in a pod of its own (spec/decision-rules.md)."""
    if answers["state"] == "stateful" or answers["scaling"] == "independent":
        return True
    adapts = (answers["mainCodeChangeable"] == "no" and answers["timing"] == "alongside"
              and answers["function"] in ("transform-output", "proxy-outbound"))
    return answers["lifecycle"] == "independent" and answers["coupling"] == "loose" and not adapts


def serves_cases(minor: int, style: str) -> list[Case]:
    """Whole applications: `helper`, with every combination of answers, serves `api`, a companion placed apart as a
    Deployment, a StatefulSet or a Job; where `helper` is itself placed apart, `helper-logs` serves it in turn
    (a chain of depth 2: helper-logs -> helper -> api)."""
    cases = []
    sidecar = dict(lifecycle="same", coupling="tight", scaling="together", mainCodeChangeable="yes",
                   state="stateless", timing="alongside", function="extend")
    for host, host_answers in SERVES_HOSTS.items():
        for index, combo in enumerate(COMBINATIONS):
            answers = dict(zip([key for key, _ in ANSWERS], combo))
            lines = header("shop", minor, style, "service", MAIN_PORTS, replicas=True)
            lines += companion("api", host_answers, image="example.com/api:1.0", ports="[9000]")
            lines += companion("helper", answers, serves="api", sharedPaths="[/var/shared]", ports="[9100]",
                               localPort="6380", upstream='"redis:6379"')
            if placed_apart(answers):
                lines += companion("helper-logs", sidecar, image="fluent/fluent-bit:3.1", serves="helper",
                                   sharedPaths="[/var/log/helper]")
            label = f"helper serves api ({host}); answers " + ", ".join(f"{k}={v}" for k, v in answers.items())
            cases.append(Case(f"1.{minor}-{style}-serves-{host}-{index:03d}", minor, style, "service", label,
                              "\n".join(lines) + "\n"))
    return cases


def all_cases(minors: Iterable[int]) -> list[Case]:
    cases = []
    for minor in minors:
        styles = ["auto"] + (["classic", "native"] if minor in (NATIVE_FIRST, NEWEST) else [])
        for style in styles:
            cases += single_cases(minor, style) + multi_cases(minor, style)
            if (minor, style) in ((28, "auto"), (NATIVE_FIRST, "auto"), (NEWEST, "auto"), (NEWEST, "classic")):
                cases += serves_cases(minor, style)
    return cases


# --------------------------------------------------------------------------- running podwright

def spawn(binary: str, argv: list[str], out_path: str, err_path: str) -> int:
    """Runs podwright with stdout and stderr sent straight to files; the status."""
    out = os.open(out_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    err = os.open(err_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    try:
        for attempt in itertools.count():
            try:
                pid = os.posix_spawn(binary, [binary] + argv, os.environ, file_actions=[
                    (os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
                    (os.POSIX_SPAWN_DUP2, out, 1), (os.POSIX_SPAWN_DUP2, err, 2)])
                break
            except OSError as e:  # "text file busy": a `swift build` is writing the binary right now
                if e.errno != errno.ETXTBSY or attempt >= 300:
                    raise
                time.sleep(0.2)
    finally:
        os.close(out)
        os.close(err)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status)


def read_bytes(path: str) -> bytes:
    try:
        with open(path, "rb") as f:
            return f.read()
    except FileNotFoundError:
        return b""


def run_case(binary: str, case: Case, out_dir: str) -> tuple[int, bytes, bytes]:
    """`podwright recommend DESIGN`, one process for one design, its manifest on stdout."""
    out_path = os.path.join(out_dir, case.ident + ".yaml")
    err_path = os.path.join(out_dir, case.ident + ".stderr")
    status = spawn(binary, ["recommend", case.path, "--lang", "en", "--no-color"], out_path, err_path)
    case.manifest_path = case.manifest_path or out_path
    return status, read_bytes(out_path), read_bytes(err_path)


def run_group(binary: str, group: list[Case], out_dir: str) -> list[tuple[int, bytes, bytes]]:
    """`podwright recommend DESIGN... --output-dir DIR`, one process for a whole target: each manifest is read from
    DIR, each design's stderr lines are the ones that name its file, and a design whose manifest is missing counts
    as failed with the batch's status (a design that passes is written whole, one that fails not at all)."""
    err_path = os.path.join(out_dir, "recommend.stderr")
    status = spawn(binary, ["recommend", *[c.path for c in group], "--output-dir", out_dir, "--lang", "en",
                            "--no-color"], os.devnull, err_path)
    lines = read_bytes(err_path).splitlines(keepends=True)
    by_path = {c.path: c for c in group}
    errs: dict[str, list[bytes]] = {c.path: [] for c in group}
    stray = []
    for line in lines:
        path = line.decode(errors="replace").removeprefix("podwright: ").split(":", 1)[0]
        (errs[path] if path in by_path else stray).append(line)
    outcomes = []
    for case in group:
        case.manifest_path = os.path.join(out_dir, case.ident + ".yaml")
        out = read_bytes(case.manifest_path)
        outcomes.append((0 if out else status or 1, out, b"".join(errs[case.path])))
    # A line that names no design is the closing count of failed designs, which only a failed design explains.
    if (stray or status != 0) and all(out for _, out, _ in outcomes):
        group[0].problems.append(f"[exit] the batch ended with status {status} though every manifest was written; "
                                 f"stderr: {b''.join(stray).decode(errors='replace').strip()}")
    return outcomes


def check_run(case: Case, status: int, out: bytes, err: bytes) -> None:
    if status != 0:
        case.problems.append(f"[exit] status {status}; stderr: {err.decode(errors='replace').strip()}")
    if not out.strip():
        case.problems.append("[exit] empty stdout")
    for line in err.decode(errors="replace").splitlines():
        if line.strip() and not FINDING_LINE.match(line) and status == 0:
            case.problems.append(f"[stderr] not a warning finding: {line}")
    case.manifest = out


# --------------------------------------------------------------------------- YAML

class StrictLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """SafeLoader (libyaml when present) that notes every key written twice in one mapping.

    PyYAML keeps the last of two equal keys without a word; kubectl (sigs.k8s.io/yaml) refuses
    the document, so a duplicate is a failure. The document is still validated as PyYAML reads it.
    """

    def __init__(self, stream: Any) -> None:
        super().__init__(stream)
        self.duplicates: list[str] = []

    def construct_mapping(self, node, deep=False):  # noqa: ANN001
        seen: dict[Any, Any] = {}
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            if key in seen:
                self.duplicates.append(f"duplicate key {key!r} at line {key_node.start_mark.line + 1}, "
                                       f"column {key_node.start_mark.column + 1} (first at line {seen[key].line + 1})")
            else:
                seen[key] = key_node.start_mark
        return super().construct_mapping(node, deep)


StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, StrictLoader.construct_mapping)


def documents(text: bytes) -> list[tuple[Any, list[str]]]:
    """The non-empty documents of a stream, each with the duplicate keys found in it."""
    loader = StrictLoader(text)
    out = []
    try:
        while loader.check_data():
            doc = loader.get_data()
            if doc is not None:
                out.append((doc, loader.duplicates))
            loader.duplicates = []
    finally:
        loader.dispose()
    return out


def kn(doc: Any) -> str:
    try:
        return f"{doc['kind'].lower()}/{doc['metadata']['name']}"
    except (KeyError, TypeError, AttributeError):
        return "<document without kind or name>"


# --------------------------------------------------------------------------- schema (kubernetes-validate)

def memoize_schemas() -> None:
    """kubernetes_validate.validate re-reads the 1.4 MB definitions file on every call; read each once."""
    original = kv.schema_contents
    cache: dict[str, Any] = {}

    def schema_contents(filename: str, desired_version: str) -> Any:
        if filename not in cache:
            cache[filename] = original(filename, desired_version)
        return cache[filename]

    kv.schema_contents = schema_contents


def schema_problems(doc: dict, minor: int) -> list[str]:
    try:
        kv.validate(doc, f"1.{minor}.0", strict=True)
    except kv.ValidationError as e:
        path = ".".join(str(item) for item in e.path)
        return [f"[schema] {kn(doc)} did not validate against {e.version}: {path}: {e.message}"]
    except (kv.SchemaNotFoundError, kv.InvalidSchemaError, kv.VersionNotSupportedError) as e:
        return [f"[schema] {kn(doc)}: {e.message}"]
    except Exception as e:  # a document kubernetes-validate cannot even read
        return [f"[schema] {kn(doc)} could not be validated: {type(e).__name__}: {e}"]
    return []


# --------------------------------------------------------------------------- rules beyond the schema

DNS_LABEL = re.compile(r"^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$")
DNS_1035 = re.compile(r"^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$")
DNS_SUBDOMAIN = re.compile(r"^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$")
LABEL_VALUE = re.compile(r"^(([A-Za-z0-9][-A-Za-z0-9_.]{0,61})?[A-Za-z0-9])?$")
QUANTITY = re.compile(r"^([0-9.]+)(m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?$")
SCALE = {None: 1, "m": 1e-3, "k": 1e3, "M": 1e6, "G": 1e9, "T": 1e12, "P": 1e15, "E": 1e18,
         "Ki": 2**10, "Mi": 2**20, "Gi": 2**30, "Ti": 2**40, "Pi": 2**50, "Ei": 2**60}
POD_KINDS = {"Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job"}


def is_port_name(name: Any) -> bool:
    return (isinstance(name, str) and 1 <= len(name) <= 15 and re.fullmatch(r"[a-z0-9-]+", name) is not None
            and re.search(r"[a-z]", name) is not None and "--" not in name
            and not name.startswith("-") and not name.endswith("-"))


def quantity(text: Any) -> float | None:
    match = QUANTITY.match(str(text))
    return float(match.group(1)) * SCALE[match.group(2)] if match else None


def pod_template(doc: dict) -> tuple[dict, dict] | None:
    """(pod metadata, pod spec) of a workload document."""
    kind = doc.get("kind")
    spec = doc.get("spec") or {}
    if kind == "Pod":
        return doc.get("metadata") or {}, spec
    if kind in POD_KINDS:
        template = spec.get("template") or {}
        return template.get("metadata") or {}, template.get("spec") or {}
    return None


def pod_spec_problems(where: str, kind: str, spec: dict, minor: int) -> list[str]:
    out = []
    inits = spec.get("initContainers") or []
    regular = spec.get("containers") or []
    volumes = [v.get("name") for v in spec.get("volumes") or []]
    if len(set(volumes)) != len(volumes):
        out.append(f"[api] {where}: volume names are not unique: {volumes}")
    for name in volumes:
        if not isinstance(name, str) or not DNS_LABEL.match(name):
            out.append(f"[api] {where}: volume name {name!r} is not a DNS-1123 label")
    names = [c.get("name") for c in inits + regular]
    if len(set(names)) != len(names):
        out.append(f"[api] {where}: container names are not unique: {names}")
    claims = set()
    for c in inits + regular:
        name = c.get("name")
        if not isinstance(name, str) or not DNS_LABEL.match(name):
            out.append(f"[api] {where}: container name {name!r} is not a DNS-1123 label")
        # volumeClaimTemplates of a StatefulSet are volumes too; checked by the caller.
        mounts = c.get("volumeMounts") or []
        paths = [m.get("mountPath") for m in mounts]
        if len(set(paths)) != len(paths):
            out.append(f"[api] {where}: container {name}: mountPaths are not unique: {paths}")
        for m in mounts:
            claims.add(m.get("name"))
        port_names = [p.get("name") for p in c.get("ports") or [] if "name" in p]
        if len(set(port_names)) != len(port_names):
            out.append(f"[api] {where}: container {name}: port names are not unique: {port_names}")
        for p in c.get("ports") or []:
            if "name" in p and not is_port_name(p["name"]):
                out.append(f"[api] {where}: container {name}: port name {p['name']!r} is not an IANA service name")
        own_ports = {p.get("name") for p in c.get("ports") or []} | {p.get("containerPort") for p in c.get("ports") or []}
        for probe_kind in ("livenessProbe", "readinessProbe", "startupProbe"):
            probe = c.get(probe_kind)
            if probe is None:
                continue
            handlers = [h for h in ("exec", "httpGet", "tcpSocket", "grpc") if h in probe]
            if len(handlers) != 1:
                out.append(f"[api] {where}: container {name}: {probe_kind} must have exactly one handler, has {handlers}")
            for h in ("httpGet", "tcpSocket"):
                port = (probe.get(h) or {}).get("port")
                if isinstance(port, str) and port not in own_ports:
                    out.append(f"[consistency] {where}: container {name}: {probe_kind} uses port name {port!r}, "
                               "which the container does not declare")
        limits = (c.get("resources") or {}).get("limits") or {}
        requests = (c.get("resources") or {}).get("requests") or {}
        for resource, value in requests.items():
            if resource in limits:
                low, high = quantity(value), quantity(limits[resource])
                if low is None or high is None:
                    out.append(f"[api] {where}: container {name}: {resource} quantity not understood: {value!r} / {limits[resource]!r}")
                elif low > high:
                    out.append(f"[api] {where}: container {name}: {resource} request {value} is above its limit {limits[resource]}")
    for c in regular:
        if "restartPolicy" in c:
            out.append(f"[api] {where}: container {c.get('name')}: restartPolicy is only allowed on init containers")
    for c in inits:
        policy = c.get("restartPolicy")
        if policy is not None and policy != "Always":
            out.append(f"[api] {where}: init container {c.get('name')}: restartPolicy must be Always, is {policy!r}")
        if policy == "Always" and minor < NATIVE_FIRST:
            out.append(f"[rule] {where}: init container {c.get('name')} is a native sidecar (restartPolicy: Always), "
                       f"but the target 1.{minor} has no native sidecars (the field is dropped or refused)")
        if policy != "Always":
            for key in ("livenessProbe", "readinessProbe", "startupProbe", "lifecycle"):
                if key in c:
                    out.append(f"[api] {where}: init container {c.get('name')} has {key}, "
                               "which only a native sidecar (restartPolicy: Always) may have")
    policy = spec.get("restartPolicy")
    if kind == "Job" and policy not in ("Never", "OnFailure"):
        out.append(f"[api] {where}: a Job's pod restartPolicy must be Never or OnFailure, is {policy!r}")
    if kind in ("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet") and policy not in (None, "Always"):
        out.append(f"[api] {where}: a {kind}'s pod restartPolicy must be Always, is {policy!r}")
    if not regular:
        out.append(f"[api] {where}: the pod has no containers")
    return out


def document_problems(doc: dict, minor: int) -> list[str]:
    """API-server rules for one document that the JSON schema does not express."""
    out = []
    where = kn(doc)
    kind = doc.get("kind")
    meta = doc.get("metadata") or {}
    name = meta.get("name")
    pattern = DNS_1035 if kind == "Service" else DNS_LABEL if kind == "Pod" else DNS_SUBDOMAIN
    if not isinstance(name, str) or not pattern.match(name):
        out.append(f"[api] {where}: metadata.name {name!r} is not valid for a {kind}")
    labels = dict(meta.get("labels") or {})
    template = pod_template(doc)
    if template:
        labels.update(template[0].get("labels") or {})
    for key, value in labels.items():
        if not isinstance(value, str) or not LABEL_VALUE.match(value):
            out.append(f"[api] {where}: label {key}={value!r} is not a valid label value")
    spec = doc.get("spec") or {}
    if template:
        pod_meta, pod_spec = template
        out += pod_spec_problems(where, kind, pod_spec, minor)
        claims = {t.get("metadata", {}).get("name") for t in spec.get("volumeClaimTemplates") or []}
        volumes = {v.get("name") for v in pod_spec.get("volumes") or []}
        if claims & volumes:
            out.append(f"[api] {where}: volumeClaimTemplates and volumes share names: {sorted(claims & volumes)}")
        for c in (pod_spec.get("initContainers") or []) + (pod_spec.get("containers") or []):
            for m in c.get("volumeMounts") or []:
                if m.get("name") not in volumes | claims:
                    out.append(f"[api] {where}: container {c.get('name')} mounts {m.get('name')!r}, "
                               "which is no volume of the pod")
        if kind in ("Deployment", "StatefulSet", "DaemonSet", "ReplicaSet"):
            selector = (spec.get("selector") or {}).get("matchLabels") or {}
            pod_labels = pod_meta.get("labels") or {}
            if not selector or any(pod_labels.get(k) != v for k, v in selector.items()):
                out.append(f"[api] {where}: selector {selector} does not match the template labels {pod_labels}")
        if kind == "Job" and "selector" in spec and not spec.get("manualSelector"):
            out.append(f"[api] {where}: a Job's selector is generated; setting it needs manualSelector: true")
    if kind == "Service":
        ports = spec.get("ports") or []
        headless = spec.get("clusterIP") == "None"
        if not ports and not headless:
            out.append(f"[api] {where}: a Service that is not headless needs at least one port")
        names = [p.get("name") for p in ports]
        if len(ports) > 1 and (None in names or len(set(names)) != len(names)):
            out.append(f"[api] {where}: with several ports each needs a unique name: {names}")
        keys = [(p.get("port"), p.get("protocol", "TCP")) for p in ports]
        if len(set(keys)) != len(keys):
            out.append(f"[api] {where}: port and protocol pairs are not unique: {keys}")
        for p in ports:
            target = p.get("targetPort")
            if isinstance(target, str) and not is_port_name(target):
                out.append(f"[api] {where}: targetPort {target!r} is not an IANA service name")
    return out


def manifest_problems(docs: list[dict]) -> list[str]:
    """How the documents of one manifest fit together."""
    out = []
    pods = [(kn(d), d.get("kind"), t[0].get("labels") or {}, t[1]) for d in docs if (t := pod_template(d))]
    services = {(d.get("metadata") or {}).get("name"): d for d in docs if d.get("kind") == "Service"}
    seen = set()
    for d in docs:
        key = (d.get("apiVersion"), d.get("kind"), (d.get("metadata") or {}).get("name"))
        if key in seen:
            out.append(f"[consistency] two documents are {key[1]} {key[2]}")
        seen.add(key)
    for name, svc in services.items():
        spec = svc.get("spec") or {}
        selector = spec.get("selector") or {}
        chosen = [p for p in pods if selector and all(p[2].get(k) == v for k, v in selector.items())]
        if not chosen:
            out.append(f"[consistency] service/{name}: its selector {selector} selects no pod of the manifest")
            continue
        for port in spec.get("ports") or []:
            target = port.get("targetPort", port.get("port"))
            protocol = port.get("protocol", "TCP")
            declared = [(cp.get("containerPort"), cp.get("name"), cp.get("protocol", "TCP"))
                        for _, _, _, pod_spec in chosen
                        for c in (pod_spec.get("containers") or []) + (pod_spec.get("initContainers") or [])
                        for cp in c.get("ports") or []]
            if not any((target == number or target == pname) and protocol == proto for number, pname, proto in declared):
                out.append(f"[consistency] service/{name}: port {port.get('name')} targets {target}/{protocol}, "
                           f"which no selected container declares ({declared})")
    for d in docs:
        if d.get("kind") == "StatefulSet":
            service = (d.get("spec") or {}).get("serviceName")
            target = services.get(service)
            if service and (target is None or (target.get("spec") or {}).get("clusterIP") != "None"):
                out.append(f"[consistency] {kn(d)}: serviceName {service!r} is not a headless Service of the manifest")
    return out


# --------------------------------------------------------------------------- main

COMMENT = re.compile(rb"^([^\"'#\n]*?)  # [^\n]*$", re.MULTILINE)
COMMENT_LINE = re.compile(rb"^ *#[^\n]*\n", re.MULTILINE)


def without_comments(text: bytes) -> bytes:
    """The manifest without its comments (whole-line ones, and `  # ...` after a value on a
    line without quotes): manifests that differ only in their comments are checked once."""
    return COMMENT.sub(rb"\1", COMMENT_LINE.sub(b"", text))


@dataclass
class Validator:
    extra_rules: bool
    cache: dict[tuple[int, str], list[str]] = field(default_factory=dict)
    seen: dict[tuple[int, bytes], list[str]] = field(default_factory=dict)

    def check(self, case: Case) -> None:
        if not case.manifest.strip():
            return
        key = (case.minor, without_comments(case.manifest))
        if key not in self.seen:
            self.seen[key] = self.problems(case.manifest, case.minor)
        case.problems += self.seen[key]

    def problems(self, manifest: bytes, minor: int) -> list[str]:
        try:
            parsed = documents(manifest)
        except yaml.YAMLError as e:
            return ["[yaml] stdout is not valid YAML: " + " ".join(str(e).split())]
        if not parsed:
            return ["[yaml] stdout holds no YAML document"]
        out = []
        docs = [doc for doc, _ in parsed]
        for number, (doc, duplicates) in enumerate(parsed, 1):
            out += [f"[yaml] {kn(doc)}: {d}  (document {number} of {len(docs)})" for d in duplicates]
            if not isinstance(doc, dict):
                out.append(f"[yaml] document {number} is not a mapping: {doc!r:.80}")
                continue
            key = (minor, json.dumps(doc, sort_keys=True))
            if key not in self.cache:
                found = schema_problems(doc, minor)
                if self.extra_rules:
                    found += document_problems(doc, minor)
                self.cache[key] = found
            out += [f"{p}  (document {number} of {len(docs)})" for p in self.cache[key]]
        if self.extra_rules:
            out += manifest_problems([d for d in docs if isinstance(d, dict)])
        return out


WORKER_SETTINGS: tuple[str, str, bool] = ("", "", True)  # binary, folder, extra rules; set before the workers fork


def check_target(part: int, group: list[Case]) -> tuple[list[tuple[str, list[str]]], float]:
    """In a worker process: runs podwright once on a part of one target's designs and validates each manifest.
    Returns each case's manifest path and problems, in order, and the seconds it took."""
    begun = time.perf_counter()
    binary, root, extra_rules = WORKER_SETTINGS
    validator = Validator(extra_rules=extra_rules)
    out_dir = os.path.join(root, "manifests", f"1.{group[0].minor}", f"part-{part}")
    os.makedirs(out_dir, exist_ok=True)
    outcomes = []
    for case, run in zip(group, run_group(binary, group, out_dir)):
        check_run(case, *run)
        validator.check(case)
        outcomes.append((case.manifest_path, case.problems))
    return outcomes, time.perf_counter() - begun


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--binary", required=True, help="the podwright executable")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2,
                        help="parts of targets checked at once, each in a process of its own (default: one per core)")
    parser.add_argument("--targets", help="comma-separated minors to check, e.g. 29,37 (default: all)")
    parser.add_argument("--schema-only", action="store_true",
                        help="only kubernetes-validate, not the API-server and consistency rules")
    parser.add_argument("--keep", metavar="DIR", help="write designs and manifests to DIR and keep them")
    args = parser.parse_args()

    start = time.perf_counter()
    binary = os.path.abspath(args.binary)
    if not os.access(binary, os.X_OK):
        print(f"validate_all.py: {args.binary} is not an executable; build it first (swift build)", file=sys.stderr)
        return 2
    minors = [int(m) for m in args.targets.split(",")] if args.targets else list(TARGET_MINORS)
    memoize_schemas()
    root = os.path.abspath(args.keep) if args.keep else tempfile.mkdtemp(prefix="podwright-schema-")
    os.makedirs(os.path.join(root, "designs"), exist_ok=True)

    cases = all_cases(minors)
    for case in cases:
        case.path = os.path.join(root, "designs", case.ident + ".yaml")
        with open(case.path, "w") as f:
            f.write(case.text)
    print(f"{len(cases)} designs in {root}/designs; {len(COMBINATIONS)} answer combinations x "
          f"{len(WORKLOADS)} workloads per target and style, with {args.workers} workers", flush=True)

    # One process per core, a part of a target at a time each (the largest first): the validation is Python, which
    # one process runs on one core only. Each process runs podwright once for its part, then validates what it wrote.
    global WORKER_SETTINGS
    WORKER_SETTINGS = (binary, root, not args.schema_only)
    failed: list[Case] = []
    passed = 0
    groups = {minor: [c for c in cases if c.minor == minor] for minor in minors}
    parts = [(minor, index, group[start:start + PART])
             for minor, group in groups.items() for index, start in enumerate(range(0, len(group), PART))]
    context = multiprocessing.get_context("fork")
    with concurrent.futures.ProcessPoolExecutor(max_workers=args.workers, mp_context=context) as pool:
        futures = {(minor, index): pool.submit(check_target, index, part)
                   for minor, index, part in sorted(parts, key=lambda p: -len(p[2]))}
        for minor in minors:
            elapsed = 0.0
            for (part_minor, index, part) in parts:
                if part_minor != minor:
                    continue
                outcomes, seconds = futures[(minor, index)].result()
                elapsed += seconds
                for case, (manifest_path, problems) in zip(part, outcomes):
                    case.manifest_path, case.problems = manifest_path, problems
            group = groups[minor]
            bad = [c for c in group if c.problems]
            failed += bad
            passed += len(group) - len(bad)
            print(f"1.{minor}: {len(group) - len(bad)}/{len(group)} manifests valid ({elapsed:.1f}s)", flush=True)

    # Determinism: the same design twice, and against the main run, byte for byte.
    determinism_failed = False
    probe = next((c for c in reversed(cases) if c.ident.endswith("service-every-role")), cases[-1])
    again = os.path.join(root, "determinism")
    os.makedirs(again, exist_ok=True)
    first, second = run_case(binary, probe, again), run_case(binary, probe, again)
    with open(probe.manifest_path, "rb") as f:
        probe.manifest = f.read()
    if not (first == second and first[1] == probe.manifest):
        determinism_failed = True
        print(f"FAIL determinism: two runs of {probe.path} differ "
              f"({len(first[1])} / {len(second[1])} / {len(probe.manifest)} bytes)")
    else:
        print(f"determinism: {probe.ident} gives the same {len(first[1])} bytes on three runs")

    if failed:
        report(failed)
        print(f"designs and manifests kept in {root}")
    elif not args.keep:
        shutil.rmtree(root, ignore_errors=True)
    print(f"took {time.perf_counter() - start:.1f}s")
    print(f"{passed} passed, {len(failed) + int(determinism_failed)} failed")
    return 1 if failed or determinism_failed else 0


def generic(problem: str) -> str:
    """A problem without the places that vary from design to design, to group equal ones."""
    problem = re.sub(r"  \(document \d+ of \d+\)$", "", problem)
    return re.sub(r"line \d+(, column \d+)?", "line N", problem)


def report(failed: list[Case]) -> None:
    print()
    for case in failed[:MAX_DETAILS]:
        print(f"FAIL {case.ident}: {case.describe()}")
        print(f"  design:   {case.path}")
        print(f"  manifest: {case.manifest_path}")
        for problem in case.problems:
            print(f"  {problem}")
    if len(failed) > MAX_DETAILS:
        print(f"... and {len(failed) - MAX_DETAILS} more failing designs")
    # Each distinct problem once, with how often it occurred and where first.
    by_problem: dict[str, list[Case]] = {}
    for case in failed:
        for problem in dict.fromkeys(generic(p) for p in case.problems):
            by_problem.setdefault(problem, []).append(case)
    print(f"\n{len(by_problem)} distinct problems:")
    for problem, where in sorted(by_problem.items(), key=lambda item: -len(item[1])):
        targets = sorted({c.minor for c in where})
        print(f"- {len(where)} designs (targets {', '.join(f'1.{m}' for m in targets)}): {problem}\n"
              f"  first in {where[0].manifest_path}")


if __name__ == "__main__":
    sys.exit(main())
