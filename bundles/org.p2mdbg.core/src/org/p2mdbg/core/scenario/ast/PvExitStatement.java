package org.p2mdbg.core.scenario.ast;

/** {@code pv-exit D strategy=drop-refs|try-unpin|never-unpin}: the guest's mm exits. */
public record PvExitStatement(SourcePos pos, String text, String domain, PvExitStrategy strategy)
        implements Statement {
    @Override public String keyword() { return "pv-exit"; }
}
