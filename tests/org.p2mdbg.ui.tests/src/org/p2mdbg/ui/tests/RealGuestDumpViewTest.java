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
import org.p2mdbg.core.dump.Aarch64Registers;
import org.p2mdbg.core.dump.Translation;
import org.p2mdbg.ui.dump.GuestDump;
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
        Path file = fixture("x86_64");
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
        assertLevelRows(rows, 0, levels);
        assertEquals("0x8000000004856161", rows[3].getText(3));
        assertEquals("0x4856480", rows[4].getText(1));

        picture(page, view, "view-guest-dump-real.png");
    }

    /**
     * The real Debian arm64 guest (cortex-a57, 4 KiB granule, 48-bit VA) with the TTBR0_EL1, TTBR1_EL1
     * and TCR_EL1 gdb read from QEMU: its 217 ranges, and the walk through TTBR1_EL1 of VBAR_EL1 (the
     * kernel's vectors) to QEMU's gva2gpa answer 0x40210800.
     */
    @Test
    void opensTheRealArm64GuestsTables() throws IOException {
        IWorkbenchPage page = Ui.perspective();
        GuestDump d = GuestDump.open(fixture("arm64"), new Aarch64Registers(0x42407000L, 0x2000041858000L, 0x500074b5503510L));
        GuestDumpView view = Ui.show(page, GuestDumpView.ID, GuestDumpView.class);
        view.show(d);
        Table table = view.mappingsViewer().getTable();
        Ui.waitFor(() -> table.getItemCount() == 217);
        assertEquals(217, table.getItemCount());

        Translation t = view.showWalk(0xffff_8000_0801_0800L);
        Ui.processEvents();
        assertEquals(0x4021_0800L, t.pa().value(), "QEMU's gva2gpa");
        TreeItem[] rows = view.walkViewer().getTree().getItems();
        assertEquals(5, rows.length, "four levels and the outcome");
        String[][] levels = {{"0x41858000", "256", "0x100000005ffff003"}, {"0x5ffff000", "0", "0x100000005fffe003"},
            {"0x5fffe000", "64", "0x100000005fffd003"}, {"0x5fffd000", "16", "0x00d0000040210783"}};
        assertLevelRows(rows, 1, levels);
        assertEquals("0x40210800", rows[4].getText(1));
        picture(page, view, "view-guest-dump-arm64.png");
    }

    /** The walk's level rows, from column {@code first} on. */
    private static void assertLevelRows(TreeItem[] rows, int first, String[][] levels) {
        for (int i = 0; i < levels.length; i++) {
            for (int c = 0; c < levels[i].length; c++) {
                assertEquals(levels[i][c], rows[i].getText(first + c), "level row " + i + " column " + (first + c));
            }
        }
    }

    /** A committed QEMU reduction (releng/qemu-dumps/README.md), un-gzipped: the reader memory-maps a file. */
    private static Path fixture(String name) throws IOException {
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().setBounds(0, 0, 1400, 860);
        Path file = Files.createTempDirectory("qemu-dump").resolve("guest.elf");
        try (InputStream in = Files.newInputStream(Path.of(System.getProperty("p2mdbg.qemu.fixture"), name, "guest.elf.gz"))) {
            Files.copy(new GZIPInputStream(in), file);
        }
        file.toFile().deleteOnExit();
        return file;
    }

    private static void picture(IWorkbenchPage page, GuestDumpView view, String png) throws IOException {
        Ui.maximisedScreenshot(page, view, png);
        GuestDumps.get().roots().forEach(GuestDumps.get()::remove);
    }
}
