package org.p2mdbg.core.scenario.ast;

import org.p2mdbg.core.mem.Gfn;

/** {@code unmap D gfn=G nr=N}: remove mappings from a domain's p2m. */
public record UnmapStatement(SourcePos pos, String text, String domain, Gfn gfn, long nr) implements Statement {
    @Override public String keyword() { return "unmap"; }
}
