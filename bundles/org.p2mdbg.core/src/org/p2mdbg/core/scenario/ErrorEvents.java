package org.p2mdbg.core.scenario;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.p2mdbg.core.machine.Errno;
import org.p2mdbg.core.trace.Trace;
import org.p2mdbg.core.xen.arm.pt.CheckEntryRule;

/**
 * Turns an ERROR event into an error entry. The event's detail is either the name of a rule of
 * Xen's page-table checks ("insert-replaces-valid"), or "check: explanation" where the check is
 * what refused; the function is the rule's, or the innermost function of the event's call path.
 */
final class ErrorEvents {
    private static final Pattern PREFIXED = Pattern.compile("([A-Za-z_][A-Za-z0-9_^-]*): (.*)", Pattern.DOTALL);

    private ErrorEvents() {}

    static OperationError describe(Trace trace, long e) {
        int op = trace.operationOf(e);
        String code = Errno.name((int) trace.a(e));
        String detail = trace.detail(e) == null ? "" : trace.detail(e);
        for (CheckEntryRule rule : CheckEntryRule.values()) {
            if (rule.kebabName().equals(detail)) {
                return new OperationError(op, e, rule.function(), code, detail, rule.explanation());
            }
        }
        String function = innermostFunction(trace, e);
        Matcher m = PREFIXED.matcher(detail);
        if (m.matches()) {
            return new OperationError(op, e, function, code, m.group(1), m.group(2));
        }
        return new OperationError(op, e, function, code, detail, detail);
    }

    /** The innermost call-path frame that names a function (not "level 2", not the operation itself). */
    private static String innermostFunction(Trace trace, long e) {
        List<String> frames = trace.callPaths().frames(trace.path(e));
        for (int i = frames.size() - 1; i > 0; i--) {
            if (!frames.get(i).startsWith("level ")) {
                return frames.get(i);
            }
        }
        return "";
    }
}
