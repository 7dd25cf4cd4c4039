package org.p2mdbg.core.dump;

import org.p2mdbg.core.mem.Pa;

/** A read of guest-physical memory the dump does not hold (a hole between segments, or left out). */
public final class MemoryNotInDumpException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Pa address;

    public MemoryNotInDumpException(Pa address) {
        super("physical address " + address + " is not in the dump");
        this.address = address;
    }

    public Pa address() { return address; }
}
