package org.p2mdbg.core.scenario.ast;

import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.mem.Va;

/**
 * {@code xen-pt map|remove|modify|populate virt=V nr=N [mfn=M] [flags=WORDS]}: an update of Xen's
 * own page tables. {@code mfn} is INVALID unless mapping; {@code flags} is the XenPtFlags value
 * the words name: 0 for populate and for a plain remove (destroy_xen_mappings passes none), only
 * block or xn for a remove that imitates a caller removing with _PAGE_BLOCK.
 */
public record XenPtStatement(SourcePos pos, String text, XenPtAction action, Va virt, Mfn mfn, long nr, int flags)
        implements Statement {
    @Override public String keyword() { return "xen-pt"; }
}
