package org.p2mdbg.core.dump;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes an ELF64 core laid out as QEMU's dump.c lays it out: the ELF header, PT_NOTE then one
 * PT_LOAD per segment, (with PN_XNUM) section header 0 holding the real count, the notes ("CORE"
 * NT_PRSTATUS per vCPU, then x86 "QEMU" QEMUCPUState notes), then the segments' bytes. Only frames
 * the image holds are written; the rest of a segment is a hole of the (sparse) file, read as zeros.
 */
final class SyntheticCore {
    static final int EM_X86_64 = 62;
    static final int EM_AARCH64 = 183;

    /** A PT_LOAD: physical range, how much of it is stored (-1 offset when none, as QEMU writes). */
    private record Segment(long pa, long fileSize, long memorySize) {}

    private final int machine;
    private final List<Segment> segments = new ArrayList<>();
    private final List<long[]> cpus = new ArrayList<>();
    private ByteOrder order = ByteOrder.LITTLE_ENDIAN;
    private boolean xnum;

    SyntheticCore(int machine) { this.machine = machine; }

    static SyntheticCore x86() { return new SyntheticCore(EM_X86_64); }

    static SyntheticCore aarch64() { return new SyntheticCore(EM_AARCH64); }

    SyntheticCore segment(long pa, long size) { return segment(pa, size, size); }

    /** A segment whose last {@code memorySize - fileSize} bytes are not stored (a clamped block). */
    SyntheticCore segment(long pa, long fileSize, long memorySize) {
        segments.add(new Segment(pa, fileSize, memorySize));
        return this;
    }

    /** An x86 vCPU whose QEMU note carries these control registers. */
    SyntheticCore cpu(long cr0, long cr3, long cr4) {
        cpus.add(new long[] {cr0, cr3, cr4});
        return this;
    }

    SyntheticCore bigEndian() {
        order = ByteOrder.BIG_ENDIAN;
        return this;
    }

    /** Writes e_phnum = PN_XNUM and the count in section header 0, as QEMU does past 0xfffe headers. */
    SyntheticCore phnumInSectionHeader() {
        xnum = true;
        return this;
    }

    Path write(Path file, GuestImage image) throws IOException {
        byte[] notes = notes();
        int phnum = 1 + segments.size();
        long phoff = 64;
        long shoff = xnum ? phoff + 56L * phnum : 0;
        long noteOffset = phoff + 56L * phnum + (xnum ? 64 : 0);
        long data = noteOffset + notes.length;
        ByteBuffer head = ByteBuffer.allocate((int) data).order(order);
        head.put(new byte[] {0x7f, 'E', 'L', 'F', 2, (byte) (order == ByteOrder.LITTLE_ENDIAN ? 1 : 2), 1});
        head.putShort(16, (short) 4).putShort(18, (short) machine).putInt(20, 1).putLong(32, phoff).putLong(40, shoff)
                .putShort(52, (short) 64).putShort(54, (short) 56).putShort(56, (short) (xnum ? 0xffff : phnum));
        if (xnum) {
            head.putShort(58, (short) 64).putShort(60, (short) 1).putInt((int) shoff + 44, phnum);
        }
        int ph = (int) phoff;
        head.putInt(ph, 4).putLong(ph + 8, noteOffset).putLong(ph + 32, notes.length).putLong(ph + 40, notes.length);
        long offset = data;
        List<Long> offsets = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            int at = ph + 56 * (i + 1);
            long stored = s.fileSize() == 0 ? -1 : offset;
            head.putInt(at, 1).putInt(at + 4, 7).putLong(at + 8, stored).putLong(at + 16, s.pa()).putLong(at + 24, s.pa())
                    .putLong(at + 32, s.fileSize()).putLong(at + 40, s.memorySize());
            offsets.add(offset);
            offset += s.fileSize();
        }
        head.put((int) noteOffset, notes);
        Files.deleteIfExists(file);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ch.write(head.rewind(), 0);
            ByteBuffer frame = ByteBuffer.allocate(4096).order(order);
            for (int i = 0; i < segments.size(); i++) {
                Segment s = segments.get(i);
                if (s.fileSize() == 0) {
                    continue;
                }
                for (Map.Entry<Long, long[]> f : image.frames().subMap(s.pa() >>> 12, true, (s.pa() + s.fileSize() - 1) >>> 12, true).entrySet()) {
                    frame.clear();
                    for (long w : f.getValue()) {
                        frame.putLong(w);
                    }
                    long pa = f.getKey() << 12;
                    int from = (int) Math.max(0, s.pa() - pa);
                    int to = (int) Math.min(4096, s.pa() + s.fileSize() - pa);
                    ch.write(frame.limit(to).position(from), offsets.get(i) + (pa + from - s.pa()));
                }
            }
            if (ch.size() < offset) {
                ch.write(ByteBuffer.allocate(1), offset - 1);
            }
        }
        return file;
    }

    private byte[] notes() {
        ByteBuffer b = ByteBuffer.allocate(4096 * (1 + cpus.size())).order(order);
        for (int i = 0; i < Math.max(1, cpus.size()); i++) {
            note(b, "CORE", 1, prstatus(i + 1));
            if (machine == EM_AARCH64) {
                note(b, "CORE", 2, new byte[528]);
            }
        }
        for (long[] cr : cpus) {
            ByteBuffer s = ByteBuffer.allocate(QemuCpuState.SIZE).order(order);
            s.putInt(0, 1).putInt(4, QemuCpuState.SIZE);
            for (int r = 0; r < 5; r++) {
                s.putLong(QemuCpuState.CR0 + 8 * r, r == 0 ? cr[0] : r == 3 ? cr[1] : r == 4 ? cr[2] : 0);
            }
            note(b, "QEMU", 0, s.array());
        }
        byte[] out = new byte[b.position()];
        b.get(0, out);
        return out;
    }

    private byte[] prstatus(int pid) {
        ByteBuffer p = ByteBuffer.allocate(machine == EM_AARCH64 ? 392 : 336).order(order);
        p.putInt(32, pid);
        return p.array();
    }

    private static void note(ByteBuffer b, String name, int type, byte[] desc) {
        byte[] n = (name + "\0").getBytes(StandardCharsets.ISO_8859_1);
        b.putInt(n.length).putInt(desc.length).putInt(type);
        b.put(n).position((b.position() + 3) & ~3);
        b.put(desc).position((b.position() + 3) & ~3);
    }
}
