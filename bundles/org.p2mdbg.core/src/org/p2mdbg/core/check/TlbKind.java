package org.p2mdbg.core.check;

import org.p2mdbg.core.mem.FrameKind;

/**
 * The two translation caches whose staleness is checked: a CPU's TLB (invalidated by TLB_FLUSH events)
 * and a device's IOTLB (IOTLB_FLUSH events).
 */
enum TlbKind {
    TLB(Rule.STALE_TLB, "TLB", "a CPU"),
    IOTLB(Rule.STALE_IOTLB, "IOTLB", "a device");

    private final Rule rule;
    private final String label;
    private final String user;

    TlbKind(Rule rule, String label, String user) {
        this.rule = rule;
        this.label = label;
        this.user = user;
    }

    /** Who may still translate through a stale entry of this cache. */
    String user() { return user; }

    Rule rule() { return rule; }

    String label() { return label; }

    /**
     * True for the trees whose TLB entries are per CPU and go with a CR3 load (an x86 PV process's
     * tables; user mappings are not global): a change is cached only by the CPUs that have the tree in CR3.
     */
    static boolean isPerCpu(TableRoot root) { return root.kind() == FrameKind.PV_PAGE_TABLE; }

    /** The tag a root's entries carry in this cache, -1 when it does not cache them. */
    int tag(TableRoot root) { return this == TLB ? root.tlbTag() : root.iotlbTag(); }
}
