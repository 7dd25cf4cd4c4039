"""AArch64, run inside gdb-multiarch attached to QEMU's gdbstub (which holds the vCPU stopped while
attached). QEMU's AArch64 core has no system registers and its monitor has no info tlb/mem, so this
reads TTBR0_EL1, TTBR1_EL1, TCR_EL1 and friends from the gdbstub and asks gva2gpa densely.

QEMU's gva2gpa translates in the vCPU's current regime and checks read permission: at EL0 every
kernel address answers "Unmapped", and at EL1 with PSTATE.PAN every user page does. So the answers
come from two stops in the busybox loop's address space: first at EL1 in an exception taken from
that process (CONTEXTIDR_EL1 = its pid 1, SPSR_EL1 says EL0) for the kernel's addresses, then, after
a breakpoint on ELR_EL1, at EL0 in the process itself for its own pages (every page of the
/proc/self/maps it printed at boot), with TTBR0/TTBR1 unchanged; the dump is taken there.
Quits gdb with 3 (nothing saved) unless the first stop is such an exception, so the caller can let
the guest run a little and attach again."""
import os, random, re, sys
import gdb

sys.path.insert(0, os.environ["P2MDBG_SCRIPTS"])
from qmp import Qmp

out = os.environ["P2MDBG_OUT"]
gdb.execute("set architecture aarch64", to_string=True)
gdb.execute("target remote :" + os.environ["P2MDBG_GDB_PORT"], to_string=True)
reg = lambda name: int(gdb.parse_and_eval("$" + name)) & 0xffffffffffffffff
el = lambda: (reg("cpsr") >> 2) & 3
if el() != 1 or reg("CONTEXTIDR_EL1") != 1 or reg("SPSR_EL1") & 0xf != 0:
    gdb.execute("quit 3")

NAMES = ["pc", "sp", "cpsr", "TTBR0_EL1", "TTBR1_EL1", "TCR_EL1", "MAIR_EL1", "SCTLR", "ID_AA64MMFR0_EL1", "CONTEXTIDR_EL1",
         "VBAR", "SP_EL1", "ELR_EL1", "SPSR_EL1", "ESR_EL1", "FAR_EL1"]


def registers(stop):
    regs = {}
    with open(out + "/registers.txt", "a") as g:
        g.write("# %s\n" % stop)
        for n in NAMES:
            try:
                regs[n] = reg(n)
            except gdb.error:
                continue
            g.write("%s 0x%x\n" % (n, regs[n]))
    return regs


rnd = random.Random(9)
MiB = 1 << 20
inside = lambda page: page + rnd.randrange(0, 4096) // 8 * 8
open(out + "/registers.txt", "w").close()
q = Qmp(os.environ["P2MDBG_QMP"])

kernel = registers("at EL1, in an exception from the busybox loop (pid 1): gva2gpa of the kernel's addresses")
vas = [kernel["pc"], kernel["sp"], kernel["VBAR"], kernel["SP_EL1"]]
linear = 0xffff000000000000                                 # PAGE_OFFSET with 48-bit VAs
vas += [inside(linear + i * MiB) for i in range(0, 1024)]   # 512 MiB of RAM and as much beyond
kimage = kernel["VBAR"] & -(2 * MiB)                        # the vectors lie in the image's first 2 MiB
vas += [inside(kimage + i * 256 * 1024) for i in range(0, 256)]   # 64 MiB: the image and what follows
vas += [inside(kimage + 64 * MiB + i * MiB) for i in range(0, 512)]   # vmalloc
vas += [inside(0xffff800000000000 + rnd.randrange(0, 128 * MiB)) for _ in range(64)]   # modules
vas += [0xffff7fffffff0000, 0xfffffbfffe000000, 0xfffffc0000000000, 0xfffffdfffe5f9000]
vas += [0x00ff000000400000, 0x12ff000000400000]             # bit 55 set: TTBR1_EL1's linear map, top byte ignored (TBI1)
q.gva2gpa(vas, out + "/gva2gpa-el1.txt")

gdb.execute("tbreak *0x%x" % kernel["ELR_EL1"], to_string=True)
gdb.execute("continue", to_string=True)
user_regs = registers("at EL0 in the busybox loop after the eret: gva2gpa of its addresses, then the dump")
if el() != 0 or any(user_regs[r] != kernel[r] for r in ("TTBR0_EL1", "TTBR1_EL1", "TCR_EL1")):
    raise SystemExit("the vCPU did not come back to the same process at EL0")
user = []
serial = open(os.environ["P2MDBG_SERIAL"]).read()
maps = serial.split("P2MDBG-MAPS", 1)[1].split("P2MDBG-READY", 1)[0]
for m in re.finditer(r"^([0-9a-f]+)-([0-9a-f]+) ", maps, re.M):
    user.append((int(m.group(1), 16), int(m.group(2), 16)))
vas = [user_regs["pc"], user_regs["sp"]]
for start, end in user:                                     # every page, mapped yet or not
    vas += [inside(p) for p in range(start, end, 4096)]
vas += [0x0, 0x1000, 0xdead0000, 0x0000800000000000, 0x5a00000000400000]   # the last one tagged (TBI0)
q.gva2gpa(vas, out + "/gva2gpa-el0.txt")
q.dump_and_quit(out)
gdb.execute("quit 0")
