package org.p2mdbg.core.xen.arm;

import java.util.BitSet;

/**
 * p2m_alloc_vmid / p2m_free_vmid: the 8-bit VTTBR_EL2.VMID space as a bitmap of 256, VMID 0
 * reserved as INVALID_VMID, the lowest free VMID handed out first.
 */
public final class VmidAllocator {
    public static final int MAX_VMID = 256;
    public static final int INVALID_VMID = 0;

    private final BitSet used = new BitSet(MAX_VMID);

    public VmidAllocator() {
        used.set(INVALID_VMID);
    }

    /** The lowest free VMID, or INVALID_VMID when the pool is exhausted (Xen then fails with -EBUSY). */
    public int allocate() {
        int nr = used.nextClearBit(0);
        if (nr >= MAX_VMID) {
            return INVALID_VMID;
        }
        used.set(nr);
        return nr;
    }

    public void free(int vmid) {
        if (vmid != INVALID_VMID) {
            used.clear(vmid);
        }
    }
}
