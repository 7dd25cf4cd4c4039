"""x86-64: info registers/tlb/mem, gva2gpa of 150 addresses sampled from info tlb plus 5 unmapped, the dump."""
import random, sys
from qmp import Qmp

sock_path, out = sys.argv[1], sys.argv[2]
q = Qmp(sock_path)
q.cmd("stop")
open(out + "/info-registers.txt", "w").write(q.hmp("info registers"))
tlb = q.timed_hmp("info tlb")
open(out + "/info-tlb.txt", "w").write(tlb)
open(out + "/info-mem.txt", "w").write(q.timed_hmp("info mem"))
lines = [l for l in tlb.splitlines() if ": " in l]
rnd = random.Random(9)
vas = []
for l in rnd.sample(lines, min(150, len(lines))):
    va = int(l.split(":")[0], 16); vas.append(va + rnd.randrange(0, 4096))
vas += [0x0, 0x1000, 0xdead0000, 0x00007fff00000000, 0xffff800000000000]
q.gva2gpa(vas, out + "/gva2gpa.txt")
q.dump_and_quit(out, ["info tlb lines %d" % len(lines)])
