package org.p2mdbg.core.dump;

import java.util.List;

import org.p2mdbg.core.format.lpae.DecodedField;
import org.p2mdbg.core.format.x86.X86Pte;

/**
 * x86-64 4-level and 5-level paging (Intel SDM 3A, 4.5) as a {@link PagingFormat}: 512-entry tables,
 * 9 address bits a level, 1 GiB pages in PDPTEs and 2 MiB pages in PDEs with PS = 1. R/W and U/S
 * are ANDed down the path and XD ORed (EFER.NXE is assumed on, as every x86-64 Linux sets it; QEMU's
 * note does not carry EFER). Reserved-bit faults are raised for PS in a PML4E/PML5E and for the low
 * reserved bits of large pages; MAXPHYADDR is taken as 52.
 */
public final class X86Paging implements PagingFormat {
    private static final long W = 1;
    private static final long U = 2;
    private static final long XD = 4;

    private final X86ControlRegisters cr;

    private X86Paging(X86ControlRegisters cr) { this.cr = cr; }

    /** The address space CR3 roots, under these control registers. */
    public static AddressSpace addressSpace(PhysicalMemory memory, X86ControlRegisters cr) {
        if (!cr.paging()) {
            throw new IllegalArgumentException("CR0.PG is 0 (CR0 " + Long.toHexString(cr.cr0()) + "): paging is off, virtual = physical");
        }
        if (!cr.pae()) {
            throw new IllegalArgumentException("CR4.PAE is 0 (CR4 " + Long.toHexString(cr.cr4()) + "): 32-bit paging, not x86-64 long mode");
        }
        X86Paging f = new X86Paging(cr);
        int levels = cr.la57() ? 5 : 4;
        PagingRegion region = new PagingRegion("CR3", f, cr.rootTable(), levels, cr.la57() ? 57 : 48, VaLayout.CANONICAL, false, "");
        return new AddressSpace("x86-64 " + cr.describe(), List.of(region), memory);
    }

    @Override public int childLevel(int level) { return level - 1; }

    @Override public int indexShift(int level) { return 12 + 9 * (level - 1); }

    @Override public DescriptorKind kind(long e, int level) {
        if (X86Pte.P.get(e) == 0) {
            return DescriptorKind.INVALID;
        }
        if (!X86PagingEntry.reservedViolation(e, level).isEmpty()) {
            return DescriptorKind.RESERVED;
        }
        return X86PagingEntry.mapsPage(e, level) ? DescriptorKind.LEAF : DescriptorKind.TABLE;
    }

    @Override public long tableAddress(long e, int level) { return e & X86PagingEntry.ADDR_TABLE.mask(); }

    @Override public long outputAddress(long e, int level) { return X86PagingEntry.pageAddress(e, level); }

    @Override public long initialLimits() { return W | U; }

    @Override public long limitsBelow(long limits, long e) {
        return limits & ((X86Pte.RW.get(e) == 1 ? W : 0) | (X86Pte.US.get(e) == 1 ? U : 0) | XD) | (X86Pte.NX.get(e) == 1 ? XD : 0);
    }

    /** Bits: 0 W, 1 U, 2 XD, 3 G, 4..6 PAT index, 8..11 protection key. */
    @Override public long attributeKey(long e, int level, long limits) {
        long below = limitsBelow(limits, e);
        return below | X86Pte.G.get(e) << 3 | (long) X86PagingEntry.patIndex(e, level) << 4 | X86PagingEntry.PKEY.get(e) << 8;
    }

    @Override public PageAttributes attributes(long key) {
        return new X86PageAttributes((key & W) != 0, (key & U) != 0, (key & XD) != 0, (key & 8) != 0, (int) (key >> 4) & 7,
                (int) (key >> 8) & 15);
    }

    @Override public String describe(long e, int level) { return X86PagingEntry.describe(e, level); }

    @Override public List<DecodedField> decode(long e, int level) { return X86PagingEntry.decode(e, level, cr); }

    @Override public String faultReason(long e, int level) { return X86PagingEntry.reservedViolation(e, level); }

    @Override public String levelName(int level) { return X86PagingEntry.tableName(level); }
}
