package org.p2mdbg.core.scenario.ast;

import org.p2mdbg.core.mem.Gfn;

/** {@code foreign=DOM:GFN}: the pages another domain has at DOM's gfns GFN.. (XENMAPSPACE_gmfn_foreign). */
public record ForeignFrames(String domain, Gfn gfn) implements MapSource {}
