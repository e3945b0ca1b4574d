#!/usr/bin/env python3
"""stage-samples.py FILE.jfr: execution samples of a recording, those under LanguageIdentifyStage.apply, and the
frames below it (inclusive, within the stage) that this branch touches or that the brief names."""
import collections, json, subprocess, sys
out = subprocess.run(['/usr/lib/jvm/temurin-25-jdk-amd64/bin/jfr', 'print', '--json', '--stack-depth', '256',
                      '--events', 'jdk.ExecutionSample', sys.argv[1]], capture_output=True, text=True).stdout
total, stage = 0, 0
inc = collections.Counter()
names_of_interest = ['SegmentIdentifier.identify', 'LatinIdentifier.rankByModel', 'LatinIdentifier.refinePairs',
                     'NgramModel.evidence', 'NgramModel$WordSummer.word', 'NgramModel$WordSummer.fill',
                     'PairModel.logOdds', 'PairModel$Scorer.word', 'PairModel$Scorer.lookUp', 'FeatureKeys.scan',
                     'FeatureTable.find', 'DocumentIdentifier.applyLatinPrior', 'ScriptScan.scan',
                     'VietnameseLetters.measure', 'MalayIndonesianMarkers.wordWeight']
for e in json.loads(out)['recording']['events']:
    total += 1
    st = e['values'].get('stackTrace')
    names = [f['method']['type']['name'].split('/')[-1] + '.' + f['method']['name'] for f in (st['frames'] if st else [])]
    idx = [i for i, n in enumerate(names) if n == 'LanguageIdentifyStage.apply']
    if not idx:
        continue
    stage += 1
    inc.update(set(names[:idx[-1] + 1]))
print(f'  samples {total}; LanguageIdentifyStage.apply {stage} ({100 * stage / total:.1f}%)')
for n in names_of_interest:
    print(f'    {inc[n]:5d} {n}')
