package org.p2mdbg.core.xen.arm;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Xen 4.8's p2m_type_t (asm-arm/p2m.h). The ordinal is the value Xen stores in the software bits
 * [58:55] of a p2m entry, so the order of the constants must not change.
 */
public enum P2mType {
    INVALID, RAM_RW, RAM_RO, MMIO_DIRECT_DEV, MMIO_DIRECT_NC, MMIO_DIRECT_C, MAP_FOREIGN,
    GRANT_MAP_RW, GRANT_MAP_RO, IOMMU_MAP_RW, IOMMU_MAP_RO;

    private static final P2mType[] VALUES = values();

    /** The scenario spelling, Xen's name without the p2m_ prefix ("ram_rw", "map_foreign"). */
    public String scenarioName() { return name().toLowerCase(Locale.ROOT); }

    /** The type stored in an entry's software bits; values Xen never stores decode as INVALID. */
    public static P2mType ofXenValue(int value) { return value < VALUES.length ? VALUES[value] : INVALID; }

    /** p2m_is_ram. */
    public boolean isRam() { return this == RAM_RW || this == RAM_RO; }

    /** p2m_is_foreign: the only type whose level-3 entries hold a page reference. */
    public boolean isForeign() { return this == MAP_FOREIGN; }

    /** p2m_is_any_ram: RAM, grant and foreign mappings (what get_page_from_gfn accepts). */
    public boolean isAnyRam() { return isRam() || this == GRANT_MAP_RW || this == GRANT_MAP_RO || isForeign(); }

    public static P2mType parse(String name) {
        for (P2mType t : VALUES) {
            if (t.scenarioName().equals(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown p2m type " + name + " (known: "
                + Arrays.stream(VALUES).map(P2mType::scenarioName).collect(Collectors.joining(", ")) + ")");
    }
}
