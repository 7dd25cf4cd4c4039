package org.p2mdbg.core.xen.arm;

import org.p2mdbg.core.format.lpae.Lpae;
import org.p2mdbg.core.mem.Mfn;

/**
 * Xen 4.8's lpae_p2m_t view of a stage-2 descriptor: valid [0], table [1], mattr [5:2], read [6],
 * write [7], sh [9:8], af [10], base [47:12], xn [54], type [58:55]. Built the way
 * mfn_to_p2m_entry builds it, so table descriptors carry the same attribute bits as Xen's.
 */
public final class P2mPte {
    private P2mPte() {}

    static final long MATTR_DEV = 0x1;
    static final long MATTR_MEM_NC = 0x5;
    static final long MATTR_MEM = 0xf;
    static final long SH_OUTER = 0x2;
    static final long SH_INNER = 0x3;

    private static final long TABLE_BIT = 1L << 1;
    private static final long READ = 1L << 6;
    private static final long WRITE = 1L << 7;
    private static final long XN = 1L << 54;
    /** P2M_PERM_MASK: xn, write, read. */
    private static final long PERM_MASK = 0x00400000000000C0L;

    /** mfn_to_p2m_entry(mfn, t, p2m_access_rwx): the attributes and permissions of the type. */
    public static long fromMfn(Mfn mfn, P2mType t) { return fromMfn(mfn.value(), t); }

    /** What mfn_to_p2m_entry makes of each type, before the MFN goes in: it depends on the type alone. */
    private static final long[] ATTRIBUTES = new long[P2mType.values().length];

    static {
        for (P2mType t : P2mType.values()) {
            ATTRIBUTES[t.ordinal()] = attributes(t);
        }
    }

    /** {@link #fromMfn(Mfn, P2mType)} by raw MFN. */
    static long fromMfn(long mfn, P2mType t) { return Lpae.OUTPUT_ADDRESS.set(ATTRIBUTES[t.ordinal()], mfn); }

    private static long attributes(P2mType t) {
        long e = 1L | TABLE_BIT | READ | Lpae.AF.mask();
        e = Lpae.SOFTWARE.set(e, t.ordinal());
        long mattr;
        long sh;
        switch (t) {
            case MMIO_DIRECT_DEV -> { mattr = MATTR_DEV; sh = SH_OUTER; }
            case MMIO_DIRECT_C -> { mattr = MATTR_MEM; sh = SH_OUTER; }
            // Normal non-cacheable must be outer shareable (ARM DDI 0406C.b B3-1376)
            case MMIO_DIRECT_NC -> { mattr = MATTR_MEM_NC; sh = SH_OUTER; }
            default -> { mattr = MATTR_MEM; sh = SH_INNER; }
        }
        e = Lpae.S2_MEMATTR.set(e, mattr);
        e = Lpae.SH.set(e, sh);
        return withPermission(e, t);
    }

    /** p2m_set_permission for the type (access rwx adds no restriction). */
    private static long withPermission(long e, P2mType t) {
        boolean xn;
        boolean write;
        switch (t) {
            case RAM_RW -> { xn = false; write = true; }
            case RAM_RO -> { xn = false; write = false; }
            case IOMMU_MAP_RW, MAP_FOREIGN, GRANT_MAP_RW, MMIO_DIRECT_DEV, MMIO_DIRECT_NC, MMIO_DIRECT_C -> { xn = true; write = true; }
            default -> { xn = true; write = false; }
        }
        e = write ? e | WRITE : e & ~WRITE;
        return xn ? e | XN : e & ~XN;
    }

    /** p2m_valid. */
    public static boolean valid(long e) { return (e & 1L) != 0; }

    /** p2m_table: only meaningful at levels 0-2 (a level-3 page sets the table bit too). */
    public static boolean table(long e) { return valid(e) && (e & TABLE_BIT) != 0; }

    /** p2m_mapping: only meaningful at levels 0-2. */
    public static boolean mapping(long e) { return valid(e) && (e & TABLE_BIT) == 0; }

    /** p2m_is_superpage. */
    public static boolean isSuperpage(long e, int level) { return level < 3 && mapping(e); }

    public static Mfn base(long e) { return Lpae.mfn(e); }

    /** The base as a raw MFN. */
    static long baseMfn(long e) { return Lpae.OUTPUT_ADDRESS.get(e); }

    static long withBase(long e, Mfn mfn) { return Lpae.withMfn(e, mfn); }

    static long withTable(long e, boolean table) { return table ? e | TABLE_BIT : e & ~TABLE_BIT; }

    public static P2mType type(long e) { return P2mType.ofXenValue((int) Lpae.SOFTWARE.get(e)); }

    /** P2M_CLEAR_PERM: the descriptor without its permission bits. */
    static long clearPerm(long e) { return e & ~PERM_MASK; }
}
