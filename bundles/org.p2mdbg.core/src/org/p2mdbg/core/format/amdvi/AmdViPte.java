package org.p2mdbg.core.format.amdvi;

import java.util.ArrayList;
import java.util.List;

import org.p2mdbg.core.format.lpae.BitField;
import org.p2mdbg.core.format.lpae.DecodedField;
import org.p2mdbg.core.mem.Mfn;

/**
 * AMD-Vi I/O page table entries (AMD I/O Virtualization Technology specification, "I/O Page
 * Tables"), as raw 64-bit values; the bit positions are those of Xen's IOMMU_PDE_* / IOMMU_PTE_*
 * masks, which split the entry into two 32-bit words. Levels count as Xen's paging_mode does: 1 is
 * the table of 4 KiB entries, the root sits at the domain's paging mode (1..6). Next Level 0 marks
 * a page entry (PTE), 1..6 the level of the table the entry points to, 7 a page whose size the
 * address encodes.
 */
public final class AmdViPte {
    private AmdViPte() {}

    public static final int ENTRIES = 512;
    public static final int MAX_PAGING_MODE = 6;

    public static final BitField PR = new BitField("PR", 0, 0, "present");
    public static final BitField A = new BitField("A", 5, 5, "accessed");
    public static final BitField D = new BitField("D", 6, 6, "dirty (page entries)");
    public static final BitField NEXT_LEVEL = new BitField("NextLevel", 11, 9, "0 page, 1-6 next table level, 7 page of encoded size");
    public static final BitField ADDR = new BitField("Address", 51, 12, "page or next table address");
    public static final BitField U = new BitField("U", 59, 59, "untranslated access only (page entries)");
    public static final BitField FC = new BitField("FC", 60, 60, "force coherent (page entries)");
    public static final BitField IR = new BitField("IR", 61, 61, "DMA read permission");
    public static final BitField IW = new BitField("IW", 62, 62, "DMA write permission");

    /** iommu_is_pte_present. */
    public static boolean isPresent(long e) { return PR.get(e) != 0; }

    /** iommu_next_level. */
    public static int nextLevel(long e) { return (int) NEXT_LEVEL.get(e); }

    /** amd_iommu_get_address_from_pte, as a frame. */
    public static Mfn mfn(long e) { return new Mfn(ADDR.get(e)); }

    /** True for a present entry that points to a lower table (Next Level 1..6). */
    public static boolean isTable(long e) {
        int n = nextLevel(e);
        return isPresent(e) && n >= 1 && n <= MAX_PAGING_MODE;
    }

    /**
     * set_iommu_pde_present: the address, Next Level, IW and IR, present, and FC when the entry is a
     * page (next level 0).
     */
    public static long entry(Mfn next, int nextLevel, boolean writable, boolean readable) {
        long e = ADDR.set(0, next.value());
        e = NEXT_LEVEL.set(e, nextLevel);
        if (writable) {
            e |= IW.mask();
        }
        if (readable) {
            e |= IR.mask();
        }
        if (nextLevel == 0) {
            e |= FC.mask();
        }
        return e | PR.mask();
    }

    /** pfn_to_pde_idx: which entry of a level's table a device frame number selects. */
    public static int offset(long dfn, int level) { return (int) ((dfn >>> (9 * (level - 1))) & (ENTRIES - 1)); }

    /** What an entry is, in the words of the specification. */
    public static String describe(long e, int level) {
        if (!isPresent(e)) {
            return "not present";
        }
        int n = nextLevel(e);
        if (n == 0) {
            return level == 1 ? "4 KiB page" : "page of level-" + level + " size";
        }
        if (n == 7) {
            return "page, size encoded in the address";
        }
        return n < level ? "level-" + n + " table" : "level-" + n + " table (not below level " + level + ": invalid)";
    }

    /** Every field of an entry at a level, decoded. */
    public static List<DecodedField> decode(long e, int level) {
        List<DecodedField> out = new ArrayList<>();
        boolean page = nextLevel(e) == 0 || nextLevel(e) == 7;
        out.add(field(PR, e, isPresent(e) ? "present" : "not present"));
        out.add(field(A, e, A.get(e) == 1 ? "accessed" : "not accessed"));
        if (page) {
            out.add(field(D, e, D.get(e) == 1 ? "dirty" : "clean"));
        }
        out.add(field(NEXT_LEVEL, e, describe(e, level)));
        out.add(field(ADDR, e, (page ? "page at MFN " : "table at MFN ") + mfn(e)));
        if (page) {
            out.add(field(U, e, U.get(e) == 1 ? "untranslated only" : "cacheable translation"));
            out.add(field(FC, e, FC.get(e) == 1 ? "coherent" : "as requested"));
        }
        out.add(field(IR, e, IR.get(e) == 1 ? "readable" : "not readable"));
        out.add(field(IW, e, IW.get(e) == 1 ? "writable" : "not writable"));
        return out;
    }

    private static DecodedField field(BitField f, long e, String meaning) { return new DecodedField(f, f.get(e), meaning); }
}
