package org.p2mdbg.core.x86pv;

/**
 * A PV page's type word, kept in the frame store's type column: Xen's type, type count and
 * PGT_pinned, plus the guest kernel's own PG_pinned flag (Linux's PagePinned, what xen_page_pinned
 * tests), which the guest sets and clears around its pin and unpin hypercalls and which may disagree
 * with Xen's. Packed as type [2:0], Xen pinned [3], Linux pinned [4], count [63:8].
 */
public record PageTypeInfo(PageType type, long count, boolean xenPinned, boolean linuxPinned) {
    private static final PageType[] TYPES = PageType.values();

    public static final PageTypeInfo UNTYPED = new PageTypeInfo(PageType.NONE, 0, false, false);

    public PageTypeInfo {
        if (count < 0) {
            throw new IllegalArgumentException("negative type count");
        }
    }

    public long pack() {
        return type.ordinal() | (xenPinned ? 1L << 3 : 0) | (linuxPinned ? 1L << 4 : 0) | count << 8;
    }

    public static PageTypeInfo unpack(long word) {
        return new PageTypeInfo(TYPES[(int) (word & 7)], word >>> 8, (word & 1L << 3) != 0, (word & 1L << 4) != 0);
    }

    /** True while Xen holds the page as a validated page table (a page-table type with a count). */
    public boolean isValidatedTable() { return type.isPageTable() && count > 0; }

    /** True while the guest kernel's direct map maps the page writable. */
    public boolean mappedWritable() { return type == PageType.WRITABLE && count > 0; }

    public PageTypeInfo withType(PageType t, long c) { return new PageTypeInfo(t, c, xenPinned, linuxPinned); }

    public PageTypeInfo withCount(long c) { return new PageTypeInfo(type, c, xenPinned, linuxPinned); }

    public PageTypeInfo withXenPinned(boolean p) { return new PageTypeInfo(type, count, p, linuxPinned); }

    public PageTypeInfo withLinuxPinned(boolean p) { return new PageTypeInfo(type, count, xenPinned, p); }

    @Override public String toString() {
        return type + "x" + count + (xenPinned ? " pinned" : "") + (linuxPinned ? " PagePinned" : "");
    }
}
