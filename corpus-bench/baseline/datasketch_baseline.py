#!/usr/bin/env python3
"""Near-duplicate clustering with datasketch's MinHash and MinHashLSH: the baseline of seacorpus's dedupe.

Runs the real datasketch (ekzhu/datasketch; put its source folder on PYTHONPATH, see bin/bench) the way dedupe
scripts use it: one MinHash per document (``MinHash.generator``, which reuses the permutations), then for each
document, in order, ``MinHashLSH.query`` (candidates among the documents before it) and ``MinHashLSH.insert``.
Every candidate is joined (union-find), as text-dedup does; with ``--verify`` only candidates whose estimated
Jaccard (``MinHash.jaccard``) reaches the threshold. datasketch picks bands x rows for the threshold itself.

Shingles (``--shingles``):
* segmenter:  the file written by ``corpus-bench shingles``: seacorpus's own 5-word shingles from each language's
              segmenter, one document per line (id, tab, 64-bit hashes in hex). datasketch gets the low 32 bits of
              each hash as its value (``hashfunc`` is the identity), so both tools see the same sets;
* whitespace: 5-grams of the lower-cased text split on whitespace, hashed by datasketch's default (SHA-1, 32 bits).

Prints one JSON object: CPU and wall seconds of the whole run, of reading the input, and of the work itself
(MinHash + LSH + clusters), documents per CPU second, peak RSS. Writes ``id<TAB>cluster`` for every document in a
cluster of two or more (score it with ``corpus-bench evaluate --clusters FILE --truth truth.jsonl``).

Usage:
  PYTHONPATH=/path/to/datasketch python3 datasketch_baseline.py --shingles segmenter --shingle-file S.tsv --out C.tsv
  PYTHONPATH=/path/to/datasketch python3 datasketch_baseline.py --shingles whitespace --docs GEN_DIR --out C.tsv
Needs Python 3.9+, numpy and scipy (datasketch's own requirements).
"""
import argparse
import glob
import json
import os
import resource
import sys
import time

from datasketch import MinHash, MinHashLSH


def segmenter_sets(path):
    """(id, list of 32-bit shingle values) per document of a `corpus-bench shingles` file."""
    with open(path, encoding="utf-8") as f:
        for line in f:
            doc_id, _, hashes = line.rstrip("\n").partition("\t")
            yield doc_id, [int(h[-8:], 16) for h in hashes.split(" ") if h]


def whitespace_texts(folder):
    """(id, text) per generated document."""
    for shard in sorted(glob.glob(os.path.join(folder, "docs-*.jsonl"))):
        with open(shard, encoding="utf-8") as f:
            for line in f:
                row = json.loads(line)
                yield row["id"], row["text"]


def whitespace_shingles(text, n=5):
    """5-grams of the lower-cased text split on whitespace, as UTF-8 bytes (datasketch hashes them)."""
    words = text.lower().split()
    if len(words) < n:
        grams = {" ".join(words)} if words else set()
    else:
        grams = {" ".join(words[i:i + n]) for i in range(len(words) - n + 1)}
    return [g.encode("utf-8") for g in grams]


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


def identity(value):
    return value


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--shingles", choices=["segmenter", "whitespace"], required=True)
    p.add_argument("--shingle-file", help="output of corpus-bench shingles (for --shingles segmenter)")
    p.add_argument("--docs", help="folder written by corpus-bench generate (for --shingles whitespace)")
    p.add_argument("--threshold", type=float, default=0.65)
    p.add_argument("--num-perm", type=int, default=128, help="datasketch's default is 128")
    p.add_argument("--verify", action="store_true", help="join a candidate only if its estimate reaches t")
    p.add_argument("--out", required=True, help="clusters TSV to write")
    args = p.parse_args()
    if args.shingles == "segmenter" and not args.shingle_file:
        p.error("--shingles segmenter needs --shingle-file")
    if args.shingles == "whitespace" and not args.docs:
        p.error("--shingles whitespace needs --docs")

    wall, cpu = time.perf_counter(), time.process_time()
    # read the input first, so that its cost is reported apart from datasketch's work
    # (the shingle file holds shingles already; whitespace shingles are made inside the measured work below)
    sets = list(segmenter_sets(args.shingle_file) if args.shingles == "segmenter" else whitespace_texts(args.docs))
    sets = [(doc_id, values) for doc_id, values in sets if values]
    read_wall, read_cpu = time.perf_counter() - wall, time.process_time() - cpu

    # choosing bands x rows integrates the error curves (scipy): done once, before the clock starts
    lsh = MinHashLSH(threshold=args.threshold, num_perm=args.num_perm)
    work_wall, work_cpu = time.perf_counter(), time.process_time()
    hashfunc = identity if args.shingles == "segmenter" else MinHash().hashfunc
    shingled = (values if args.shingles == "segmenter" else whitespace_shingles(values) for _, values in sets)
    minhashes = MinHash.generator(shingled, num_perm=args.num_perm, hashfunc=hashfunc)
    keep = {} if args.verify else None
    clusters = UnionFind()
    candidates = joined = 0
    for (doc_id, _), m in zip(sets, minhashes):
        for other in lsh.query(m):
            candidates += 1
            if keep is not None and m.jaccard(keep[other]) < args.threshold:
                continue
            joined += 1
            clusters.union(other, doc_id)
        lsh.insert(doc_id, m, check_duplication=False)
        if keep is not None:
            keep[doc_id] = m
    members = {}
    for doc in list(clusters.parent):
        members.setdefault(clusters.find(doc), []).append(doc)
    written = 0
    with open(args.out, "w", encoding="utf-8") as out:
        for root, docs in members.items():
            if len(docs) > 1:
                for doc in docs:
                    out.write("%s\t%s\n" % (doc, root))
                    written += 1
    work_wall, work_cpu = time.perf_counter() - work_wall, time.process_time() - work_cpu
    total_cpu = time.process_time() - cpu
    report = {
        "tool": "datasketch MinHash + MinHashLSH",
        "datasketch_path": os.path.dirname(os.path.dirname(sys.modules["datasketch"].__file__)),
        "shingles": args.shingles, "threshold": args.threshold, "num_perm": args.num_perm,
        "bands": lsh.b, "rows": lsh.r, "verify": args.verify, "documents": len(sets),
        "candidate_pairs": candidates, "joined_pairs": joined, "clustered_documents": written,
        "read_seconds": round(read_wall, 1), "read_cpu_seconds": round(read_cpu, 1),
        "work_seconds": round(work_wall, 1), "work_cpu_seconds": round(work_cpu, 1),
        "seconds": round(time.perf_counter() - wall, 1), "cpu_seconds": round(total_cpu, 1),
        "docs_per_cpu_second": round(len(sets) / max(work_cpu, 1e-9)),
        "docs_per_cpu_second_with_reading": round(len(sets) / max(total_cpu, 1e-9)),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "load_average": os.getloadavg()[0],
    }
    json.dump(report, sys.stdout, indent=2)
    print()


if __name__ == "__main__":
    main()
