import json,sys
from datetime import datetime
def ts(s): return datetime.fromisoformat(s.replace('Z','+00:00')).timestamp()
samples=json.load(open(sys.argv[1]))['recording']['events']
t0=min(ts(e['values']['startTime']) for e in samples)
a,b=float(sys.argv[3]),float(sys.argv[4])
for e in json.load(open(sys.argv[2]))['recording']['events']:
    t=ts(e['values']['startTime'])-t0
    if a<=t<=b:
        v=e['values']; m=v['method']; name=m['type']['name'].split('/')[-1]+'.'+m['name']
        if e['type']=='jdk.Deoptimization':
            print('%.3f'%t,'DEOPT',name,v['reason'],v['action'],'line',v.get('lineNumber'),'cid',v.get('compileId'),v.get('compiler'))
        else:
            print('%.3f'%t,'COMP',name,v.get('duration'),'level',v.get('compileLevel'),'osr',v.get('isOsr'),'cid',v.get('compileId'),'size',v.get('codeSize'),'inl',v.get('inlinedBytes'))
