# Shares of the execution samples of a LidProfile JFR recording, by thread and by what runs there.
# jfr print --events jdk.ExecutionSample --stack-depth 64 F.jfr > F.txt; python3 jfr-threads.py F.txt
# Frames are attributed by the entry point nearest the caller (the JIT can name an inlined sink wrongly).
# The first half of the recording (warm-up, model loading) is left out; LidProfile measures the second half.
import collections, re, sys
events = open(sys.argv[1]).read().split('jdk.ExecutionSample')[1:]
def seconds(e):
    h, m, s = re.search(r'startTime = (\d+):(\d+):([\d.]+)', e).groups()
    return int(h) * 3600 + int(m) * 60 + float(s)
times = [seconds(e) for e in events]
mid = (min(times) + max(times)) / 2
c = collections.Counter()
top = collections.Counter()
for e, t in zip(events, times):
    if t < mid:
        continue
    thread = re.search(r'sampledThread = "([^"]*)"', e).group(1)
    frames = re.findall(r'^\s+([\w$.<>/]+)\(', e, re.M)
    s = ' '.join(frames)
    where = 'pool worker' if thread.startswith('ForkJoinPool') else ('main' if thread == 'main' else 'other')
    if 'lingua' in s:
        k = 'Lingua'
    elif where == 'pool worker':
        k = 'fork-join pool itself (scan, spin, park)'
    elif where == 'other':
        k = thread
    elif 'ForkJoin' in s or 'LockSupport' in s:
        k = 'fork-join wait on the calling thread'
    elif 'PairModel.logOdds' in s:
        k = 'pair model'
    elif 'NgramModel.evidence' in s or 'NgramModel.wordEvidence' in s:
        k = 'n-gram model'
    elif 'LatinIdentifier' in s:
        k = 'LatinIdentifier: candidates, splits, gate'
    else:
        k = 'rest of identify (script scan, parts, shape, modules)'
    c[(where, k)] += 1
    if where == 'main' and k.startswith('rest'):
        top[frames[0]] += 1
total = sum(c.values())
for (w, k), v in c.most_common():
    print(f'{w:12s} {k}: {v} samples, {100 * v / total:.1f}%')
print('top frames of the rest:', top.most_common(12))
