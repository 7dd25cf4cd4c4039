package org.p2mdbg.core.dump;

import org.p2mdbg.core.mem.Pa;

/**
 * The one port through which a walk of a dumped guest reads its physical memory (the dump's
 * {@link GuestMemory}, or any other image of it). Reading never changes anything.
 */
public interface PhysicalMemory {
    /** The 64-bit value at a physical address, in the guest's byte order. */
    long readLong(Pa address);

    /** Entry {@code index} of the table of 8-byte descriptors at {@code table}. */
    default long descriptor(Pa table, int index) { return readLong(new Pa(table.value() + 8L * index)); }

    /** The first {@code entries} descriptors of a table, into {@code into}: what enumerating walks read. */
    default void readTable(Pa table, long[] into, int entries) {
        for (int i = 0; i < entries; i++) {
            into[i] = descriptor(table, i);
        }
    }
}
