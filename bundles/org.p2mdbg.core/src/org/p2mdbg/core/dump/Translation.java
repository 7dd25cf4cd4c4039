package org.p2mdbg.core.dump;

import java.util.List;

import org.p2mdbg.core.mem.Pa;
import org.p2mdbg.core.mem.Va;

/**
 * The full walk of one virtual address. When mapped, {@code pa} is the physical address, {@code page}
 * the base of the page or block and {@code pageSize} its size, and {@code attributes} the effective
 * permissions and memory attributes; {@code fault} is null. Otherwise those are null (size 0) and
 * {@code fault} says why. {@code region} names the root register (CR3, TTBR0_EL1, TTBR1_EL1).
 */
public record Translation(Va va, String region, List<TranslationStep> steps, Pa pa, Pa page, long pageSize, PageAttributes attributes,
        Fault fault) {
    public Translation {
        steps = List.copyOf(steps);
    }

    public boolean isMapped() { return fault == null; }
}
