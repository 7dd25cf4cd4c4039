package org.p2mdbg.core.store;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The bytes of records being gathered for one section, encoded as the format wants: unsigned
 * LEB128 varints, zigzag varints for signed values, strings as a varint length and UTF-8 bytes.
 */
final class RecordBuffer {
    private byte[] bytes = new byte[1 << 12];
    private int size;

    int size() { return size; }

    byte[] array() { return bytes; }

    void clear() { size = 0; }

    void u8(int b) {
        ensure(1);
        bytes[size++] = (byte) b;
    }

    /** An unsigned LEB128 varint: 7 bits a byte, low bits first, the high bit set on all but the last. */
    void uvarint(long v) {
        ensure(10);
        while ((v & ~0x7fL) != 0) {
            bytes[size++] = (byte) ((v & 0x7f) | 0x80);
            v >>>= 7;
        }
        bytes[size++] = (byte) v;
    }

    /** A signed value as a zigzag varint, so that small negative numbers (-1, errnos) stay short. */
    void zigzag(long v) { uvarint((v << 1) ^ (v >> 63)); }

    void fixed64(long v) {
        ensure(8);
        for (int shift = 56; shift >= 0; shift -= 8) {
            bytes[size++] = (byte) (v >>> shift);
        }
    }

    void string(String s) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        if (utf8.length > SessionFormat.MAX_STRING_BYTES) {
            throw new IllegalArgumentException("a string of " + utf8.length + " bytes is longer than the format allows ("
                    + SessionFormat.MAX_STRING_BYTES + ")");
        }
        uvarint(utf8.length);
        ensure(utf8.length);
        System.arraycopy(utf8, 0, bytes, size, utf8.length);
        size += utf8.length;
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(size + more, bytes.length * 2));
        }
    }
}
