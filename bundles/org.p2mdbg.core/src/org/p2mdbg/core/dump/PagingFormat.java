package org.p2mdbg.core.dump;

import java.util.List;

import org.p2mdbg.core.format.lpae.DecodedField;

/**
 * How one architecture's page-table entries are read, level by level: the one stepper that both the
 * single-address walk and the enumeration of every mapping use ({@link AddressSpace}). Addresses are
 * raw here because this is the inner loop; {@link AddressSpace} gives them their types.
 */
public interface PagingFormat {
    /** The level of the tables an entry of a {@code level} table points at. */
    int childLevel(int level);

    /** The lowest virtual-address bit a {@code level} entry resolves; the entry maps 2^shift bytes. */
    int indexShift(int level);

    DescriptorKind kind(long descriptor, int level);

    /** The physical address of the next table ({@link DescriptorKind#TABLE} only). */
    long tableAddress(long descriptor, int level);

    /** The physical base of the page or block ({@link DescriptorKind#LEAF} only). */
    long outputAddress(long descriptor, int level);

    /** The access limits above the root: none. */
    long initialLimits();

    /** The limits a table entry passes down (x86 R/W, U/S, XD; Arm APTable, UXNTable, PXNTable). */
    long limitsBelow(long limits, long tableDescriptor);

    /**
     * The effective attributes of a leaf under the limits of its path, packed so that equal keys mean
     * equal {@link #attributes(long)}; merging compares keys, not objects.
     */
    long attributeKey(long leaf, int level, long limits);

    PageAttributes attributes(long attributeKey);

    /** The kind of entry in the architecture's words ("2 MiB page", "table", "not present"). */
    String describe(long descriptor, int level);

    List<DecodedField> decode(long descriptor, int level);

    /** Why a {@link DescriptorKind#RESERVED} or {@link DescriptorKind#ADDRESS_SIZE} entry faults. */
    String faultReason(long descriptor, int level);

    /** The name of a level's tables (PML4, PDPT...; "level 1"...). */
    String levelName(int level);
}
