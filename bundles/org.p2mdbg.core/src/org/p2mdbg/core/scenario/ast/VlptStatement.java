package org.p2mdbg.core.scenario.ast;

import org.p2mdbg.core.mem.Ipa;

/** {@code vlpt prepare|switch D} or {@code vlpt lookup D ipa=A}; {@code ipa} is null unless looking up. */
public record VlptStatement(SourcePos pos, String text, VlptAction action, String domain, Ipa ipa)
        implements Statement {
    @Override public String keyword() { return "vlpt"; }
}
