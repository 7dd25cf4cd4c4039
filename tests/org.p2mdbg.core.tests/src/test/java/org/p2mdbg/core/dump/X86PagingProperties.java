package org.p2mdbg.core.dump;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.p2mdbg.core.mem.Pa;
import org.p2mdbg.core.mem.Va;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random x86-64 page-table layouts (4- and 5-level, 4 KiB / 2 MiB / 1 GiB pages, random flags and
 * protection keys, read-only / supervisor / NX top-level entries) written as ELF cores: every mapped
 * address translates to the physical address the generator chose with the attributes it implies,
 * {@code mappings()} is exactly the generator's pages merged by a plain reference merge, and
 * {@code findPa} inverts {@code translate}.
 */
class X86PagingProperties {
    private static final long[] FLAG_SETS = {
        X86Tables.RW | X86Tables.NX | X86Tables.G | X86Tables.A | X86Tables.D,
        X86Tables.US | X86Tables.A,
        X86Tables.RW | X86Tables.US | X86Tables.NX | X86Tables.A | X86Tables.D,
        X86Tables.G | X86Tables.PCD | X86Tables.PWT,
        X86Tables.RW | X86Tables.NX | X86Tables.PCD,
    };
    private static final int[] TOP = {0, 1, 255, 256, 511};
    private static final int[] MID = {0, 1, 511};
    private static final int[] LOW = {0, 1, 2, 300, 511};

    /** One page the generator wants: where, how big, to where, with which flags. */
    record Wanted(int level, int top, int mid, int low, int pt, boolean linear, long frame, int flagSet, boolean pat, int pkey) {}

    /** What a top-level entry restricts below it. */
    record Restriction(boolean readOnly, boolean supervisor, boolean nx) {}

    /** A page as built: canonical VA, PA, size, and the attributes the generator's choices imply. */
    record Page(long va, long pa, long size, X86PageAttributes expected) {}

    @Provide Arbitrary<List<Wanted>> layouts() {
        Arbitrary<Wanted> one = Combinators.combine(Arbitraries.integers().between(1, 3), Arbitraries.integers().between(0, TOP.length - 1),
                Arbitraries.integers().between(0, MID.length - 1), Arbitraries.integers().between(0, LOW.length - 1),
                Arbitraries.integers().between(0, LOW.length - 1), Arbitraries.of(true, false), Arbitraries.longs().between(0, 1L << 20),
                Arbitraries.integers().between(0, FLAG_SETS.length - 1)).as((level, top, mid, low, pt, linear, frame, flags) ->
                        new Wanted(level, TOP[top], MID[mid], LOW[low], LOW[pt], linear, frame, flags, false, 0));
        return Combinators.combine(one, Arbitraries.of(true, false), Arbitraries.integers().between(0, 15)).as((w, pat, pkey) ->
                new Wanted(w.level(), w.top(), w.mid(), w.low(), w.pt(), w.linear(), w.frame(), w.flagSet(), pat, pkey)).list().ofMinSize(1)
                .ofMaxSize(40);
    }

    @Provide Arbitrary<Map<Integer, Restriction>> restrictions() {
        Arbitrary<Restriction> r = Combinators.combine(Arbitraries.of(true, false), Arbitraries.of(true, false), Arbitraries.of(true, false))
                .as(Restriction::new);
        return Arbitraries.maps(Arbitraries.of(0, 1, 255, 256, 511), r).ofMaxSize(3);
    }

    /** Builds the tables, skipping wanted pages that overlap earlier ones; returns the pages and the space. */
    private static List<Page> build(List<Wanted> wanted, Map<Integer, Restriction> restrictions, boolean la57, AddressSpace[] space)
            throws IOException {
        GuestImage image = new GuestImage(0x100000);
        X86Tables t = new X86Tables(image, la57 ? 5 : 4);
        int vaBits = la57 ? 57 : 48;
        List<Page> pages = new ArrayList<>();
        for (Wanted w : wanted) {
            int shift = 12 + 9 * (w.level() - 1);
            long offset = (long) w.top() << (vaBits - 9) | (long) w.mid() << 30 | (w.level() <= 2 ? (long) w.low() << 21 : 0)
                    | (w.level() == 1 ? (long) w.pt() << 12 : 0);
            long va = (offset << (64 - vaBits)) >> (64 - vaBits);
            long size = 1L << shift;
            if (pages.stream().anyMatch(p -> overlap(p.va(), p.size(), va, size))) {
                continue;
            }
            long pa = w.linear() ? offset & 0x000f_ffff_ffff_f000L & -size : (w.frame() << 12) & -size;
            long flags = FLAG_SETS[w.flagSet()] | (w.pat() ? (w.level() == 1 ? X86Tables.PAT_4K : X86Tables.PAT_LARGE) : 0)
                    | X86Tables.pkey(w.pkey());
            t.map(va, pa, w.level(), flags);
            Restriction r = restrictions.getOrDefault(w.top(), new Restriction(false, false, false));
            boolean writable = (flags & X86Tables.RW) != 0 && !r.readOnly();
            boolean user = (flags & X86Tables.US) != 0 && !r.supervisor();
            boolean nx = (flags & X86Tables.NX) != 0 || r.nx();
            int patIndex = (w.pat() ? 4 : 0) | ((flags & X86Tables.PCD) != 0 ? 2 : 0) | ((flags & X86Tables.PWT) != 0 ? 1 : 0);
            pages.add(new Page(va, pa, size, new X86PageAttributes(writable, user, nx, (flags & X86Tables.G) != 0, patIndex, w.pkey())));
        }
        for (Map.Entry<Integer, Restriction> e : restrictions.entrySet()) {
            long entry = t.root + 8L * e.getKey();
            long v = image.getLong(entry);
            if (v != 0) {
                Restriction r = e.getValue();
                image.putLong(entry, (v & ~(r.readOnly() ? X86Tables.RW : 0) & ~(r.supervisor() ? X86Tables.US : 0)) | (r.nx() ? X86Tables.NX : 0));
            }
        }
        Path dir = Files.createTempDirectory("x86props");
        Path file = SyntheticCore.x86().segment(0, image.allocatedEnd()).cpu(X86ControlRegisters.CR0_PG_WP_PE, t.root,
                X86ControlRegisters.CR4_PAE | (la57 ? X86ControlRegisters.CR4_LA57 : 0)).write(dir.resolve("p.elf"), image);
        ElfCore core = ElfCoreReader.read(file);
        Files.delete(file);
        Files.delete(dir);
        space[0] = X86Paging.addressSpace(core.memory(), core.qemuCpuStates().get(0).controlRegisters());
        pages.sort(Comparator.comparing(Page::va, Long::compareUnsigned));
        return pages;
    }

    /** Whether [a, a + asize) and [b, b + bsize) share a byte; inclusive ends, so the last page of the space works. */
    static boolean overlap(long a, long asize, long b, long bsize) {
        return Long.compareUnsigned(a, b + bsize - 1) <= 0 && Long.compareUnsigned(b, a + asize - 1) <= 0;
    }

    @Property(tries = 150)
    void everyMappedAddressTranslatesToTheChosenPage(@ForAll("layouts") List<Wanted> wanted, @ForAll("restrictions") Map<Integer, Restriction> r,
            @ForAll boolean la57, @ForAll long within) throws IOException {
        AddressSpace[] space = new AddressSpace[1];
        for (Page p : build(wanted, r, la57, space)) {
            long off = Long.remainderUnsigned(within, p.size());
            for (long o : new long[] {0, p.size() - 1, off}) {
                Translation t = space[0].translate(new Va(p.va() + o));
                assertEquals(new Pa(p.pa() + o), t.pa(), () -> "va " + Long.toHexString(p.va()));
                assertEquals(p.size(), t.pageSize());
                assertEquals(p.expected(), t.attributes());
            }
        }
    }

    @Property(tries = 150)
    void mappingsAreTheGeneratorsPagesMerged(@ForAll("layouts") List<Wanted> wanted, @ForAll("restrictions") Map<Integer, Restriction> r,
            @ForAll boolean la57) throws IOException {
        AddressSpace[] space = new AddressSpace[1];
        List<Page> pages = build(wanted, r, la57, space);
        List<String> expected = new ArrayList<>();
        Page open = null;
        long end = 0;
        long count = 0;
        for (Page p : pages) {
            if (open != null && p.va() == end && p.pa() == open.pa() + (end - open.va()) && p.expected().equals(open.expected())) {
                end += p.size();
                count++;
                continue;
            }
            if (open != null) {
                expected.add(Long.toHexString(open.va()) + "-" + Long.toHexString(end) + " " + Long.toHexString(open.pa()) + " "
                        + open.expected().flags() + " " + count);
            }
            open = p;
            end = p.va() + p.size();
            count = 1;
        }
        expected.add(Long.toHexString(open.va()) + "-" + Long.toHexString(end) + " " + Long.toHexString(open.pa()) + " " + open.expected().flags()
                + " " + count);
        MappingScan scan = space[0].mappings();
        assertEquals(expected, scan.ranges().stream().map(m -> Long.toHexString(m.start().value()) + "-" + Long.toHexString(m.end().value())
                + " " + Long.toHexString(m.pa().value()) + " " + m.attributes().flags() + " " + m.leaves()).toList());
        assertEquals(pages.size(), scan.leaves());
        assertTrue(scan.skipped().isEmpty());
    }

    @Property(tries = 100)
    void findPaInvertsTranslate(@ForAll("layouts") List<Wanted> wanted, @ForAll boolean la57, @ForAll long within) throws IOException {
        AddressSpace[] space = new AddressSpace[1];
        Map<Long, Integer> checked = new HashMap<>();
        for (Page p : build(wanted, Map.of(), la57, space)) {
            long pa = p.pa() + Long.remainderUnsigned(within, p.size());
            List<ReverseMapping> hits = space[0].findPa(new Pa(pa));
            assertTrue(hits.stream().anyMatch(h -> h.va().value() == p.va() + (pa - p.pa())), () -> "no hit for va " + Long.toHexString(p.va()));
            for (ReverseMapping h : hits) {
                assertEquals(new Pa(pa), space[0].translate(h.va()).pa());
            }
            checked.merge(pa, 1, Integer::sum);
        }
        assertTrue(!checked.isEmpty());
    }
}
