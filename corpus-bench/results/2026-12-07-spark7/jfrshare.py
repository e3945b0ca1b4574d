#!/usr/bin/env python3
"""Execution samples of a JFR recording by thread group and by what the stack is doing (inclusive categories,
first match from the bottom of the stack up is NOT used: the leaf-most matching rule wins)."""
import json, subprocess, sys, collections, re
J = '/usr/lib/jvm/temurin-25-jdk-amd64/bin/jfr'
f = sys.argv[1]
top = int(sys.argv[2]) if len(sys.argv) > 2 else 25
raw = subprocess.run([J, 'print', '--json', '--stack-depth', '200', '--events', 'jdk.ExecutionSample', f], capture_output=True, text=True).stdout
events = json.loads(raw)['recording']['events']
def group(name):
    if name.startswith('corpus-prepare-reader'): return 'reader (core pipeline)'
    if name.startswith('Executor task launch'): return 'task threads'
    if 'Compiler' in name: return 'JIT'
    if name == 'main': return 'driver main'
    if 'Parquet' in name or 'parquet' in name: return 'parquet footers'
    return 'other: ' + re.sub(r'[-0-9]+$', '', name)
RULES = [
    ('zstd', r'luben\.zstd|ZstdCompressor|ZstdOutputStream'),
    ('parquet dictionary', r'parquet\.column\.values\.dictionary'),
    ('parquet write', r'org\.apache\.parquet\.|ParquetWriteSupport|ParquetOutputWriter'),
    ('parquet read', r'VectorizedParquet|ParquetFileFormat|parquet\.hadoop\.ParquetFileReader'),
    ('sort', r'UnsafeExternalSorter|UnsafeInMemorySorter|UnsafeSorterSpill|RadixSort|TimSort|UnsafeExternalRowSorter|ShuffleExternalSorter'),
    ('row conversion', r'CatalystTypeConverters|ExpressionEncoder|RowEncoder|GenericRowWithSchema|SerializerBuildHelper|createDataFrame|toCatalyst'),
    ('unsafe projection', r'UnsafeProjection|UnsafeRowWriter|UnsafeArrayWriter|GeneratedClass|SpecificUnsafeProjection'),
    ('shuffle/serialise', r'ShuffleWriter|BypassMergeSort|SortShuffleWriter|ShuffleBlockFetcher|Kryo|JavaSerializer|ObjectOutputStream|ObjectInputStream'),
    ('seacorpus spark', r'org\.seacorpus\.spark\.'),
    ('seacorpus core', r'org\.seacorpus\.'),
    ('jackson', r'com\.fasterxml\.jackson'),
]
cats = collections.Counter(); groups = collections.Counter(); leaf = collections.Counter(); per = collections.defaultdict(collections.Counter)
for e in events:
    v = e['values']; t = v.get('sampledThread') or {}
    name = t.get('javaName') or t.get('osName') or '?'
    g = group(name); groups[g] += 1
    frames = (v.get('stackTrace') or {}).get('frames') or []
    sig = [fr['method']['type']['name'] + '.' + fr['method']['name'] for fr in frames]
    cat = None
    for s in sig:  # leaf first
        for c, rx in RULES:
            if re.search(rx, s):
                cat = c; break
        if cat: break
    if cat is None: cat = 'other'
    per[g][cat] += 1
    if sig: leaf[(g, sig[0])] += 1
n = sum(groups.values())
print('samples', n)
for g, c in groups.most_common():
    print('%-40s %6d %5.1f%%' % (g, c, 100 * c / n))
    for cat, k in per[g].most_common(12):
        print('      %-30s %6d %5.1f%%' % (cat, k, 100 * k / c))
print('\ntop leaf methods')
for (g, m), c in leaf.most_common(top):
    print('%6d %-22s %s' % (c, g[:22], m))
