package org.p2mdbg.debug.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.debug.core.model.IDebugTarget;
import org.eclipse.debug.core.model.IVariable;
import org.p2mdbg.core.format.lpae.DecodedField;
import org.p2mdbg.core.format.lpae.Lpae;
import org.p2mdbg.core.format.lpae.Stage;
import org.p2mdbg.core.machine.Errno;
import org.p2mdbg.core.mem.FrameKind;
import org.p2mdbg.core.mem.FrameStore;
import org.p2mdbg.core.mem.Hex;
import org.p2mdbg.core.scenario.ast.OptionStatement;
import org.p2mdbg.core.scenario.ast.Statement;
import org.p2mdbg.core.trace.CostCounter;
import org.p2mdbg.core.trace.Trace;
import org.p2mdbg.debug.session.P2mSession;
import org.p2mdbg.debug.session.SessionOptions;
import org.p2mdbg.model.Domain;
import org.p2mdbg.model.P2m;

/**
 * The variables of a frame: for the innermost frame the current event decoded (the descriptor read
 * or written, old and new, field by field), the operation's costs so far, the domains' state and
 * the options the run used;
 * for outer frames the operation and its costs.
 */
final class FrameVariables {
    private FrameVariables() {}

    /**
     * The variables of an innermost frame: the event it stands on decoded (none for -1), the current
     * operation's costs so far and the domains, read where no move can change them.
     */
    static IVariable[] forEvent(IDebugTarget target, P2mSession session, long e) {
        return session.read(() -> {
            List<P2mVariable> out = new ArrayList<>();
            Trace trace = session.trace();
            if (e >= 0) {
                out.add(text(target, "event", "#" + e + " " + trace.kind(e)));
                out.addAll(operands(target, trace, e));
            }
            out.addAll(forOperationList(target, session));
            out.add(domains(target, session));
            out.add(options(target, session));
            return out.toArray(IVariable[]::new);
        });
    }

    static IVariable[] forOperation(IDebugTarget target, P2mSession session) {
        return session.read(() -> forOperationList(target, session).toArray(IVariable[]::new));
    }

    private static List<P2mVariable> forOperationList(IDebugTarget target, P2mSession session) {
        Trace trace = session.trace();
        long p = session.position();
        if (p == 0 || trace.operationCount() == 0) {
            return List.of();
        }
        int op = trace.operationOf(p - 1);
        if (op < 0) {
            return List.of();
        }
        Map<String, Long> costs = CostCounter.count(trace, trace.operationStart(op), p);
        List<P2mVariable> parts = new ArrayList<>();
        costs.forEach((name, n) -> {
            if (n != 0) {
                parts.add(text(target, name, Long.toString(n)));
            }
        });
        return List.of(text(target, "operation", "#" + op + " " + trace.operationName(op)),
                new P2mVariable(target, "costs so far", new P2mValue(target, "costs", parts.size() + " non-zero", parts)));
    }

    /**
     * The options the run used and where each came from: the scenario's option lines, and the
     * overrides (from Preferences or the launch) that won over them.
     */
    static P2mVariable options(IDebugTarget target, P2mSession session) {
        Map<String, String> overrides = session.options();
        List<P2mVariable> parts = new ArrayList<>();
        Set<String> written = new HashSet<>();
        for (Statement s : session.result().scenario().statements()) {
            if (s instanceof OptionStatement o) {
                written.add(o.name());
                String over = overrides.get(o.name());
                parts.add(text(target, o.name() + " (line " + o.pos().line() + ")",
                        over == null ? o.value() : over + "  (overrides the line's " + o.value() + ")"));
            }
        }
        overrides.forEach((name, value) -> {
            if (!written.contains(name)) {
                parts.add(text(target, name, value + "  (override; the scenario does not set it)"));
            }
        });
        return new P2mVariable(target, "options", new P2mValue(target, "options", SessionOptions.describe(overrides), parts));
    }

    private static List<P2mVariable> operands(IDebugTarget target, Trace trace, long e) {
        long a = trace.a(e);
        long b = trace.b(e);
        long c = trace.c(e);
        int level = levelOf(trace.callPaths().label(trace.path(e)));
        return switch (trace.kind(e)) {
            case PTE_READ -> List.of(text(target, "table", "MFN " + Hex.of(a >>> 9)), text(target, "index", Long.toString(a & 511)),
                    descriptor(target, "value", b, level));
            case PTE_WRITE -> List.of(text(target, "table", "MFN " + Hex.of(a >>> 9)), text(target, "index", Long.toString(a & 511)),
                    descriptor(target, "old", b, level), descriptor(target, "new", c, level));
            case FRAME_ALLOC -> List.of(text(target, "mfn", Hex.of(a)), text(target, "kind", FrameKind.values()[(int) (b & 0xff)].toString()),
                    text(target, "owner", owner((int) c)));
            case FRAME_FREE -> List.of(text(target, "mfn", Hex.of(a)), text(target, "kind", FrameKind.values()[(int) b].toString()),
                    text(target, "owner", owner((int) c)), text(target, "references held", Long.toString(c >>> 32)));
            case REF_GET, REF_PUT -> List.of(text(target, "mfn", Hex.of(a)), text(target, "count now", Long.toString(b)));
            case TLB_FLUSH, IOTLB_FLUSH -> List.of(text(target, "tag", owner((int) a)),
                    text(target, "range", c == -1 ? "all" : Hex.of(b) + " + " + Hex.of(c) + " frames"), detail(target, trace, e));
            case ERROR -> List.of(text(target, "return", Errno.name((int) a)), detail(target, trace, e));
            case PREEMPT_CHECK -> List.of(text(target, "preempt", a != 0 ? "yes" : "no"));
            case PREEMPTION -> List.of(text(target, "resumes at", Hex.of(a)));
            default -> List.of(text(target, "operands", Hex.of(a) + ", " + Hex.of(b) + ", " + Hex.of(c)), detail(target, trace, e));
        };
    }

    private static P2mVariable detail(IDebugTarget target, Trace trace, long e) {
        String d = trace.detail(e);
        return text(target, "detail", d == null ? "" : d);
    }

    /** The level a descriptor access happened at, from its innermost call-path frame ("level 2"). */
    static int levelOf(String frame) {
        if (frame.startsWith("level ") && frame.length() == 7 && Character.isDigit(frame.charAt(6))) {
            return frame.charAt(6) - '0';
        }
        return -1;
    }

    private static P2mVariable descriptor(IDebugTarget target, String name, long raw, int level) {
        String hex = String.format("0x%016x", raw);
        if (level < 0) {
            return text(target, name, hex);
        }
        List<P2mVariable> fields = new ArrayList<>();
        for (DecodedField f : Lpae.decode(raw, level, Stage.STAGE2)) {
            fields.add(text(target, f.name() + " " + f.field().bits(), Hex.of(f.value()) + "  " + f.meaning()));
        }
        return new P2mVariable(target, name, new P2mValue(target, "level " + level + " descriptor", hex + " (" + Lpae.describe(raw, level) + ")", fields));
    }

    private static P2mVariable domains(IDebugTarget target, P2mSession session) {
        List<P2mVariable> parts = new ArrayList<>();
        for (Domain d : session.model().getDomains()) {
            P2m p2m = d.getP2m();
            List<P2mVariable> state = new ArrayList<>();
            state.add(text(target, "state", String.valueOf(d.getState())));
            if (p2m != null) {
                state.add(text(target, "p2m root", String.valueOf(p2m.getRootMfn())));
                state.add(text(target, "lowest_mapped_gfn", String.valueOf(p2m.getLowestMappedGfn())));
                state.add(text(target, "max_mapped_gfn", String.valueOf(p2m.getMaxMappedGfn())));
            }
            parts.add(new P2mVariable(target, d.getName(), new P2mValue(target, "domain", "id " + d.getId() + ", " + d.getState(), state)));
        }
        return new P2mVariable(target, "domains", new P2mValue(target, "domains", parts.size() + " domains", parts));
    }

    private static String owner(int id) {
        return id == FrameStore.DOMID_XEN ? "DOMID_XEN" : id == FrameStore.NO_OWNER ? "none" : "domain " + id;
    }

    private static P2mVariable text(IDebugTarget target, String name, String value) {
        return new P2mVariable(target, name, new P2mValue(target, "text", value, List.of()));
    }
}
