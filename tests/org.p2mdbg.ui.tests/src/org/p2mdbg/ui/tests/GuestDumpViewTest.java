package org.p2mdbg.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.p2mdbg.core.dump.Translation;
import org.p2mdbg.ui.dump.GuestDump;
import org.p2mdbg.ui.dump.GuestDumpView;
import org.p2mdbg.ui.dump.OpenGuestDumpJob;

/**
 * Opens a tiny synthetic x86-64 dump (4-level paging, one 2 MiB page and one 4 KiB page) through
 * the same job as File > Open Guest Dump…, then checks the mapping rows and one walk, and pictures
 * the view.
 */
class GuestDumpViewTest {
    /** PML4, PDPT, PD and PT, one frame each, in a dump of the first 32 KiB of guest memory. */
    static final long PML4 = 0x1000;
    static final long PDPT = 0x2000;
    static final long PD = 0x3000;
    static final long PT = 0x4000;
    /** Linux's _PAGE_TABLE (present, RW, user, accessed, dirty) on every link. */
    static final long LINK = 0x67;

    @Test
    void opensADumpAndWalksAnAddress() throws Exception {
        IWorkbenchPage page = Ui.perspective();
        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().setBounds(0, 0, 1400, 860);
        Path file = writeDump(Files.createTempDirectory("dump").resolve("guest.elf"));
        file.toFile().deleteOnExit();
        GuestDumpView view = Ui.show(page, GuestDumpView.ID, GuestDumpView.class);

        new OpenGuestDumpJob(file).schedule();
        Ui.waitFor(() -> view.dump() != null);
        Ui.processEvents();

        Table table = view.mappingsViewer().getTable();
        assertEquals(2, table.getItemCount());
        assertRow(table.getItem(0), "0x40000000", "0x401fffff", "0x200000", "2 MiB", "rwx s - pat0 pkey0", "1");
        assertRow(table.getItem(1), "0x40205000", "0x40205fff", "0x7000", "4 KiB", "rw- s - pat0 pkey0", "1");

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
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        String docs = System.getProperty("p2mdbg.screenshots.docs", "");
        Path dir = Path.of(docs.isBlank() ? System.getProperty("p2mdbg.screenshots", "target/screenshots") : docs);
        Ui.screenshot(dir.resolve("view-guest-dump.png"));
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_RESTORED);
        assertTrue(Files.size(dir.resolve("view-guest-dump.png")) > 5_000);
        page.hideView(view);

        // a file that is not a core: a sentence for the dialog, not a stack trace
        Path notACore = Files.writeString(file.resolveSibling("notes.txt"), "not a dump");
        IOException e = assertThrows(IOException.class, () -> GuestDump.open(notACore));
        assertTrue(e.getMessage().startsWith("notes.txt is not a usable ELF core: "), e.getMessage());   // leave the perspective as the other tests expect it
    }

    private static void assertRow(TableItem item, String... columns) {
        for (int c = 0; c < columns.length; c++) {
            assertEquals(columns[c], item.getText(c), "column " + c);
        }
    }

    /**
     * An ELF64 core as QEMU's dump.c writes it, cut to what the reader needs: the header, a PT_NOTE
     * with vCPU 0's "QEMU" QEMUCPUState note (CR0 PG|WP|PE, CR3 = the PML4, CR4.PAE), and one
     * PT_LOAD holding guest-physical 0..32 KiB.
     */
    static Path writeDump(Path file) throws IOException {
        ByteBuffer memory = ByteBuffer.allocate(0x8000).order(ByteOrder.LITTLE_ENDIAN);
        memory.putLong((int) PML4, PDPT | LINK);                                          // VA 0x40000000: PML4[0]
        memory.putLong((int) PDPT + 8, PD | LINK);                                        // PDPT[1]
        memory.putLong((int) PD, 0x20_0000L | 0xe3);                                     // PD[0]: 2 MiB page, P RW PS A D
        memory.putLong((int) PD + 8, PT | LINK);                                          // PD[1] -> PT
        memory.putLong((int) PT + 8 * 5, 0x7000L | 0x3 | (1L << 63));                     // PT[5]: 4 KiB, P RW NX

        int cpuStateSize = 432;                                                           // QEMUCPUState v1 up to cr[4]
        int cr0 = 392;
        ByteBuffer state = ByteBuffer.allocate(cpuStateSize).order(ByteOrder.LITTLE_ENDIAN);
        state.putInt(0, 1).putInt(4, cpuStateSize);
        state.putLong(cr0, (1L << 31) | (1L << 16) | 1).putLong(cr0 + 24, PML4).putLong(cr0 + 32, 1L << 5);
        byte[] name = "QEMU\0".getBytes(StandardCharsets.ISO_8859_1);
        int noteSize = 12 + 8 + cpuStateSize;                                             // name padded to 8
        ByteBuffer note = ByteBuffer.allocate(noteSize).order(ByteOrder.LITTLE_ENDIAN);
        note.putInt(name.length).putInt(cpuStateSize).putInt(0).put(name).position(20);
        note.put(state.array());

        long phoff = 64;
        long noteOffset = phoff + 2 * 56;
        long memoryOffset = noteOffset + noteSize;
        ByteBuffer elf = ByteBuffer.allocate((int) memoryOffset + memory.capacity()).order(ByteOrder.LITTLE_ENDIAN);
        elf.put(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1});
        elf.putShort(16, (short) 4).putShort(18, (short) 62).putInt(20, 1).putLong(32, phoff)
                .putShort(52, (short) 64).putShort(54, (short) 56).putShort(56, (short) 2);
        int ph = (int) phoff;
        elf.putInt(ph, 4).putLong(ph + 8, noteOffset).putLong(ph + 32, noteSize).putLong(ph + 40, noteSize);
        ph += 56;
        elf.putInt(ph, 1).putInt(ph + 4, 7).putLong(ph + 8, memoryOffset).putLong(ph + 16, 0).putLong(ph + 24, 0)
                .putLong(ph + 32, memory.capacity()).putLong(ph + 40, memory.capacity());
        elf.put((int) noteOffset, note.array());
        elf.put((int) memoryOffset, memory.array());
        return Files.write(file, elf.array());
    }
}
