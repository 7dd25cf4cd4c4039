package org.p2mdbg.core.check;

import java.util.EnumSet;
import java.util.Set;

import org.p2mdbg.core.mem.Hex;
import org.p2mdbg.core.trace.EventKind;

/**
 * STALE_TLB / STALE_IOTLB: a valid entry was changed or removed, and one of the points where the
 * old translation must be gone came before a flush (with the root's tag) covering the entry: the
 * operation returned (the next OPERATION_START, or the end of the trace), the lock that protected
 * the write was dropped (see {@link HeldLocks#protecting}: Xen flushes in p2m_write_unlock before
 * unlocking; VT-d drops mapping_lock before its flush), or the frame the old entry reached was freed. One finding per deadline and tree, naming every change still unflushed.
 */
abstract class StaleTranslationCheck implements Check {
    private final TlbKind kind;

    StaleTranslationCheck(TlbKind kind) { this.kind = kind; }

    @Override public Rule rule() { return kind.rule(); }

    @Override public Set<EventKind> kinds() {
        return EnumSet.of(EventKind.OPERATION_START, EventKind.UNLOCK, EventKind.FRAME_FREE);
    }

    @Override public void observe(long e, CheckState s) {
        UnflushedChanges changes = changes(s);
        switch (s.trace.kind(e)) {
            case OPERATION_START -> {
                int previous = s.operation();
                if (previous >= 0) {
                    reportAll(s, changes, e - 1, "before operation " + previous + " (" + s.trace.operationName(previous)
                            + ") returned (its last event is " + (e - 1) + ")");
                }
            }
            case UNLOCK -> {
                int lock = s.locks.id((int) s.trace.a(e), s.trace.c(e));
                reportByRoot(s, changes, changes.takeBound(lock), e, "before " + s.locks.name(lock) + " of "
                        + s.context.domainName((int) s.trace.a(e)) + ", which protected the write, was dropped at event " + e);
            }
            case FRAME_FREE -> {
                long mfn = s.trace.a(e);
                LongList ids = changes.unreportedReaching(mfn, s.tables.outputOrders());
                for (int i = 0; i < ids.size(); i++) {
                    changes.markReported((int) ids.get(i));
                }
                if (!ids.isEmpty()) {
                    report(s, changes, ids, e, mfn, "before " + s.frameName(mfn) + ", which the old entry reached, was freed at event " + e);
                }
            }
            default -> { }
        }
    }

    @Override public void finish(CheckState s) {
        long last = s.trace.size() - 1;
        reportAll(s, changes(s), last, "by the end of the trace (event " + last + ")");
    }

    private UnflushedChanges changes(CheckState s) { return kind == TlbKind.TLB ? s.tlb : s.iotlb; }

    /** Reports the unflushed changes of every tree. */
    private void reportAll(CheckState s, UnflushedChanges changes, long at, String deadline) {
        for (int r = 0; r < s.context.roots().size(); r++) {
            LongList ids = changes.takeUnreported(r);
            if (!ids.isEmpty()) {
                report(s, changes, ids, at, -1, deadline);
            }
        }
    }

    /** Reports changes (taken from several trees, oldest first) with one finding per tree. */
    private void reportByRoot(CheckState s, UnflushedChanges changes, LongList ids, long at, String deadline) {
        for (int r = 0; r < s.context.roots().size() && !ids.isEmpty(); r++) {
            LongList ofRoot = new LongList();
            for (int i = 0; i < ids.size(); i++) {
                if (changes.rootIndex((int) ids.get(i)) == r) {
                    ofRoot.add(ids.get(i));
                }
            }
            if (!ofRoot.isEmpty()) {
                report(s, changes, ofRoot, at, -1, deadline);
            }
        }
    }

    private void report(CheckState s, UnflushedChanges changes, LongList ids, long at, long freedMfn, String deadline) {
        int first = (int) ids.get(0);
        TableRoot root = s.context.roots().get(changes.rootIndex(first));
        LongList proof = new LongList();
        StringBuilder which = new StringBuilder();
        for (int i = 0; i < ids.size(); i++) {
            int id = (int) ids.get(i);
            proof.add(changes.event(id));
            which.append(i == 0 ? "" : ", ").append(changes.event(id));
        }
        proof.add(at);
        String count = ids.size() == 1 ? "1 change" : ids.size() + " changes";
        s.report(rule(), root.owner(), freedMfn >= 0 ? freedMfn : changes.outputFirst(first), root, changes.inputFirst(first), at, proof,
                count + " of " + s.treeName(root) + " (event" + (ids.size() == 1 ? " " : "s ") + which
                + "; the first replaced the entry for " + CheckState.address(root, changes.inputFirst(first))
                + ", which reached MFN " + Hex.of(changes.outputFirst(first)) + ") not flushed from the " + kind.label()
                + " " + deadline + ": " + kind.user() + " may still use the old translation");
    }
}
