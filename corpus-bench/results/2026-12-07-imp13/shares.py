#!/usr/bin/env python3
"""shares.py FILE.jfr [N]: the import's execution samples by stage (bench StageSharesCommand's rules: the innermost
frame matching a stage decides), then per stage its N heaviest methods, inclusive (above the stage's frame) and
self; language ID is counted but not broken down (lid12's)."""
import collections, json, re, subprocess, sys
STAGES = [
    ("start-up", r"Lexicon\.(load|parse|build|resource)|TrainingDataLanguageModel|PairModel\.(read|<init>)"
     r"|NgramModel(Format)?\$?\w*\.(load|read)|LangidModels|Stopwords\.load|<clinit>|BenchCommand\.main|ClassLoader|LanguageModels?\."),
    ("normalise", r"NormalizeStage\."),
    ("identify language", r"LanguageIdentifyStage\."),
    ("segment and count", r"AnalyzeStage\."),
    ("quality signals", r"QualityStage\."),
    ("dedupe keys", r"DedupeKeysStage\."),
    ("fingerprint, lookup", r"ImportFingerprint\.|CorpusStore\.lookup"),
    ("flush and commit", r"IndexWriter\.commit|Checkpoints\.commit|prepareCommit|DocumentsWriter\.(flush|doFlush)|DocumentsWriterPerThread\.flush"),
    ("segment merges", r"ConcurrentMergeScheduler|MergeThread|IndexWriter\.merge"),
    ("Lucene indexing", r"IndexWriter\.(add|update)Documents?"),
    ("field building", r"DocumentMapper\.toLucene|CorpusStore\.write"),
    ("extract and glue", r"Extractor\.|ImportJob|ImportWriter|InputReader|SourceRun|DocumentPipeline"),
]
STAGES = [(n, re.compile(r)) for n, r in STAGES]
f = sys.argv[1]; n = int(sys.argv[2]) if len(sys.argv) > 2 else 12
out = subprocess.run(['/usr/lib/jvm/temurin-25-jdk-amd64/bin/jfr', 'print', '--json', '--stack-depth', '256',
                      '--events', 'jdk.ExecutionSample', f], capture_output=True, text=True).stdout
events = json.loads(out)['recording']['events']
count = collections.Counter(); incl = collections.defaultdict(collections.Counter); self_ = collections.defaultdict(collections.Counter)
for e in events:
    st = e['values'].get('stackTrace')
    frames = st['frames'] if st else []
    names = [fr['method']['type']['name'].replace('/', '.') + '.' + fr['method']['name'] for fr in frames]
    stage, at = 'other', len(names)
    for i, nm in enumerate(names):
        hit = next((s for s, r in STAGES if r.search(nm)), None)
        if hit:
            stage, at = hit, i
            break
    count[stage] += 1
    above = names[:at + 1]
    for nm in set(above):
        incl[stage][nm] += 1
    if names:
        self_[stage][names[0]] += 1
total = sum(count.values())
print(f'samples {total}')
print('| stage | samples | % of all |')
print('|---|---|---|')
for s, c in count.most_common():
    print(f'| {s} | {c} | {100*c/total:.1f} |')
for s, c in count.most_common():
    if s == 'identify language':
        continue
    print(f'\n## {s} ({c} samples)')
    print('inclusive:'); [print(f'  {k:6d} {100*k/total:5.1f}%  {m}') for m, k in incl[s].most_common(n)]
    print('self:'); [print(f'  {k:6d} {100*k/total:5.1f}%  {m}') for m, k in self_[s].most_common(n)]
