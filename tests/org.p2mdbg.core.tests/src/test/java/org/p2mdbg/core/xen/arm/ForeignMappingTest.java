package org.p2mdbg.core.xen.arm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.p2mdbg.core.machine.Errno;
import org.p2mdbg.core.mem.FrameStore;
import org.p2mdbg.core.mem.Gfn;
import org.p2mdbg.core.mem.Mfn;

/**
 * XENMAPSPACE_gmfn_foreign: the guest maps dom0's pages, each mapping holding a reference that
 * p2m_put_l3_page drops when the entry goes.
 */
class ForeignMappingTest {
    private final ArmHost host = new ArmHost();
    private final FrameStore frames = host.machine.frames();
    private final P2m guest = host.guest.p2m();
    private List<Mfn> dom0Pages;

    @BeforeEach void dom0HasFourPages() {
        assertEquals(0, host.dom0.p2m().populate(Gfn.of(0x1000), 4));
        dom0Pages = host.dom0.pages();
        assertEquals(4, dom0Pages.size());
        // the first page, then the two tables its mapping needed, then the other three
        assertEquals(List.of(Mfn.of(0x40004), Mfn.of(0x40007), Mfn.of(0x40008), Mfn.of(0x40009)), dom0Pages);
        dom0Pages.forEach(p -> assertEquals(1, frames.refs(p)));   // the allocation's reference
    }

    @Test void eachForeignMappingHoldsOneReferenceUntilItIsRemoved() {
        int map = host.begin("map foreign");
        assertEquals(0, guest.mapForeign(Gfn.of(0x40000), 4, host.dom0, Gfn.of(0x1000)));
        dom0Pages.forEach(p -> assertEquals(2, frames.refs(p)));
        assertEquals(new P2mEntry(Mfn.of(0x40008), P2mType.MAP_FOREIGN, 0), guest.getEntry(Gfn.of(0x40002)));
        // the batch checks for preemption between pages: 3 checks for 4 pages
        assertEquals(3L, host.costs(map).get("preempt_checks"));

        int unmap = host.begin("unmap");
        assertEquals(0, guest.removeMapping(Gfn.of(0x40000), 4));
        assertEquals(4L, host.costs(unmap).get("page_refs_put"));
        dom0Pages.forEach(p -> assertEquals(1, frames.refs(p)));
    }

    @Test void replacingAForeignMappingPutsTheOldPage() {
        guest.mapForeign(Gfn.of(0x40000), 1, host.dom0, Gfn.of(0x1000));
        guest.mapForeign(Gfn.of(0x40000), 1, host.dom0, Gfn.of(0x1001));
        assertEquals(1, frames.refs(dom0Pages.get(0)));
        assertEquals(2, frames.refs(dom0Pages.get(1)));
    }

    @Test void remappingTheSamePageAtTheSameGfnLeaksAReference() {
        // __p2m_set_entry frees the old entry only when the base changed: the second mapping's
        // reference is taken, the first one's never dropped
        guest.mapForeign(Gfn.of(0x40000), 1, host.dom0, Gfn.of(0x1000));
        guest.mapForeign(Gfn.of(0x40000), 1, host.dom0, Gfn.of(0x1000));
        assertEquals(3, frames.refs(dom0Pages.get(0)));
        guest.removeMapping(Gfn.of(0x40000), 1);
        assertEquals(2, frames.refs(dom0Pages.get(0)));
    }

    @Test void aHoleOfTheOwnerIsRefusedAndTheBatchCarriesOn() {
        // 0x1003 is mapped, 0x1004 is not: the first page fails, the second one is mapped
        assertEquals(Errno.EINVAL, guest.mapForeign(Gfn.of(0x40000), 2, host.dom0, Gfn.of(0x1004)));
        assertEquals(Errno.EINVAL, guest.mapForeign(Gfn.of(0x40000), 1, host.dom0, Gfn.of(0x1004)));
        assertEquals(0, guest.mapForeign(Gfn.of(0x40001), 1, host.dom0, Gfn.of(0x1003)));
        assertEquals(2, frames.refs(dom0Pages.get(3)));
        assertEquals(false, guest.getEntry(Gfn.of(0x40000)).isMapped());
    }

    @Test void mmioOfTheOwnerIsNotRam() {
        host.dom0.p2m().insertMapping(Gfn.of(0x2000), 1, Mfn.of(0x40004), P2mType.MMIO_DIRECT_DEV);
        assertEquals(Errno.EINVAL, guest.mapForeign(Gfn.of(0x40000), 1, host.dom0, Gfn.of(0x2000)));
        assertEquals(1, frames.refs(dom0Pages.get(0)));
    }

    @Test void aDomainCannotMapItselfAsForeign() {
        assertEquals(Errno.EINVAL, host.dom0.p2m().mapForeign(Gfn.of(0x3000), 1, host.dom0, Gfn.of(0x1000)));
    }

    @Test void foreignEntriesComeOnlyFromMapForeign() {
        assertThrows(IllegalArgumentException.class,
                () -> guest.insertMapping(Gfn.of(0x40000), 1, dom0Pages.get(0), P2mType.MAP_FOREIGN));
    }
}
