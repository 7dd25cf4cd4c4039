package org.p2mdbg.core.check;

import org.p2mdbg.core.trace.EventKind;

/** The two translation caches whose staleness is checked: a CPU's TLB and a device's IOTLB. */
enum TlbKind {
    TLB(EventKind.TLB_FLUSH, Rule.STALE_TLB, "TLB"),
    IOTLB(EventKind.IOTLB_FLUSH, Rule.STALE_IOTLB, "IOTLB");

    private final EventKind flush;
    private final Rule rule;
    private final String label;

    TlbKind(EventKind flush, Rule rule, String label) {
        this.flush = flush;
        this.rule = rule;
        this.label = label;
    }

    EventKind flushEvent() { return flush; }

    Rule rule() { return rule; }

    String label() { return label; }

    /** The tag a root's entries carry in this cache, -1 when it does not cache them. */
    int tag(TableRoot root) { return this == TLB ? root.tlbTag() : root.iotlbTag(); }
}
