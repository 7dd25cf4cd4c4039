package org.p2mdbg.core.trace;

/**
 * Every kind of micro-step the emulation records. The meaning of an event's three operands
 * (a, b, c) depends on its kind and is documented per constant.
 */
public enum EventKind {
    /** An operation of the scenario starts. a = operation index. */
    OPERATION_START,
    /** a = table MFN << 9 | index, b = the value read. */
    PTE_READ,
    /** a = table MFN << 9 | index, b = old value, c = new value. */
    PTE_WRITE,
    /** a = MFN, b = kind | fromFreeList << 8 | previousEnd << 16, c = owner. */
    FRAME_ALLOC,
    /** a = MFN, b = kind, c = owner & 0xffffffff | refs << 32 (contents kept beside the trace). */
    FRAME_FREE,
    /** a = MFN, b = the new count. */
    REF_GET,
    /** a = MFN, b = the new count. */
    REF_PUT,
    /**
     * a = domain id (VMID owner; DOMID_XEN for the hypervisor's tables), b = first frame, c = frames (-1 = all);
     * for a flush of all frames, b is instead the mask of the domain's vCPUs flushed (0: every vCPU).
     */
    TLB_FLUSH,
    /** a = domain id or device, b = first frame, c = frames (-1 = all); the flush kind in the detail. */
    IOTLB_FLUSH,
    /** a = table MFN << 9 | index of the cleaned entry. */
    CACHE_CLEAN,
    /** a = 1 when the check said "preempt", 0 otherwise. */
    PREEMPT_CHECK,
    /** An operation stopped with -ERESTART. a = the frame number it will resume at. */
    PREEMPTION,
    /** An error return. a = the negative errno; the failed check in the detail. */
    ERROR,
    /** A lock was taken. a = the owner's domain id, b = 1 for a write (exclusive) lock, c = which lock ({@link LockKind#operand}). */
    LOCK,
    /** A lock was released; operands as LOCK. */
    UNLOCK,
    /** A domain changed state. a = domain id, b = new state ordinal. */
    DOMAIN_STATE,
    /** x86 PV and IOMMU events, recorded by later layers. */
    HYPERCALL, MULTICALL_BATCH, IPI, CR3_LOAD, TRAPPED_WRITE, DIRECT_WRITE,
    /** A rule check fired at this point (a = finding index). */
    FINDING,
    /**
     * A lookup through the arm32 VLPT window (get_vlpt_3lvl_pte, seed 001): a = domain id, b = the
     * guest frame looked up, c = table MFN << 9 | index of the descriptor the hypervisor's walk of the
     * window actually read, or -1 when that walk faulted.
     */
    VLPT_LOOKUP,
    /** A frame's type word changed (x86 PV type_info: type, type count, pinned). a = MFN, b = old, c = new. */
    TYPE_INFO,
    /** A machine register changed (a vCPU's CR3, a per-CPU flag). a = register number, b = old, c = new. */
    REGISTER_WRITE,
    /**
     * The user changed a descriptor by hand (org.p2mdbg.core.inject): a = table MFN << 9 | index,
     * b = old value, c = new value; the PTE_WRITE that makes the change follows it.
     */
    FAULT_INJECTION;

    private static final EventKind[] VALUES = values();

    public static EventKind of(int ordinal) { return VALUES[ordinal]; }

    /** True for the events that change machine state (and so are undone when stepping back). */
    public boolean changesState() {
        return this == PTE_WRITE || this == FRAME_ALLOC || this == FRAME_FREE || this == REF_GET || this == REF_PUT
                || this == TYPE_INFO || this == REGISTER_WRITE;
    }
}
