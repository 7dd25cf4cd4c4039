package org.p2mdbg.core.decode;

import java.util.List;

/**
 * The walk of one input address through one set of tables, in any format, ready to draw: every
 * table read in order, then either the output (the address the input translates to and the size of
 * the page or block that maps it) or the reason the walk stopped.
 *
 * @param title what was walked, e.g. "guest IPA 0x80000000 (p2m)"
 * @param output the translated address, or -1 when the walk faulted
 * @param size the bytes the final entry covers (of the hole, when faulted)
 * @param outcome the output or the fault in words
 */
public record DecodedWalk(String title, DescriptorFormat format, AddressSpaceKind space, List<DecodedLevel> levels, long output, long size,
        String outcome) {
    public DecodedWalk {
        levels = List.copyOf(levels);
    }

    public boolean isMapped() { return output >= 0; }

    /** The last entry read: the mapping, or the entry where the walk stopped (null when no table was read). */
    public DecodedLevel last() { return levels.isEmpty() ? null : levels.get(levels.size() - 1); }

    /** The level whose entry lies at a physical address, or null: where another walk's output lands in this one. */
    public DecodedLevel levelWithEntryAt(long address) {
        for (DecodedLevel l : levels) {
            if (l.entryAddress() == address) {
                return l;
            }
        }
        return null;
    }
}
