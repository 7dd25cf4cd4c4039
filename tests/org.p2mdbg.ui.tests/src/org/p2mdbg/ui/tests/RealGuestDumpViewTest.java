package org.p2mdbg.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.p2mdbg.core.dump.Translation;
import org.p2mdbg.ui.dump.GuestDumpView;
import org.p2mdbg.ui.dump.GuestDumps;
import org.p2mdbg.ui.dump.OpenGuestDumpJob;

/**
 * Opens the page tables of a real 4-level Linux guest dumped by QEMU (the reduction committed with
 * the core tests, releng/qemu-dumps/README.md) in the Guest Dump view: as many merged mappings as
 * {@code p2mdbg dump mappings} lists, and the walk of an address QEMU's {@code gva2gpa} answered; pictures the view.
 */
class RealGuestDumpViewTest {
    @Test
    void opensTheRealGuestsTables() throws IOException {
        IWorkbenchPage page = Ui.perspective();
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().setBounds(0, 0, 1400, 860);
        Path file = Files.createTempDirectory("qemu-dump").resolve("guest.elf");
        try (InputStream in = Files.newInputStream(Path.of(System.getProperty("p2mdbg.qemu.fixture"), "x86_64", "guest.elf.gz"))) {
            Files.copy(new GZIPInputStream(in), file);
        }
        file.toFile().deleteOnExit();
        GuestDumpView view = Ui.show(page, GuestDumpView.ID, GuestDumpView.class);

        new OpenGuestDumpJob(file).schedule();
        Ui.waitFor(() -> view.dump() != null);
        Table table = view.mappingsViewer().getTable();
        Ui.waitFor(() -> table.getItemCount() == 65_744);
        assertEquals(65_744, table.getItemCount());

        Translation t = view.showWalk(0xffff_ff03_d749_e480L);
        Ui.processEvents();
        assertEquals(0x485_6480L, t.pa().value(), "QEMU's gva2gpa");
        TreeItem[] rows = view.walkViewer().getTree().getItems();
        assertEquals(5, rows.length, "four levels and the outcome");
        String[][] levels = {{"L4 PML4", "0x487c000", "510"}, {"L3 PDPT", "0x3314000", "15"}, {"L2 PD", "0x4854000", "186"},
            {"L1 PT", "0x4855000", "158"}};
        for (int i = 0; i < levels.length; i++) {
            for (int c = 0; c < 3; c++) {
                assertEquals(levels[i][c], rows[i].getText(c), "level row " + i + " column " + c);
            }
        }
        assertEquals("0x8000000004856161", rows[3].getText(3));
        assertEquals("0x4856480", rows[4].getText(1));

        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        String docs = System.getProperty("p2mdbg.screenshots.docs", "");
        Path dir = Path.of(docs.isBlank() ? System.getProperty("p2mdbg.screenshots", "target/screenshots") : docs);
        Ui.screenshot(dir.resolve("view-guest-dump-real.png"));
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
        assertTrue(Files.size(dir.resolve("view-guest-dump-real.png")) > 5_000);
        page.hideView(view);
        GuestDumps.get().roots().forEach(GuestDumps.get()::remove);
    }
}
