# Compares the findings (rule, path, line, severity, message) of two builds on every fixture and
# acceptance repository: python3 bench/compare-findings.py (edit B/A for the jars to compare).
import json,subprocess,sys,os,glob
dirs=sorted([p for p in glob.glob('/work/shared/acceptance/cases/*/*') if os.path.isdir(p)])+sorted(glob.glob('/work/main/src/test/resources/cases/*/*'))
B=['java','-XX:+UseSerialGC','-XX:TieredStopAtLevel=1','-jar','/tmp/before/target/ssot-guard.jar']
A=['java','-XX:+UseSerialGC','-XX:TieredStopAtLevel=1','-jar','/work/main/target/ssot-guard.jar']
def run(cmd,d):
    out='/tmp/cmp-out.json'
    subprocess.run(cmd+['scan',d,'--format','json','--output',out,'--fail-on','never'],stdout=subprocess.DEVNULL,stderr=subprocess.DEVNULL)
    try: return json.load(open(out))['findings']
    except Exception as e: return None
diffs=0
for d in dirs:
    if not os.path.isdir(d): continue
    b=run(B,d); a=run(A,d)
    if b is None or a is None: print('ERR',d); continue
    kb=[(f['rule'],f['path'],f['line'],f['severity'],f['message']) for f in b]
    ka=[(f['rule'],f['path'],f['line'],f['severity'],f['message']) for f in a]
    if kb!=ka:
        diffs+=1
        print('==',d.replace('/work/',''))
        for x in sorted(set(kb)-set(ka)): print('  -',x[:4],x[4][:100])
        for x in sorted(set(ka)-set(kb)): print('  +',x[:4],x[4][:100])
print('dirs',len(dirs),'differing',diffs)
