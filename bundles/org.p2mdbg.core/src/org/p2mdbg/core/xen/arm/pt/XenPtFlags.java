package org.p2mdbg.core.xen.arm.pt;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code flags} word of Xen's hypervisor page-table updates (xen/arch/arm/include/asm/page.h):
 * [2:0] memory attribute index, [3] XN, [4] RO, [5] present, [6] populate, [7] block (superpages
 * allowed), [8] contiguous (Xen 4.17 only, set by xen_pt_update itself), and the scenario words
 * that name Xen's PAGE_HYPERVISOR_* combinations.
 */
public final class XenPtFlags {
    private XenPtFlags() {}

    // AttrIndx values: indexes into MAIR_EL2 as Xen programs it.
    public static final int MT_DEVICE_nGnRnE = 0x0;
    public static final int MT_NORMAL_NC = 0x1;
    public static final int MT_NORMAL_WT = 0x2;
    public static final int MT_NORMAL_WB = 0x3;
    public static final int MT_DEVICE_nGnRE = 0x4;
    public static final int MT_NORMAL = 0x7;

    public static final int AI_MASK = 0x7;
    public static final int XN = 1 << 3;
    public static final int RO = 1 << 4;
    public static final int PRESENT = 1 << 5;
    public static final int POPULATE = 1 << 6;
    public static final int BLOCK = 1 << 7;
    /** _PAGE_CONTIG: internal to the merged xen_pt_update, which rejects it from callers. */
    public static final int CONTIG = 1 << 8;

    public static final int PAGE_HYPERVISOR_RW = MT_NORMAL | PRESENT | XN;
    public static final int PAGE_HYPERVISOR_RO = MT_NORMAL | PRESENT | RO | XN;
    public static final int PAGE_HYPERVISOR_RX = MT_NORMAL | PRESENT | RO;
    /** Writable and executable: what the W^X check of xen_pt_update refuses. */
    public static final int PAGE_HYPERVISOR_RWX = MT_NORMAL | PRESENT;
    public static final int PAGE_HYPERVISOR_NOCACHE = PRESENT | XN | MT_DEVICE_nGnRE;
    public static final int PAGE_HYPERVISOR_WC = PRESENT | XN | MT_NORMAL_NC;

    /** The scenario words, in the order they are listed to the user. */
    private static final Map<String, Integer> WORDS = new LinkedHashMap<>();

    static {
        WORDS.put("rw", PAGE_HYPERVISOR_RW);
        WORDS.put("ro", PAGE_HYPERVISOR_RO);
        WORDS.put("rx", PAGE_HYPERVISOR_RX);
        WORDS.put("rwx", PAGE_HYPERVISOR_RWX);
        WORDS.put("device", PAGE_HYPERVISOR_NOCACHE);
        WORDS.put("wc", PAGE_HYPERVISOR_WC);
        WORDS.put("xn", XN);
        WORDS.put("block", BLOCK);
    }

    /** The attribute and permission part that one PAGE_HYPERVISOR_* word names. */
    private static final int NAMED_PART = AI_MASK | XN | RO | PRESENT;

    public static int attrIndex(int flags) { return flags & AI_MASK; }

    public static boolean isPresent(int flags) { return (flags & PRESENT) != 0; }

    public static boolean isPopulate(int flags) { return (flags & POPULATE) != 0; }

    public static boolean isReadOnly(int flags) { return (flags & RO) != 0; }

    public static boolean isExecuteNever(int flags) { return (flags & XN) != 0; }

    public static boolean allowsBlock(int flags) { return (flags & BLOCK) != 0; }

    public static boolean isContiguous(int flags) { return (flags & CONTIG) != 0; }

    /**
     * The flags named by comma-separated words, OR-ed together: "rw,block" is
     * PAGE_HYPERVISOR_RW | _PAGE_BLOCK. A blank string is no flag at all.
     */
    public static int parse(String commaSeparatedWords) {
        if (commaSeparatedWords.isBlank()) {
            return 0;
        }
        int flags = 0;
        for (String raw : commaSeparatedWords.split(",", -1)) {
            String word = raw.trim();
            Integer bits = WORDS.get(word);
            if (bits == null) {
                throw new IllegalArgumentException("unknown xen-pt flag word '" + word + "' (known: "
                        + String.join(", ", WORDS.keySet()) + ")");
            }
            flags |= bits;
        }
        return flags;
    }

    /**
     * The words for a flags value: the PAGE_HYPERVISOR_* word when the attribute and permission
     * bits match one, else the bits one by one; then block, populate and contig.
     */
    public static String describe(int flags) {
        List<String> out = new ArrayList<>();
        int named = flags & NAMED_PART;
        String word = null;
        for (Map.Entry<String, Integer> e : WORDS.entrySet()) {
            if (e.getValue() == named && (e.getValue() & PRESENT) != 0) {
                word = e.getKey();
                break;
            }
        }
        if (word != null) {
            out.add(word);
        } else {
            if (attrIndex(flags) != 0 || isPresent(flags)) {
                out.add("ai=" + attrIndex(flags));
            }
            if (isPresent(flags)) {
                out.add("present");
            }
            if (isReadOnly(flags)) {
                out.add("ro-bit");
            }
            if (isExecuteNever(flags)) {
                out.add("xn");
            }
        }
        if (isPopulate(flags)) {
            out.add("populate");
        }
        if (allowsBlock(flags)) {
            out.add("block");
        }
        if (isContiguous(flags)) {
            out.add("contig");
        }
        return out.isEmpty() ? "none" : String.join(",", out);
    }
}
