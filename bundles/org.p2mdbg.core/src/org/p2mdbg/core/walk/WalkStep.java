package org.p2mdbg.core.walk;

import org.p2mdbg.core.mem.Mfn;

/** One level of a walk: which table was indexed, at which entry, and what descriptor was found. */
public record WalkStep(int level, Mfn table, int index, long descriptor) {}
