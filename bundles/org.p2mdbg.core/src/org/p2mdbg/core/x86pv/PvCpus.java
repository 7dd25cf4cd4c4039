package org.p2mdbg.core.x86pv;

import org.p2mdbg.core.machine.Domain;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.mem.Registers;
import org.p2mdbg.core.trace.EventKind;
import org.p2mdbg.core.trace.Trace;
import org.p2mdbg.core.x86pv.PvHypercall.Mmuext;
import org.p2mdbg.core.x86pv.PvHypercall.MmuextCommand;

/**
 * The guest kernel's per-CPU MMU state for one process mm (Linux 4.11: cpu_tlbstate and switch_mm /
 * leave_mm / enter_lazy_tlb of arch/x86/mm/tlb.c, xen_cr3 / xen_current_cr3 and xen_write_cr3 of
 * arch/x86/xen/mmu.c), one multicall buffer per CPU, and the mm's mm_cpumask. A CPU in lazy TLB mode
 * keeps the mm's pgd in CR3 while it runs a kernel thread: that reference keeps Xen's type on it.
 * CPU n is the guest's vCPU n.
 */
final class PvCpus {
    /** cpu_tlbstate.active_mm: init_mm, or the process mm. */
    static final long INIT_MM = 0;
    static final long PROCESS_MM = 1;
    /** cpu_tlbstate.state (0 until the CPU first switches). */
    static final long TLBSTATE_OK = 1;
    static final long TLBSTATE_LAZY = 2;

    private final Trace trace;
    private final Registers registers;
    private final Mfn swapper;
    private final Mfn pgd;
    private final Mfn userPgd;
    private final int[] xenCr3;
    private final int[] xenCurrentCr3;
    private final int[] activeMm;
    private final int[] tlbState;
    private final int cpumask;
    private final MulticallBuffer[] buffers;

    /** Every CPU starts on init_mm, with swapper_pg_dir in CR3. */
    PvCpus(Domain domain, XenPvMemory xen, Mfn swapper, Mfn pgd, Mfn userPgd) {
        this.trace = domain.machine().trace();
        this.registers = domain.machine().frames().registers();
        this.swapper = swapper;
        this.pgd = pgd;
        this.userPgd = userPgd;
        int n = domain.vcpus();
        xenCr3 = new int[n];
        xenCurrentCr3 = new int[n];
        activeMm = new int[n];
        tlbState = new int[n];
        buffers = new MulticallBuffer[n];
        String d = "d" + domain.id();
        for (int c = 0; c < n; c++) {
            String cpu = d + ".cpu" + c + ".";
            xenCr3[c] = registers.define(cpu + "xen_cr3");
            xenCurrentCr3[c] = registers.define(cpu + "xen_current_cr3");
            activeMm[c] = registers.define(cpu + "tlbstate.active_mm");
            tlbState[c] = registers.define(cpu + "tlbstate.state");
            registers.set(xenCr3[c], swapper.value());
            registers.set(xenCurrentCr3[c], swapper.value());
            buffers[c] = new MulticallBuffer(c, xen, trace);
        }
        cpumask = registers.define(d + ".mm.cpumask");
    }

    int count() { return buffers.length; }

    MulticallBuffer mc(int cpu) { return buffers[check(cpu)]; }

    long activeMm(int cpu) { return registers.get(activeMm[check(cpu)]); }

    long tlbState(int cpu) { return registers.get(tlbState[check(cpu)]); }

    /** per_cpu(xen_current_cr3): the L4 Xen has in the CPU's CR3 once its batch went out. */
    Mfn xenCurrentCr3(int cpu) { return new Mfn(registers.get(xenCurrentCr3[check(cpu)])); }

    long cpumask() { return registers.get(cpumask); }

    boolean inCpumask(int cpu) { return (cpumask() & 1L << cpu) != 0; }

    private void setCpumask(int cpu, boolean on) {
        long m = cpumask();
        registers.set(cpumask, on ? m | 1L << cpu : m & ~(1L << cpu));
    }

    /** True when every buffer is empty and no CPU is in a lazy paravirt mode: between operations. */
    boolean quiet() {
        for (MulticallBuffer b : buffers) {
            if (!b.isEmpty() || b.lazyMode() != MulticallBuffer.LAZY_NONE) {
                return false;
            }
        }
        return true;
    }

    /**
     * load_cr3 = xen_write_cr3 on {@code cpu}: NEW_BASEPTR for the L4 and NEW_USER_BASEPTR for its user
     * pgd (0 for swapper_pg_dir, which has none), which extend one mmuext_op; xen_current_cr3 follows
     * once the batch is issued (at once, unless in a lazy CPU section).
     */
    void loadCr3(int cpu, Mfn l4) {
        trace.enter("xen_write_cr3");
        try {
            trace.record(EventKind.CR3_LOAD, cpu, l4.value(), l4.equals(pgd) ? userPgd.value() : 0);
            MulticallBuffer mc = mc(cpu);
            registers.set(xenCr3[cpu], l4.value());
            trace.enter("__xen_write_cr3");
            mc.extend(new Mmuext(MmuextCommand.NEW_BASEPTR, l4, 0));
            registers.set(xenCr3[cpu], l4.value());
            mc.callback(() -> registers.set(xenCurrentCr3[cpu], l4.value()));
            trace.leave();
            trace.enter("__xen_write_cr3");
            mc.extend(new Mmuext(MmuextCommand.NEW_USER_BASEPTR, l4.equals(pgd) ? userPgd : Mfn.INVALID, 0));
            trace.leave();
            mc.issue(MulticallBuffer.LAZY_CPU);
        } finally {
            trace.leave();
        }
    }

    /**
     * switch_mm_irqs_off(active_mm, mm): a task of the process mm runs on {@code cpu}. From another mm
     * the CPU joins mm_cpumask and loads the mm's pgd; from the same mm (lazy) it only reloads when it
     * had left mm_cpumask.
     */
    void switchMm(int cpu) {
        trace.enter("switch_mm_irqs_off");
        try {
            if (activeMm(cpu) != PROCESS_MM) {
                registers.set(tlbState[cpu], TLBSTATE_OK);
                registers.set(activeMm[cpu], PROCESS_MM);
                setCpumask(cpu, true);
                loadCr3(cpu, pgd);
            } else {
                registers.set(tlbState[cpu], TLBSTATE_OK);
                if (!inCpumask(cpu)) {
                    setCpumask(cpu, true);
                    loadCr3(cpu, pgd);
                }
            }
        } finally {
            trace.leave();
        }
    }

    /** enter_lazy_tlb: the CPU runs a kernel thread on the mm it had. */
    void enterLazyTlb(int cpu) {
        if (tlbState(cpu) == TLBSTATE_OK) {
            registers.set(tlbState[cpu], TLBSTATE_LAZY);
        }
    }

    /** leave_mm: a lazy CPU leaves mm_cpumask and loads swapper_pg_dir (when it still was in the mask). */
    void leaveMm(int cpu) {
        trace.enter("leave_mm");
        try {
            if (tlbState(cpu) == TLBSTATE_OK) {
                throw new IllegalStateException("leave_mm on CPU " + cpu + ", which is not in lazy TLB mode (BUG)");
            }
            if (activeMm(cpu) == PROCESS_MM && inCpumask(cpu)) {
                setCpumask(cpu, false);
                loadCr3(cpu, swapper);
            }
        } finally {
            trace.leave();
        }
    }

    private int check(int cpu) {
        if (cpu < 0 || cpu >= buffers.length) {
            throw new IllegalArgumentException("no CPU " + cpu + " (the guest has " + buffers.length + " vCPUs)");
        }
        return cpu;
    }
}
