package org.p2mdbg.core.dump;

import java.util.List;

/**
 * Every mapping of an address space, merged into ranges in ascending virtual-address order, with the
 * number of page-table leaves seen and the parts that could not be walked (a table outside the dump,
 * a reserved encoding), each as a fault whose message names the virtual addresses it hides.
 */
public record MappingScan(List<MappedRange> ranges, long leaves, List<Fault> skipped) {
    public MappingScan {
        ranges = List.copyOf(ranges);
        skipped = List.copyOf(skipped);
    }
}
