package org.p2mdbg.ui.trace;

import java.util.List;

import org.p2mdbg.core.format.lpae.Lpae;
import org.p2mdbg.core.machine.DomainState;
import org.p2mdbg.core.machine.Errno;
import org.p2mdbg.core.mem.FrameKind;
import org.p2mdbg.core.mem.FrameStore;
import org.p2mdbg.core.mem.Hex;
import org.p2mdbg.core.trace.EventKind;
import org.p2mdbg.core.trace.Trace;

/**
 * An event's operands in words, following the per-kind meaning documented on {@link EventKind}:
 * "table 0x40002[128]: 0x0 (invalid) → 0x400000400007ff (page MFN 0x40000)" for a PTE_WRITE.
 * A descriptor is described at the level of the innermost "level N" frame of the event's call path.
 */
public final class EventOperands {
    private EventOperands() {}

    public static String describe(Trace trace, long e) {
        EventKind kind = trace.kind(e);
        long a = trace.a(e);
        long b = trace.b(e);
        long c = trace.c(e);
        String detail = trace.detail(e);
        String text = switch (kind) {
            case OPERATION_START -> "operation " + a + ": " + trace.operationName((int) a);
            case PTE_READ -> entry(a) + " = " + descriptor(b, levelOf(trace, e));
            case PTE_WRITE, FAULT_INJECTION -> entry(a) + ": " + descriptor(b, levelOf(trace, e)) + " → " + descriptor(c, levelOf(trace, e));
            case CACHE_CLEAN -> "clean " + entry(a);
            case FRAME_ALLOC -> "MFN " + Hex.of(a) + " as " + FrameKind.values()[(int) (b & 0xff)] + " of " + owner((int) c)
                    + (((b >>> 8) & 1) != 0 ? " (from the free list)" : "");
            case FRAME_FREE -> "MFN " + Hex.of(a) + " (" + FrameKind.values()[(int) b] + " of " + owner((int) c) + ", "
                    + (c >>> 32) + " refs)";
            case REF_GET, REF_PUT -> "MFN " + Hex.of(a) + " refs → " + b;
            case TLB_FLUSH, IOTLB_FLUSH -> owner((int) a) + (c == -1 ? ", all frames" : ", frames " + Hex.of(b) + " + " + c);
            case PREEMPT_CHECK -> a != 0 ? "preempt: yes" : "preempt: no";
            case PREEMPTION -> "-ERESTART, resumes at frame " + Hex.of(a);
            case ERROR -> Errno.name((int) a);
            case LOCK, UNLOCK -> (b != 0 ? "write lock of " : "lock of ") + owner((int) a);
            case DOMAIN_STATE -> "d" + a + " → " + DomainState.values()[(int) b].scenarioName();
            case FINDING -> "finding " + a;
            case TYPE_INFO, REGISTER_WRITE -> Hex.of(a) + ": " + Hex.of(b) + " → " + Hex.of(c);
            default -> "a=" + Hex.of(a) + " b=" + Hex.of(b) + " c=" + Hex.of(c);
        };
        return detail == null ? text : text + " — " + detail;
    }

    /** The level of the table an entry event touches: the innermost "level N" frame of its call path (3 when none). */
    public static int levelOf(Trace trace, long e) {
        int level = 3;
        List<String> frames = trace.callPaths().frames(trace.path(e));
        for (String f : frames) {
            if (f.length() == 7 && f.startsWith("level ") && Character.isDigit(f.charAt(6))) {
                level = f.charAt(6) - '0';
            }
        }
        return level;
    }

    private static String entry(long ref) { return "table " + Hex.of(ref >>> 9) + "[" + (ref & 511) + "]"; }

    private static String descriptor(long d, int level) {
        return Hex.of(d) + " (" + Lpae.describe(d, level) + (Lpae.isValid(d) ? " " + Lpae.mfn(d) : "") + ")";
    }

    private static String owner(int id) {
        return id == FrameStore.DOMID_XEN ? "Xen" : id == FrameStore.NO_OWNER ? "nobody" : "d" + id;
    }
}
