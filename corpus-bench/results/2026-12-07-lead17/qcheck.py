# the stored quality signals of two dumps (IndexDump, base64): the old fixed form (big-endian int and doubles) against
# the compact form (format byte 1, then QualityValues: vints, presence bits, vlong whole numbers or little-endian doubles)
import re, base64, struct, sys
def vals(path):
    out = {}
    for line in open(path):
        m = re.search(r's:quality\.signals=\[([^\]]*)\]', line)
        out[line.split('\t')[0]] = base64.b64decode(m.group(1))
    return out
def old(b):
    return struct.unpack('>i', b[:4])[0], tuple(struct.unpack('>24d', b[4:]))
def vint(b, i):
    r = s = 0
    while True:
        c = b[i]; i += 1; r |= (c & 0x7f) << s; s += 7
        if c < 0x80: return r, i
def new(b):
    assert b[0] == 1
    v, i = vint(b, 1); n, i = vint(b, i)
    pres = b[i:i + (n + 7) // 8]; i += (n + 7) // 8
    d = [0.0] * n
    for k in range(n):
        if not (pres[k >> 3] >> (k & 7)) & 1: continue
        h, i = vint(b, i)
        if h & 1 == 0: d[k] = float(h >> 1)
        else: d[k] = struct.unpack('<d', b[i:i + 8])[0]; i += 8
    return v, tuple(d)
o, n = vals(sys.argv[1]), vals(sys.argv[2])
same = lambda a, b: a[0] == b[0] and all(struct.pack('<d', x) == struct.pack('<d', y) for x, y in zip(a[1], b[1]))
bad = sum(1 for k in o if not same(old(o[k]), new(n[k])))
print('documents', len(o), '; signal values differing bit for bit:', bad, '; stored bytes', sum(map(len, o.values())), '->', sum(map(len, n.values())))
