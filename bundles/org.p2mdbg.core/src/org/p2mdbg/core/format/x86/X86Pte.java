package org.p2mdbg.core.format.x86;

import java.util.ArrayList;
import java.util.List;

import org.p2mdbg.core.format.lpae.BitField;
import org.p2mdbg.core.format.lpae.DecodedField;
import org.p2mdbg.core.mem.Mfn;

/**
 * x86-64 4-level paging entries (Intel SDM vol. 3A, "4-Level Paging"), as raw 64-bit values.
 * Levels count as Linux and Xen count them: 1 is the page table (PTE), 2 the page directory (PMD),
 * 3 the page-directory-pointer table (PUD), 4 the PML4 (PGD). Bit 7 is PS in a PDE or PDPTE and
 * PAT in a PTE; D and G only mean something in an entry that maps a page.
 */
public final class X86Pte {
    private X86Pte() {}

    public static final int ENTRIES = 512;

    public static final BitField P = new BitField("P", 0, 0, "present");
    public static final BitField RW = new BitField("RW", 1, 1, "writes allowed");
    public static final BitField US = new BitField("US", 2, 2, "user-mode accesses allowed");
    public static final BitField PWT = new BitField("PWT", 3, 3, "page-level write-through");
    public static final BitField PCD = new BitField("PCD", 4, 4, "page-level cache disable");
    public static final BitField A = new BitField("A", 5, 5, "accessed");
    public static final BitField D = new BitField("D", 6, 6, "dirty (entries that map a page)");
    public static final BitField PS = new BitField("PS", 7, 7, "page size (PDE: 2 MiB, PDPTE: 1 GiB)");
    public static final BitField PAT_4K = new BitField("PAT", 7, 7, "PAT index bit 2 (PTE)");
    public static final BitField G = new BitField("G", 8, 8, "global (entries that map a page)");
    public static final BitField AVL = new BitField("AVL", 11, 9, "available to software");
    public static final BitField PAT_LARGE = new BitField("PAT", 12, 12, "PAT index bit 2 (2 MiB / 1 GiB page)");
    public static final BitField ADDR = new BitField("ADDR", 51, 12, "physical address of the page or next table");
    public static final BitField NX = new BitField("NX", 63, 63, "execute disable");

    /** Linux's _PAGE_TABLE flags for a link to a lower table: present, RW, user, accessed, dirty. */
    public static final long PAGE_TABLE = 0x67L;
    /**
     * Linux's PAGE_KERNEL for a direct-map page in a Xen PV guest: present, RW, accessed, dirty, NX
     * (no G: xen_start_kernel removes _PAGE_GLOBAL from __supported_pte_mask).
     */
    public static final long PAGE_KERNEL = 0x8000000000000063L;
    /** PAGE_KERNEL_RO: PAGE_KERNEL without RW. */
    public static final long PAGE_KERNEL_RO = PAGE_KERNEL & ~0x2L;
    /** A user data page as an anonymous fault maps it (present, RW, user, accessed, dirty, NX). */
    public static final long PAGE_USER_RW = 0x8000000000000067L;

    public static boolean isPresent(long e) { return P.get(e) != 0; }

    public static boolean isWritable(long e) { return RW.get(e) != 0; }

    /** True for a present PDE or PDPTE with PS set (it maps a 2 MiB or 1 GiB page). */
    public static boolean isLarge(long e, int level) { return (level == 2 || level == 3) && isPresent(e) && PS.get(e) != 0; }

    /** True for a present entry that links a lower table. */
    public static boolean isTable(long e, int level) { return level > 1 && isPresent(e) && !isLarge(e, level); }

    public static Mfn mfn(long e) { return new Mfn(ADDR.get(e)); }

    /** An entry with an address and flags (pfn_pte / __pmd(... | _PAGE_TABLE)). */
    public static long entry(Mfn mfn, long flags) { return ADDR.set(flags & ~ADDR.mask(), mfn.value()); }

    /** pgd_index / pud_index / pmd_index / pte_index for a virtual frame number. */
    public static int offset(long vfn, int level) { return (int) ((vfn >>> (9 * (level - 1))) & (ENTRIES - 1)); }

    public static String describe(long e, int level) {
        if (!isPresent(e)) {
            return "not present";
        }
        if (level == 1) {
            return "4 KiB page";
        }
        if (isLarge(e, level)) {
            return level == 2 ? "2 MiB page" : "1 GiB page";
        }
        return "table";
    }

    /** Every field of an entry at a level (1 = PTE ... 4 = PML4E), decoded. */
    public static List<DecodedField> decode(long e, int level) {
        List<DecodedField> out = new ArrayList<>();
        boolean page = level == 1 || isLarge(e, level);
        out.add(field(P, e, isPresent(e) ? "present" : "not present"));
        out.add(field(RW, e, RW.get(e) == 1 ? "read/write" : "read-only"));
        out.add(field(US, e, US.get(e) == 1 ? "user" : "supervisor"));
        out.add(field(PWT, e, PWT.get(e) == 1 ? "write-through" : "write-back"));
        out.add(field(PCD, e, PCD.get(e) == 1 ? "cache disabled" : "cacheable"));
        out.add(field(A, e, A.get(e) == 1 ? "accessed" : "not accessed"));
        if (page) {
            out.add(field(D, e, D.get(e) == 1 ? "dirty" : "clean"));
        }
        if (level == 1) {
            out.add(field(PAT_4K, e, "PAT index bit 2 = " + PAT_4K.get(e)));
        } else {
            out.add(field(PS, e, level == 4 ? "reserved in a PML4E" : describe(e, level)));
        }
        if (page) {
            out.add(field(G, e, G.get(e) == 1 ? "global" : "not global"));
        }
        out.add(field(AVL, e, "0x" + Long.toHexString(AVL.get(e))));
        if (page && level > 1) {
            out.add(field(PAT_LARGE, e, "PAT index bit 2 = " + PAT_LARGE.get(e)));
        }
        out.add(field(ADDR, e, (page ? "page at MFN " : "table at MFN ") + mfn(e)));
        out.add(field(NX, e, NX.get(e) == 1 ? "not executable" : "executable"));
        return out;
    }

    private static DecodedField field(BitField f, long e, String meaning) { return new DecodedField(f, f.get(e), meaning); }
}
