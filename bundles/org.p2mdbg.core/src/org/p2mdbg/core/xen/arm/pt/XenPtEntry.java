package org.p2mdbg.core.xen.arm.pt;

import org.p2mdbg.core.format.lpae.Lpae;
import org.p2mdbg.core.mem.Mfn;

/**
 * The stage-1 descriptors Xen builds for its own page tables, and Xen's lpae_is_table /
 * lpae_is_mapping, which (unlike {@link Lpae#isTable}) do not look at the valid bit.
 */
final class XenPtEntry {
    private XenPtEntry() {}

    private static final long SH_OUTER = 0x2;
    private static final long SH_INNER = 0x3;
    /** AP[1] ("up") is RES1 in the EL2 regime, so Xen always sets it; AP[2] is the RO bit. */
    private static final long AP_UP = 0x1;
    private static final long AP_RO = 0x2;

    /**
     * mfn_to_xen_entry: valid, not a table, AttrIndx = attr, NS, AP[1], AF, nG and XN set;
     * read-write, not contiguous, PXN clear; outer shareable for device and non-cacheable memory,
     * inner shareable otherwise.
     */
    static long mfnToXenEntry(Mfn mfn, int attr) {
        long e = Lpae.VALID.set(0L, 1);
        e = Lpae.ATTR_INDX.set(e, attr);
        e = Lpae.NS.set(e, 1);
        e = Lpae.AP.set(e, AP_UP);
        e = Lpae.AF.set(e, 1);
        e = Lpae.NG.set(e, 1);
        e = Lpae.XN.set(e, 1);
        boolean outer = attr == XenPtFlags.MT_NORMAL_NC || attr == XenPtFlags.MT_DEVICE_nGnRnE
                || attr == XenPtFlags.MT_DEVICE_nGnRE;
        e = Lpae.SH.set(e, outer ? SH_OUTER : SH_INNER);
        return Lpae.withMfn(e, mfn);
    }

    /** create_xen_table's link to a new table: a normal-memory entry with the table bit. */
    static long tableEntry(Mfn table) { return withTableBit(mfnToXenEntry(table, XenPtFlags.MT_NORMAL), true); }

    static long withTableBit(long e, boolean table) { return Lpae.TABLE.set(e, table ? 1 : 0); }

    /** pte.pt.ro / pte.pt.xn taken from the flags, AP[1] kept. */
    static long withPermissions(long e, int flags) {
        long ap = (Lpae.AP.get(e) & AP_UP) | (XenPtFlags.isReadOnly(flags) ? AP_RO : 0);
        e = Lpae.AP.set(e, ap);
        return Lpae.XN.set(e, XenPtFlags.isExecuteNever(flags) ? 1 : 0);
    }

    static long withContiguous(long e, boolean contiguous) { return Lpae.CONTIG.set(e, contiguous ? 1 : 0); }

    static boolean isContiguous(long e) { return Lpae.CONTIG.get(e) != 0; }

    /** Xen's lpae_is_table: the table bit below level 3, whatever the valid bit says. */
    static boolean lpaeIsTable(long e, int level) { return level < 3 && Lpae.TABLE.get(e) != 0; }

    /** Xen's lpae_is_mapping: at level 3 the table (page) bit is set, above it is clear; valid ignored. */
    static boolean lpaeIsMapping(long e, int level) {
        boolean tableBit = Lpae.TABLE.get(e) != 0;
        return level == 3 ? tableBit : !tableBit;
    }
}
