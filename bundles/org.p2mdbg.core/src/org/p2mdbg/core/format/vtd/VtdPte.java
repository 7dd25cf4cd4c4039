package org.p2mdbg.core.format.vtd;

import java.util.ArrayList;
import java.util.List;

import org.p2mdbg.core.format.lpae.BitField;
import org.p2mdbg.core.format.lpae.DecodedField;
import org.p2mdbg.core.mem.Mfn;

/**
 * Intel VT-d second-level paging entries (VT-d specification, "Second-Level Paging Entries"), as
 * raw 64-bit values. Levels count as Xen's vtd/iommu.c counts them: 1 is the 4 KiB leaf table, 4
 * the root of a 48-bit (agaw 2) address space. Xen calls an entry present when R or W is set
 * (dma_pte_present), and its intermediate entries always carry R and W: the leaf decides.
 */
public final class VtdPte {
    private VtdPte() {}

    public static final int ENTRIES = 512;
    /** Levels of a 48-bit DMA address space: width_to_agaw(48) = 2, agaw_to_level(2) = 4. */
    public static final int LEVELS_48_BIT = 4;

    public static final BitField R = new BitField("R", 0, 0, "read permission");
    public static final BitField W = new BitField("W", 1, 1, "write permission");
    public static final BitField X = new BitField("X", 2, 2, "execute permission (requests with PASID only)");
    public static final BitField EMT = new BitField("EMT", 5, 3, "extended memory type (leaf; used when nested or ECAP.MTS)");
    public static final BitField IPAT = new BitField("IPAT", 6, 6, "ignore PAT (leaf)");
    public static final BitField PS = new BitField("PS", 7, 7, "page size: this entry maps a 2 MiB / 1 GiB page");
    public static final BitField SNP = new BitField("SNP", 11, 11, "snoop behaviour (leaf)");
    /** dma_pte_addr: PADDR_MASK & PAGE_MASK_4K on x86 (52-bit physical addresses). */
    public static final BitField ADDR = new BitField("ADDR", 51, 12, "host physical address of the page or next table");
    public static final BitField TM = new BitField("TM", 62, 62, "transient mapping (device-TLB hint, leaf)");

    /** dma_pte_present: Xen treats an entry with R or W as present. */
    public static boolean isPresent(long e) { return (e & 3L) != 0; }

    /** dma_pte_superpage. */
    public static boolean isSuperpage(long e) { return PS.get(e) != 0; }

    /** dma_pte_addr as a frame: the next table, or the mapped frame. */
    public static Mfn mfn(long e) { return new Mfn(ADDR.get(e)); }

    /**
     * An intermediate entry as addr_to_dma_page_maddr writes it: the next table's address, then R
     * and W ("high level table always sets r/w, last level page table control read/write").
     */
    public static long table(Mfn next) { return ADDR.set(0, next.value()) | R.mask() | W.mask(); }

    /** A leaf as intel_iommu_map_page builds it: address, R/W from the flags, SNP when snoop control is on. */
    public static long leaf(Mfn mfn, boolean readable, boolean writable, boolean snoop) {
        long e = ADDR.set(0, mfn.value());
        if (readable) {
            e |= R.mask();
        }
        if (writable) {
            e |= W.mask();
        }
        return snoop ? e | SNP.mask() : e;
    }

    /** address_level_offset: which entry of a level's table a DMA frame number selects. */
    public static int offset(long dfn, int level) { return (int) ((dfn >>> ((level - 1) * 9)) & (ENTRIES - 1)); }

    /** What an entry at this level is, in the words of the specification. */
    public static String describe(long e, int level) {
        if (!isPresent(e)) {
            return "not present";
        }
        if (level == 1) {
            return "4 KiB page";
        }
        if (isSuperpage(e)) {
            return level == 2 ? "2 MiB page" : level == 3 ? "1 GiB page" : "page size reserved at level " + level;
        }
        return "next-level table";
    }

    /** Every field of an entry at a level (1 = leaf), decoded. */
    public static List<DecodedField> decode(long e, int level) {
        List<DecodedField> out = new ArrayList<>();
        out.add(field(R, e, R.get(e) == 1 ? "readable" : "not readable"));
        out.add(field(W, e, W.get(e) == 1 ? "writable" : "not writable"));
        out.add(field(X, e, X.get(e) == 1 ? "executable" : "not executable"));
        boolean leaf = level == 1 || isSuperpage(e);
        if (leaf) {
            out.add(field(EMT, e, emt(EMT.get(e))));
            out.add(field(IPAT, e, IPAT.get(e) == 1 ? "PAT ignored" : "PAT applies"));
        }
        out.add(field(PS, e, level == 1 ? "ignored at level 1" : describe(e, level)));
        if (leaf) {
            out.add(field(SNP, e, SNP.get(e) == 1 ? "snooped" : "not snooped"));
        }
        out.add(field(ADDR, e, (leaf ? "page at MFN " : "table at MFN ") + mfn(e)));
        if (leaf) {
            out.add(field(TM, e, TM.get(e) == 1 ? "transient" : "not transient"));
        }
        return out;
    }

    private static DecodedField field(BitField f, long e, String meaning) { return new DecodedField(f, f.get(e), meaning); }

    private static String emt(long v) {
        return switch ((int) v) {
            case 0 -> "UC";
            case 1 -> "WC";
            case 4 -> "WT";
            case 5 -> "WP";
            case 6 -> "WB";
            default -> "reserved";
        };
    }
}
