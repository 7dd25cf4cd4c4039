package org.p2mdbg.core.x86pv;

import org.p2mdbg.core.mem.Mfn;

/**
 * One operation a PV guest hands to Xen, alone or queued in a multicall: which hypercall carries
 * it, how many bytes of the multicall argument buffer it takes, and what Xen does with it.
 */
sealed interface PvHypercall {
    /** The hypercall (__HYPERVISOR_mmu_update, __HYPERVISOR_mmuext_op, __HYPERVISOR_update_va_mapping). */
    String op();

    /** Bytes of the per-CPU argument buffer (sizeof(struct mmu_update) = 16, sizeof(struct mmuext_op) = 24). */
    int argBytes();

    /** Xen's work, on behalf of vCPU {@code vcpu}; 0 or a negative errno. */
    int run(XenPvMemory xen, int vcpu);

    /** struct mmu_update with MMU_NORMAL_PT_UPDATE: one entry of a table. */
    record MmuUpdate(Mfn table, int index, long value) implements PvHypercall {
        @Override public String op() { return "mmu_update"; }

        @Override public int argBytes() { return 16; }

        @Override public int run(XenPvMemory xen, int vcpu) { return xen.mmuUpdate(table, index, value); }
    }

    /** The mmuext_op commands the guest uses here. */
    enum MmuextCommand { PIN_L1_TABLE, PIN_L4_TABLE, UNPIN_TABLE, NEW_BASEPTR, NEW_USER_BASEPTR, TLB_FLUSH_MULTI }

    /** struct mmuext_op: {@code mfn} is arg1 (INVALID for a user base of 0), {@code vcpuMask} arg2 of TLB_FLUSH_MULTI. */
    record Mmuext(MmuextCommand command, Mfn mfn, long vcpuMask) implements PvHypercall {
        @Override public String op() { return "mmuext_op"; }

        @Override public int argBytes() { return 24; }

        @Override public int run(XenPvMemory xen, int vcpu) {
            return switch (command) {
                case PIN_L1_TABLE -> xen.pin(mfn, PageType.L1);
                case PIN_L4_TABLE -> xen.pin(mfn, PageType.L4);
                case UNPIN_TABLE -> xen.unpin(mfn);
                case NEW_BASEPTR -> xen.newBaseptr(vcpu, mfn, false);
                case NEW_USER_BASEPTR -> xen.newBaseptr(vcpu, mfn, true);
                case TLB_FLUSH_MULTI -> xen.tlbFlushMulti(vcpuMask);
            };
        }
    }

    /** update_va_mapping of a page's direct-map address (its arguments live in the multicall entry itself). */
    record UpdateVaMapping(Mfn page, boolean writable, boolean flushTlb) implements PvHypercall {
        @Override public String op() { return "update_va_mapping"; }

        @Override public int argBytes() { return 0; }

        @Override public int run(XenPvMemory xen, int vcpu) { return xen.updateVaMapping(vcpu, page, writable, flushTlb); }
    }
}
