#!/usr/bin/env python3
# keys.py A.json B.json: the key paths (and value types) of two JSON outputs, compared; prints the difference
import json,sys
def paths(x,p=''):
    if isinstance(x,dict):
        for k,v in x.items(): yield from paths(v,p+'/'+k)
    else: yield p+':'+type(x).__name__
a=list(paths(json.load(open(sys.argv[1])))); b=list(paths(json.load(open(sys.argv[2]))))
print(f"{len(a)} key paths in {sys.argv[1]}, {len(b)} in {sys.argv[2]}; same paths in the same order: {a==b}")
for p in sorted(set(a)^set(b)): print('differs:',p)
