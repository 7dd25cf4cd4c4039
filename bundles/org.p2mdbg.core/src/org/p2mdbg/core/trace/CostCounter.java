package org.p2mdbg.core.trace;

import java.util.LinkedHashMap;
import java.util.Map;

import org.p2mdbg.core.mem.FrameKind;

/**
 * Costs counted from the recorded events, never derived from a formula: each name of the
 * SCENARIOS.md JSON contract is the number of events of one kind (or of one detail) in a range.
 */
public final class CostCounter {
    /** FrameKind.values() once: it copies the array on every call, and this runs per event. */
    private static final FrameKind[] KINDS = FrameKind.values();

    /** The JSON names, in the order of the contract. */
    public static final String[] NAMES = {
        "pte_reads", "pte_writes", "table_allocs", "table_frees", "tlb_flushes", "iotlb_flushes",
        "iotlb_flushes_added", "iotlb_flushes_modified", "cache_cleans", "preempt_checks", "preemptions",
        "page_refs_put", "hypercalls", "multicall_batches", "trapped_writes", "direct_writes", "ipis", "cr3_loads"
    };

    private CostCounter() {}

    public static Map<String, Long> count(Trace trace) { return count(trace, 0, trace.size()); }

    public static Map<String, Long> countOperation(Trace trace, int op) {
        return count(trace, trace.operationStart(op), trace.operationEnd(op));
    }

    /** Costs of the events in [from, to). */
    public static Map<String, Long> count(Trace trace, long from, long to) {
        long[] n = new long[NAMES.length];
        for (long e = from; e < to; e++) {
            switch (trace.kind(e)) {
                case PTE_READ -> n[0]++;
                case PTE_WRITE -> n[1]++;
                case FRAME_ALLOC -> { if (isTable(trace.b(e) & 0xff)) { n[2]++; } }
                case FRAME_FREE -> { if (isTable(trace.b(e))) { n[3]++; } }
                case TLB_FLUSH -> n[4]++;
                case IOTLB_FLUSH -> {
                    n[5]++;
                    String d = trace.detail(e);
                    if ("added".equals(d)) {
                        n[6]++;
                    } else if ("modified".equals(d)) {
                        n[7]++;
                    }
                }
                case CACHE_CLEAN -> n[8]++;
                case PREEMPT_CHECK -> n[9]++;
                case PREEMPTION -> n[10]++;
                case REF_PUT -> n[11]++;
                case HYPERCALL -> n[12]++;
                case MULTICALL_BATCH -> n[13]++;
                case TRAPPED_WRITE -> n[14]++;
                case DIRECT_WRITE -> n[15]++;
                case IPI -> n[16]++;
                case CR3_LOAD -> n[17]++;
                default -> { }
            }
        }
        Map<String, Long> out = new LinkedHashMap<>();
        for (int i = 0; i < NAMES.length; i++) {
            out.put(NAMES[i], n[i]);
        }
        return out;
    }

    private static boolean isTable(long kindOrdinal) {
        return KINDS[(int) kindOrdinal].isTable();
    }
}
