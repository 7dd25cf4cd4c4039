package org.p2mdbg.core.dump;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.LongSupplier;

import org.p2mdbg.core.format.x86.X86Pte;
import org.p2mdbg.core.mem.Pa;

/**
 * Times {@code mappings} and {@code find-pa} on a 512 MiB synthetic x86-64 guest (written by
 * {@link LargeGuest} if absent) and, when given, on a real QEMU dump, against a
 * walk-everything-then-filter baseline in the same JVM: the approach of gdb-pt-dump, which reads
 * every table into per-entry objects, keeps a page object per leaf, then sorts, merges and filters
 * the list. Not a test (no Test suffix): run it by hand, the numbers go to docs/DUMPS.md.
 * {@code DumpWalkBenchmark SYNTHETIC.elf [REAL.elf PA]}
 */
final class DumpWalkBenchmark {
    private static final int WARMUP = 5;
    private static final int RUNS = 31;

    /** gdb-pt-dump's per-entry object: every flag parsed, whatever the entry is used for later. */
    private record Entry(int level, long va, long raw, boolean present, boolean writable, boolean user, boolean nx, boolean global,
            boolean large, long address) {}

    /** gdb-pt-dump's per-page object. */
    private record Page(long va, long pa, long size, X86PageAttributes attributes) {}

    private DumpWalkBenchmark() {}

    public static void main(String[] args) throws IOException {
        Path synthetic = Path.of(args[0]);
        if (!Files.exists(synthetic)) {
            LargeGuest.write(synthetic, 512);
        }
        measure("synthetic 512 MiB", synthetic, 0x1234000L);
        if (args.length > 2) {
            measure("QEMU dump", Path.of(args[1]), Long.decode(args[2]));
        }
    }

    private static void measure(String name, Path file, long pa) throws IOException {
        ElfCore core = ElfCoreReader.read(file);
        X86ControlRegisters cr = core.qemuCpuStates().get(0).controlRegisters();
        AddressSpace space = X86Paging.addressSpace(core.memory(), cr);
        MappingScan scan = space.mappings();
        List<Page> pages = baselineWalk(core.memory(), cr);
        int baselineRanges = baselineMerge(pages);
        int hits = space.findPa(new Pa(pa)).size();
        if (baselineRanges != scan.ranges().size() || baselineFilter(pages, pa) != hits || pages.size() != scan.leaves()) {
            throw new IllegalStateException("baseline and walker disagree");
        }
        System.out.printf("%s: %s, %d leaves, %d ranges, pa %#x has %d virtual addresses%n", name, file.getFileName(), scan.leaves(),
                scan.ranges().size(), pa, hits);
        report("  mappings, streaming walk + merge    ", () -> space.mappings().ranges().size());
        report("  mappings, walk everything then merge", () -> baselineMerge(baselineWalk(core.memory(), cr)));
        report("  find-pa, streaming walk             ", () -> space.findPa(new Pa(pa)).size());
        report("  find-pa, walk everything then filter", () -> baselineFilter(baselineWalk(core.memory(), cr), pa));
    }

    private static void report(String label, LongSupplier work) {
        long[] ms = new long[RUNS];
        for (int i = 0; i < WARMUP; i++) {
            work.getAsLong();
        }
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            work.getAsLong();
            ms[i] = (System.nanoTime() - t) / 1000;
        }
        Arrays.sort(ms);
        System.out.printf("%s  median %7.1f ms  min %7.1f ms%n", label, ms[RUNS / 2] / 1000.0, ms[0] / 1000.0);
    }

    private static List<Page> baselineWalk(GuestMemory memory, X86ControlRegisters cr) {
        List<Page> pages = new ArrayList<>();
        walk(memory, cr.rootTable().value(), cr.la57() ? 5 : 4, cr.la57() ? 7 : 16, 0, true, true, false, pages);
        return pages;
    }

    private static void walk(GuestMemory memory, long table, int level, int signShift, long base, boolean w, boolean u, boolean nx,
            List<Page> pages) {
        List<Entry> entries = new ArrayList<>(512);
        for (int i = 0; i < 512; i++) {
            long e = memory.readLong(new Pa(table + 8L * i));
            long va = base + ((long) i << (12 + 9 * (level - 1)));
            entries.add(new Entry(level, va, e, X86Pte.isPresent(e), X86Pte.isWritable(e), X86Pte.US.get(e) == 1, X86Pte.NX.get(e) == 1,
                    X86Pte.G.get(e) == 1, X86PagingEntry.isLargePage(e, level), X86PagingEntry.mapsPage(e, level)
                            ? X86PagingEntry.pageAddress(e, level) : e & X86PagingEntry.ADDR_TABLE.mask()));
        }
        for (Entry e : entries) {
            if (!e.present()) {
                continue;
            }
            boolean ew = w && e.writable();
            boolean eu = u && e.user();
            boolean enx = nx || e.nx();
            if (e.level() == 1 || e.large()) {
                long va = (e.va() << signShift) >> signShift;
                pages.add(new Page(va, e.address(), 1L << (12 + 9 * (e.level() - 1)), new X86PageAttributes(ew, eu, enx, e.global(),
                        X86PagingEntry.patIndex(e.raw(), e.level()), (int) X86PagingEntry.PKEY.get(e.raw()))));
            } else {
                walk(memory, e.address(), e.level() - 1, signShift, e.va(), ew, eu, enx, pages);
            }
        }
    }

    private static int baselineMerge(List<Page> pages) {
        List<Page> sorted = new ArrayList<>(pages);
        sorted.sort(Comparator.comparingLong(Page::va));
        int ranges = 0;
        Page open = null;
        long end = 0;
        long paEnd = 0;
        for (Page p : sorted) {
            if (open == null || p.va() != end || p.pa() != paEnd || !p.attributes().equals(open.attributes())) {
                ranges++;
                open = p;
            }
            end = p.va() + p.size();
            paEnd = p.pa() + p.size();
        }
        return ranges;
    }

    private static int baselineFilter(List<Page> pages, long pa) {
        return (int) pages.stream().filter(p -> Long.compareUnsigned(pa - p.pa(), p.size()) < 0).count();
    }
}
