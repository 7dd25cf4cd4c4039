package org.p2mdbg.core.dump;

import org.p2mdbg.core.mem.Pa;
import org.p2mdbg.core.mem.Va;

/**
 * One PT_LOAD program header: guest-physical memory from {@code start} for {@code memorySize} bytes,
 * of which the first {@code fileSize} are stored in the file at {@code fileOffset}. QEMU writes
 * {@code fileOffset} = -1 and {@code fileSize} = 0 for memory a filtered dump left out, and a
 * {@code memorySize} larger than {@code fileSize} where a block was clamped; those bytes are not in
 * the dump. {@code virtualAddress} is p_vaddr (equal to p_paddr unless the dump was taken with paging).
 */
public record LoadSegment(int index, long headerOffset, Pa start, Va virtualAddress, long fileOffset, long fileSize, long memorySize) {
    /** One past the last guest-physical byte the dump holds for this segment. */
    public long storedEnd() { return start.value() + fileSize; }
}
