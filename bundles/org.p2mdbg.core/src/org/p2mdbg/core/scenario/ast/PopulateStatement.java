package org.p2mdbg.core.scenario.ast;

import org.p2mdbg.core.mem.Gfn;

/** {@code populate D gfn=G nr=N}: allocate RAM frames for the domain and map them (superpages allowed). */
public record PopulateStatement(SourcePos pos, String text, String domain, Gfn gfn, long nr) implements Statement {
    @Override public String keyword() { return "populate"; }
}
