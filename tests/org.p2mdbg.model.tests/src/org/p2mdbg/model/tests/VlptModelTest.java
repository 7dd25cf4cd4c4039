package org.p2mdbg.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.model.DescriptorKind;
import org.p2mdbg.model.Vlpt;
import org.p2mdbg.model.VlptSlot;

/**
 * seed001-vlpt: guest and other, each with 4 GiB of RAM, share xen_second's slots 66..70 (first-level
 * p2m entries 2..6, IPA 2 GiB .. 7 GiB). guest's entry 2 points at its level-2 table 0x40005; other's
 * entries 2 and 4 at 0x40401 and 0x40404. other's prepare_vlpt overwrites guest's slots; guest's
 * restore_vlpt (vlpt switch) writes its own back.
 */
class VlptModelTest {
    private static final String FILE = "seed001-vlpt.p2m";
    private static final int GUEST_PREPARE = 6;
    private static final int OTHER_PREPARE = 8;
    private static final int GUEST_SWITCH = 10;

    @Test void theWindowShowsEachSlotAndTheP2mEntryItCopies() {
        SeedExamples seed = SeedExamples.open(FILE);
        Vlpt guest = seed.model().getDomains().get(0).getVlpt();
        assertEquals(66, guest.getFirstSlot());
        assertEquals(5, guest.getSlots());
        assertEquals(0x8400000L, guest.getWindowStart());
        assertEquals(0x8dfffffL, guest.getWindowEnd());
        assertEquals(List.of(66, 67, 68, 69, 70), guest.getEntries().stream().map(VlptSlot::getIndex).toList());
        VlptSlot s66 = guest.getEntries().get(0);
        assertEquals(DescriptorKind.TABLE, s66.getKind());
        assertEquals(2, s66.getLevel());
        assertEquals(Mfn.of(0x40005), s66.getOutputMfn());
        assertEquals(0x8400000L, s66.getInputStart());
        assertEquals(0x85fffffL, s66.getInputEnd());
        assertEquals(Mfn.of(0x40000), s66.getP2mRootMfn());
        assertEquals(2, s66.getP2mIndex());
        assertEquals(0x80000000L, s66.getIpaStart());
        assertEquals(0xbfffffffL, s66.getIpaEnd());
        assertEquals(s66.getRaw(), s66.getP2mEntry());
        assertEquals(s66.getRaw(), s66.getCopy());
        assertTrue(s66.isCurrent());
        assertEquals("valid [0] = 1", IommuContextModelTest.fields(s66).get(0).substring(0, 13));

        VlptSlot other66 = seed.model().getDomains().get(1).getVlpt().getEntries().get(0);
        assertFalse(other66.isCurrent());
        assertEquals(Mfn.of(0x40005), other66.getOutputMfn());
        assertEquals(Mfn.of(0x40401), Mfn.of(other66.getP2mEntry() >>> 12 & 0xfffffffffL));
    }

    @Test void steppingOverPrepareAndRestoreMovesTheSlotsBackAndForth() {
        SeedExamples seed = SeedExamples.open(FILE);
        Vlpt guest = seed.model().getDomains().get(0).getVlpt();
        Vlpt other = seed.model().getDomains().get(1).getVlpt();
        seed.seekToOperation(GUEST_SWITCH);
        VlptSlot s66 = guest.getEntries().get(0);
        assertFalse(s66.isCurrent());   // other's prepare_vlpt wrote its own entry
        assertEquals(Mfn.of(0x40401), s66.getOutputMfn());
        assertTrue(other.getEntries().get(0).isCurrent());

        seed.seekToOperation(OTHER_PREPARE);
        assertSame(s66, guest.getEntries().get(0));
        assertTrue(s66.isCurrent());
        assertEquals(0, other.getSlots());
        assertTrue(other.getEntries().isEmpty());

        seed.seekToOperation(GUEST_PREPARE);
        assertEquals(0, guest.getSlots());
        assertEquals(Mfn.INVALID, guest.getCopyMfn());
        assertTrue(guest.getEntries().isEmpty());

        seed.seekToEnd();
        assertEquals(5, guest.getSlots());
        assertTrue(guest.getEntries().get(0).isCurrent());
        assertEquals(Mfn.of(0x40005), guest.getEntries().get(0).getOutputMfn());
    }
}
