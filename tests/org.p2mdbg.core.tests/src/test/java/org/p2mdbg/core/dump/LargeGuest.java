package org.p2mdbg.core.dump;

import static org.p2mdbg.core.dump.X86Tables.A;
import static org.p2mdbg.core.dump.X86Tables.D;
import static org.p2mdbg.core.dump.X86Tables.G;
import static org.p2mdbg.core.dump.X86Tables.NX;
import static org.p2mdbg.core.dump.X86Tables.RW;
import static org.p2mdbg.core.dump.X86Tables.US;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;

/**
 * A synthetic x86-64 guest shaped like a small Linux one, for measuring walks at scale: {@code mib}
 * MiB of RAM in one PT_LOAD, a direct map of all of it in 4 KiB pages whose NX bit alternates every
 * two pages (so it does not merge), 8 MiB of kernel text and data in 2 MiB pages, a vmalloc area and
 * user pages at scattered frames. 512 MiB gives 131072 + 4096 + 1024 + 4 leaves in about 70 000 ranges.
 * Run as a program to write one: {@code LargeGuest FILE [MiB]}.
 */
final class LargeGuest {
    static final long DIRECT_MAP = 0xffff888000000000L;
    static final long VMALLOC = 0xffffc90000000000L;
    static final long KERNEL = 0xffffffff81000000L;
    static final long USER = 0x400000L;
    static final int VMALLOC_PAGES = 4096;
    static final int USER_PAGES = 1024;

    private LargeGuest() {}

    static Path write(Path file, int mib) throws IOException {
        long ram = (long) mib << 20;
        long frames = ram >>> 12;
        GuestImage image = new GuestImage(16L << 20);
        X86Tables t = new X86Tables(image, 4);
        for (long f = 0; f < frames; f++) {
            t.map(DIRECT_MAP + (f << 12), f << 12, 1, RW | G | A | D | ((f & 2) == 0 ? NX : 0));
        }
        for (int i = 0; i < 4; i++) {
            t.map(KERNEL + ((long) i << 21), (long) (i + 1) << 21, 2, G | A | (i < 2 ? 0 : RW | NX | D));
        }
        Random rnd = new Random(42);
        for (int i = 0; i < VMALLOC_PAGES; i++) {
            t.map(VMALLOC + ((long) i << 12), (long) rnd.nextInt((int) frames) << 12, 1, RW | NX | G | A | D);
        }
        for (int i = 0; i < USER_PAGES; i++) {
            t.map(USER + ((long) i << 12), (long) rnd.nextInt((int) frames) << 12, 1, US | A | (i % 3 == 0 ? RW | NX | D : 0));
        }
        return SyntheticCore.x86().segment(0, ram).cpu(X86ControlRegisters.CR0_PG_WP_PE, t.root, X86ControlRegisters.CR4_PAE).write(file, image);
    }

    public static void main(String[] args) throws IOException {
        Path file = write(Path.of(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : 512);
        System.out.println("wrote " + file);
    }
}
