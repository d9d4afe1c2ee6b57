#!/usr/bin/env python3
"""Opens every SVG that podwright draws in headless Chromium and checks how the browser laid it out.

For each example design (English and Korean), its pods picture and the lifecycle of each of its pods, and each
pattern's picture, the SVG goes into one HTML page. A script in the page asks the browser for the box of every
text (`getBBox`, with the fonts the browser really used) and reports:
- a text outside the picture;
- a text outside the rect it belongs to (`data-inside`: a container's name inside its box, a pod's rows inside the pod);
- two texts that overlap;
- a container of the design whose name is in no text.
It also takes a screenshot of one picture and checks that it is not blank (light pixels on the black background).

Needs Debian's `chromium` (and `fonts-nanum` for Korean), which `make test` installs.
Usage: .venv/bin/python Tests/Pictures/svg_test.py --binary .build/debug/podwright
"""

from __future__ import annotations

import argparse
import html
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent.parent
EXAMPLES = sorted((ROOT / "Resources" / "examples").glob("*.yaml"))
PATTERNS = ["single", "init", "sidecar", "native-sidecar", "adapter", "ambassador"]

CHECK_SCRIPT = """
const results = [];
for (const figure of document.querySelectorAll('figure')) {
  const svg = figure.querySelector('svg');
  const view = svg.viewBox.baseVal;
  const texts = [...svg.querySelectorAll('text')];
  const boxes = texts.map(t => t.getBBox());
  const problems = [];
  const slack = 0.5;
  texts.forEach((t, i) => {
    const b = boxes[i];
    if (b.width === 0) problems.push('not drawn: ' + t.textContent);
    if (b.x < view.x - slack || b.y < view.y - slack || b.x + b.width > view.x + view.width + slack
        || b.y + b.height > view.y + view.height + slack) problems.push('outside the picture: ' + t.textContent);
    const inside = t.getAttribute('data-inside');
    if (inside) {
      const rect = [...svg.querySelectorAll('rect')].find(r => r.getAttribute('id') === inside);
      if (!rect) { problems.push('no rect ' + inside); return; }
      const r = rect.getBBox();
      if (b.x < r.x - slack || b.y < r.y - slack || b.x + b.width > r.x + r.width + slack || b.y + b.height > r.y + r.height + slack)
        problems.push('outside its box ' + inside + ': ' + t.textContent);
    }
  });
  for (let i = 0; i < texts.length; i++) for (let j = i + 1; j < texts.length; j++) {
    const a = boxes[i], b = boxes[j];
    const overlapX = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
    const overlapY = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
    if (overlapX > slack && overlapY > slack) problems.push('overlap: ' + texts[i].textContent + ' / ' + texts[j].textContent);
  }
  results.push({name: figure.getAttribute('data-name'), texts: texts.map(t => t.textContent), problems});
}
document.body.setAttribute('data-results', JSON.stringify(results));
"""


def chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    sys.exit("svg_test: no chromium on PATH (Debian: apt-get install chromium fonts-nanum; make test does it)")


def run(argv: list[str]) -> bytes:
    result = subprocess.run(argv, capture_output=True, timeout=120)
    if result.returncode != 0:
        sys.exit(f"svg_test: {' '.join(argv)} exited {result.returncode}: {result.stderr.decode(errors='replace')[:800]}")
    return result.stdout


def container_names(design: Path) -> list[str]:
    data = yaml.safe_load(design.read_text())
    return [data["main"]["name"]] + [c["name"] for c in data.get("companions") or []]


def pictures(binary: str) -> list[tuple[str, str, list[str]]]:
    """(name, svg, names that must appear) for every picture."""
    out = []
    for design in EXAMPLES:
        names = container_names(design)
        mermaid = run([binary, "diagram", str(design), "--format", "mermaid"]).decode()
        for lang in ("en", "ko"):
            svg = run([binary, "diagram", str(design), "--lang", lang]).decode()
            out.append((f"{design.stem} pods ({lang})", svg, names))
            # The lifecycle of every pod: the hosts are the mains of the Mermaid subgraphs.
            hosts = [line.split("main · ", 1)[1].split(" ")[0].rstrip('"]') for line in mermaid.splitlines() if "main · " in line]
            for host in hosts:
                svg = run([binary, "diagram", str(design), "--lifecycle", "--pod", host, "--lang", lang]).decode()
                out.append((f"{design.stem} lifecycle of {host} ({lang})", svg, [host]))
    for pattern in PATTERNS:
        for lang in ("en", "ko"):
            svg = run([binary, "patterns", pattern, "--format", "svg", "--lang", lang]).decode()
            out.append((f"pattern {pattern} ({lang})", svg, []))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", required=True)
    parser.add_argument("--keep", help="write the page and the screenshot into this folder")
    args = parser.parse_args()
    browser = chromium()
    drawn = pictures(args.binary)
    for name, svg, _ in drawn:
        for bad in ("<script", "href=\"http", "@import", "url(http"):
            if bad in svg:
                print(f"FAIL {name}: not self-contained ({bad})")
                return 1
    figures = "\n".join(f'<figure data-name="{html.escape(name)}">{svg}</figure>' for name, svg, _ in drawn)
    page = f'<!doctype html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#000">{figures}<script>{CHECK_SCRIPT}</script></body></html>'
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(args.keep) if args.keep else Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        page_path = folder / "pictures.html"
        page_path.write_text(page, encoding="utf-8")
        flags = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars"]
        dom = run(flags + ["--virtual-time-budget=5000", "--dump-dom", page_path.as_uri()]).decode()
        marker = 'data-results="'
        if marker not in dom:
            print("FAIL: the page's check script did not run")
            return 1
        results = json.loads(html.unescape(dom.split(marker, 1)[1].split('"', 1)[0]))
        # A screenshot of the first picture alone: it must not be blank.
        first = folder / "first.html"
        first.write_text(f'<!doctype html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#000">{drawn[0][1]}</body></html>', encoding="utf-8")
        shot = folder / "first.png"
        run(flags + ["--window-size=1200,800", f"--screenshot={shot}", first.as_uri()])
        light = count_light_pixels(shot)
    failures = 0
    by_name = {r["name"]: r for r in results}
    for name, _, names in drawn:
        result = by_name.get(name)
        if result is None:
            print(f"FAIL {name}: not laid out")
            failures += 1
            continue
        joined = "\n".join(result["texts"])
        missing = [n for n in names if n not in joined]
        problems = result["problems"] + [f"no text names {n}" for n in missing]
        if problems:
            failures += 1
            print(f"FAIL {name}:")
            for problem in problems[:10]:
                print(f"  {problem}")
    print(f"svg_test: {len(drawn)} pictures laid out by Chromium, {sum(len(r['texts']) for r in results)} texts checked, "
          f"{failures} failed; screenshot of the first: {light} light pixels")
    if light < 500:
        print("FAIL: the screenshot is blank")
        return 1
    return 1 if failures else 0


def count_light_pixels(png: Path) -> int:
    """Pixels brighter than mid-grey in a PNG (8-bit RGB or RGBA, no interlace), read with the standard library."""
    import struct
    import zlib
    data = png.read_bytes()
    pos, chunks, width, height, colour = 8, [], 0, 0, 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
        elif kind == b"IDAT":
            chunks.append(body)
        pos += 12 + length
    channels = {2: 3, 6: 4}[colour]
    raw = zlib.decompress(b"".join(chunks))
    stride = width * channels
    previous = bytearray(stride)
    light = 0
    offset = 0
    for _ in range(height):
        kind = raw[offset]
        line = bytearray(raw[offset + 1:offset + 1 + stride])
        offset += 1 + stride
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            corner = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                predictor = left if pa <= pb and pa <= pc else up if pb <= pc else corner
                line[i] = (line[i] + predictor) & 0xFF
        light += sum(1 for x in range(0, stride, channels) if line[x] + line[x + 1] + line[x + 2] > 384)
        previous = line
    return light


if __name__ == "__main__":
    sys.exit(main())
