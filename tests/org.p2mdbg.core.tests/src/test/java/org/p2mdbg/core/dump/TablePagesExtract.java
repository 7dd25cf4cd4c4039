package org.p2mdbg.core.dump;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.p2mdbg.core.mem.Pa;
import org.p2mdbg.core.mem.Va;

/**
 * Reduces a real QEMU x86-64 or AArch64 core to the guest-physical pages its page-table walks read, so that the
 * comparison with QEMU runs in CI from a small committed file (releng/qemu-dumps/README.md). Every
 * leaf is enumerated and every address of gva2gpa.txt translated through a reader that records the
 * pages touched; the output keeps the input's ELF header, section headers and PT_NOTE byte for byte
 * and has one PT_LOAD per run of recorded pages, at its real guest-physical address. Data pages are
 * left out: no walk reads them. The AArch64 registers come from registers.txt beside gva2gpa.txt.
 * Usage: {@code TablePagesExtract guest.elf gva2gpa.txt reduced.elf}.
 */
final class TablePagesExtract {
    private static final int PAGE = 4096;
    private static final int PHDR = 56;
    private static final int SHDR = 64;

    /** Passes reads through and remembers the 4 KiB page of each. */
    private record RecordingMemory(PhysicalMemory real, TreeSet<Long> pages) implements PhysicalMemory {
        @Override public long readLong(Pa address) {
            pages.add(address.value() & -PAGE);
            return real.readLong(address);
        }

        @Override public void readTable(Pa table, long[] into, int entries) {
            for (long p = table.value() & -PAGE; p < table.value() + 8L * entries; p += PAGE) {
                pages.add(p);
            }
            real.readTable(table, into, entries);
        }
    }

    private TablePagesExtract() {}

    public static void main(String[] args) throws IOException {
        Path in = Path.of(args[0]);
        ElfCore core = ElfCoreReader.read(in);
        TreeSet<Long> pages = new TreeSet<>();
        RecordingMemory recording = new RecordingMemory(core.memory(), pages);
        AddressSpace space = core.machine() == ElfMachine.AARCH64
                ? Aarch64Paging.addressSpace(recording, QemuReference.aarch64Registers(Path.of(args[1]).toAbsolutePath().getParent()))
                : X86Paging.addressSpace(recording, core.qemuCpuStates().get(0).controlRegisters());
        space.forEachLeaf((r, va, pa, size, key, level) -> space.translate(new Va(va)), new ArrayList<>());
        for (String l : Files.readAllLines(Path.of(args[1]))) {
            space.translate(new Va(Long.parseUnsignedLong(l.split(" ", 2)[0].substring(2), 16)));
        }
        List<long[]> runs = new ArrayList<>();                      // {pa, bytes}
        for (long p : pages) {
            long[] last = runs.isEmpty() ? null : runs.getLast();
            if (last != null && last[0] + last[1] == p) {
                last[1] += PAGE;
            } else {
                runs.add(new long[] {p, PAGE});
            }
        }
        write(in, core, runs, Path.of(args[2]));
        System.out.println(pages.size() + " table pages in " + runs.size() + " runs");
    }

    /** QEMU's layout: ELF header, section headers, program headers, the note, the memory, the string table. */
    private static void write(Path in, ElfCore core, List<long[]> runs, Path out) throws IOException {
        try (FileChannel src = FileChannel.open(in); FileChannel dst = FileChannel.open(out, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            ByteBuffer eh = read(src, 0, 64);
            long phoff = eh.getLong(32);
            long shoff = eh.getLong(40);
            int shnum = Short.toUnsignedInt(eh.getShort(60));
            ByteBuffer notePh = null;
            for (int i = 0; i < Short.toUnsignedInt(eh.getShort(56)); i++) {
                ByteBuffer ph = read(src, phoff + (long) PHDR * i, PHDR);
                if (ph.getInt(0) == 4) {
                    notePh = ph;
                }
            }
            if (notePh == null) {
                throw new IOException(in + " has no PT_NOTE");
            }
            ByteBuffer head = read(src, 0, (int) phoff);               // ELF header and section headers, as QEMU wrote them
            head.putShort(56, (short) (1 + runs.size()));
            long noteOffset = phoff + (long) PHDR * (1 + runs.size());
            long noteSize = notePh.getLong(32);
            ByteBuffer note = read(src, notePh.getLong(8), (int) noteSize);
            ByteBuffer phdrs = ByteBuffer.allocate(PHDR * (1 + runs.size())).order(ByteOrder.LITTLE_ENDIAN);
            phdrs.put(notePh.rewind()).putLong(8, noteOffset);
            long data = noteOffset + noteSize;
            for (long[] run : runs) {
                phdrs.putInt(1).putInt(0).putLong(data).putLong(run[0]).putLong(run[0]).putLong(run[1]).putLong(run[1]).putLong(0);
                long[] entries = new long[PAGE / 8];
                ByteBuffer page = ByteBuffer.allocate(PAGE).order(ByteOrder.LITTLE_ENDIAN);
                for (long o = 0; o < run[1]; o += PAGE) {
                    core.memory().readTable(new Pa(run[0] + o), entries, entries.length);
                    page.clear().asLongBuffer().put(entries);
                    dst.write(page, data + o);
                }
                data += run[1];
            }
            for (int s = 0; s < shnum; s++) {
                int at = (int) (shoff + (long) SHDR * s);
                long offset = head.getLong(at + 24);
                long size = head.getLong(at + 32);
                if (offset > 0 && size > 0) {
                    dst.write(read(src, offset, (int) size), data);
                    head.putLong(at + 24, data);
                    data += size;
                }
            }
            dst.write(head.rewind(), 0);
            dst.write(phdrs.rewind(), phoff);
            dst.write(note.rewind(), noteOffset);
        }
    }

    private static ByteBuffer read(FileChannel ch, long offset, int size) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        int n;
        do {
            n = ch.read(b, offset + b.position());
        } while (n >= 0 && b.hasRemaining());
        return b.rewind();
    }
}
