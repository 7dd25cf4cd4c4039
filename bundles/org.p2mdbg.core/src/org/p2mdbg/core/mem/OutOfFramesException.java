package org.p2mdbg.core.mem;

/** Machine memory is exhausted: the emulated allocator has no frame left. */
public final class OutOfFramesException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public OutOfFramesException(long maxFrames) {
        super("out of machine frames (the machine has " + maxFrames + " frames)");
    }
}
