#!/usr/bin/env python3
"""roots.py FILE.jfr...: execution samples (10 ms at settings=profile, 1 ms with p1ms.jfc) under each method this
branch changed, per recording: the stages' entry points and the changed methods inside them."""
import json, subprocess, sys
ROOTS = ['QualityStage.apply', 'QualityAnalyzer.measure', 'RepetitionSignals.measure', 'Stopwords.fold',
         'DedupeKeysStage.apply', 'Shingler.wordHashes', 'TextKeys.keys', 'MinHashSigner.sign',
         'DocumentMapper.toLucene', 'TokenFields.write', 'FoldedWords.of', 'AnalyzeStage.apply',
         'LanguageIdentifyStage.apply', 'NormalizeStage.apply', 'IndexWriter.addDocument']
print('recording'.ljust(34) + ' total ' + ' '.join(r.split('.')[0][:10].rjust(10) + '.' + r.split('.')[1][:8].ljust(8) for r in ROOTS))
for f in sys.argv[1:]:
    out = subprocess.run(['/usr/lib/jvm/temurin-25-jdk-amd64/bin/jfr', 'print', '--json', '--stack-depth', '256',
                          '--events', 'jdk.ExecutionSample', f], capture_output=True, text=True).stdout
    events = json.loads(out)['recording']['events']
    counts = dict.fromkeys(ROOTS, 0)
    for e in events:
        st = e['values'].get('stackTrace')
        names = set()
        for fr in (st['frames'] if st else []):
            t = fr['method']['type']['name'].rsplit('/', 1)[-1]
            names.add(t + '.' + fr['method']['name'])
        for r in ROOTS:
            if r in names:
                counts[r] += 1
    print(f.rsplit('/', 1)[-1][:34].ljust(34) + f' {len(events):5d} ' + ' '.join(f'{counts[r]:19d}' for r in ROOTS))
