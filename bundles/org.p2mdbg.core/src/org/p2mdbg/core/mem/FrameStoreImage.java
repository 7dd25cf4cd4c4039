package org.p2mdbg.core.mem;

/**
 * A copy of a whole {@link FrameStore} at one moment (every handed-out frame's metadata and
 * descriptors, the free list, the registers), which {@link FrameStore#restore} puts back. A trace
 * cursor keeps a few as keyframes so that a jump replays only from the nearest one.
 */
public final class FrameStoreImage {
    final long next;
    final long[] freeList;
    final long[] registers;
    final byte[][] kind;
    final short[][] owner;
    final int[][] refs;
    final long[][] typeInfo;
    final long[][][] contents;

    FrameStoreImage(long next, long[] freeList, long[] registers, int pages) {
        this.next = next;
        this.freeList = freeList;
        this.registers = registers;
        this.kind = new byte[pages][];
        this.owner = new short[pages][];
        this.refs = new int[pages][];
        this.typeInfo = new long[pages][];
        this.contents = new long[pages][][];
    }

    /**
     * Approximate heap bytes (a 64-bit JVM with compressed references: an array header 16 bytes, a
     * reference 4).
     */
    public long bytes() {
        long bytes = 16 + 8L * freeList.length + 16 + 8L * registers.length;
        for (int p = 0; p < kind.length; p++) {
            int n = kind[p].length;
            bytes += 4 * 16 + n * (1L + 2 + 4 + 4);
            if (typeInfo[p] != null) {
                bytes += 16 + 8L * n;
            }
            for (long[] c : contents[p] == null ? new long[0][] : contents[p]) {
                if (c != null) {
                    bytes += 16 + 8L * c.length;
                }
            }
        }
        return bytes;
    }
}
