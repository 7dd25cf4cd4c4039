package org.p2mdbg.core.scenario.ast;

import org.p2mdbg.core.mem.Gfn;

/** {@code map D gfn=G nr=N (mfn=M type=T | foreign=DOM:GFN)}: map existing frames into a domain's p2m. */
public record MapStatement(SourcePos pos, String text, String domain, Gfn gfn, long nr, MapSource source)
        implements Statement {
    @Override public String keyword() { return "map"; }
}
