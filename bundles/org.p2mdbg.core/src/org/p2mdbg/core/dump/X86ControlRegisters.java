package org.p2mdbg.core.dump;

import org.p2mdbg.core.mem.Hex;
import org.p2mdbg.core.mem.Pa;

/**
 * The control registers an x86-64 walk depends on (Intel SDM 3A, 4.5): CR0.PG, CR3 (the
 * root table, plus PCID with CR4.PCIDE or PWT/PCD without), CR4.PAE, LA57 (5-level paging), PCIDE,
 * PKE and PKS (protection keys for user and supervisor pages).
 */
public record X86ControlRegisters(long cr0, long cr3, long cr4) {
    /** CR4 with only PAE set: what a 4-level long-mode walk needs when only CR3 is known. */
    public static final long CR4_PAE = 1L << 5;
    public static final long CR4_LA57 = 1L << 12;
    public static final long CR4_PCIDE = 1L << 17;
    public static final long CR4_PKE = 1L << 22;
    public static final long CR4_PKS = 1L << 24;
    /** CR0 with PG, WP and PE: a paging kernel. */
    public static final long CR0_PG_WP_PE = (1L << 31) | (1L << 16) | 1L;
    /** CR3 bits [51:12]: the physical address of the PML4 (PML5 with LA57). */
    static final long CR3_ADDRESS = 0x000f_ffff_ffff_f000L;

    public boolean paging() { return (cr0 & (1L << 31)) != 0; }

    public boolean pae() { return (cr4 & CR4_PAE) != 0; }

    public boolean la57() { return (cr4 & CR4_LA57) != 0; }

    public boolean pcide() { return (cr4 & CR4_PCIDE) != 0; }

    public boolean pke() { return (cr4 & CR4_PKE) != 0; }

    public boolean pks() { return (cr4 & CR4_PKS) != 0; }

    public Pa rootTable() { return new Pa(cr3 & CR3_ADDRESS); }

    /** CR3[11:0] when CR4.PCIDE = 1; 0 otherwise (those bits are then PWT [3] and PCD [4]). */
    public int pcid() { return pcide() ? (int) (cr3 & 0xfff) : 0; }

    public String describe() {
        return (la57() ? "5" : "4") + "-level paging, CR3 " + Hex.of(cr3) + " (root " + rootTable()
                + (pcide() ? ", PCID " + Hex.of(pcid()) : "") + "), CR4 " + Hex.of(cr4) + (pke() ? " PKE" : "") + (pks() ? " PKS" : "");
    }
}
