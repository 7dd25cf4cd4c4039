package org.p2mdbg.core.dump;

import java.util.List;
import java.util.Optional;

import org.p2mdbg.core.mem.Va;

/**
 * Every mapping of an address space, merged into ranges in ascending virtual-address order, with the
 * number of page-table leaves seen and the parts that could not be walked (a table outside the dump,
 * a reserved encoding), each as a fault whose message names the virtual addresses it hides. A
 * cancelled scan keeps what it found: {@code cancelledAt} is the first virtual address it did not walk
 * (every range below it is complete), empty when the scan ran to the end.
 */
public record MappingScan(List<MappedRange> ranges, long leaves, List<Fault> skipped, Optional<Va> cancelledAt) {
    public MappingScan {
        ranges = List.copyOf(ranges);
        skipped = List.copyOf(skipped);
    }

    public boolean cancelled() { return cancelledAt.isPresent(); }
}
