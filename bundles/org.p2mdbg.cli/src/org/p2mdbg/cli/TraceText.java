package org.p2mdbg.cli;

import java.io.IOException;
import java.io.Writer;

import org.p2mdbg.core.trace.Trace;

/**
 * The text dump of {@code run --trace OUT}: one line per event with its index, operation, kind,
 * operands in hex, call path and detail.
 */
final class TraceText {
    private TraceText() {}

    static void write(Trace trace, Writer w) throws IOException {
        w.write("# event operation kind a b c | call path | detail\n");
        int op = -1;
        for (long e = 0; e < trace.size(); e++) {
            while (op + 1 < trace.operationCount() && trace.operationStart(op + 1) <= e) {
                op++;
            }
            w.write(e + " " + op + " " + trace.kind(e) + " 0x" + Long.toHexString(trace.a(e)) + " 0x"
                    + Long.toHexString(trace.b(e)) + " 0x" + Long.toHexString(trace.c(e)) + " | "
                    + trace.callPaths().format(trace.path(e)));
            String detail = trace.detail(e);
            if (detail != null) {
                w.write(" | " + detail);
            }
            w.write('\n');
        }
    }
}
