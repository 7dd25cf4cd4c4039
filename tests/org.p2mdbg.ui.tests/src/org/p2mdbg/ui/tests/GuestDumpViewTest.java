package org.p2mdbg.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.p2mdbg.core.dump.MappingScan;
import org.p2mdbg.core.dump.Translation;
import org.p2mdbg.ui.dump.GuestDump;
import org.p2mdbg.ui.dump.GuestDumpView;
import org.p2mdbg.ui.dump.GuestDumps;
import org.p2mdbg.ui.dump.OpenGuestDumpJob;

/**
 * Opens a tiny synthetic x86-64 dump (4-level paging, one 2 MiB page and one 4 KiB page) through
 * the same job as File > Open Guest Dump…, then checks the mapping rows and one walk, and pictures
 * the view.
 */
class GuestDumpViewTest {
    @Test
    void opensADumpAndWalksAnAddress() throws Exception {
        IWorkbenchPage page = Ui.perspective();
        Path file = syntheticX86();
        GuestDumpView view = Ui.show(page, GuestDumpView.ID, GuestDumpView.class);

        new OpenGuestDumpJob(file).schedule();
        Ui.waitFor(() -> view.dump() != null);
        Table table = view.mappingsViewer().getTable();
        Ui.waitFor(() -> table.getItemCount() == 3);   // the mappings are scanned in a job of their own
        assertEquals(3, table.getItemCount());
        assertRow(table.getItem(0), "0x40000000", "0x401fffff", "0x200000", "2 MiB", "rwx s - pat0 pkey0", "1");
        assertRow(table.getItem(1), "0x40205000", "0x40205fff", "0x7000", "4 KiB", "rw- s - pat0 pkey0", "1");
        assertRow(table.getItem(2), "0x41000000", "0x49bfffff", "0x1000000", "140 MiB", "rwx s - pat0 pkey0", "70");

        Translation t = view.showWalk(0x4020_5123L);
        Ui.processEvents();
        assertEquals(0x7123L, t.pa().value());
        TreeItem[] rows = view.walkViewer().getTree().getItems();
        assertEquals(5, rows.length, "four levels and the outcome");
        String[][] levels = {{"L4 PML4", "0x1000", "0"}, {"L3 PDPT", "0x2000", "1"}, {"L2 PD", "0x3000", "1"}, {"L1 PT", "0x4000", "5"}};
        for (int i = 0; i < levels.length; i++) {
            for (int c = 0; c < 3; c++) {
                assertEquals(levels[i][c], rows[i].getText(c), "level row " + i + " column " + c);
            }
        }
        assertEquals("0x8000000000007003", rows[3].getText(3));
        assertTrue(rows[3].getExpanded() && rows[3].getItemCount() > 0, "the leaf is opened to its fields");
        assertEquals("0x7123", rows[4].getText(1));

        // the walk the table selection shows: the 2 MiB page stops at the PD
        view.mappingsViewer().getTable().select(0);
        view.showWalk(0x4000_0000L);
        Ui.processEvents();
        assertEquals(4, view.walkViewer().getTree().getItemCount());

        view.mappingsViewer().getTable().select(1);
        view.showWalk(0x4020_5123L);
        Ui.maximisedScreenshot(page, view, "view-guest-dump.png");
        GuestDumps.get().roots().forEach(GuestDumps.get()::remove);

        // a file that is not a core: a sentence for the dialog, not a stack trace
        Path notACore = Files.writeString(file.resolveSibling("notes.txt"), "not a dump");
        IOException e = assertThrows(IOException.class, () -> GuestDump.open(notACore));
        assertTrue(e.getMessage().startsWith("notes.txt is not a usable ELF core: "), e.getMessage());   // leave the perspective as the other tests expect it
    }

    /**
     * A scan cancelled as it was about to read the PT (its fourth table) keeps the 2 MiB page it had
     * found and says where it stopped; the finished scan asked for later is not the partial one.
     */
    @Test
    void aCancelledScanShowsTheRangesFoundSoFar() throws Exception {
        IWorkbenchPage page = Ui.perspective();
        Path file = syntheticX86();
        GuestDump d = GuestDump.open(file);
        int[] asked = {0};
        MappingScan partial = d.scan(() -> ++asked[0] >= 4);
        assertEquals(1, partial.ranges().size());
        assertEquals(3, d.scan().ranges().size(), "the cancelled scan was not kept");

        GuestDumpView view = Ui.show(page, GuestDumpView.ID, GuestDumpView.class);
        view.show(d);
        Table table = view.mappingsViewer().getTable();
        Ui.waitFor(() -> table.getItemCount() == 3);
        view.showScan(d, partial);
        Ui.processEvents();
        assertEquals(1, table.getItemCount());
        assertRow(table.getItem(0), "0x40000000", "0x401fffff", "0x200000", "2 MiB", "rwx s - pat0 pkey0", "1");
        assertEquals("guest.elf: " + d.space().description() + "; mapping scan cancelled after 1 range at VA 0x40200000 (the ranges"
                + " below it are complete; walks and the Page Tables view still work: they read only what they show)", view.summary());
        assertEquals(0x7123L, view.showWalk(0x4020_5123L).pa().value(), "walks still work");

        Ui.maximisedScreenshot(page, view, "view-guest-dump-cancelled.png");
    }

    /** The window at the screenshots' size and the tiny x86-64 dump of {@link SyntheticDumps#x86}. */
    private static Path syntheticX86() throws IOException {
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().setBounds(0, 0, 1400, 860);
        Path file = SyntheticDumps.x86(Files.createTempDirectory("dump").resolve("guest.elf"));
        file.toFile().deleteOnExit();
        return file;
    }

    private static void assertRow(TableItem item, String... columns) {
        for (int c = 0; c < columns.length; c++) {
            assertEquals(columns[c], item.getText(c), "column " + c);
        }
    }
}
