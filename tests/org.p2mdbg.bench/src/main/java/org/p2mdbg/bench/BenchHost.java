package org.p2mdbg.bench;

import org.p2mdbg.core.machine.Arch;
import org.p2mdbg.core.machine.Domain;
import org.p2mdbg.core.machine.Machine;
import org.p2mdbg.core.machine.Options;
import org.p2mdbg.core.mem.Gfn;
import org.p2mdbg.core.trace.Trace;

/**
 * The host every benchmark runs on: an arm64 machine with a 40-bit IPA (root at level 1, two
 * concatenated pages) and one guest whose RAM starts at GUEST_RAM0_BASE, 1 GiB aligned, so that
 * populating it may use 1 GiB extents.
 */
final class BenchHost {
    /** GUEST_RAM0_BASE (0x40000000) as a frame number. */
    static final Gfn RAM_BASE = new Gfn(0x40000);
    static final int GUEST_ID = 1;

    final Machine machine;
    final Domain guest;

    /**
     * @param trace   {@code new Trace()} to record, {@link Trace#off()} not to
     * @param options {@code name=value} scenario options, e.g. {@code mem-access=on} for 4 KiB mappings only
     */
    BenchHost(Trace trace, String... options) {
        Options o = new Options();
        for (String option : options) {
            String[] nameValue = option.split("=", 2);
            o.set(nameValue[0], nameValue[1]);
        }
        machine = new Machine(Arch.ARM64, 40, o, Machine.DEFAULT_MAX_FRAMES, trace);
        guest = machine.createDomain("guest", GUEST_ID, 1);
    }

    /** Populates {@code pages} frames of RAM from RAM_BASE in one operation, as the scenario's populate statement does. */
    BenchHost populate(long pages) {
        machine.trace().beginOperation("populate guest gfn=" + RAM_BASE + " nr=" + pages);
        int rc = guest.p2m().populate(RAM_BASE, pages);
        if (rc != 0) {
            throw new IllegalStateException("populate failed with " + rc);
        }
        return this;
    }
}
