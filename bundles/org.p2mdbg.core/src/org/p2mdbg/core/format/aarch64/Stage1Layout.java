package org.p2mdbg.core.format.aarch64;

import java.util.ArrayList;
import java.util.List;

import org.p2mdbg.core.format.lpae.BitField;
import org.p2mdbg.core.format.lpae.DecodedField;
import org.p2mdbg.core.format.lpae.Lpae;
import org.p2mdbg.core.mem.Pa;

/**
 * Where a VMSAv8-64 stage-1 descriptor keeps its fields for one granule and one TCR_ELx.DS setting
 * (Arm ARM D8.3, "Translation table descriptor formats"). With DS = 1 (FEAT_LPA2, 4 and 16 KiB
 * granules) bits[9:8] stop being SH and carry OA[51:50], and the address field grows to bit 49;
 * with the 64 KiB granule bits[15:12] carry OA[51:48] (FEAT_LPA). Levels run from -1 (the extra
 * level of a 52-bit 4 KiB-granule walk) to 3.
 *
 * @param outputBits the output address size TCR_ELx.IPS selects (32..52): a 64 KiB-granule level-1
 *        block (4 TiB) exists only with 52-bit output addresses
 */
public record Stage1Layout(Granule granule, boolean ds, int outputBits) {
    public static final BitField TYPE = new BitField("type", 1, 1, "table (levels -1..2) / page (level 3)");
    public static final BitField OA_51_50 = new BitField("OA[51:50]", 9, 8, "output address bits [51:50] (DS = 1)");
    public static final BitField OA_51_48 = new BitField("OA[51:48]", 15, 12, "output address bits [51:48] (64 KiB granule)");
    public static final BitField NT = new BitField("nT", 16, 16, "block translation entry (FEAT_BBM)");
    public static final BitField GP = new BitField("GP", 50, 50, "guarded page (FEAT_BTI)");
    public static final BitField DBM = new BitField("DBM", 51, 51, "dirty bit modifier (hardware dirty state)");
    public static final BitField UXN = new BitField("UXN", 54, 54, "unprivileged (EL0) execute never");
    public static final BitField PBHA = new BitField("PBHA", 62, 59, "page-based hardware attributes (or ignored)");
    public static final BitField UXN_TABLE = new BitField("UXNTable", 60, 60, "UXN for the subsequent levels");

    public Stage1Layout {
        if (ds && granule == Granule.K64) {
            throw new IllegalArgumentException("TCR_EL1.DS applies to the 4 and 16 KiB granules only");
        }
        if (outputBits < 32 || outputBits > 52) {
            throw new IllegalArgumentException("output address size " + outputBits + " outside 32..52");
        }
    }

    /** The lowest address bit an entry at this level resolves (12 + 9 * (3 - level) for 4 KiB). */
    public int levelShift(int level) { return granule.bits() + granule.stride() * (3 - level); }

    /**
     * Levels that may hold a block descriptor (AArch64.BlockDescSupported): 4 KiB at 1 and 2 (and 0
     * with DS), 16 KiB at 2 (and 1 with DS), 64 KiB at 2 (and 1 with 52-bit output addresses).
     */
    public boolean blockAllowed(int level) {
        return switch (granule) {
            case K4 -> level == 1 || level == 2 || (level == 0 && ds);
            case K16 -> level == 2 || (level == 1 && ds);
            case K64 -> level == 2 || (level == 1 && outputBits == 52);
        };
    }

    public Stage1DescriptorType type(long d, int level) {
        if ((d & 1L) == 0) {
            return Stage1DescriptorType.INVALID;
        }
        boolean bit1 = (d & 2L) != 0;
        if (level == 3) {
            return bit1 ? Stage1DescriptorType.PAGE : Stage1DescriptorType.RESERVED;
        }
        if (bit1) {
            return Stage1DescriptorType.TABLE;
        }
        return blockAllowed(level) ? Stage1DescriptorType.BLOCK : Stage1DescriptorType.RESERVED;
    }

    /** The base of the block or page a leaf descriptor at this level maps. */
    public Pa outputAddress(long d, int level) { return new Pa(address(d, levelShift(level))); }

    /** The next-level table a table descriptor points at (aligned to the granule). */
    public Pa tableAddress(long d) { return new Pa(address(d, granule.bits())); }

    /** The address bits of a descriptor from bit {@code lowBit} up, with the 52-bit extensions. */
    long address(long d, int lowBit) {
        int top = ds ? 49 : 47;
        long a = d & (((1L << (top + 1)) - 1) & -(1L << lowBit));
        if (ds) {
            a |= OA_51_50.get(d) << 50;
        } else if (granule == Granule.K64) {
            a |= OA_51_48.get(d) << 48;
        }
        return a;
    }

    /** Whether SH[1:0] is in the descriptor (DS = 0) or comes from TCR_ELx.SHn (DS = 1). */
    public boolean shareabilityInDescriptor() { return !ds; }

    public String describe(long d, int level) {
        return switch (type(d, level)) {
            case INVALID -> "invalid";
            case TABLE -> "table";
            case PAGE -> granule.label() + " page";
            case BLOCK -> size(levelShift(level)) + " block";
            case RESERVED -> level == 3 ? "reserved (bits[1:0] = 01 at level 3 faults)"
                    : "reserved (no block at level " + level + " with a " + granule.label() + " granule)";
        };
    }

    /** Every field of a descriptor, named as the Arm ARM names it, with what its value means. */
    public List<DecodedField> decode(long d, int level) {
        List<DecodedField> out = new ArrayList<>();
        Stage1DescriptorType t = type(d, level);
        out.add(field(Lpae.VALID, d, (d & 1L) != 0 ? "valid" : "invalid"));
        out.add(field(TYPE, d, describe(d, level)));
        if (t == Stage1DescriptorType.INVALID) {
            return out;
        }
        if (t == Stage1DescriptorType.TABLE) {
            out.add(field(addressField(granule.bits(), "next-level table address"), d, "table at " + tableAddress(d)));
            if (granule == Granule.K64) {
                out.add(field(OA_51_48, d, "table address bits [51:48]"));
            } else if (ds) {
                out.add(field(OA_51_50, d, "table address bits [51:50]"));
            }
            out.add(field(Lpae.PXN_TABLE, d, Lpae.PXN_TABLE.get(d) == 1 ? "no EL1 execution below" : "no effect"));
            out.add(field(UXN_TABLE, d, UXN_TABLE.get(d) == 1 ? "no EL0 execution below" : "no effect"));
            out.add(field(Lpae.AP_TABLE, d, apTable(Lpae.AP_TABLE.get(d))));
            out.add(field(Lpae.NS_TABLE, d, Lpae.NS_TABLE.get(d) == 1 ? "non-secure below" : "no effect"));
            return out;
        }
        out.add(field(Lpae.ATTR_INDX, d, "MAIR_EL1.Attr" + Lpae.ATTR_INDX.get(d)));
        out.add(field(Lpae.NS, d, Lpae.NS.get(d) == 1 ? "non-secure" : "secure (ignored in non-secure state)"));
        out.add(field(Lpae.AP, d, ap(Lpae.AP.get(d))));
        if (ds) {
            out.add(field(OA_51_50, d, "output address bits [51:50]"));
        } else {
            out.add(field(Lpae.SH, d, shareability(Lpae.SH.get(d))));
        }
        out.add(field(Lpae.AF, d, Lpae.AF.get(d) == 1 ? "accessed" : "not accessed (Access flag fault unless TCR_EL1.HA)"));
        out.add(field(Lpae.NG, d, Lpae.NG.get(d) == 1 ? "not global (ASID-tagged)" : "global"));
        if (granule == Granule.K64) {
            out.add(field(OA_51_48, d, "output address bits [51:48]"));
        } else if (t == Stage1DescriptorType.BLOCK) {
            out.add(field(NT, d, NT.get(d) == 1 ? "block translation entry" : "0"));
        }
        out.add(field(addressField(levelShift(level), "output address"), d, "maps " + outputAddress(d, level)));
        if (!ds) {
            out.add(field(GP, d, GP.get(d) == 1 ? "guarded" : "not guarded"));
        }
        out.add(field(DBM, d, DBM.get(d) == 1 ? "writable-clean with TCR_EL1.HD" : "0"));
        out.add(field(Lpae.CONTIG, d, Lpae.CONTIG.get(d) == 1 ? "one of a contiguous run of entries" : "0"));
        out.add(field(Lpae.PXN, d, Lpae.PXN.get(d) == 1 ? "EL1 execute never" : "EL1 may execute"));
        out.add(field(UXN, d, UXN.get(d) == 1 ? "EL0 execute never" : "EL0 may execute"));
        out.add(field(Lpae.SOFTWARE, d, "0x" + Long.toHexString(Lpae.SOFTWARE.get(d))));
        out.add(field(PBHA, d, "0x" + Long.toHexString(PBHA.get(d))));
        return out;
    }

    private BitField addressField(int lowBit, String meaning) {
        return new BitField("OA", ds ? 49 : 47, lowBit, meaning + " [" + (ds ? 49 : 47) + ":" + lowBit + "]");
    }

    private static DecodedField field(BitField f, long d, String meaning) { return new DecodedField(f, f.get(d), meaning); }

    static String size(int shift) {
        long bytes = 1L << shift;
        if (bytes >= 1L << 40) {
            return (bytes >> 40) + " TiB";
        }
        if (bytes >= 1L << 30) {
            return (bytes >> 30) + " GiB";
        }
        return bytes >= 1L << 20 ? (bytes >> 20) + " MiB" : (bytes >> 10) + " KiB";
    }

    private static String ap(long v) {
        return switch ((int) v) {
            case 0 -> "EL1 read/write, EL0 none";
            case 1 -> "EL1 and EL0 read/write";
            case 2 -> "EL1 read-only, EL0 none";
            default -> "EL1 and EL0 read-only";
        };
    }

    private static String apTable(long v) {
        return switch ((int) v) {
            case 0 -> "no effect";
            case 1 -> "no EL0 access below";
            case 2 -> "no write access below";
            default -> "no write, no EL0 access below";
        };
    }

    static String shareability(long v) {
        return switch ((int) v) {
            case 0 -> "non-shareable";
            case 2 -> "outer shareable";
            case 3 -> "inner shareable";
            default -> "reserved";
        };
    }
}
