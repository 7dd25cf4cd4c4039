package org.p2mdbg.model.live;

import java.util.List;

import org.p2mdbg.core.decode.AmdViFormat;
import org.p2mdbg.core.decode.LpaeFormat;
import org.p2mdbg.core.decode.VtdFormat;
import org.p2mdbg.core.decode.X86PteFormat;
import org.p2mdbg.core.format.amdvi.AmdViPte;
import org.p2mdbg.core.format.lpae.DecodedField;
import org.p2mdbg.core.format.lpae.Lpae;
import org.p2mdbg.core.format.lpae.Stage;
import org.p2mdbg.core.format.vtd.VtdPte;
import org.p2mdbg.core.format.x86.X86Pte;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.model.DescriptorKind;

/**
 * The formats of the 512-entry tables the model shows. Each reads its entries through the core's
 * format-neutral decoder ({@link #decoded()}), the one the inspector and the walk diagram use, so a
 * table in the model and a walk in a view never disagree on what an entry is. Levels are counted as
 * each format's manual and Xen driver count them: LPAE from the root's level down to 3 (the 4 KiB
 * leaf); VT-d, AMD-Vi and x86-64 from the root's level down to 1.
 */
public enum DescriptorFormat {
    /** VMSAv8-64 stage 1 (Xen's own tables). */
    LPAE_STAGE1("LPAE stage 1", LpaeFormat.STAGE1),
    /** VMSAv8-64 stage 2 (a p2m). */
    LPAE_STAGE2("LPAE stage 2", LpaeFormat.STAGE2),
    /** Intel VT-d second-level paging entries. */
    VTD("VT-d second-level", VtdFormat.INSTANCE) {
        @Override public boolean isValid(long raw) { return VtdPte.isPresent(raw); }

        @Override public Mfn output(long raw) { return VtdPte.mfn(raw); }
    },
    /** AMD-Vi I/O page table entries: a table entry names the level of the table it points at. */
    AMDVI("AMD-Vi I/O page table", AmdViFormat.INSTANCE) {
        @Override public boolean isValid(long raw) { return AmdViPte.isPresent(raw); }

        @Override public int childLevel(long raw, int level) { return AmdViPte.nextLevel(raw); }

        @Override public Mfn output(long raw) { return AmdViPte.mfn(raw); }
    },
    /** x86-64 4-level paging (a PV guest's own tables). */
    X86_64("x86-64", X86PteFormat.INSTANCE) {
        @Override public boolean isValid(long raw) { return X86Pte.isPresent(raw); }

        @Override public Mfn output(long raw) { return X86Pte.mfn(raw); }
    };

    /** Entries of every table of every format: one 4 KiB page of 64-bit entries. */
    public static final int ENTRIES = 512;

    private final String title;
    private final org.p2mdbg.core.decode.DescriptorFormat decoded;

    DescriptorFormat(String title, org.p2mdbg.core.decode.DescriptorFormat decoded) {
        this.title = title;
        this.decoded = decoded;
    }

    /** The format's name as its manual gives it. */
    public String title() { return title; }

    /** The core's format-neutral decoder of this format: level names, roles and fields, as the views draw them. */
    public org.p2mdbg.core.decode.DescriptorFormat decoded() { return decoded; }

    /** The LPAE format of a stage. */
    public static DescriptorFormat lpae(Stage stage) { return stage == Stage.STAGE1 ? LPAE_STAGE1 : LPAE_STAGE2; }

    /** True when the levels count down to 1 (a root above its leaves): every format but LPAE. */
    public boolean countsDown() { return this != LPAE_STAGE1 && this != LPAE_STAGE2; }

    public boolean isValid(long raw) { return Lpae.isValid(raw); }

    /** What an entry is at a level, as the core's decoder reads it (a reserved encoding is one a walk faults on). */
    public DescriptorKind kind(long raw, int level) {
        return switch (decoded.role(raw, level)) {
            case TABLE -> DescriptorKind.TABLE;
            case BLOCK -> DescriptorKind.BLOCK;
            case PAGE -> DescriptorKind.PAGE;
            case INVALID -> DescriptorKind.INVALID;
            case RESERVED -> DescriptorKind.RESERVED;
        };
    }

    /** The frame a valid entry points at: the next table, or the first frame it maps. */
    public Mfn output(long raw) { return Lpae.mfn(raw); }

    /** The level of the table a table entry at {@code level} points at. */
    public int childLevel(long raw, int level) { return countsDown() ? level - 1 : level + 1; }

    /** How many bytes of input one entry of a level covers (4 KiB at the leaf level, 512 times more a level up). */
    public long entrySpan(int level) { return 1L << decoded.entryShift(level); }

    /** Every bit field of an entry at a level, decoded by the core's format decoder. */
    public List<DecodedField> decode(long raw, int level) { return decoded.decode(raw, level); }
}
