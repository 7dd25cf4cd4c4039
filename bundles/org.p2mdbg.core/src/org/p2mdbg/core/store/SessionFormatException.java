package org.p2mdbg.core.store;

import java.io.IOException;

/**
 * A session file that cannot be loaded: truncated, corrupt, of another format version, or holding a
 * trace the emulator no longer reproduces. The message is {@code file: byte N: what was expected,
 * what was found}, N being the offset in the file of the byte (or record) at fault.
 */
public final class SessionFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final long offset;
    private final String reason;

    public SessionFormatException(String file, long offset, String reason) {
        super(file + ": byte " + offset + ": " + reason);
        this.file = file;
        this.offset = offset;
        this.reason = reason;
    }

    public String file() { return file; }

    /** The offset in the file of the byte or record at fault. */
    public long offset() { return offset; }

    /** The message without the file and offset. */
    public String reason() { return reason; }
}
