# Shares of the execution samples of IdMsProfile's JFR recording (jfr print --events jdk.ExecutionSample
# --stack-depth 64 F.jfr > F.txt; python3 jfr-shares.py F.txt), after the first 10 s (warm-up and model loading):
# Lingua (on the main thread and on the fork-join pool), the n-gram model, the pair model, the rest of ours.
import collections, re, sys
events = open(sys.argv[1]).read().split('jdk.ExecutionSample')[1:]
def seconds(e):
    h, m, s = re.search(r'startTime = (\d+):(\d+):([\d.]+)', e).groups()
    return int(h) * 3600 + int(m) * 60 + float(s)
start = min(seconds(e) for e in events)
c = collections.Counter()
for e in events:
    if seconds(e) < start + 10:
        continue
    frames = re.findall(r'^\s+([\w$.<>/]+)\(', e, re.M)
    s = ' '.join(frames)
    if 'lingua' in s:
        k = 'Lingua (main thread)' if 'IdMsProfile.main' in s else 'Lingua (fork-join pool)'
    elif 'IdMsProfile.main' not in s:
        k = 'other threads'
    elif 'PairModel' in s:
        k = 'pair model'
    elif 'NgramModel' in s:
        k = 'n-gram model'
    elif 'LatinIdentifier' in s:
        k = 'LatinIdentifier: candidate lists, splits, gate'
    else:
        k = 'rest of identify (script scan, parts, shape)'
    c[k] += 1
total = sum(c.values())
for k, v in c.most_common():
    print(f'{k}: {v} samples, {100 * v / total:.1f}%')
