#!/usr/bin/env python3
"""MinHash-LSH near-duplicate clustering in the manner of datasketch's MinHashLSH, as text-dedup uses it.

A baseline for seacorpus's dedupe (docs/dedupe.md, "Comparison with a Python MinHash-LSH baseline"). It is not
datasketch: datasketch could not be installed on the measuring machine, so this script re-implements the
documented method with numpy:

* MinHash (Broder 1997): each shingle is hashed to 32 bits (the first 4 bytes of its SHA-1, little-endian), then
  permuted num_perm times by h -> ((a*h + b) mod (2^61 - 1)) mod 2^32 with a, b drawn from numpy's
  RandomState(seed); the signature keeps each permutation's minimum.
* LSH: num_perm is split into b bands of r rows, the (b, r) that minimises the equally weighted integrals of
  false-positive and false-negative probability around the threshold (the rule datasketch documents), unless
  --bands and --rows are given. Documents that share a whole band are candidates.
* Clusters: union-find over candidates. With --verify the candidates' estimated Jaccard (share of equal minima)
  must reach the threshold; without it every candidate is joined, as text-dedup does.

Shingles (--shingles):
* segmenter:  the file written by `corpus-bench shingles` (seacorpus's own 5-word shingles, one line per document:
              id, tab, hex hashes), so both sides see identical sets;
* whitespace: 5-grams of the lower-cased text split on whitespace;
* textdedup:  5-grams of the lower-cased text split on runs of non-word characters (Python's \\W), as text-dedup.

Writes id<TAB>cluster for every document in a cluster of two or more (score it with `corpus-bench evaluate
--clusters FILE --truth truth.jsonl`) and prints wall time, CPU time and peak RSS as JSON.

Usage:
  python3 minhash_lsh_baseline.py --docs GEN_DIR --shingles whitespace --out clusters.tsv
  python3 minhash_lsh_baseline.py --docs GEN_DIR --shingles segmenter --shingle-file shingles.tsv --out c.tsv
Needs Python 3.9+ and numpy only.
"""
import argparse
import glob
import hashlib
import json
import os
import re
import resource
import sys
import time

import numpy as np

MERSENNE = np.uint64((1 << 61) - 1)
MAX_HASH = np.uint64((1 << 32) - 1)
NON_WORD = re.compile(r"\W+")


def optimal_bands(threshold, num_perm, steps=2000):
    """The (bands, rows) with the least false-positive plus false-negative area (equal weights)."""
    best, best_error = (1, num_perm), float("inf")
    low = np.linspace(0.0, threshold, steps)
    high = np.linspace(threshold, 1.0, steps)
    for bands in range(1, num_perm + 1):
        for rows in range(1, num_perm // bands + 1):
            fp = np.trapezoid(1 - (1 - low ** rows) ** bands, low)
            fn = np.trapezoid((1 - high ** rows) ** bands, high)
            if fp + fn < best_error:
                best, best_error = (bands, rows), fp + fn
    return best


class Signer:
    def __init__(self, num_perm, seed=1):
        rng = np.random.RandomState(seed)
        self.a = rng.randint(1, MERSENNE, size=num_perm, dtype=np.uint64)
        self.b = rng.randint(0, MERSENNE, size=num_perm, dtype=np.uint64)
        self.num_perm = num_perm

    def sign(self, shingles):
        if not shingles:
            return None
        hashes = np.fromiter((int.from_bytes(hashlib.sha1(s).digest()[:4], "little") for s in shingles),
                             dtype=np.uint64, count=len(shingles))
        permuted = ((hashes[:, None] * self.a + self.b) % MERSENNE) & MAX_HASH  # uint64 wraps, as in numpy
        return permuted.min(axis=0)


def word_shingles(words, n=5):
    words = [w for w in words if w]
    if not words:
        return set()
    if len(words) < n:
        return {" ".join(words).encode("utf-8")}
    return {" ".join(words[i:i + n]).encode("utf-8") for i in range(len(words) - n + 1)}


def documents(args):
    """(id, set of shingle bytes) for every document."""
    if args.shingles == "segmenter":
        with open(args.shingle_file, encoding="utf-8") as f:
            for line in f:
                doc_id, _, hashes = line.rstrip("\n").partition("\t")
                yield doc_id, {h.encode("ascii") for h in hashes.split(" ") if h}
        return
    for shard in sorted(glob.glob(os.path.join(args.docs, "docs-*.jsonl"))):
        with open(shard, encoding="utf-8") as f:
            for line in f:
                row = json.loads(line)
                text = row["text"].lower()
                words = text.split() if args.shingles == "whitespace" else NON_WORD.split(text)
                yield row["id"], word_shingles(words)


class UnionFind:
    def __init__(self):
        self.parent = {}

    def find(self, x):
        parent = self.parent
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, x, y):
        rx, ry = self.find(x), self.find(y)
        if rx != ry:
            self.parent[max(rx, ry)] = min(rx, ry)


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--docs", help="folder written by corpus-bench generate (for whitespace/textdedup)")
    p.add_argument("--shingles", choices=["segmenter", "whitespace", "textdedup"], required=True)
    p.add_argument("--shingle-file", help="output of corpus-bench shingles (for --shingles segmenter)")
    p.add_argument("--threshold", type=float, default=0.65)
    p.add_argument("--num-perm", type=int, default=256)
    p.add_argument("--bands", type=int, help="bands instead of the optimised choice (with --rows)")
    p.add_argument("--rows", type=int, help="rows per band instead of the optimised choice (with --bands)")
    p.add_argument("--verify", action="store_true", help="join a candidate only if its estimate reaches t")
    p.add_argument("--out", required=True, help="clusters TSV to write")
    args = p.parse_args()
    if args.shingles == "segmenter" and not args.shingle_file:
        p.error("--shingles segmenter needs --shingle-file")
    if args.shingles != "segmenter" and not args.docs:
        p.error("--shingles %s needs --docs" % args.shingles)
    if (args.bands is None) != (args.rows is None) or args.bands and args.bands * args.rows > args.num_perm:
        p.error("give --bands and --rows together, with bands * rows <= --num-perm")

    wall, cpu = time.perf_counter(), time.process_time()
    bands, rows = (args.bands, args.rows) if args.bands else optimal_bands(args.threshold, args.num_perm)
    signer = Signer(args.num_perm)
    tables = [dict() for _ in range(bands)]
    ids, signatures = [], []
    candidates = joined = 0
    sets = UnionFind()
    for doc_id, shingles in documents(args):
        sig = signer.sign(shingles)
        if sig is None:
            continue
        me = len(ids)
        ids.append(doc_id)
        if args.verify:
            signatures.append(sig)
        seen = set()
        for band, table in enumerate(tables):
            key = sig[band * rows:(band + 1) * rows].tobytes()
            bucket = table.get(key)
            if bucket is None:
                table[key] = [me]
                continue
            for other in bucket:
                if other in seen:
                    continue
                seen.add(other)
                candidates += 1
                if args.verify and np.count_nonzero(signatures[other] == sig) < args.threshold * args.num_perm:
                    continue
                joined += 1
                sets.union(other, me)
            bucket.append(me)
    clusters = {}
    for doc in list(sets.parent):
        clusters.setdefault(sets.find(doc), []).append(doc)
    written = 0
    with open(args.out, "w", encoding="utf-8") as out:
        for root, members in clusters.items():
            if len(members) > 1:
                for doc in members:
                    out.write("%s\t%s\n" % (ids[doc], ids[root]))
                    written += 1
    report = {
        "tool": "minhash_lsh_baseline.py (datasketch's method re-implemented with numpy)",
        "shingles": args.shingles, "threshold": args.threshold, "num_perm": args.num_perm,
        "bands": bands, "rows": rows, "verify": args.verify, "documents": len(ids),
        "candidate_pairs": candidates, "joined_pairs": joined,
        "clustered_documents": written,
        "seconds": round(time.perf_counter() - wall, 1), "cpu_seconds": round(time.process_time() - cpu, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "load_average": os.getloadavg()[0],
    }
    json.dump(report, sys.stdout, indent=2)
    print()


if __name__ == "__main__":
    main()
