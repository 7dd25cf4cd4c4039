package org.p2mdbg.core.dump;

import org.p2mdbg.core.mem.Pa;
import org.p2mdbg.core.mem.Va;

/** A virtual address that maps a given physical address, with the page or block it lies in. */
public record ReverseMapping(String region, Va va, Va pageVa, Pa pagePa, long pageSize, int level, PageAttributes attributes) {}
