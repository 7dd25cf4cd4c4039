package org.p2mdbg.core.dump;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.p2mdbg.core.mem.Hex;
import org.p2mdbg.core.mem.Pa;
import org.p2mdbg.core.mem.Va;

/**
 * The virtual address space of a dumped guest: its root tables ({@link PagingRegion}) over its
 * physical memory. Three questions, all read-only and all through the same per-level stepper
 * ({@link PagingFormat}): the walk of one address, every mapping merged into ranges, and every
 * virtual address of a physical one. Enumeration streams over the tables once, reading each entry
 * straight from the mapped file and building an object only per merged range or per hit.
 */
public final class AddressSpace {
    private final String description;
    private final List<PagingRegion> regions;
    private final PhysicalMemory memory;

    AddressSpace(String description, List<PagingRegion> regions, PhysicalMemory memory) {
        this.description = description;
        this.regions = List.copyOf(regions);
        this.memory = memory;
    }

    /** The paging mode and roots in words ("x86-64 4-level paging from CR3 ..."). */
    public String description() { return description; }

    public List<PagingRegion> regions() { return regions; }

    /** The full walk of one virtual address, level by level, every entry decoded. */
    public Translation translate(Va va) {
        long v = va.value();
        PagingRegion r = regions.stream().filter(g -> g.selects(v)).findFirst().orElseThrow();
        if (!r.enabled()) {
            return fault(va, r, List.of(), new Fault(FaultKind.REGION_DISABLED, r.rootLevel(), r.disabled()));
        }
        if (!r.inRange(v)) {
            return fault(va, r, List.of(), new Fault(FaultKind.OUT_OF_RANGE, r.rootLevel(), r.outOfRange(v)));
        }
        PagingFormat f = r.format();
        long offset = r.offset(v);
        List<TranslationStep> steps = new ArrayList<>(5);
        int level = r.rootLevel();
        long table = r.root().value();
        int entries = r.rootEntries();
        long limits = f.initialLimits();
        while (true) {
            int shift = f.indexShift(level);
            int index = (int) ((offset >>> shift) & (entries - 1));
            long d;
            try {
                d = memory.descriptor(new Pa(table), index);
            } catch (MemoryNotInDumpException e) {
                return fault(va, r, steps, new Fault(FaultKind.NOT_IN_DUMP, level, "the " + f.levelName(level) + " table at "
                        + Hex.of(table) + " is not in the dump"));
            }
            steps.add(new TranslationStep(level, new Pa(table), index, d, f.describe(d, level), f.decode(d, level)));
            switch (f.kind(d, level)) {
                case INVALID -> {
                    return fault(va, r, steps, new Fault(FaultKind.NOT_MAPPED, level, f.levelName(level) + " entry " + index + " is "
                            + f.describe(d, level)));
                }
                case TABLE -> {
                    int child = f.childLevel(level);
                    entries = 1 << (shift - f.indexShift(child));
                    limits = f.limitsBelow(limits, d);
                    table = f.tableAddress(d, level);
                    level = child;
                }
                case LEAF -> {
                    long size = 1L << shift;
                    long base = f.outputAddress(d, level);
                    return new Translation(va, r.name(), steps, new Pa(base + (offset & (size - 1))), new Pa(base), size,
                            f.attributes(f.attributeKey(d, level, limits)), null);
                }
                case RESERVED -> {
                    return fault(va, r, steps, new Fault(FaultKind.RESERVED, level, f.faultReason(d, level)));
                }
                case ADDRESS_SIZE -> {
                    return fault(va, r, steps, new Fault(FaultKind.ADDRESS_SIZE, level, f.faultReason(d, level)));
                }
            }
        }
    }

    /** Every mapping, merged like QEMU's {@code info mem} but keeping physical contiguity and all attributes. */
    public MappingScan mappings() { return mappings(() -> false); }

    /**
     * The same, stopping early once {@code cancelled} says so (asked before each table is read): a
     * view scans in a job its user may cancel. What was merged until then is returned, with the first
     * virtual address not walked.
     */
    public MappingScan mappings(BooleanSupplier cancelled) {
        List<Fault> skipped = new ArrayList<>();
        RangeMerger merger = new RangeMerger();
        Cancellation stop = new Cancellation(cancelled);
        long leaves = forEachLeaf(merger, skipped, stop);
        return new MappingScan(merger.finish(), leaves, skipped, Optional.ofNullable(stop.at));
    }

    /** Asked before each table is read; remembers the virtual address of the first table it refused. */
    private static final class Cancellation {
        private final BooleanSupplier asked;
        private Va at;

        Cancellation(BooleanSupplier asked) { this.asked = asked; }

        boolean stopsAt(PagingRegion r, long offset) {
            if (at == null && asked.getAsBoolean()) {
                at = new Va(r.va(offset));
            }
            return at != null;
        }

        boolean stopped() { return at != null; }
    }

    /** Every virtual address whose translation is {@code pa}, in ascending order. */
    public List<ReverseMapping> findPa(Pa pa) {
        long target = pa.value();
        List<ReverseMapping> hits = new ArrayList<>();
        forEachLeaf((r, va, base, size, key, level) -> {
            long within = target - base;
            if (Long.compareUnsigned(within, size) < 0) {
                hits.add(new ReverseMapping(r.name(), new Va(va + within), new Va(va), new Pa(base), size, level,
                        r.format().attributes(key)));
            }
        }, new ArrayList<>());
        return hits;
    }

    /** Visits every page and block; returns how many there were. */
    long forEachLeaf(LeafVisitor visitor, List<Fault> skipped) { return forEachLeaf(visitor, skipped, new Cancellation(() -> false)); }

    /** Visits every page and block until {@code cancelled} says so; returns how many there were. */
    private long forEachLeaf(LeafVisitor visitor, List<Fault> skipped, Cancellation cancelled) {
        long leaves = 0;
        for (PagingRegion r : regions) {
            if (r.enabled()) {
                long[][] tables = new long[6][];
                leaves += walkTable(r, visitor, skipped, cancelled, tables, 0, r.rootLevel(), r.root().value(), r.rootEntries(), 0,
                        r.format().initialLimits());
            }
        }
        return leaves;
    }

    /** Reads a whole table into the buffer of its depth, then descends; one buffer per depth serves the whole walk. */
    private long walkTable(PagingRegion r, LeafVisitor visitor, List<Fault> skipped, Cancellation cancelled, long[][] tables, int depth,
            int level, long table, int entries, long base, long limits) {
        if (cancelled.stopsAt(r, base)) {
            return 0;
        }
        PagingFormat f = r.format();
        int shift = f.indexShift(level);
        if (tables[depth] == null || tables[depth].length < entries) {
            tables[depth] = new long[entries];
        }
        long[] descriptors = tables[depth];
        try {
            memory.readTable(new Pa(table), descriptors, entries);
        } catch (MemoryNotInDumpException e) {
            skipped.add(new Fault(FaultKind.NOT_IN_DUMP, level, "the " + f.levelName(level) + " table at " + Hex.of(table)
                    + " is not in the dump: " + span(r, base, (long) entries << shift) + " not walked"));
            return 0;
        }
        long leaves = 0;
        for (int i = 0; i < entries; i++) {
            long d = descriptors[i];
            DescriptorKind kind = f.kind(d, level);
            if (kind == DescriptorKind.INVALID) {
                continue;
            }
            long offset = base + ((long) i << shift);
            switch (kind) {
                case TABLE -> {
                    int child = f.childLevel(level);
                    leaves += walkTable(r, visitor, skipped, cancelled, tables, depth + 1, child, f.tableAddress(d, level),
                            1 << (shift - f.indexShift(child)), offset, f.limitsBelow(limits, d));
                    if (cancelled.stopped()) {
                        return leaves;                          // nothing above the first address not walked
                    }
                }
                case LEAF -> {
                    visitor.leaf(r, r.va(offset), f.outputAddress(d, level), 1L << shift, f.attributeKey(d, level, limits), level);
                    leaves++;
                }
                default -> skipped.add(new Fault(kind == DescriptorKind.RESERVED ? FaultKind.RESERVED : FaultKind.ADDRESS_SIZE, level,
                        span(r, offset, 1L << shift) + ": " + f.faultReason(d, level)));
            }
        }
        return leaves;
    }

    private static String span(PagingRegion r, long offset, long size) {
        return "va " + Hex.of(r.va(offset)) + "-" + Hex.of(r.va(offset) + size - 1);
    }

    private static Translation fault(Va va, PagingRegion r, List<TranslationStep> steps, Fault fault) {
        return new Translation(va, r.name(), steps, null, null, 0, null, fault);
    }
}
