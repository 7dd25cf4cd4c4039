package org.p2mdbg.core.dump;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;

import org.p2mdbg.core.format.aarch64.Granule;
import org.p2mdbg.core.format.aarch64.Stage1Layout;
import org.p2mdbg.core.mem.Pa;
import org.p2mdbg.core.mem.Va;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random AArch64 stage-1 layouts over five configurations (4 KiB 48-bit, 4 KiB 52-bit with DS,
 * 4 KiB 39-bit, 16 KiB 47-bit, 64 KiB 52-bit), under TTBR0 or TTBR1, with blocks at every level the
 * granule allows, random AP/UXN/PXN/AttrIndx/SH/AF/nG/DBM, hierarchical limits on root entries (or
 * TCR_EL1.HPDn), and TBI: every mapped address, tagged or not, translates to the generator's choice;
 * {@code mappings()} is the generator's pages merged; {@code findPa} inverts {@code translate}.
 */
class Aarch64PagingProperties {
    /** One configuration: granule, TxSZ, DS, IPS (as TCR field values). */
    record Config(Granule granule, int inputBits, boolean ds, int ips) {
        Stage1Layout layout() { return new Stage1Layout(granule, ds, ips == 6 ? 52 : 48); }

        int startLevel() { return 3 - (inputBits - 1 - granule.bits()) / granule.stride(); }
    }

    static final List<Config> CONFIGS = List.of(new Config(Granule.K4, 48, false, 5), new Config(Granule.K4, 52, true, 6),
            new Config(Granule.K4, 39, false, 5), new Config(Granule.K16, 47, false, 5), new Config(Granule.K64, 52, false, 6));

    /** A page or block the generator wants: the level, an index choice per level, the output, attributes. */
    record Wanted(int levelPick, List<Integer> indexPicks, long frame, long attributes) {}

    /** Hierarchical limits on one root entry: APTable[1:0], UXNTable, PXNTable. */
    record Limits(int rootPick, int apTable, boolean uxnTable, boolean pxnTable) {}

    /** A page as built: VA, PA, size and the attributes the generator's bits imply. */
    record Page(long va, long pa, long size, Aarch64PageAttributes expected) {}

    @Provide Arbitrary<List<Wanted>> layouts() {
        Arbitrary<Long> attributes = Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.of(true, false),
                Arbitraries.of(true, false), Arbitraries.integers().between(0, 7), Arbitraries.of(0, 2, 3), Arbitraries.of(true, false),
                Arbitraries.of(true, false), Arbitraries.of(true, false)).as((ap, uxn, pxn, attr, sh, af, ng, dbm) -> (long) ap << 6
                        | (uxn ? Aarch64Tables.UXN : 0) | (pxn ? Aarch64Tables.PXN : 0) | Aarch64Tables.attrIndx(attr) | (long) sh << 8
                        | (af ? Aarch64Tables.AF : 0) | (ng ? Aarch64Tables.NG : 0) | (dbm ? Aarch64Tables.DBM : 0));
        return Combinators.combine(Arbitraries.integers().between(0, 9), Arbitraries.integers().between(0, 3).list().ofSize(5),
                Arbitraries.longs().between(0, (1L << 40) - 1), attributes).as(Wanted::new).list().ofMinSize(1).ofMaxSize(30);
    }

    @Provide Arbitrary<List<Limits>> limits() {
        return Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 3), Arbitraries.of(true, false),
                Arbitraries.of(true, false)).as(Limits::new).list().ofMaxSize(2);
    }

    private static int pickIndex(int pick, int entries) {
        return switch (pick) {
            case 0 -> 0;
            case 1 -> 1;
            case 2 -> entries / 2;
            default -> entries - 1;
        };
    }

    private record Built(List<Page> pages, AddressSpace space, boolean upper, boolean tbi) {}

    private static Built build(Config c, boolean upper, boolean tbi, boolean hpd, boolean hd, List<Wanted> wanted, List<Limits> limits)
            throws IOException {
        GuestImage image = new GuestImage(1L << 32);
        Stage1Layout layout = c.layout();
        Aarch64Tables t = new Aarch64Tables(image, layout, c.inputBits());
        List<Integer> leafLevels = new ArrayList<>();
        for (int level = c.startLevel(); level <= 3; level++) {
            if (level == 3 || layout.blockAllowed(level)) {
                leafLevels.add(level);
            }
        }
        int rootEntries = 1 << (c.inputBits() - layout.levelShift(c.startLevel()));
        long[] rootLimits = new long[rootEntries];
        for (Limits l : limits) {
            rootLimits[pickIndex(l.rootPick(), rootEntries)] = (long) l.apTable() << 61 | (l.uxnTable() ? Aarch64Tables.UXN_TABLE : 0)
                    | (l.pxnTable() ? Aarch64Tables.PXN_TABLE : 0);
        }
        long paMask = (c.ips() == 6 ? 1L << 52 : 1L << 48) - 1;
        List<Page> pages = new ArrayList<>();
        for (Wanted w : wanted) {
            int level = leafLevels.get(w.levelPick() % leafLevels.size());
            long offset = 0;
            for (int l = c.startLevel(); l <= level; l++) {
                int entries = l == c.startLevel() ? rootEntries : 1 << layout.granule().stride();
                offset |= (long) pickIndex(w.indexPicks().get(l - c.startLevel()), entries) << layout.levelShift(l);
            }
            long size = 1L << layout.levelShift(level);
            long o = offset;
            if (pages.stream().anyMatch(p -> X86PagingProperties.overlap(p.va(), p.size(), fill(o, c, upper), size))) {
                continue;
            }
            long pa = (w.frame() << 12) * 4099 & paMask & -size;
            long attributes = w.attributes() & (layout.ds() ? ~(3L << 8) : -1L);
            int rootIndex = (int) (offset >>> layout.levelShift(c.startLevel()));
            long tableLimits = level == c.startLevel() ? 0 : rootLimits[rootIndex];
            if (level > c.startLevel()) {
                t.tableFor(offset, c.startLevel() + 1, tableLimits);
            }
            t.map(offset, pa, level, attributes);
            pages.add(new Page(fill(offset, c, upper), pa, size, expected(attributes, hpd ? 0 : tableLimits, hd, layout.ds())));
        }
        long tcrHalf = (64 - c.inputBits()) | (long) (layout.granule() == Granule.K4 ? 0 : layout.granule() == Granule.K64 ? 1 : 2) << 14
                | 3L << 12;
        long tcr = upper ? tcrHalf << 16 & ~(3L << 30) | (long) (layout.granule() == Granule.K4 ? 2 : layout.granule() == Granule.K64 ? 3 : 1) << 30
                | 16 | 1L << 7 | (tbi ? 1L << 38 : 0) | (hpd ? 1L << 42 : 0)
                : tcrHalf | 16L << 16 | 2L << 30 | 1L << 23 | (tbi ? 1L << 37 : 0) | (hpd ? 1L << 41 : 0);
        tcr |= (long) c.ips() << 32 | (c.ds() ? 1L << 59 : 0) | (hd ? 1L << 40 : 0);
        long ttbr = (t.root & 0xffff_ffff_ffffL) | (t.root >>> 48) << 2;
        Path dir = Files.createTempDirectory("armprops");
        Path file = SyntheticCore.aarch64().segment(1L << 32, image.allocatedEnd() - (1L << 32)).write(dir.resolve("p.elf"), image);
        ElfCore core = ElfCoreReader.read(file);
        Files.delete(file);
        Files.delete(dir);
        AddressSpace space = Aarch64Paging.addressSpace(core.memory(), upper ? new Aarch64Registers(OptionalLong.empty(), OptionalLong.of(ttbr), tcr)
                : new Aarch64Registers(OptionalLong.of(ttbr), OptionalLong.empty(), tcr));
        pages.sort(Comparator.comparing(Page::va, Long::compareUnsigned));
        return new Built(pages, space, upper, tbi);
    }

    private static long fill(long offset, Config c, boolean upper) { return upper ? offset | -1L << c.inputBits() : offset; }

    /** The reference permission model: AP and table limits as the Arm ARM states them, written out plainly. */
    private static Aarch64PageAttributes expected(long d, long tableLimits, boolean hd, boolean ds) {
        boolean apReadOnly = (d & Aarch64Tables.AP_RO) != 0 && !(hd && (d & Aarch64Tables.DBM) != 0);
        boolean readOnly = apReadOnly || (tableLimits & Aarch64Tables.AP_TABLE_RO) != 0;
        boolean el0 = (d & Aarch64Tables.AP_EL0) != 0 && (tableLimits & Aarch64Tables.AP_TABLE_NO_EL0) == 0;
        boolean el0Write = el0 && !readOnly;
        boolean uxn = (d & Aarch64Tables.UXN) != 0 || (tableLimits & Aarch64Tables.UXN_TABLE) != 0;
        boolean pxn = (d & Aarch64Tables.PXN) != 0 || (tableLimits & Aarch64Tables.PXN_TABLE) != 0;
        int sh = ds ? 3 : (int) (d >>> 8) & 3;
        return new Aarch64PageAttributes(!readOnly, !pxn && !el0Write, el0, el0Write, !uxn, (int) (d >>> 2) & 7, sh, (d & Aarch64Tables.AF) != 0,
                (d & Aarch64Tables.NG) != 0);
    }

    @Property(tries = 100)
    void everyMappedAddressTranslatesToTheChosenPage(@ForAll("layouts") List<Wanted> wanted, @ForAll("limits") List<Limits> limits,
            @ForAll boolean upper, @ForAll boolean tbi, @ForAll boolean hpd, @ForAll boolean hd, @ForAll long within, @ForAll byte tag)
            throws IOException {
        for (Config c : CONFIGS) {
            Built b = build(c, upper, tbi, hpd, hd, wanted, limits);
            for (Page p : b.pages()) {
                long off = Long.remainderUnsigned(within, p.size());
                long va = p.va() + off;
                long tagged = tbi ? (va & 0x00ff_ffff_ffff_ffffL) | (long) tag << 56 : va;
                Translation t = b.space().translate(new Va(tagged));
                assertEquals(new Pa(p.pa() + off), t.pa(), () -> c + " va " + Long.toHexString(tagged) + " " + t.fault());
                assertEquals(p.size(), t.pageSize());
                assertEquals(p.expected(), t.attributes(), () -> c + " va " + Long.toHexString(tagged));
            }
        }
    }

    @Property(tries = 80)
    void mappingsAreTheGeneratorsPagesMerged(@ForAll("layouts") List<Wanted> wanted, @ForAll("limits") List<Limits> limits,
            @ForAll boolean upper, @ForAll boolean hpd) throws IOException {
        for (Config c : CONFIGS) {
            Built b = build(c, upper, false, hpd, false, wanted, limits);
            List<String> expected = new ArrayList<>();
            Page open = null;
            long end = 0;
            for (Page p : b.pages()) {
                if (open != null && p.va() == end && p.pa() == open.pa() + (end - open.va()) && p.expected().equals(open.expected())) {
                    end += p.size();
                    continue;
                }
                if (open != null) {
                    expected.add(Long.toHexString(open.va()) + "-" + Long.toHexString(end) + " " + Long.toHexString(open.pa()) + " "
                            + open.expected().flags());
                }
                open = p;
                end = p.va() + p.size();
            }
            expected.add(Long.toHexString(open.va()) + "-" + Long.toHexString(end) + " " + Long.toHexString(open.pa()) + " "
                    + open.expected().flags());
            MappingScan scan = b.space().mappings();
            assertEquals(expected, scan.ranges().stream().map(m -> Long.toHexString(m.start().value()) + "-" + Long.toHexString(m.end().value())
                    + " " + Long.toHexString(m.pa().value()) + " " + m.attributes().flags()).toList(), c::toString);
            assertEquals(b.pages().size(), scan.leaves());
        }
    }

    @Property(tries = 50)
    void findPaInvertsTranslate(@ForAll("layouts") List<Wanted> wanted, @ForAll boolean upper, @ForAll long within) throws IOException {
        for (Config c : CONFIGS) {
            Built b = build(c, upper, false, false, false, wanted, List.of());
            for (Page p : b.pages()) {
                long pa = p.pa() + Long.remainderUnsigned(within, p.size());
                List<ReverseMapping> hits = b.space().findPa(new Pa(pa));
                assertTrue(hits.stream().anyMatch(h -> h.va().value() == p.va() + (pa - p.pa())), c::toString);
                for (ReverseMapping h : hits) {
                    assertEquals(new Pa(pa), b.space().translate(h.va()).pa());
                }
            }
        }
    }
}
