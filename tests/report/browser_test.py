#!/usr/bin/env python3
"""The HTML report in a real browser (CTest label `browser`).

Opens reports in headless Chromium with no network (every host name fails to
resolve), lets the page's self-test (report/web/selftest.js, run by the
"#selftest" URL) click an entity on the graph's canvas, filter by speaker and
search an alias, reads what it saw from the DOM Chromium dumps, and checks it
against expectations computed independently from the same graph's JSON
export. Saves screenshots under --out.

Two reports are checked:
  fixture  the hand-built two-episode graph of tests/report/fixture_graph.h
           (entities, claims, agreements and conflicts; a quote holding
           "</script><!--"), written by the report_fixture program;
  samples  `claimgraph report samples/*.txt`, beside `claimgraph build`.

Exit codes: 0 passed, 1 failed, 77 skipped (no Chromium, or a claimgraph
built without the report's JavaScript), as CTest's SKIP_RETURN_CODE.
"""
import argparse
import glob
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

SKIP = 77
ENTITY_TYPES = {"person", "company", "model", "product"}

failures = []
passes = 0


def check(what, ok, detail=""):
    global passes
    if ok:
        passes += 1
        print("ok:", what)
    else:
        failures.append(what)
        print("FAILED:", what, detail)


def find_chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


def chromium(binary, url, extra, timeout=180):
    """Runs headless Chromium on url with no network; returns stdout."""
    with tempfile.TemporaryDirectory(prefix="claimgraph-chromium-") as profile:
        command = [
            binary, "--headless", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--no-first-run", "--disable-sync",
            "--disable-extensions", "--disable-component-update",
            "--no-default-browser-check", "--mute-audio", "--hide-scrollbars",
            "--user-data-dir=" + profile,
            # No network: every name fails to resolve, every proxy is dead.
            "--host-resolver-rules=MAP * ~NOTFOUND",
            "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
            "--window-size=1400,900", "--virtual-time-budget=20000",
        ] + extra + [url]
        result = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                timeout=timeout, check=False)
        if result.returncode != 0:
            sys.stderr.write(result.stderr.decode("utf-8", "replace")[-3000:])
        return result.stdout.decode("utf-8", "replace")


def selftest(binary, page, params):
    url = "file://" + os.path.abspath(page) + "#selftest&" + params
    dom = chromium(binary, url, ["--dump-dom"])
    match = re.search(r'<pre id="selftest-result"[^>]*>(.*?)</pre>', dom, re.S)
    if not match or not match.group(1).strip():
        return None
    return json.loads(html.unescape(match.group(1)))


def screenshot(binary, page, fragment, path):
    url = "file://" + os.path.abspath(page) + "#" + fragment
    chromium(binary, url, ["--screenshot=" + path])
    return os.path.exists(path) and os.path.getsize(path) > 10000


class Expectations:
    """What the page should show, computed from the JSON export."""

    def __init__(self, doc):
        self.doc = doc
        self.entities = [n for n in doc["nodes"] if n["type"] in ENTITY_TYPES]
        self.claims = [n for n in doc["nodes"] if n["type"] == "claim"]
        self.speakers = [n["id"] for n in self.entities if n.get("speaker")]

    def claims_about(self, entity):
        return [c["id"] for c in self.claims
                if entity in c["about"] or entity in (c["subject"], c["object"])]

    def entity_to_click(self):
        """The entity with most claims about it; without claims, the most
        mentioned one."""
        best = max(self.entities, key=lambda n: (len(self.claims_about(n["id"])), n["mentions"]))
        return best["id"]

    def speaker_to_filter(self):
        by = {s: 0 for s in self.speakers}
        for c in self.claims:
            if c["speaker"] in by:
                by[c["speaker"]] += 1
        for e in self.doc["edges"]:
            if e["type"] == "mentions" and e["source"] in by:
                by[e["source"]] += 1
        return max(self.speakers, key=lambda s: by[s])

    def visible_for_speaker(self, speaker):
        """The speaker, what they mentioned, and what their claims are about."""
        shown = {speaker}
        for e in self.doc["edges"]:
            if e["type"] == "mentions" and e["source"] == speaker:
                shown.add(e["target"])
        for c in self.claims:
            if c["speaker"] == speaker:
                shown.update(c["about"])
        ids = {n["id"] for n in self.entities}
        return sorted(shown & ids)


def check_report(name, chromium_binary, page, graph_json, out_dir, search=None):
    with open(page, encoding="utf-8") as f:
        text = f.read()
    check(name + ": the page loads no script or style from elsewhere",
          not re.search(r'<(script|link|img|iframe)[^>]+(src|href)\s*=', text, re.I))
    with open(graph_json, encoding="utf-8") as f:
        expect = Expectations(json.load(f))

    entity = expect.entity_to_click()
    speaker = expect.speaker_to_filter()
    params = "entity=" + entity + "&speaker=" + speaker
    if search:
        params += "&search=" + search[0]
    seen = selftest(chromium_binary, page, params)
    check(name + ": the self-test ran", seen is not None)
    if seen is None:
        return
    check(name + ": no script errors", not seen["errors"], seen["errors"])
    check(name + ": the graph holds %d nodes" % len(expect.entities),
          seen.get("nodes") == len(expect.entities), "saw %s" % seen.get("nodes"))
    check(name + ": the click on the canvas selected " + entity,
          seen.get("selected") == entity, "selected %s (click hit %s)"
          % (seen.get("selected"), seen.get("clickTarget")))
    about = expect.claims_about(entity)
    check(name + ": the details list the %d claims about %s" % (len(about), entity),
          seen.get("claimIds") == about, "listed %s" % seen.get("claimIds"))
    visible = expect.visible_for_speaker(speaker)
    speaker_view = seen.get("speakerFilter") or {}
    check(name + ": filtering by %s shows %d entities" % (speaker, len(visible)),
          speaker_view.get("visible") == visible, "saw %s" % speaker_view.get("visible"))
    check(name + ": filtering by %s hides the rest" % speaker,
          speaker_view.get("status") == "%d of %d entities shown"
          % (len(visible), len(expect.entities)), speaker_view.get("status"))
    if search:
        check(name + ": searching %r finds %s" % search, seen.get("searchFirst") == search[1],
              "found %s" % seen.get("searchFirst"))
    episodes = expect.doc["episodes"]
    check(name + ": one timeline per episode", seen.get("timelineCards") == len(episodes),
          "saw %s" % seen.get("timelineCards"))
    mentioned = any(e["type"] == "mentions" for e in expect.doc["edges"])
    check(name + ": the timeline has marks when anything was mentioned",
          (seen.get("timelineMarks", 0) > 0) == mentioned, "saw %s" % seen.get("timelineMarks"))
    check(name + ": a comparison view exactly when there are several episodes",
          seen.get("compareTab") == (len(episodes) > 1))

    os.makedirs(out_dir, exist_ok=True)
    shot = os.path.join(out_dir, name + "-graph.png")
    check(name + ": screenshot " + shot, screenshot(chromium_binary, page, "entity=" + entity, shot))
    shot = os.path.join(out_dir, name + "-timeline.png")
    check(name + ": screenshot " + shot, screenshot(chromium_binary, page, "view=timeline", shot))
    if len(episodes) > 1:
        shot = os.path.join(out_dir, name + "-compare.png")
        check(name + ": screenshot " + shot, screenshot(chromium_binary, page, "view=compare", shot))
    return seen


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--claimgraph", required=True)
    parser.add_argument("--fixture", required=True, help="the report_fixture program")
    parser.add_argument("--samples", required=True, help="folder of sample transcripts")
    parser.add_argument("--out", required=True, help="folder for the reports and screenshots")
    args = parser.parse_args()

    binary = find_chromium()
    if not binary:
        print("SKIP: chromium is not installed; install it with `apt-get install chromium` "
              "(or CLAIMGRAPH_SETUP_EXTRA=chromium bash scripts/setup.sh)")
        return SKIP
    os.makedirs(args.out, exist_ok=True)

    fixture = subprocess.run([args.fixture, args.out], stderr=subprocess.PIPE, check=False)
    if fixture.returncode != 0:
        message = fixture.stderr.decode("utf-8", "replace")
        if "without Node.js" in message or "CLAIMGRAPH_REPORT_WEB=OFF" in message:
            print("SKIP: this claimgraph was built without the report's JavaScript: " + message)
            return SKIP
        print("FAILED: report_fixture: " + message)
        return 1
    seen = check_report("fixture", binary, os.path.join(args.out, "fixture.html"),
                        os.path.join(args.out, "fixture.json"), args.out,
                        search=("zuck", "person:mark-zuckerberg"))
    if seen:
        check("fixture: 2 conflicts across episodes", seen.get("conflicts") == 2,
              "saw %s" % seen.get("conflicts"))
        check("fixture: 1 agreement across episodes", seen.get("agreements") == 1,
              "saw %s" % seen.get("agreements"))
        check("fixture: the heat map has a row per mentioned entity",
              seen.get("heatRows") == 11, "saw %s" % seen.get("heatRows"))

    samples = sorted(glob.glob(os.path.join(args.samples, "*.txt")))
    page = os.path.join(args.out, "samples.html")
    graph = os.path.join(args.out, "samples.json")
    built = subprocess.run([args.claimgraph, "build", *samples, "-o", graph, "-q"],
                           stderr=subprocess.PIPE, check=False)
    report = subprocess.run([args.claimgraph, "report", *samples, "-o", page, "-q"],
                            stderr=subprocess.PIPE, check=False)
    check("samples: claimgraph build and report succeed",
          built.returncode == 0 and report.returncode == 0,
          (built.stderr + report.stderr).decode("utf-8", "replace"))
    if built.returncode == 0 and report.returncode == 0:
        check_report("samples", binary, page, graph, args.out)

    print("%d passed, %d failed" % (passes, len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
