package org.p2mdbg.core.dump;

import java.util.ArrayList;
import java.util.List;

import org.p2mdbg.core.format.lpae.BitField;
import org.p2mdbg.core.format.lpae.DecodedField;
import org.p2mdbg.core.format.x86.X86Pte;
import org.p2mdbg.core.mem.Hex;

/**
 * An x86-64 paging entry at any of the five levels (Intel SDM 3A, tables 4-15 to 4-20), beyond what
 * {@link X86Pte} covers for PV tables: the PML5E of LA57, the address field of 2 MiB and 1 GiB pages
 * (which starts above their PAT bit), their reserved bits, and the protection key [62:59]. Levels
 * count as Linux counts them: 5 PML5E, 4 PML4E, 3 PDPTE, 2 PDE, 1 PTE.
 */
public final class X86PagingEntry {
    private X86PagingEntry() {}

    public static final BitField ADDR_TABLE = new BitField("ADDR", 51, 12, "physical address of the next table");
    public static final BitField ADDR_4K = new BitField("ADDR", 51, 12, "physical address of the 4 KiB page");
    public static final BitField ADDR_2M = new BitField("ADDR", 51, 21, "physical address of the 2 MiB page");
    public static final BitField ADDR_1G = new BitField("ADDR", 51, 30, "physical address of the 1 GiB page");
    public static final BitField RSVD_2M = new BitField("reserved", 20, 13, "reserved (must be 0)");
    public static final BitField RSVD_1G = new BitField("reserved", 29, 13, "reserved (must be 0)");
    public static final BitField IGNORED_PAGE = new BitField("ignored", 58, 52, "ignored");
    public static final BitField IGNORED_TABLE = new BitField("ignored", 62, 52, "ignored");
    public static final BitField PKEY = new BitField("PK", 62, 59, "protection key");

    private static final String[] NAMES = {"", "PTE", "PDE", "PDPTE", "PML4E", "PML5E"};
    private static final String[] TABLE_NAMES = {"", "PT", "PD", "PDPT", "PML4", "PML5"};

    /** The entry's name at a level (PTE ... PML5E). */
    public static String name(int level) { return NAMES[level]; }

    /** The name of a level's table (PT ... PML5). */
    public static String tableName(int level) { return TABLE_NAMES[level]; }

    /** PS = 1 in a PDE or PDPTE: the entry maps a 2 MiB or 1 GiB page. */
    public static boolean isLargePage(long e, int level) { return (level == 2 || level == 3) && X86Pte.PS.get(e) == 1; }

    /** Whether an entry maps a page (rather than pointing at a table). */
    public static boolean mapsPage(long e, int level) { return level == 1 || isLargePage(e, level); }

    /** The reserved bits that must be 0: PS in a PML4E/PML5E, bits [20:13] or [29:13] of a large page. */
    public static String reservedViolation(long e, int level) {
        if (level >= 4 && X86Pte.PS.get(e) == 1) {
            return "PS (bit 7) is reserved in a " + name(level) + " and is set";
        }
        if (level == 2 && X86Pte.PS.get(e) == 1 && RSVD_2M.get(e) != 0) {
            return "reserved bits [20:13] of a 2 MiB page are " + Hex.of(RSVD_2M.get(e));
        }
        if (level == 3 && X86Pte.PS.get(e) == 1 && RSVD_1G.get(e) != 0) {
            return "reserved bits [29:13] of a 1 GiB page are " + Hex.of(RSVD_1G.get(e));
        }
        return "";
    }

    /** The physical base of the page a leaf maps. */
    public static long pageAddress(long e, int level) {
        return switch (level) {
            case 1 -> e & ADDR_4K.mask();
            case 2 -> e & ADDR_2M.mask();
            default -> e & ADDR_1G.mask();
        };
    }

    /** The PAT bit of a page: bit 7 in a PTE, bit 12 in a large page. */
    public static long pat(long e, int level) { return level == 1 ? X86Pte.PAT_4K.get(e) : X86Pte.PAT_LARGE.get(e); }

    public static String describe(long e, int level) {
        if (X86Pte.P.get(e) == 0) {
            return "not present";
        }
        if (level == 1) {
            return "4 KiB page";
        }
        if (isLargePage(e, level)) {
            return level == 2 ? "2 MiB page" : "1 GiB page";
        }
        return level >= 4 && X86Pte.PS.get(e) == 1 ? "reserved (PS set)" : "table";
    }

    /** Every field of an entry, with what its value means under these control registers. */
    public static List<DecodedField> decode(long e, int level, X86ControlRegisters cr) {
        List<DecodedField> out = new ArrayList<>();
        boolean page = mapsPage(e, level);
        out.add(field(X86Pte.P, e, X86Pte.P.get(e) == 1 ? "present" : "not present"));
        if (X86Pte.P.get(e) == 0) {
            return out;
        }
        out.add(field(X86Pte.RW, e, X86Pte.RW.get(e) == 1 ? "read/write" : "read-only"));
        out.add(field(X86Pte.US, e, X86Pte.US.get(e) == 1 ? "user" : "supervisor"));
        out.add(field(X86Pte.PWT, e, X86Pte.PWT.get(e) == 1 ? "write-through" : "write-back"));
        out.add(field(X86Pte.PCD, e, X86Pte.PCD.get(e) == 1 ? "cache disabled" : "cacheable"));
        out.add(field(X86Pte.A, e, X86Pte.A.get(e) == 1 ? "accessed" : "not accessed"));
        if (page) {
            out.add(field(X86Pte.D, e, X86Pte.D.get(e) == 1 ? "dirty" : "clean"));
        }
        if (level == 1) {
            out.add(field(X86Pte.PAT_4K, e, "PAT index " + patIndex(e, level)));
        } else {
            out.add(field(X86Pte.PS, e, level >= 4 ? (X86Pte.PS.get(e) == 1 ? "reserved, set" : "reserved") : describe(e, level)));
        }
        if (page) {
            out.add(field(X86Pte.G, e, X86Pte.G.get(e) == 1 ? "global" : "not global"));
        }
        out.add(field(X86Pte.AVL, e, "0x" + Long.toHexString(X86Pte.AVL.get(e))));
        if (page && level > 1) {
            out.add(field(X86Pte.PAT_LARGE, e, "PAT index " + patIndex(e, level)));
            BitField reserved = level == 2 ? RSVD_2M : RSVD_1G;
            out.add(field(reserved, e, reserved.get(e) == 0 ? "0" : "set: reserved-bit fault"));
        }
        BitField addr = !page ? ADDR_TABLE : level == 1 ? ADDR_4K : level == 2 ? ADDR_2M : ADDR_1G;
        out.add(new DecodedField(addr, addr.get(e), (page ? "page at " : "table at ") + Hex.of(e & addr.mask())));
        if (page) {
            out.add(field(IGNORED_PAGE, e, "0x" + Long.toHexString(IGNORED_PAGE.get(e))));
            boolean user = X86Pte.US.get(e) == 1;
            boolean active = user ? cr.pke() : cr.pks();
            out.add(field(PKEY, e, "key " + PKEY.get(e) + (active ? "" : " (ignored: CR4." + (user ? "PKE" : "PKS") + " = 0)")));
        } else {
            out.add(field(IGNORED_TABLE, e, "0x" + Long.toHexString(IGNORED_TABLE.get(e))));
        }
        out.add(field(X86Pte.NX, e, X86Pte.NX.get(e) == 1 ? "execute disable" : "executable"));
        return out;
    }

    /** The memory type's index into IA32_PAT: PAT * 4 + PCD * 2 + PWT. */
    public static int patIndex(long e, int level) {
        return (int) (pat(e, level) << 2 | X86Pte.PCD.get(e) << 1 | X86Pte.PWT.get(e));
    }

    private static DecodedField field(BitField f, long e, String meaning) { return new DecodedField(f, f.get(e), meaning); }
}
