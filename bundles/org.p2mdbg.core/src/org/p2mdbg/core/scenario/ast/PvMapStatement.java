package org.p2mdbg.core.scenario.ast;

import org.p2mdbg.core.mem.Va;

/** {@code pv-map D va=A nr=N}: an anonymous VMA of N pages at A in the PV guest's process, each page faulted in by a write. */
public record PvMapStatement(SourcePos pos, String text, String domain, Va va, long nr) implements Statement {
    @Override public String keyword() { return "pv-map"; }
}
