#!/usr/bin/env python3
"""Scan the real-repository corpus and score the findings against hand-made verdicts.

Usage: bench/corpus/run.py [--jar JAR] [--mirror DIR] [--out DIR] [--only NAME]

Each repository of repos.tsv is exported at its pinned commit (git archive, from the bare mirror the
search tool's fetch brought to /work/.mirror/OWNER+NAME/repo) into --out (default /tmp/ssot-corpus,
outside the project), scanned with `java -jar JAR scan DIR --format json`, and compared with
verdicts/NAME.txt: one line per finding, `RULE path:line TP|FP|DUP reason`. Nothing from the
repositories is written into the project.

Prints, per rule and severity, judged findings and precision (DUP counts as wrong), the findings not
yet judged (prefixed `?`, ready to paste into the verdicts file) and judged findings that are gone.
"""
import argparse
import collections
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def repos(only):
    with open(os.path.join(HERE, "repos.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            name, repo, commit, kind = line.rstrip("\n").split("\t")
            if only and name != only:
                continue
            yield name, repo, commit, kind


def export(mirror, repo, commit, target):
    """Writes the commit's files below target, blob by blob: a snapshot may lack its largest blobs,
    which are skipped (and counted) rather than failing the export."""
    git_dir = os.path.join(mirror, repo.replace("/", "+"), "repo")
    if os.path.isdir(target):
        return
    os.makedirs(target)
    tree = subprocess.run(["git", "--git-dir", git_dir, "ls-tree", "-r", "-z", commit],
                          capture_output=True, check=True).stdout.split(b"\0")
    entries = []
    for item in tree:
        if not item:
            continue
        meta, path = item.split(b"\t", 1)
        mode, kind, sha = meta.split()
        if kind == b"blob" and mode != b"120000":
            entries.append((sha, path.decode("utf-8", "surrogateescape")))
    batch = subprocess.Popen(["git", "--git-dir", git_dir, "cat-file", "--batch"],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    missing = 0
    for sha, path in entries:
        batch.stdin.write(sha + b"\n")
        batch.stdin.flush()
        header = batch.stdout.readline().split()
        if len(header) < 3 or header[1] == b"missing":
            missing += 1
            continue
        data = batch.stdout.read(int(header[2]))
        batch.stdout.read(1)
        out = os.path.join(target, path)
        os.makedirs(os.path.dirname(out), exist_ok=True)
        with open(out, "wb") as f:
            f.write(data)
    batch.stdin.close()
    batch.wait()
    if missing:
        print(f"{repo}: {missing} blobs absent from the snapshot, skipped", file=sys.stderr)


def scan(jar, root):
    run = subprocess.run(
        ["java", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", jar, "scan", root,
         "--format", "json", "--fail-on", "never"],
        capture_output=True, text=True)
    if run.returncode not in (0, 1):
        sys.exit(f"scan of {root} exited {run.returncode}: {run.stderr.strip()[:300]}")
    report = json.loads(run.stdout)
    return [f for f in report["findings"] if f["rule"] != "SSOT000"]


def verdicts(name):
    path = os.path.join(HERE, "verdicts", name + ".txt")
    judged = {}
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or not line.strip():
                    continue
                parts = line.split(None, 3)
                judged[(parts[0], parts[1])] = parts[2]
    return judged


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--jar", default=os.path.join(HERE, "..", "..", "target", "ssot-guard.jar"))
    p.add_argument("--mirror", default="/work/.mirror")
    p.add_argument("--out", default="/tmp/ssot-corpus")
    p.add_argument("--only")
    a = p.parse_args()
    score = collections.defaultdict(lambda: collections.Counter())
    unjudged, gone, total = [], [], 0
    for name, repo, commit, kind in repos(a.only):
        root = os.path.join(a.out, name)
        export(a.mirror, repo, commit, root)
        findings = scan(a.jar, root)
        judged = verdicts(name)
        seen = set()
        for f in findings:
            key = (f["rule"], f"{f['path']}:{f['line']}")
            seen.add(key)
            total += 1
            verdict = judged.get(key)
            if verdict is None:
                unjudged.append(f"? {name}: {key[0]} {key[1]} {f['severity']} {f['message'][:160]}")
                continue
            score[(f["rule"], f["severity"])][verdict] += 1
        gone += [f"- {name}: {r} {loc} (was {v})" for (r, loc), v in judged.items() if (r, loc) not in seen]
        print(f"{name}: {len(findings)} findings", file=sys.stderr)
    print(f"{'rule':8} {'severity':8} {'TP':>4} {'FP':>4} {'DUP':>4} precision")
    by_severity = collections.defaultdict(collections.Counter)
    for (rule, sev), c in sorted(score.items()):
        n = c["TP"] + c["FP"] + c["DUP"]
        by_severity[sev].update(c)
        print(f"{rule:8} {sev:8} {c['TP']:4} {c['FP']:4} {c['DUP']:4} {c['TP'] / n:8.1%}")
    for sev, c in sorted(by_severity.items()):
        n = c["TP"] + c["FP"] + c["DUP"]
        print(f"{'all':8} {sev:8} {c['TP']:4} {c['FP']:4} {c['DUP']:4} {c['TP'] / n:8.1%}")
    print(f"findings {total}, unjudged {len(unjudged)}, judged but gone {len(gone)}")
    for line in unjudged + gone:
        print(line)


if __name__ == "__main__":
    main()
