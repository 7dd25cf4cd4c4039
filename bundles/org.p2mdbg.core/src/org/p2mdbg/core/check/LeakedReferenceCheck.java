package org.p2mdbg.core.check;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.p2mdbg.core.machine.DomainState;
import org.p2mdbg.core.trace.EventKind;
import org.p2mdbg.core.trace.OperationSubjects;

/**
 * LEAKED_REFERENCE: a reference taken on behalf of a domain (a REF_GET inside one of its
 * operations) is not put back, and the frame still has references once the domain is fully torn
 * down: at its DESTROYED state change or, lacking one, at the end of the trace when every page of its
 * p2m root has been freed. A REF_PUT gives back the latest reference its operation's domain took on
 * that frame (another domain's latest when its own domain took none).
 */
final class LeakedReferenceCheck implements Check {
    private static final int DOMAIN_SHIFT = 40;

    /** The references still held on each frame, each domain << 40 | the REF_GET event, oldest first. */
    private final HeldReferenceLists held = new HeldReferenceLists();
    private final Set<Integer> destroyed = new HashSet<>();

    @Override public Rule rule() { return Rule.LEAKED_REFERENCE; }

    @Override public Set<EventKind> kinds() { return EnumSet.of(EventKind.REF_GET, EventKind.REF_PUT, EventKind.DOMAIN_STATE); }

    @Override public void observe(long e, CheckState s) {
        long a = s.trace.a(e);
        int domain = s.context.subjects().subject(s.operation());
        switch (s.trace.kind(e)) {
            case REF_GET -> {
                if (domain != OperationSubjects.NONE) {
                    held.add(a, (long) domain << DOMAIN_SHIFT | e);
                }
            }
            case REF_PUT -> giveBack(a, domain);
            case DOMAIN_STATE -> {
                if (s.trace.b(e) == DomainState.DESTROYED.ordinal()) {
                    destroyed.add((int) a);
                    reportHeldBy(s, (int) a, e, "was destroyed at event " + e);
                }
            }
            default -> { }
        }
    }

    @Override public void finish(CheckState s) {
        for (int r = 0; r < s.context.roots().size(); r++) {
            TableRoot root = s.context.roots().get(r);
            long freed = s.tables.rootFreedAt(r);
            if (root.user() == TableUser.P2M && freed >= 0 && !destroyed.contains(root.owner())) {
                reportHeldBy(s, root.owner(), freed, "had its p2m torn down (its root freed at event " + freed + ")");
            }
        }
    }

    private void giveBack(long mfn, int domain) {
        int n = held.size(mfn);
        if (n == 0) {
            return;
        }
        int pick = n - 1;
        for (int i = n - 1; i >= 0; i--) {
            if (held.get(mfn, i) >>> DOMAIN_SHIFT == domain) {
                pick = i;
                break;
            }
        }
        held.removeAt(mfn, pick);
    }

    private void reportHeldBy(CheckState s, int domain, long at, String teardown) {
        TreeMap<Long, List<Long>> gets = new TreeMap<>();
        held.forEachFrame(mfn -> {
            for (int i = held.size(mfn) - 1; i >= 0; i--) {
                long reference = held.get(mfn, i);
                if (reference >>> DOMAIN_SHIFT == domain) {
                    gets.computeIfAbsent(mfn, k -> new ArrayList<>()).add(0, reference & ((1L << DOMAIN_SHIFT) - 1));
                    held.removeAt(mfn, i);
                }
            }
        });
        for (Map.Entry<Long, List<Long>> g : gets.entrySet()) {
            long mfn = g.getKey();
            int refs = s.frames.refs(mfn);
            if (refs <= 0) {
                continue;
            }
            LongList proof = new LongList();
            g.getValue().forEach(proof::add);
            proof.add(at);
            s.report(rule(), domain, mfn, (TableRoot) null, -1, at, proof,
                    s.frameName(mfn) + " still has " + refs + " reference" + (refs == 1 ? "" : "s") + " after "
                    + s.context.domainName(domain) + " " + teardown + ": " + s.context.domainName(domain) + " took "
                    + g.getValue().size() + " of them (REF_GET at event" + (g.getValue().size() == 1 ? " " : "s ")
                    + join(g.getValue()) + ") and never put them back");
        }
    }

    private static String join(List<Long> events) {
        StringBuilder b = new StringBuilder();
        for (long e : events) {
            b.append(b.isEmpty() ? "" : ", ").append(e);
        }
        return b.toString();
    }
}
