package org.p2mdbg.core.x86pv;

/**
 * The type Xen gives a PV guest's page (PGT_* in xen/include/asm-x86/mm.h): a page-table level, or
 * writable (mapped writable somewhere, here: by the guest kernel's direct map). A page holds one
 * type at a time while its type count is non-zero, which is how Xen keeps page tables read-only.
 */
public enum PageType {
    NONE, L1, L2, L3, L4, WRITABLE;

    public boolean isPageTable() { return this == L1 || this == L2 || this == L3 || this == L4; }

    /** The level of a page-table type (1..4). */
    public int level() {
        if (!isPageTable()) {
            throw new IllegalStateException(this + " is not a page-table type");
        }
        return ordinal();
    }

    /** The page-table type of a level (1..4). */
    public static PageType ofLevel(int level) {
        if (level < 1 || level > 4) {
            throw new IllegalArgumentException("no page-table level " + level);
        }
        return values()[level];
    }
}
