package org.p2mdbg.core.scenario.ast;

import org.p2mdbg.core.x86pv.PvExitStrategy;

/**
 * {@code pv-exit D [strategy=drop-refs|try-unpin|never-unpin] [cpu=N]}: the guest's mm exits, its last
 * task on CPU {@code cpu} (0 unless told). {@code strategy} is null when the statement names none: the
 * machine's {@code pv-exit} option then decides when it runs (so one file can be compared across them).
 */
public record PvExitStatement(SourcePos pos, String text, String domain, PvExitStrategy strategy, int cpu)
        implements Statement {
    @Override public String keyword() { return "pv-exit"; }
}
