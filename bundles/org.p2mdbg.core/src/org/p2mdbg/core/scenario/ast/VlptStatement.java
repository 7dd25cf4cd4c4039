package org.p2mdbg.core.scenario.ast;

import java.util.OptionalLong;

import org.p2mdbg.core.mem.Ipa;

/**
 * {@code vlpt prepare D [max-pages=N]}, {@code vlpt switch D}, {@code vlpt lookup D ipa=A} or
 * {@code vlpt fault D ipa=A}. {@code ipa} is null unless the action takes one; {@code maxPages} is
 * d->max_pages for prepare (empty: the pages the domain has when it runs).
 */
public record VlptStatement(SourcePos pos, String text, VlptAction action, String domain, Ipa ipa, OptionalLong maxPages)
        implements Statement {
    @Override public String keyword() { return "vlpt"; }
}
