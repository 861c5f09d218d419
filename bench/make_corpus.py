#!/usr/bin/python3
"""Makes a synthetic transcript corpus for the benchmarks, deterministically.

Each episode is made from the turns of the transcripts in samples/: the
question-and-answer exchanges are shuffled, the speakers are people drawn from
the gazetteer, and every entity the samples name is swapped for another
gazetteer entity of the same type (consistently within an episode, by its name
or one of its aliases), so the mentions look like real ones. Episodes are
written in the layouts the readers support, mixed, about 80 KB each on average
(10,000 episodes make about 800 MB).

The same seed, samples and gazetteer always give byte-identical files.

  bench/make_corpus.py --episodes 100 --seed 1 --out build/corpus/100

Writes ep-NNNNN.<ext> files into --out (created; existing ep-* files there
are removed first) and prints the total size. Never commit what it writes.
"""

import argparse
import glob
import json
import os
import random
import re
import sys

# Layout name -> file extension. The names are the generator's own; the
# readers detect the layout from the text.
LAYOUTS = {
    "sample": "txt",     # the samples' own layout: "(MM:SS) Name:" turns
    "bracket": "txt",    # "[MM:SS] Name: text" lines
    "inline": "txt",     # "Name (HH:MM:SS) text" lines
    "heading": "txt",    # "Name 00:00:00" headings, text below
    "service": "txt",    # "Name (HH:MM:SS):" exports, "(HH:MM:SS):" continues
    "plain": "txt",      # "NAME: text" paragraphs, no times
    "markdown": "md",    # "**Name:** text" paragraphs
    "vtt": "vtt",        # WebVTT with <v Name> voice tags
    "srt": "srt",        # SRT, "NAME:" where the speaker changes
    "json": "json",      # diarized JSON segments
}

WORD = re.compile(r"\w[\w\-+.]*[\w+]|\w")
TURN = re.compile(r"^\(((?:\d+:)?\d+:\d+)\)\s*(.*?)\s*$")
CHAPTER_TIME = re.compile(r"^\(\d+:\d\d:\d\d\)$")
MAX_NAME_WORDS = 6


def load_gazetteer(folder):
    """Returns (entities by type, exact surface map, lowercase surface map)."""
    by_type = {}
    exact = {}
    lower = {}
    for path in sorted(glob.glob(os.path.join(folder, "*.json"))):
        with open(path, encoding="utf-8") as f:
            entities = json.load(f)["entities"]
        for e in entities:
            names = []  # (text, case)
            case = e.get("case", "any")
            names.append((e["name"], case))
            for a in e.get("aliases", []):
                if isinstance(a, str):
                    names.append((a, case))
                elif not a.get("context"):
                    names.append((a["text"], a.get("case", "any")))
            # Exact-case aliases are common words ("Scale"): neither matched
            # in the samples nor used as a replacement surface.
            usable = [t for t, c in names if c != "exact" and len(t) >= 3]
            if not usable:
                continue
            entry = {"id": e.get("id") or e["type"] + ":" + e["name"],
                     "type": e["type"], "name": e["name"],
                     "aliases": [t for t in usable[1:] if t != e["name"]]}
            by_type.setdefault(e["type"], []).append(entry)
            for text, c in names:
                if c == "exact" or len(text) < 3:
                    continue
                if c == "any":
                    lower.setdefault(text.lower(), entry)
                else:
                    exact.setdefault(text, entry)
    return by_type, exact, lower


def template(text, exact, lower):
    """Splits text into literal strings and entity slots (dicts)."""
    words = list(WORD.finditer(text))
    parts = []
    last = 0
    i = 0
    while i < len(words):
        found = None
        for n in range(min(MAX_NAME_WORDS, len(words) - i), 0, -1):
            begin, end = words[i].start(), words[i + n - 1].end()
            surface = text[begin:end]
            entry = exact.get(surface) or lower.get(surface.lower())
            if entry:
                found = (n, begin, end, entry)
                break
        if found:
            n, begin, end, entry = found
            parts.append(text[last:begin])
            parts.append(entry)
            last = end
            i += n
        else:
            i += 1
    parts.append(text[last:])
    return parts


def read_sample(path, exact, lower):
    """Parses one sample: chapters and turns, each paragraph templated."""
    with open(path, encoding="utf-8") as f:
        lines = [l.rstrip("\n").replace("\u00a0", " ") for l in f]
    chapters = []
    turns = []  # (speaker name, [paragraph templates])
    speaker = None
    for i, line in enumerate(lines):
        s = line.strip()
        if CHAPTER_TIME.match(s) and i > 0 and i + 1 < len(lines):
            chapters.append((template(lines[i - 1].strip(), exact, lower),
                             template(lines[i + 1].strip(), exact, lower)))
            continue
        m = TURN.match(s)
        if m:
            rest = m.group(2)
            if rest.endswith(":") and len(rest) < 60:
                speaker = rest[:-1].strip()
                turns.append((speaker, []))
            elif turns:
                if rest:
                    turns[-1][1].append(rest)
                else:
                    turns[-1][1].append("")
            continue
        if turns and s and not (chapters and i > 0 and
                                CHAPTER_TIME.match(lines[i - 1].strip())):
            paras = turns[-1][1]
            if paras:
                paras[-1] = (paras[-1] + " " + s).strip()
            else:
                paras.append(s)
    result = []
    for name, paras in turns:
        paras = [template(p, exact, lower) for p in paras if p.strip()]
        if paras:
            result.append((name, paras))
    return chapters, result


def exchanges(turns):
    """Groups turns into exchanges: a host turn and the answers after it."""
    host = turns[0][0]
    groups = []
    for name, paras in turns:
        role = 0 if name == host else 1
        if role == 0 or not groups:
            groups.append([])
        groups[-1].append((role, paras))
    return groups


class Episode:
    def __init__(self, rng, by_type):
        self.rng = rng
        self.by_type = by_type
        self.swap = {}

    def name_for(self, entry):
        chosen = self.swap.get(entry["id"])
        if chosen is None:
            pick = self.rng.choice(self.by_type[entry["type"]])
            surfaces = [pick["name"]] * 3 + pick["aliases"][:2]
            chosen = (pick, self.rng.choice(surfaces))
            self.swap[entry["id"]] = chosen
        pick, surface = chosen
        # Now and then the canonical name instead of the episode's alias.
        if surface != pick["name"] and self.rng.random() < 0.3:
            return pick["name"]
        return surface

    def fill(self, parts):
        return "".join(p if isinstance(p, str) else self.name_for(p)
                       for p in parts)


def clock(seconds, hours=False):
    """"MM:SS" (or "H:MM:SS" past an hour); "HH:MM:SS" when `hours`."""
    h, rest = divmod(int(seconds), 3600)
    m, s = divmod(rest, 60)
    if hours:
        return "%02d:%02d:%02d" % (h, m, s)
    if h:
        return "%d:%02d:%02d" % (h, m, s)
    return "%02d:%02d" % (m, s)


def vtt_clock(seconds, comma=False):
    ms = int(round(seconds * 1000))
    h, ms = divmod(ms, 3600000)
    m, ms = divmod(ms, 60000)
    s, ms = divmod(ms, 1000)
    return "%02d:%02d:%02d%s%03d" % (h, m, s, "," if comma else ".", ms)


def cues(text, rng):
    """Splits a paragraph into subtitle-sized pieces of 6 to 14 words."""
    words = text.split()
    out = []
    i = 0
    while i < len(words):
        n = rng.randint(6, 14)
        out.append(" ".join(words[i:i + n]))
        i += n
    return out


def render(layout, title, date, speakers, chapters, turns, rng):
    """turns: [(speaker index, [(seconds, paragraph)])]; returns the text."""
    out = []
    w = out.append
    if layout == "sample":
        w("%s %s.%s\n\n" % (date, speakers[1], title))
        w("Transcript\n")
        for ctitle, csum, secs in chapters:
            w("%s\n(%s)\n%s\n" % (ctitle, clock(secs, hours=True), csum))
        for who, paras in turns:
            for k, (secs, text) in enumerate(paras):
                if k == 0:
                    w("(%s) %s:\n\u00a0\n%s\n" % (clock(secs), speakers[who], text))
                elif rng.random() < 0.5:
                    w("(%s)\n%s\n" % (clock(secs), text))
                else:
                    w("(%s) %s\n" % (clock(secs), text))
    elif layout == "bracket":
        w("# %s\n\n" % title)
        for who, paras in turns:
            for secs, text in paras:
                w("[%s] %s: %s\n" % (clock(secs), speakers[who], text))
    elif layout == "inline":
        w("%s\n%s\n\n" % (title, date))
        for who, paras in turns:
            for secs, text in paras:
                w("%s (%s) %s\n\n" % (speakers[who], clock(secs, hours=True), text))
    elif layout == "heading":
        w("%s\n\n" % title)
        for ctitle, _, secs in chapters:
            w("%s \u2013 %s\n" % (clock(secs, hours=True), ctitle))
        w("\n")
        for who, paras in turns:
            secs = paras[0][0]
            stamp = clock(secs, hours=True)
            if rng.random() < 0.5:
                stamp = "[%s]" % stamp
            w("%s %s\n" % (speakers[who], stamp))
            w("\n".join(text for _, text in paras))
            w("\n\n")
    elif layout == "service":
        for who, paras in turns:
            for k, (secs, text) in enumerate(paras):
                stamp = clock(secs, hours=True)
                if k == 0:
                    w("%s (%s):\n%s\n\n" % (speakers[who], stamp, text))
                else:
                    w("(%s):\n%s\n\n" % (stamp, text))
    elif layout == "plain":
        w("%s\n\n" % title)
        for who, paras in turns:
            w("%s: %s\n\n" % (speakers[who].upper(), " ".join(t for _, t in paras)))
    elif layout == "markdown":
        w("---\ntitle: \"%s\"\ndate: %s\n---\n\n# %s\n\n" %
          (title.replace('"', "'"), date, title))
        for who, paras in turns:
            w("**%s:** %s\n\n" % (speakers[who], paras[0][1]))
            for _, text in paras[1:]:
                w("%s\n\n" % text)
    elif layout in ("vtt", "srt"):
        if layout == "vtt":
            w("WEBVTT\n\n")
        n = 0
        previous = None
        for who, paras in turns:
            for secs, text in paras:
                pieces = cues(text, rng)
                step = 4.0
                for k, piece in enumerate(pieces):
                    start = secs + k * step
                    n += 1
                    if layout == "vtt":
                        w("%s --> %s\n<v %s>%s\n\n" % (
                            vtt_clock(start), vtt_clock(start + step - 0.2),
                            speakers[who], piece))
                    else:
                        lead = ("%s: " % speakers[who].upper()
                                if who != previous else "")
                        w("%d\n%s --> %s\n%s%s\n\n" % (
                            n, vtt_clock(start, True),
                            vtt_clock(start + step - 0.2, True), lead, piece))
                    previous = who
    elif layout == "json":
        segments = []
        for who, paras in turns:
            for secs, text in paras:
                segments.append({"speaker": speakers[who], "start": secs,
                                 "end": secs + max(1, len(text) // 15),
                                 "text": text})
        w(json.dumps({"title": title, "segments": segments},
                     ensure_ascii=False, indent=1))
        w("\n")
    else:
        raise ValueError(layout)
    return "".join(out)


def make_episode(index, rng, by_type, samples, layouts, target):
    ep = Episode(rng, by_type)
    people = by_type["person"]
    host = rng.choice(people)["name"]
    guest = rng.choice(people)["name"]
    while guest == host:
        guest = rng.choice(people)["name"]
    speakers = [host, guest]
    layout = layouts[rng.randrange(len(layouts))]
    chapters_src, groups = samples[rng.randrange(len(samples))]
    order = list(range(len(groups)))
    rng.shuffle(order)

    turns = []
    size = 0
    seconds = 0
    k = 0
    while size < target:
        if k == len(order):
            rng.shuffle(order)
            k = 0
        for role, paras in groups[order[k]]:
            timed = []
            for p in paras:
                text = ep.fill(p)
                timed.append((seconds, text))
                seconds += max(1, len(text) // 15)
                size += len(text) + 12
            turns.append((role, timed))
        k += 1

    year_day = index % 365
    date = "%04d-%02d-%02d" % (2020 + index // 365 % 30,
                               1 + year_day // 31 % 12, 1 + year_day % 28)
    topics = [ep.fill(t) for t, _ in chapters_src] or ["Introduction"]
    title = "%s on %s" % (guest, topics[0])
    chapters = []
    per = max(1, len(turns) // 4)
    for c in range(0, len(turns), per):
        src_title, src_sum = chapters_src[c // per % len(chapters_src)] \
            if chapters_src else ("Part", "")
        chapters.append(("%s (part %d)" % (ep.fill(src_title), c // per + 1),
                         ep.fill(src_sum), turns[c][1][0][0]))
    text = render(layout, title, date, speakers, chapters, turns, rng)
    return layout, text


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--episodes", type=int, required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", required=True)
    parser.add_argument("--layouts", default=",".join(LAYOUTS),
                        help="comma-separated subset of: " + ",".join(LAYOUTS))
    parser.add_argument("--kb", type=int, default=66,
                        help="mean KB of speech per episode (+-40%%); with "
                        "each layout's markup, files average about 80 KB")
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser.add_argument("--samples", default=os.path.join(root, "samples"))
    parser.add_argument("--gazetteer", default=os.path.join(root, "data", "gazetteer"))
    args = parser.parse_args()

    layouts = [l for l in args.layouts.split(",") if l]
    for l in layouts:
        if l not in LAYOUTS:
            sys.exit("make_corpus: unknown layout %r" % l)
    by_type, exact, lower = load_gazetteer(args.gazetteer)
    samples = []
    for path in sorted(glob.glob(os.path.join(args.samples, "*.txt"))):
        chapters, turns = read_sample(path, exact, lower)
        if turns:
            samples.append((chapters, exchanges(turns)))
    if not samples:
        sys.exit("make_corpus: no sample transcripts in " + args.samples)

    os.makedirs(args.out, exist_ok=True)
    for old in glob.glob(os.path.join(args.out, "ep-*")):
        os.remove(old)
    rng = random.Random(args.seed)
    total = 0
    width = max(5, len(str(args.episodes)))
    for i in range(args.episodes):
        target = int(args.kb * 1000 * rng.uniform(0.6, 1.4))
        layout, text = make_episode(i, rng, by_type, samples, layouts, target)
        name = "ep-%0*d.%s" % (width, i + 1, LAYOUTS[layout])
        data = text.encode("utf-8")
        with open(os.path.join(args.out, name), "wb") as f:
            f.write(data)
        total += len(data)
    print("%d episodes, %d bytes in %s" % (args.episodes, total, args.out))


if __name__ == "__main__":
    main()
