package org.p2mdbg.model.live;

import java.util.List;

import org.p2mdbg.core.format.amdvi.AmdViPte;
import org.p2mdbg.core.format.lpae.DecodedField;
import org.p2mdbg.core.format.lpae.Lpae;
import org.p2mdbg.core.format.lpae.Stage;
import org.p2mdbg.core.format.vtd.VtdPte;
import org.p2mdbg.core.format.x86.X86Pte;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.model.DescriptorKind;

/**
 * The formats of the 512-entry tables the model shows, each with the core's own bit-by-bit decoder.
 * Levels are counted as each format's manual and Xen driver count them: LPAE from the root's level
 * down to 3 (the 4 KiB leaf); VT-d, AMD-Vi and x86-64 from the root's level down to 1.
 */
public enum DescriptorFormat {
    /** VMSAv8-64 stage 1 (Xen's own tables). */
    LPAE_STAGE1("LPAE stage 1") {
        @Override public List<DecodedField> decode(long raw, int level) { return Lpae.decode(raw, level, Stage.STAGE1); }
    },
    /** VMSAv8-64 stage 2 (a p2m). */
    LPAE_STAGE2("LPAE stage 2") {
        @Override public List<DecodedField> decode(long raw, int level) { return Lpae.decode(raw, level, Stage.STAGE2); }
    },
    /** Intel VT-d second-level paging entries. */
    VTD("VT-d second-level") {
        @Override public boolean isValid(long raw) { return VtdPte.isPresent(raw); }

        @Override public DescriptorKind kind(long raw, int level) {
            if (!VtdPte.isPresent(raw)) {
                return DescriptorKind.INVALID;
            }
            if (level == 1) {
                return DescriptorKind.PAGE;
            }
            if (VtdPte.isSuperpage(raw)) {
                return level <= 3 ? DescriptorKind.BLOCK : DescriptorKind.RESERVED;
            }
            return DescriptorKind.TABLE;
        }

        @Override public Mfn output(long raw) { return VtdPte.mfn(raw); }

        @Override public List<DecodedField> decode(long raw, int level) { return VtdPte.decode(raw, level); }
    },
    /** AMD-Vi I/O page table entries: a table entry names the level of the table it points at. */
    AMDVI("AMD-Vi I/O page table") {
        @Override public boolean isValid(long raw) { return AmdViPte.isPresent(raw); }

        @Override public DescriptorKind kind(long raw, int level) {
            if (!AmdViPte.isPresent(raw)) {
                return DescriptorKind.INVALID;
            }
            if (AmdViPte.isTable(raw)) {
                return AmdViPte.nextLevel(raw) < level ? DescriptorKind.TABLE : DescriptorKind.RESERVED;
            }
            return level == 1 ? DescriptorKind.PAGE : DescriptorKind.BLOCK;
        }

        @Override public int childLevel(long raw, int level) { return AmdViPte.nextLevel(raw); }

        @Override public Mfn output(long raw) { return AmdViPte.mfn(raw); }

        @Override public List<DecodedField> decode(long raw, int level) { return AmdViPte.decode(raw, level); }
    },
    /** x86-64 4-level paging (a PV guest's own tables). */
    X86_64("x86-64") {
        @Override public boolean isValid(long raw) { return X86Pte.isPresent(raw); }

        @Override public DescriptorKind kind(long raw, int level) {
            if (!X86Pte.isPresent(raw)) {
                return DescriptorKind.INVALID;
            }
            if (level == 1) {
                return DescriptorKind.PAGE;
            }
            if (X86Pte.isTable(raw, level)) {
                return DescriptorKind.TABLE;
            }
            return X86Pte.isLarge(raw, level) ? DescriptorKind.BLOCK : DescriptorKind.RESERVED;
        }

        @Override public Mfn output(long raw) { return X86Pte.mfn(raw); }

        @Override public List<DecodedField> decode(long raw, int level) { return X86Pte.decode(raw, level); }
    };

    /** Entries of every table of every format: one 4 KiB page of 64-bit entries. */
    public static final int ENTRIES = 512;

    private final String title;

    DescriptorFormat(String title) { this.title = title; }

    /** The format's name as its manual gives it. */
    public String title() { return title; }

    /** The LPAE format of a stage. */
    public static DescriptorFormat lpae(Stage stage) { return stage == Stage.STAGE1 ? LPAE_STAGE1 : LPAE_STAGE2; }

    /** True when the LPAE levels count down (a root above its leaves): every format but LPAE. */
    public boolean countsDown() { return this != LPAE_STAGE1 && this != LPAE_STAGE2; }

    public boolean isValid(long raw) { return Lpae.isValid(raw); }

    /**
     * What an LPAE descriptor is at a level, in the words of the architecture manual: bits[1:0] = 11
     * is a table at levels 0-2 and a page at level 3; 01 is a block at levels 1-2, while a level-0
     * block (4 KiB granule) and 01 at level 3 are reserved, which a walk treats as a fault.
     */
    public DescriptorKind kind(long raw, int level) {
        if (!Lpae.isValid(raw)) {
            return DescriptorKind.INVALID;
        }
        if (Lpae.isTable(raw, level)) {
            return DescriptorKind.TABLE;
        }
        if (level == 3) {
            return Lpae.isMapping(raw, 3) ? DescriptorKind.PAGE : DescriptorKind.RESERVED;
        }
        return level == 0 ? DescriptorKind.RESERVED : DescriptorKind.BLOCK;
    }

    /** The frame a valid entry points at: the next table, or the first frame it maps. */
    public Mfn output(long raw) { return Lpae.mfn(raw); }

    /** The level of the table a table entry at {@code level} points at. */
    public int childLevel(long raw, int level) { return countsDown() ? level - 1 : level + 1; }

    /** How many bytes of input one entry of a level covers (4 KiB at the leaf level, 512 times more a level up). */
    public long entrySpan(int level) {
        int order = countsDown() ? 9 * (level - 1) : Lpae.levelOrder(level);
        return 1L << (order + Mfn.PAGE_SHIFT);
    }

    /** Every bit field of an entry at a level, decoded by the core's format decoder. */
    public abstract List<DecodedField> decode(long raw, int level);
}
