package org.p2mdbg.cli;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.p2mdbg.core.format.lpae.Stage;
import org.p2mdbg.core.machine.DomainState;
import org.p2mdbg.core.machine.Errno;
import org.p2mdbg.core.machine.Machine;
import org.p2mdbg.core.mem.FrameKind;
import org.p2mdbg.core.mem.FrameStore;
import org.p2mdbg.core.mem.Hex;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.trace.CallPaths;
import org.p2mdbg.core.trace.EventKind;
import org.p2mdbg.core.trace.Trace;

/**
 * An event in words: its operands decoded as {@link EventKind} documents them (descriptors through
 * {@link DescriptorText}, at the level named by the call path), owners by domain name.
 */
final class EventText {
    private static final Pattern LEVEL = Pattern.compile("level ([0-3])");
    private static final FrameKind[] FRAME_KINDS = FrameKind.values();
    private static final DomainState[] STATES = DomainState.values();

    private final Machine machine;
    private final Trace trace;

    EventText(Machine machine) {
        this.machine = machine;
        this.trace = machine.trace();
    }

    /** "#27 PTE_WRITE table 0x40006[0]: empty -> page mfn 0x40004, ram_rw, rw". */
    String line(long e) { return "#" + e + " " + trace.kind(e) + " " + operands(e); }

    /** The event with its operation, call path, decoded operands and detail, one item a line. */
    String full(long e) {
        int op = trace.operationOf(e);
        StringBuilder b = new StringBuilder();
        b.append("event ").append(e).append(" of ").append(trace.size());
        b.append(op < 0 ? " (before the first operation)" : " (operation " + op + ": " + trace.operationName(op) + ")").append('\n');
        b.append("  call path: ").append(trace.callPaths().format(trace.path(e))).append('\n');
        b.append("  ").append(trace.kind(e)).append(' ').append(operands(e)).append('\n');
        b.append("  operands: a=").append(Hex.of(trace.a(e))).append(" b=").append(Hex.of(trace.b(e))).append(" c=").append(Hex.of(trace.c(e)));
        if (trace.detail(e) != null) {
            b.append('\n').append("  detail: ").append(trace.detail(e));
        }
        return b.toString();
    }

    private String operands(long e) {
        long a = trace.a(e);
        long b = trace.b(e);
        long c = trace.c(e);
        String detail = trace.detail(e) == null ? "" : " (" + trace.detail(e) + ")";
        return switch (trace.kind(e)) {
            case OPERATION_START -> "operation " + a + ": " + trace.operationName((int) a);
            case PTE_READ -> entry(a) + " = " + descriptor(e, a, b);
            case PTE_WRITE -> entry(a) + ": " + descriptor(e, a, b) + " -> " + descriptor(e, a, c);
            case FRAME_ALLOC -> "mfn " + Hex.of(a) + " as " + FRAME_KINDS[(int) (b & 0xff)] + " of " + owner((int) c)
                    + (((b >>> 8) & 1) != 0 ? " (from the free list)" : "");
            case FRAME_FREE -> "mfn " + Hex.of(a) + ", " + FRAME_KINDS[(int) b] + " of " + owner((int) c) + ", " + (c >>> 32) + " references";
            case REF_GET, REF_PUT -> "mfn " + Hex.of(a) + ", count now " + b;
            case TLB_FLUSH, IOTLB_FLUSH -> "of " + owner((int) a) + ", " + (c == -1 ? "all frames" : c + " frames from " + Hex.of(b)) + detail;
            case CACHE_CLEAN -> (a == -1 ? "a copy of an entry" : entry(a) + (b > 1 ? " and the " + (b - 1) + " entries after it" : "")) + detail;
            case PREEMPT_CHECK -> "check " + b + ": " + (a != 0 ? "preempt" : "go on");
            case PREEMPTION -> "-ERESTART, to resume at frame " + Hex.of(a);
            case ERROR -> Errno.name((int) a) + detail;
            case LOCK, UNLOCK -> (b != 0 ? "write lock of " : "lock of ") + owner((int) a) + detail;
            case DOMAIN_STATE -> owner((int) a) + " is now " + (b >= 0 && b < STATES.length ? STATES[(int) b].scenarioName() : Long.toString(b));
            case FINDING -> "finding " + a;
            default -> "a=" + Hex.of(a) + " b=" + Hex.of(b) + " c=" + Hex.of(c) + detail;
        };
    }

    private static String entry(long ref) { return "table " + Hex.of(ref >>> 9) + "[" + (ref & 511) + "]"; }

    /** A descriptor decoded at the level its call path names ("... > level 2"), else in hex. */
    private String descriptor(long e, long ref, long value) {
        int level = level(trace.path(e));
        if (level < 0) {
            return String.format("0x%016x", value);
        }
        Mfn table = new Mfn(ref >>> 9);
        FrameStore frames = machine.frames();
        boolean xen = frames.exists(table) && frames.kind(table) == FrameKind.XEN_PT_TABLE;
        return DescriptorText.brief(value, level, xen ? Stage.STAGE1 : Stage.STAGE2);
    }

    private int level(int path) {
        CallPaths paths = trace.callPaths();
        for (int p = path; p > CallPaths.ROOT; p = paths.parent(p)) {
            Matcher m = LEVEL.matcher(paths.label(p));
            if (m.matches()) {
                return Integer.parseInt(m.group(1));
            }
        }
        return -1;
    }

    private String owner(int id) {
        if (id == FrameStore.DOMID_XEN) {
            return "xen";
        }
        return machine.domain(id).map(d -> d.name()).orElse("domain " + id);
    }
}
