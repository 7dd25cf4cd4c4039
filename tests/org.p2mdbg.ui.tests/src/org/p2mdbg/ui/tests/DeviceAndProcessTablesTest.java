package org.p2mdbg.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.viewers.IColorProvider;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.p2mdbg.core.trace.EventKind;
import org.p2mdbg.core.trace.Trace;
import org.p2mdbg.debug.session.P2mSession;
import org.p2mdbg.debug.session.SessionManager;
import org.p2mdbg.model.Descriptor;
import org.p2mdbg.model.DescriptorKind;
import org.p2mdbg.model.Domain;
import org.p2mdbg.model.Table;
import org.p2mdbg.ui.EventJump;
import org.p2mdbg.ui.tables.AddressSpace;
import org.p2mdbg.ui.tables.InputRange;
import org.p2mdbg.ui.tables.PageTablesView;
import org.p2mdbg.ui.tables.PageTablesViewAccess;

/**
 * The Page Tables view on seed 003's VT-d devices and seed 002's PV process: the device and address
 * space nodes under their domains, Go to an IOVA or a VA, the decoded fields in the Properties
 * view, the filters, and the entry the current event writes highlighted.
 */
class DeviceAndProcessTablesTest {
    private IWorkbenchPage page;
    private PageTablesView view;

    @BeforeEach
    void openPerspective() {
        page = Ui.perspective();
        view = Ui.show(page, PageTablesView.ID, PageTablesView.class);
    }

    @AfterEach
    void closeSession() {
        SessionManager.get().setCurrent(null);
        view.filter().setValidOnly(true);
        view.filter().setRange(InputRange.ALL);
    }

    @Test
    void aVtdDeviceShowsUnderItsDomainWithItsTablesDecodedInTheirFormat() throws Exception {
        P2mSession session = Ui.open("seed003-iommu-flush-vtd");
        Domain guest = session.model().getDomains().get(1);
        assertEquals(List.of("IOMMU: device nic0 (VT-d)"), texts(children(guest)));
        Object nic0 = children(guest)[0];
        assertEquals(List.of("VT-d tables: root 0x40004, 4 levels, flush per-page"), texts(children(nic0)));
        assertEquals(List.of("L4 table 0x40004 (0x0..0xffffffffffff, 1 valid)"), texts(children(children(nic0)[0])));
        assertEquals(List.of("IOMMU: device gpu0 (VT-d)"), texts(children(session.model().getDomains().get(0))));
        assertTrue(Arrays.stream(children(session.model())).noneMatch(o -> o instanceof org.p2mdbg.model.Device),
                "devices show under their domain, not under the machine");

        AddressSpace space = space(session, "nic0 (VT-d)");
        Descriptor leaf = view.goTo(space, 0x80200);
        assertEquals(leaf, ((IStructuredSelection) view.viewer().getSelection()).getFirstElement());
        assertEquals(DescriptorKind.PAGE, leaf.getKind());
        assertEquals(0x80200803L, leaf.getRaw());
        assertEquals("[0] page 0x80200000 → 0x80200", label(leaf));
        IPropertySource properties = PageTablesViewAccess.propertySource(view, leaf);
        assertEquals("0x1  snooped", properties.getPropertyValue("field:SNP"));
        assertEquals("0x80200  page at MFN 0x80200", properties.getPropertyValue("field:ADDR"));
        assertEquals("0x1  writable", properties.getPropertyValue("field:W"));

        // the range filter works on IOVAs: of the L2 table's two entries only the one of 0x80200000 is left
        Table l2 = (Table) leaf.eContainer().eContainer().eContainer();
        view.filter().setRange(InputRange.parse("0x80200000+2M"));
        view.applyFilter();
        assertEquals(List.of("[1] table 0x80200000 → 0x40008"), texts(children(l2)));
        view.filter().setRange(InputRange.ALL);
        view.filter().setValidOnly(false);
        view.applyFilter();
        assertEquals(8, children(l2).length, "all 512 entries, 64 a page");
        view.filter().setValidOnly(true);
        view.applyFilter();

        // step to the write of DMA 0x80200's entry: it is highlighted as written
        long write = firstWriteTo(session.trace(), 0x40008, 0, false);
        EventJump.to(session, write);
        Ui.processEvents();
        Descriptor written = view.goTo(space(session, "nic0 (VT-d)"), 0x80200);
        assertEquals(0x80200803L, written.getRaw(), "map_page writes the leaf in one go");
        IColorProvider colours = (IColorProvider) view.viewer().getLabelProvider();
        assertNotNull(colours.getBackground(written));
        assertNull(colours.getBackground(written.eContainer().eContainer()), "the table descriptor above is not touched");

        shootView("view-iommu.png");
    }

    @Test
    void aPvProcessShowsItsPinnedTablesAndTheExitsWrite() throws Exception {
        P2mSession session = Ui.open("seed002-pv-exit");
        EventJump.to(session, session.result().checkpoints().get("before-exit") - 1);
        Ui.processEvents();
        Domain guest = session.model().getDomains().get(0);
        assertEquals(List.of("PV address space: pgd 0x40001 (L4x2 pinned PagePinned), user pgd 0x40002, in CR3 of vCPUs 1"),
                texts(children(guest)));
        Object mm = children(guest)[0];
        assertEquals(List.of("L4 table 0x40001 [L4x2 pinned PagePinned] (0x0..0xffffffffffff, 1 valid)",
                "L4 table 0x40002 [L4x2 pinned PagePinned] (0x0..0xffffffffffff, 1 valid)"), texts(children(mm)));

        Descriptor pte = view.goTo(space(session, "guest process (PV)"), 0x400);
        assertEquals(DescriptorKind.PAGE, pte.getKind());
        assertEquals(0x8000000040006067L, pte.getRaw());
        assertEquals("L1 table 0x40005 [L1x2 pinned PagePinned] (0x400000..0x5fffff, 16 valid)", label(pte.eContainer()));
        IPropertySource properties = PageTablesViewAccess.propertySource(view, pte);
        assertEquals("0x1  present", properties.getPropertyValue("field:P"));

        // the exit clears the PTE of VA 0x400000: step there and it is the written entry
        long clear = firstWriteTo(session.trace(), 0x40005, 0, true);
        EventJump.to(session, clear);
        Ui.processEvents();
        Descriptor cleared = view.goTo(space(session, "guest process (PV)"), 0x400);
        assertEquals(0L, cleared.getRaw());
        assertEquals(DescriptorKind.INVALID, cleared.getKind());
        assertNotNull(((IColorProvider) view.viewer().getLabelProvider()).getBackground(cleared));

        shootView("view-pv.png");
    }

    @Test
    void aVlptWindowShowsItsSlotsAndRestoreVlptsWrite() {
        P2mSession session = Ui.open("seed001-vlpt");
        Domain guest = session.model().getDomains().get(0);
        Object[] shown = children(guest);
        assertEquals(List.of("P2m 0x40000", "VLPT: xen_second slots 66..70 (VA 0x8400000..0x8dfffff)"), texts(shown));
        // vlpt switch guest (operation 10): restore_vlpt writes guest's entry back into slot 66
        long write = session.trace().operationStart(10);
        while (session.trace().kind(write) != EventKind.PTE_WRITE || (session.trace().a(write) & 511) != 66) {
            write++;
        }
        EventJump.to(session, write);
        Ui.processEvents();
        Object slot66 = children(shown[1])[0];
        assertEquals("[66] table 0x8400000 → 0x40005 = p2m 0x40000[2] (IPA 0x80000000..0xbfffffff)", label(slot66));
        assertNotNull(((IColorProvider) view.viewer().getLabelProvider()).getBackground(slot66));
        assertNull(((IColorProvider) view.viewer().getLabelProvider()).getBackground(children(shown[1])[1]));

        EventJump.to(session, write - 1);
        Ui.processEvents();
        assertEquals("[66] table 0x8400000 → 0x40401 ≠ p2m 0x40000[2] (IPA 0x80000000..0xbfffffff) stale: p2m has 0x4000004000577f",
                label(slot66), "before the write the slot still holds other's entry");
    }

    private Object[] children(Object parent) { return ((ITreeContentProvider) view.viewer().getContentProvider()).getChildren(parent); }

    private String label(Object element) { return ((ILabelProvider) view.viewer().getLabelProvider()).getText(element); }

    private List<String> texts(Object[] elements) { return Arrays.stream(elements).map(this::label).toList(); }

    /** A space of the session by the name the Go to dialog lists it under. */
    static AddressSpace space(P2mSession session, String name) {
        return AddressSpace.withDevicesAndProcesses(session.model()).stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    /** The first event that writes entry {@code index} of table {@code mfn}: a clearing write, or one that makes it non-zero. */
    static long firstWriteTo(Trace trace, long mfn, int index, boolean clearing) {
        for (long e = 0; e < trace.size(); e++) {
            if (trace.kind(e) == EventKind.PTE_WRITE && trace.a(e) == (mfn << 9 | index)
                    && (clearing ? trace.b(e) != 0 && trace.c(e) == 0 : trace.c(e) != 0)) {
                return e;
            }
        }
        throw new AssertionError("no such write to entry " + index + " of 0x" + Long.toHexString(mfn));
    }

    /** The view maximised, as the README shows it; into docs/ when p2mdbg.screenshots.docs names it. */
    private void shootView(String name) throws Exception {
        String docs = System.getProperty("p2mdbg.screenshots.docs", "");
        Path dir = Path.of(docs.isBlank() ? System.getProperty("p2mdbg.screenshots", "target/screenshots") : docs);
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().setBounds(0, 0, 1400, 860);
        view.viewer().setSelection(StructuredSelection.EMPTY);   // so the highlighted entry shows its colour
        view.viewer().getTree().setTopItem(view.viewer().getTree().getItem(0));
        page.activate(view);
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        Ui.screenshot(dir.resolve(name));
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
        assertTrue(Files.size(dir.resolve(name)) > 5_000, name);
        TreeItem machine = view.viewer().getTree().getItem(0);
        assertTrue(machine.getExpanded());
    }
}
