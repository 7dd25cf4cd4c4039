package org.p2mdbg.core.dump;

import java.util.List;
import java.util.OptionalLong;

import org.p2mdbg.core.format.aarch64.Granule;
import org.p2mdbg.core.format.aarch64.Stage1DescriptorType;
import org.p2mdbg.core.format.aarch64.Stage1Layout;
import org.p2mdbg.core.format.lpae.DecodedField;
import org.p2mdbg.core.format.lpae.Lpae;
import org.p2mdbg.core.mem.Hex;
import org.p2mdbg.core.mem.Pa;

/**
 * The VMSAv8-64 stage-1 walk of the EL1&0 regime for one of its two halves (TTBR0_EL1 or
 * TTBR1_EL1), as a {@link PagingFormat}: its own granule and TxSZ, so its own start level
 * (AArch64.S1StartLevel: 3 - ((inputsize - 1 - granulebits) / stride)), with 52-bit addresses
 * through FEAT_LPA2 (TCR_EL1.DS) or the 64 KiB granule, and the hierarchical limits of APTable,
 * UXNTable and PXNTable unless TCR_EL1.HPDn disables them. SCTLR_EL1.WXN and PAN are not modelled.
 */
public final class Aarch64Paging implements PagingFormat {
    private static final long NO_EL0 = 1;
    private static final long READ_ONLY = 2;
    private static final long UXN = 4;
    private static final long PXN = 8;

    private final Stage1Layout layout;
    private final boolean hierarchical;
    private final boolean hardwareDirty;
    private final int tcrShareability;

    private Aarch64Paging(Stage1Layout layout, boolean hierarchical, boolean hardwareDirty, int tcrShareability) {
        this.layout = layout;
        this.hierarchical = hierarchical;
        this.hardwareDirty = hardwareDirty;
        this.tcrShareability = tcrShareability;
    }

    /** Both halves of the EL1&0 address space; an invalid TCR_EL1 setting is an IllegalArgumentException. */
    public static AddressSpace addressSpace(PhysicalMemory memory, Aarch64Registers regs) {
        PagingRegion lower = region(regs, 0, regs.ttbr0(), Granule.fromTg0(regs.tg0()), regs.t0sz(), regs.epd0(), regs.tbi0(), regs.hpd0(),
                regs.sh0());
        PagingRegion upper = region(regs, 1, regs.ttbr1(), Granule.fromTg1(regs.tg1()), regs.t1sz(), regs.epd1(), regs.tbi1(), regs.hpd1(),
                regs.sh1());
        return new AddressSpace("AArch64 stage 1, " + describe(lower) + "; " + describe(upper) + "; " + regs.describe(), List.of(lower, upper),
                memory);
    }

    private static PagingRegion region(Aarch64Registers regs, int n, OptionalLong ttbr, Granule granule, int txsz, boolean epd, boolean tbi,
            boolean hpd, int sh) {
        String name = "TTBR" + n + "_EL1";
        boolean ds = regs.ds() && granule != Granule.K64;
        int inputBits = 64 - txsz;
        int maxBits = ds || granule == Granule.K64 ? 52 : 48;
        if (inputBits > maxBits) {
            throw new IllegalArgumentException("TCR_EL1.T" + n + "SZ = " + txsz + " gives " + inputBits + "-bit addresses; with the "
                    + granule.label() + " granule" + (granule == Granule.K64 ? "" : " and DS = " + (ds ? 1 : 0)) + " at most " + maxBits);
        }
        if (inputBits < 16) {
            throw new IllegalArgumentException("TCR_EL1.T" + n + "SZ = " + txsz + " leaves fewer than 16 address bits");
        }
        Stage1Layout layout = new Stage1Layout(granule, ds, regs.outputBits());
        Aarch64Paging format = new Aarch64Paging(layout, !hpd, regs.hd(), sh);
        int startLevel = 3 - (inputBits - 1 - granule.bits()) / granule.stride();
        String disabled = epd ? "TCR_EL1.EPD" + n + " = 1: walks of " + name + " are disabled"
                : ttbr.isEmpty() ? "no " + name + " value given" : "";
        long root = ttbr.isPresent() ? rootTable(ttbr.getAsLong(), inputBits, layout, startLevel) : 0;
        return new PagingRegion(name, format, new Pa(root), startLevel, inputBits, n == 0 ? VaLayout.LOWER : VaLayout.UPPER, tbi, disabled);
    }

    /**
     * The root table address (AArch64.TTBaseAddress): BADDR aligned down to the size of the root table,
     * at least 64 bytes with 52-bit addresses, where TTBR[5:2] carries BADDR[51:48].
     */
    static long rootTable(long ttbr, int inputBits, Stage1Layout layout, int startLevel) {
        int tableBits = inputBits - layout.levelShift(startLevel) + 3;
        long base = ttbr & 0x0000_ffff_ffff_fffeL;
        boolean pa52 = layout.outputBits() == 52 && (layout.ds() || layout.granule() == Granule.K64);
        if (pa52) {
            tableBits = Math.max(tableBits, 6);
            base |= ((ttbr >>> 2) & 0xf) << 48;
        }
        return base & -(1L << tableBits);
    }

    private static String describe(PagingRegion r) {
        Aarch64Paging f = (Aarch64Paging) r.format();
        return r.name() + (r.enabled() ? " root " + r.root() : " off") + " (" + f.layout.granule().label() + " granule, " + r.inputBits()
                + "-bit VA, start level " + r.rootLevel() + (r.tbi() ? ", TBI" : "") + (f.layout.ds() ? ", DS" : "") + ")";
    }

    @Override public int childLevel(int level) { return level + 1; }

    @Override public int indexShift(int level) { return layout.levelShift(level); }

    @Override public DescriptorKind kind(long d, int level) {
        Stage1DescriptorType t = layout.type(d, level);
        return switch (t) {
            case INVALID -> DescriptorKind.INVALID;
            case RESERVED -> DescriptorKind.RESERVED;
            case TABLE -> fits(tableAddress(d, level)) ? DescriptorKind.TABLE : DescriptorKind.ADDRESS_SIZE;
            case BLOCK, PAGE -> fits(outputAddress(d, level)) ? DescriptorKind.LEAF : DescriptorKind.ADDRESS_SIZE;
        };
    }

    private boolean fits(long pa) { return (pa >>> layout.outputBits()) == 0; }

    @Override public long tableAddress(long d, int level) { return layout.tableAddress(d).value(); }

    @Override public long outputAddress(long d, int level) { return layout.outputAddress(d, level).value(); }

    @Override public long initialLimits() { return 0; }

    @Override public long limitsBelow(long limits, long d) {
        if (!hierarchical) {
            return limits;
        }
        long apTable = Lpae.AP_TABLE.get(d);
        return limits | ((apTable & 1) != 0 ? NO_EL0 : 0) | ((apTable & 2) != 0 ? READ_ONLY : 0)
                | (Stage1Layout.UXN_TABLE.get(d) == 1 ? UXN : 0) | (Lpae.PXN_TABLE.get(d) == 1 ? PXN : 0);
    }

    /** Bits: 0 EL1 write, 1 EL1 execute, 2 EL0 read, 3 EL0 write, 4 EL0 execute, 5..7 AttrIndx, 8..9 SH, 10 AF, 11 nG. */
    @Override public long attributeKey(long d, int level, long limits) {
        long ap = Lpae.AP.get(d);
        boolean writableClean = hardwareDirty && Stage1Layout.DBM.get(d) == 1;
        boolean readOnly = ((ap & 2) != 0 && !writableClean) || (limits & READ_ONLY) != 0;
        boolean el0 = (ap & 1) != 0 && (limits & NO_EL0) == 0;
        boolean el0Write = el0 && !readOnly;
        boolean uxn = Stage1Layout.UXN.get(d) == 1 || (limits & UXN) != 0;
        boolean pxn = Lpae.PXN.get(d) == 1 || (limits & PXN) != 0 || el0Write;
        long sh = layout.shareabilityInDescriptor() ? Lpae.SH.get(d) : tcrShareability;
        return (readOnly ? 0 : 1) | (pxn ? 0 : 2) | (el0 ? 4 : 0) | (el0Write ? 8 : 0) | (uxn ? 0 : 16) | Lpae.ATTR_INDX.get(d) << 5
                | sh << 8 | Lpae.AF.get(d) << 10 | Lpae.NG.get(d) << 11;
    }

    @Override public PageAttributes attributes(long k) {
        return new Aarch64PageAttributes((k & 1) != 0, (k & 2) != 0, (k & 4) != 0, (k & 8) != 0, (k & 16) != 0, (int) (k >> 5) & 7,
                (int) (k >> 8) & 3, (k & 1024) != 0, (k & 2048) != 0);
    }

    @Override public String describe(long d, int level) { return layout.describe(d, level); }

    @Override public List<DecodedField> decode(long d, int level) { return layout.decode(d, level); }

    @Override public String faultReason(long d, int level) {
        if (layout.type(d, level) == Stage1DescriptorType.RESERVED) {
            return "translation fault: " + layout.describe(d, level);
        }
        long a = layout.type(d, level) == Stage1DescriptorType.TABLE ? tableAddress(d, level) : outputAddress(d, level);
        return "address size fault: " + Hex.of(a) + " is beyond the " + layout.outputBits() + "-bit physical address size (TCR_EL1.IPS)";
    }

    @Override public String levelName(int level) { return "level " + level; }
}
