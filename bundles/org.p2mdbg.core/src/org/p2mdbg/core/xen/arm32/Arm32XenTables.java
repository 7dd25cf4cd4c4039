package org.p2mdbg.core.xen.arm32;

import org.p2mdbg.core.format.lpae.Lpae;
import org.p2mdbg.core.format.lpae.Stage;
import org.p2mdbg.core.machine.Machine;
import org.p2mdbg.core.mem.FrameKind;
import org.p2mdbg.core.mem.FrameStore;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.walk.WalkRequest;

/**
 * The part of Xen's arm32 hypervisor page tables the VLPT lives in (xen/arch/arm/mm.c of Xen 4.4):
 * CPU 0's first-level table, whose entries 0 and 1 link the two contiguous pages of xen_second,
 * which cover 0 - 2 GiB in 1024 slots of 2 MiB (indexed with second_linear_offset). Xen's other
 * mappings (text, fixmap, frametable, xenheap, domheap) are not modelled.
 */
public final class Arm32XenTables {
    public static final int SECOND_SHIFT = 21;
    /** xen_second: LPAE_ENTRIES * 2 slots. */
    public static final int SECOND_SLOTS = 1024;
    /**
     * mfn_to_xen_entry with the table bit, as setup_pagetables links xen_second: valid, table,
     * AttrIndx WRITEALLOC (7), NS, user, SH outer, AF, nG (XN cleared for links).
     */
    static final long LINK_BITS = 0xE7FL;

    private final FrameStore frames;
    private final Mfn root;
    private final Mfn second;

    /** Allocates CPU 0's first-level table and xen_second (owned by DOMID_XEN) and links them. */
    public Arm32XenTables(Machine machine) {
        this.frames = machine.frames();
        machine.trace().enter("setup_pagetables");
        try {
            root = frames.allocate(FrameKind.XEN_PT_TABLE, FrameStore.DOMID_XEN);
            second = frames.tryAllocateContiguous(2, FrameKind.XEN_PT_TABLE, FrameStore.DOMID_XEN);
            if (second == null) {
                throw new IllegalStateException("no memory for xen_second");
            }
            for (int i = 0; i < 2; i++) {
                frames.write(root, i, Lpae.withMfn(LINK_BITS, second.add(i)));
            }
        } finally {
            machine.trace().leave();
        }
    }

    /** CPU 0's first-level table: the root of the hypervisor's translation (HTTBR). */
    public Mfn root() { return root; }

    /** The first of xen_second's two pages. */
    public Mfn second() { return second; }

    /** Where a walk of Xen's tables starts (level 1, one page). */
    public WalkRequest walkRequest() { return new WalkRequest(root, 1, 1, Stage.STAGE1); }

    /** The page of xen_second that holds slot {@code slot}. */
    Mfn secondPage(int slot) { return second.add(slot >>> 9); }

    /** The value of xen_second[slot], read without tracing. */
    public long peekSlot(int slot) { return frames.peek(secondPage(slot), slot & 511); }
}
