package org.p2mdbg.core.format.lpae;

import java.util.ArrayList;
import java.util.List;

import org.p2mdbg.core.mem.Mfn;

/**
 * VMSAv8-64 (LPAE) descriptors with a 4 KiB granule, as raw 64-bit values. The predicates follow
 * Xen's lpae_is_valid / lpae_is_table / lpae_is_mapping / lpae_is_superpage: bit[1] means "table"
 * at levels 0-2 and "page" at level 3.
 */
public final class Lpae {
    private Lpae() {}

    public static final int ENTRIES = 512;
    public static final int LEVEL_SHIFT = 9;
    /** Orders of the mapping each level's entry covers: level 0 = 512 GiB ... level 3 = 4 KiB. */
    private static final int[] LEVEL_ORDERS = {27, 18, 9, 0};

    public static final BitField VALID = new BitField("valid", 0, 0, "descriptor is valid");
    public static final BitField TABLE = new BitField("table", 1, 1, "table (levels 0-2) / page (level 3)");
    public static final BitField OUTPUT_ADDRESS = new BitField("OA", 47, 12, "output address [47:12]");
    public static final BitField CONTIG = new BitField("Contiguous", 52, 52, "one of 16 adjacent entries");
    public static final BitField SOFTWARE = new BitField("SW", 58, 55, "software bits (Xen: p2m type)");

    // stage 2 lower and upper attributes
    public static final BitField S2_MEMATTR = new BitField("MemAttr", 5, 2, "stage-2 memory attributes");
    public static final BitField S2AP = new BitField("S2AP", 7, 6, "stage-2 access permissions (bit 6 read, bit 7 write)");
    public static final BitField SH = new BitField("SH", 9, 8, "shareability");
    public static final BitField AF = new BitField("AF", 10, 10, "access flag");
    public static final BitField S2_XN = new BitField("XN", 54, 53, "stage-2 execute never");

    // stage 1 lower and upper attributes
    public static final BitField ATTR_INDX = new BitField("AttrIndx", 4, 2, "index into MAIR");
    public static final BitField NS = new BitField("NS", 5, 5, "non-secure");
    public static final BitField AP = new BitField("AP", 7, 6, "access permissions (AP[2] read-only, AP[1] EL0)");
    public static final BitField NG = new BitField("nG", 11, 11, "not global (ASID-tagged)");
    public static final BitField PXN = new BitField("PXN", 53, 53, "privileged execute never");
    public static final BitField XN = new BitField("XN", 54, 54, "execute never (UXN)");

    // stage 1 table descriptor attributes
    public static final BitField PXN_TABLE = new BitField("PXNTable", 59, 59, "PXN for the subsequent levels");
    public static final BitField XN_TABLE = new BitField("XNTable", 60, 60, "XN for the subsequent levels");
    public static final BitField AP_TABLE = new BitField("APTable", 62, 61, "AP limit for the subsequent levels");
    public static final BitField NS_TABLE = new BitField("NSTable", 63, 63, "NS for the subsequent levels");

    public static boolean isValid(long d) { return (d & 1L) != 0; }

    public static boolean isTable(long d, int level) { return level < 3 && (d & 3L) == 3L; }

    public static boolean isMapping(long d, int level) {
        return level == 3 ? (d & 3L) == 3L : (d & 3L) == 1L;
    }

    public static boolean isSuperpage(long d, int level) { return level < 3 && (d & 3L) == 1L; }

    public static Mfn mfn(long d) { return new Mfn(OUTPUT_ADDRESS.get(d)); }

    public static long withMfn(long d, Mfn mfn) { return OUTPUT_ADDRESS.set(d, mfn.value()); }

    /** The order (log2 of 4 KiB frames) of what one entry at this level maps. */
    public static int levelOrder(int level) { return LEVEL_ORDERS[level]; }

    /** Which entry of a level's table an address's frame number selects. */
    public static int tableOffset(long frameNumber, int level) {
        return (int) ((frameNumber >>> LEVEL_ORDERS[level]) & (ENTRIES - 1));
    }

    /** What kind of descriptor this is, in the words of the architecture manual. */
    public static String describe(long d, int level) {
        if (!isValid(d)) {
            return "invalid";
        }
        if (isTable(d, level)) {
            return "table";
        }
        if (level == 3) {
            return (d & 3L) == 3L ? "page" : "reserved (bits[1:0] = 01 at level 3 faults)";
        }
        return level == 0 ? "reserved (no level-0 block)" : "block";
    }

    /** Every field of a descriptor, decoded; the fields depend on the stage and on table vs mapping. */
    public static List<DecodedField> decode(long d, int level, Stage stage) {
        List<DecodedField> out = new ArrayList<>();
        out.add(field(VALID, d, isValid(d) ? "valid" : "invalid"));
        out.add(field(TABLE, d, describe(d, level)));
        if (isTable(d, level)) {
            out.add(field(OUTPUT_ADDRESS, d, "next-level table at MFN " + mfn(d)));
            if (stage == Stage.STAGE1) {
                out.add(field(PXN_TABLE, d, onOff(PXN_TABLE.get(d))));
                out.add(field(XN_TABLE, d, onOff(XN_TABLE.get(d))));
                out.add(field(AP_TABLE, d, apTable(AP_TABLE.get(d))));
                out.add(field(NS_TABLE, d, onOff(NS_TABLE.get(d))));
            }
            return out;
        }
        out.add(field(OUTPUT_ADDRESS, d, "output MFN " + mfn(d)));
        if (stage == Stage.STAGE2) {
            out.add(field(S2_MEMATTR, d, s2MemAttr(S2_MEMATTR.get(d))));
            out.add(field(S2AP, d, s2ap(S2AP.get(d))));
        } else {
            out.add(field(ATTR_INDX, d, "MAIR index " + ATTR_INDX.get(d)));
            out.add(field(NS, d, onOff(NS.get(d))));
            out.add(field(AP, d, ap(AP.get(d))));
        }
        out.add(field(SH, d, shareability(SH.get(d))));
        out.add(field(AF, d, AF.get(d) == 1 ? "accessed" : "not accessed (fault on access)"));
        if (stage == Stage.STAGE1) {
            out.add(field(NG, d, NG.get(d) == 1 ? "non-global" : "global"));
        }
        out.add(field(CONTIG, d, onOff(CONTIG.get(d))));
        if (stage == Stage.STAGE2) {
            out.add(field(S2_XN, d, s2xn(S2_XN.get(d))));
        } else {
            out.add(field(PXN, d, onOff(PXN.get(d))));
            out.add(field(XN, d, onOff(XN.get(d))));
        }
        out.add(field(SOFTWARE, d, "0x" + Long.toHexString(SOFTWARE.get(d))));
        return out;
    }

    private static DecodedField field(BitField f, long d, String meaning) { return new DecodedField(f, f.get(d), meaning); }

    private static String onOff(long v) { return v == 0 ? "0" : "1"; }

    static String s2MemAttr(long v) {
        long outer = v >> 2;
        long inner = v & 3;
        if (outer == 0) {
            return switch ((int) inner) {
                case 0 -> "Device-nGnRnE";
                case 1 -> "Device-nGnRE";
                case 2 -> "Device-nGRE";
                default -> "Device-GRE";
            };
        }
        return "Normal, outer " + cacheability(outer) + ", inner " + cacheability(inner);
    }

    private static String cacheability(long v) {
        return switch ((int) v) {
            case 1 -> "Non-cacheable";
            case 2 -> "Write-Through";
            case 3 -> "Write-Back";
            default -> "reserved";
        };
    }

    private static String s2ap(long v) {
        return switch ((int) v) {
            case 0 -> "no access";
            case 1 -> "read-only";
            case 2 -> "write-only";
            default -> "read/write";
        };
    }

    private static String ap(long v) {
        return switch ((int) v) {
            case 0 -> "EL1 read/write, EL0 none";
            case 1 -> "read/write at EL1 and EL0";
            case 2 -> "EL1 read-only, EL0 none";
            default -> "read-only at EL1 and EL0";
        };
    }

    private static String apTable(long v) {
        return switch ((int) v) {
            case 0 -> "no effect";
            case 1 -> "no EL0 access";
            case 2 -> "no write access";
            default -> "no write, no EL0 access";
        };
    }

    private static String shareability(long v) {
        return switch ((int) v) {
            case 0 -> "non-shareable";
            case 2 -> "outer shareable";
            case 3 -> "inner shareable";
            default -> "reserved";
        };
    }

    private static String s2xn(long v) {
        return switch ((int) v) {
            case 0 -> "executable at EL1 and EL0";
            case 1 -> "XN at EL1 only (FEAT_XNX)";
            case 2 -> "execute never";
            default -> "XN at EL0 only (FEAT_XNX)";
        };
    }
}
