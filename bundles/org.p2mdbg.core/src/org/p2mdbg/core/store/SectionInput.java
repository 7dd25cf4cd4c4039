package org.p2mdbg.core.store;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.p2mdbg.core.mem.Hex;

/**
 * Decodes the payload of one section, already checked against its CRC. Every read checks what is
 * left of the payload first, and every error names the absolute file offset of the byte at fault.
 */
final class SectionInput {
    private final String file;
    private final Section section;
    private final byte[] bytes;
    private final int length;
    private final long base;
    private int pos;

    SectionInput(String file, Section section, byte[] bytes, int length, long base) {
        this.file = file;
        this.section = section;
        this.bytes = bytes;
        this.length = length;
        this.base = base;
    }

    /** The file offset of the next byte. */
    long offset() { return base + pos; }

    int remaining() { return length - pos; }

    int u8(String what) throws SessionFormatException {
        if (pos >= length) {
            throw error("expected " + what + ", found the end of the " + section.tag() + " section");
        }
        return bytes[pos++] & 0xff;
    }

    long uvarint(String what) throws SessionFormatException {
        long start = offset();
        long v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = u8(what);
            if (shift == 63 && b > 1) {
                throw new SessionFormatException(file, start, "expected " + what + " (a varint of at most 64 bits), found more bits");
            }
            v |= (long) (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
        throw new SessionFormatException(file, start, "expected " + what + " (a varint of at most 10 bytes), found a longer one");
    }

    long zigzag(String what) throws SessionFormatException {
        long v = uvarint(what);
        return (v >>> 1) ^ -(v & 1);
    }

    long fixed64(String what) throws SessionFormatException {
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = v << 8 | u8(what);
        }
        return v;
    }

    /** An unsigned varint that must be below {@code limit}. */
    long below(String what, long limit) throws SessionFormatException {
        long start = offset();
        long v = uvarint(what);
        if (Long.compareUnsigned(v, limit) >= 0) {
            throw new SessionFormatException(file, start, "expected " + what + " below " + limit + ", found " + Long.toUnsignedString(v));
        }
        return v;
    }

    /**
     * A record count: at most {@code max}, and small enough that that many records of at least
     * {@code minRecordBytes} each fit in what is left of the section (so no list is sized from a lie).
     */
    int count(String what, int max, int minRecordBytes) throws SessionFormatException {
        long start = offset();
        long n = uvarint(what);
        long fit = remaining() / minRecordBytes;
        if (Long.compareUnsigned(n, max) > 0 || n > fit) {
            throw new SessionFormatException(file, start, "expected " + what + " of at most " + Math.min(max, fit) + " (the "
                    + remaining() + " bytes left in the section hold no more), found " + Long.toUnsignedString(n));
        }
        return (int) n;
    }

    /** A varint byte length, then that many bytes of well-formed UTF-8. */
    String string(String what) throws SessionFormatException {
        long start = offset();
        long n = uvarint("the byte length of " + what);
        if (Long.compareUnsigned(n, Math.min(SessionFormat.MAX_STRING_BYTES, remaining())) > 0) {
            throw new SessionFormatException(file, start, "expected " + what + " of at most " + Math.min(SessionFormat.MAX_STRING_BYTES, remaining())
                    + " bytes (the rest of the " + section.tag() + " section), found a length of " + Long.toUnsignedString(n));
        }
        try {
            String s = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, pos, (int) n))
                    .toString();
            pos += (int) n;
            return s;
        } catch (CharacterCodingException e) {
            throw error("expected " + what + " in UTF-8, found malformed bytes");
        }
    }

    /** Checks that the payload was read to its last byte. */
    void end() throws SessionFormatException {
        if (pos != length) {
            throw error("expected the end of the " + section.tag() + " section, found " + remaining() + " more bytes (next "
                    + Hex.of(bytes[pos] & 0xff) + ")");
        }
    }

    SessionFormatException error(String reason) { return new SessionFormatException(file, offset(), reason); }
}
