package org.p2mdbg.core.dump;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import org.p2mdbg.core.mem.Hex;
import org.p2mdbg.core.mem.Pa;
import org.p2mdbg.core.mem.Va;

/**
 * Reads a QEMU {@code dump-guest-memory} ELF64 core (dump/dump.c): the ELF header, the PT_NOTE and
 * PT_LOAD program headers (with more than 0xfffe of them QEMU writes e_phnum = PN_XNUM and the real
 * count in section header 0's sh_info), and the notes. Only the headers and notes are read into the
 * heap; memory is mapped. Whatever would make an answer wrong (a truncated file, a segment past the
 * end, a note overrunning its segment) is a {@link DumpFormatException} naming the byte offset;
 * what QEMU really writes (unstored segments, p_memsz beyond p_filesz, unknown notes) is accepted.
 */
public final class ElfCoreReader {
    private ElfCoreReader() {}

    static final int EHDR_SIZE = 64;
    static final int PHDR_SIZE = 56;
    static final int SHDR_SIZE = 64;
    static final int PT_LOAD = 1;
    static final int PT_NOTE = 4;
    static final int ET_CORE = 4;
    static final int PN_XNUM = 0xffff;
    /** Far more than any QEMU writes (a few KiB per vCPU plus VMCOREINFO), small enough for the heap. */
    static final long MAX_NOTES = 64L << 20;

    public static ElfCore read(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            ByteBuffer eh = readAt(ch, 0, (int) Math.min(size, EHDR_SIZE), ByteOrder.LITTLE_ENDIAN);
            rejectOtherFormats(eh, size);
            ByteOrder order = switch (eh.get(5)) {
                case 1 -> ByteOrder.LITTLE_ENDIAN;
                case 2 -> ByteOrder.BIG_ENDIAN;
                default -> throw new DumpFormatException(5, "EI_DATA is " + eh.get(5) + ", neither 1 (little endian) nor 2 (big endian)");
            };
            eh.order(order);
            int type = Short.toUnsignedInt(eh.getShort(16));
            if (type != ET_CORE) {
                throw new DumpFormatException(16, "e_type is " + type + ", not ET_CORE (4): an ELF file but not a core dump");
            }
            int machineCode = Short.toUnsignedInt(eh.getShort(18));
            long phoff = eh.getLong(32);
            int phentsize = Short.toUnsignedInt(eh.getShort(54));
            if (phentsize != PHDR_SIZE) {
                throw new DumpFormatException(54, "e_phentsize is " + phentsize + ", an ELF64 program header is " + PHDR_SIZE + " bytes");
            }
            long phnum = phnum(ch, eh, size);
            long phEnd = phoff + phnum * PHDR_SIZE;
            if (phoff < 0 || phEnd < phoff || phEnd > size) {
                throw new DumpFormatException(32, "the " + phnum + " program headers at e_phoff " + Hex.of(phoff) + " end at byte "
                        + Hex.of(phEnd) + ", past the end of the file (" + size + " bytes): the file is truncated");
            }
            if (phnum * PHDR_SIZE > Integer.MAX_VALUE) {
                throw new DumpFormatException(56, phnum + " program headers are more than this reader holds");
            }
            ByteBuffer ph = readAt(ch, phoff, (int) (phnum * PHDR_SIZE), order);
            List<LoadSegment> loads = new ArrayList<>();
            List<ElfNote> notes = new ArrayList<>();
            for (int i = 0; i < phnum; i++) {
                int at = i * PHDR_SIZE;
                long headerOffset = phoff + at;
                int pType = ph.getInt(at);
                if (pType == PT_LOAD) {
                    loads.add(load(ph, at, i, headerOffset, size));
                } else if (pType == PT_NOTE) {
                    notes.addAll(notes(ch, ph, at, i, headerOffset, size, order));
                }
            }
            if (loads.isEmpty()) {
                throw new DumpFormatException(phoff, "no PT_LOAD program header among " + phnum + ": the core holds no guest memory");
            }
            GuestMemory memory = GuestMemory.map(ch, size, loads, order);
            return new ElfCore(file, size, ElfMachine.of(machineCode), machineCode, order, loads, notes, memory);
        }
    }

    /** The other files dump-guest-memory can write, named so the user knows which option to drop. */
    private static void rejectOtherFormats(ByteBuffer eh, long size) throws DumpFormatException {
        String head = new String(eh.array(), 0, Math.min(eh.limit(), 12), StandardCharsets.ISO_8859_1);
        if (head.startsWith("KDUMP   ") || head.startsWith("makedumpfile")) {
            throw new DumpFormatException(0, "a kdump-compressed dump (dump-guest-memory -z, -l or -s): take the dump without a"
                    + " compression format to get an ELF core");
        }
        if (head.startsWith("PAGEDU64") || head.startsWith("PAGEDUMP")) {
            throw new DumpFormatException(0, "a Windows crash dump (dump-guest-memory -w): take the dump without -w to get an ELF core");
        }
        if (size < 4 || eh.get(0) != 0x7f || eh.get(1) != 'E' || eh.get(2) != 'L' || eh.get(3) != 'F') {
            throw new DumpFormatException(0, "not an ELF file (no \\x7fELF magic)");
        }
        if (size < EHDR_SIZE) {
            throw new DumpFormatException(size, "the file ends after " + size + " bytes, inside the " + EHDR_SIZE + "-byte ELF64 header");
        }
        if (eh.get(4) == 1) {
            throw new DumpFormatException(4, "an ELF32 core (QEMU writes those for guests not in long mode or AArch32): only ELF64 cores"
                    + " are read");
        }
        if (eh.get(4) != 2) {
            throw new DumpFormatException(4, "EI_CLASS is " + eh.get(4) + ", not ELFCLASS64 (2)");
        }
    }

    /** e_phnum, or with PN_XNUM the sh_info of section header 0 (dump.c write_elf_section). */
    private static long phnum(FileChannel ch, ByteBuffer eh, long size) throws IOException {
        int phnum = Short.toUnsignedInt(eh.getShort(56));
        if (phnum != PN_XNUM) {
            return phnum;
        }
        long shoff = eh.getLong(40);
        if (shoff <= 0 || shoff + SHDR_SIZE > size || shoff + SHDR_SIZE < shoff) {
            throw new DumpFormatException(40, "e_phnum is PN_XNUM but section header 0 at e_shoff " + Hex.of(shoff)
                    + " is not inside the file (" + size + " bytes)");
        }
        return Integer.toUnsignedLong(readAt(ch, shoff, SHDR_SIZE, eh.order()).getInt(44));
    }

    private static LoadSegment load(ByteBuffer ph, int at, int index, long headerOffset, long size) throws DumpFormatException {
        long offset = ph.getLong(at + 8);
        long vaddr = ph.getLong(at + 16);
        long paddr = ph.getLong(at + 24);
        long filesz = ph.getLong(at + 32);
        long memsz = ph.getLong(at + 40);
        String which = "PT_LOAD (program header " + index + ")";
        if (Long.compareUnsigned(filesz, memsz) > 0) {
            throw new DumpFormatException(headerOffset + 32, which + " has p_filesz " + Hex.of(filesz) + " > p_memsz " + Hex.of(memsz));
        }
        if (memsz != 0 && Long.compareUnsigned(paddr + memsz - 1, paddr) < 0) {
            throw new DumpFormatException(headerOffset + 24, which + " at p_paddr " + Hex.of(paddr) + " with p_memsz " + Hex.of(memsz)
                    + " wraps around the physical address space");
        }
        if (filesz != 0 && (offset < 0 || offset + filesz < offset || offset + filesz > size)) {
            throw new DumpFormatException(headerOffset + 8, which + " stores " + Hex.of(filesz) + " bytes at file offset " + Hex.of(offset)
                    + ", past the end of the file (" + size + " bytes): the dump is truncated");
        }
        return new LoadSegment(index, headerOffset, new Pa(paddr), new Va(vaddr), offset, filesz, memsz);
    }

    private static List<ElfNote> notes(FileChannel ch, ByteBuffer ph, int at, int index, long headerOffset, long size, ByteOrder order)
            throws IOException {
        long offset = ph.getLong(at + 8);
        long filesz = ph.getLong(at + 32);
        if (offset < 0 || filesz < 0 || offset + filesz < offset || offset + filesz > size) {
            throw new DumpFormatException(headerOffset + 8, "PT_NOTE (program header " + index + ") of " + Hex.of(filesz)
                    + " bytes at file offset " + Hex.of(offset) + " runs past the end of the file (" + size + " bytes): the dump is truncated");
        }
        if (filesz > MAX_NOTES) {
            throw new DumpFormatException(headerOffset + 32, "PT_NOTE (program header " + index + ") claims " + filesz + " bytes of notes");
        }
        ByteBuffer b = readAt(ch, offset, (int) filesz, order);
        List<ElfNote> out = new ArrayList<>();
        int pos = 0;
        while (pos < filesz) {
            long noteAt = offset + pos;
            if (filesz - pos < 12) {
                throw new DumpFormatException(noteAt, "a note header needs 12 bytes, only " + (filesz - pos) + " remain in the PT_NOTE segment");
            }
            long namesz = Integer.toUnsignedLong(b.getInt(pos));
            long descsz = Integer.toUnsignedLong(b.getInt(pos + 4));
            int type = b.getInt(pos + 8);
            long nameAt = pos + 12L;
            long descAt = nameAt + align4(namesz);
            long next = descAt + align4(descsz);
            if (next > filesz) {
                throw new DumpFormatException(noteAt, "a note with n_namesz " + namesz + " and n_descsz " + descsz
                        + " runs past the end of the PT_NOTE segment (byte " + Hex.of(offset + filesz) + ")");
            }
            int nameLength = (int) namesz;
            while (nameLength > 0 && b.get((int) nameAt + nameLength - 1) == 0) {
                nameLength--;
            }
            String name = new String(b.array(), (int) nameAt, nameLength, StandardCharsets.ISO_8859_1);
            byte[] desc = new byte[(int) descsz];
            b.get((int) descAt, desc);
            out.add(new ElfNote(name, type, offset + descAt, desc));
            pos = (int) next;
        }
        return out;
    }

    private static long align4(long n) { return (n + 3) & ~3L; }

    private static ByteBuffer readAt(FileChannel ch, long position, int length, ByteOrder order) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(length);
        while (b.hasRemaining()) {
            int n = ch.read(b, position + b.position());
            if (n < 0) {
                throw new DumpFormatException(position + b.position(), "the file ends here, " + b.remaining() + " bytes short");
            }
        }
        return b.order(order);
    }
}
