package org.p2mdbg.core.dump;

import java.io.IOException;

import org.p2mdbg.core.mem.Hex;

/** A file that is not a usable ELF core: the message names the byte offset where reading went wrong. */
public final class DumpFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    private final long offset;

    public DumpFormatException(long offset, String message) {
        super("at byte " + Hex.of(offset) + ": " + message);
        this.offset = offset;
    }

    /** The byte of the file the problem was found at. */
    public long offset() { return offset; }
}
