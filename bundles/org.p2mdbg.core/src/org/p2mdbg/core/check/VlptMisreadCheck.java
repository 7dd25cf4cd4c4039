package org.p2mdbg.core.check;

import java.util.EnumSet;
import java.util.Set;

import org.p2mdbg.core.format.lpae.Stage;
import org.p2mdbg.core.mem.Hex;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.trace.EventKind;
import org.p2mdbg.core.trace.Trace;
import org.p2mdbg.core.walk.WalkRequest;
import org.p2mdbg.core.walk.WalkResult;
import org.p2mdbg.core.walk.WalkStep;
import org.p2mdbg.core.walk.Walker;

/**
 * VLPT_MISREAD (seed 001): a VLPT_LOOKUP must read exactly the gfn's level-3 entry of the domain's
 * p2m as it is at that moment. The truth is a walk of the shadow p2m (the same Walker the emulation
 * uses). It is a misread when the window read another descriptor (a stale slot copy, another
 * table), read anything while the p2m maps the gfn with a block above level 3 (the window then
 * reads guest RAM as descriptors, or faults on a block it cannot express), or faulted although the
 * level-3 entry exists. A fault where the p2m has no level-3 table is the right answer (no entry).
 */
final class VlptMisreadCheck implements Check {
    @Override public Rule rule() { return Rule.VLPT_MISREAD; }

    @Override public Set<EventKind> kinds() { return EnumSet.of(EventKind.VLPT_LOOKUP); }

    @Override public void observe(long e, CheckState s) {
        int domain = (int) s.trace.a(e);
        long gfn = s.trace.b(e);
        long read = s.trace.c(e);
        int rootIndex = p2mRoot(s, domain);
        if (rootIndex < 0) {
            return;
        }
        TableRoot root = s.context.roots().get(rootIndex);
        WalkResult walk = Walker.walk((table, index) -> s.tables.value(Trace.entryRef(table.value(), index)),
                new WalkRequest(root.mfn(), root.level(), root.pages(), Stage.STAGE2), gfn);
        WalkStep last = walk.last();
        long leaf = Trace.entryRef(last.table().value(), last.index());
        boolean reachedLeaf = last.level() == root.format().leafLevel();
        String got = read < 0 ? "the window's walk faulted"
                : "the window read entry " + Hex.of(read >>> 9) + "[" + (read & 511) + "] (" + s.frameName(read >>> 9) + ")";
        String truth;
        if (reachedLeaf) {
            if (read == leaf) {
                return;
            }
            truth = "the gfn's level-3 entry is " + Hex.of(last.table().value()) + "[" + last.index() + "]";
        } else if (root.format().isValid(last.descriptor())) {
            truth = "the p2m maps the gfn with a level-" + last.level() + " block of MFN " + Hex.of(root.format().outputFrame(last.descriptor()))
                    + ", which has no level-3 entry for the window to read";
        } else {
            if (read < 0) {
                return;
            }
            truth = "the p2m has no entry for it (invalid at level " + last.level() + ")";
        }
        long written = s.tables.writeEvent(leaf, last.descriptor());
        Mfn mfn = walk.isMapped() ? walk.output() : null;
        s.report(rule(), domain, mfn == null ? -1 : mfn.value(), root, gfn, e, CheckState.events(written, e),
                "VLPT lookup of gfn " + Hex.of(gfn) + " for " + s.context.domainName(domain) + " at event " + e + ": " + got
                + ", but " + truth);
    }

    /** The allocated p2m root of a domain, or -1. */
    private static int p2mRoot(CheckState s, int domain) {
        for (int r = 0; r < s.context.roots().size(); r++) {
            TableRoot root = s.context.roots().get(r);
            if (root.user() == TableUser.P2M && root.owner() == domain && s.tables.isRootAllocated(r)) {
                return r;
            }
        }
        return -1;
    }
}
