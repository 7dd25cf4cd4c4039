package org.p2mdbg.core.store;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32C;

/** Hand-made session files: sections with correct lengths and CRCs around whatever payload a test wants. */
final class SectionBytes {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    /** The magic and version 1. */
    static SectionBytes header() {
        SectionBytes b = new SectionBytes();
        b.raw(0x89, 'P', '2', 'M', 'T', '\r', '\n', 0x1a, 0, 0, 0, 1);
        return b;
    }

    SectionBytes raw(int... bytes) {
        for (int x : bytes) {
            out.write(x);
        }
        return this;
    }

    /** A section: tag, big-endian length, payload, CRC32C of tag and payload. */
    SectionBytes section(String tag, byte[] payload) {
        byte[] t = tag.getBytes(StandardCharsets.US_ASCII);
        CRC32C crc = new CRC32C();
        crc.update(t);
        crc.update(payload);
        out.writeBytes(t);
        out.writeBytes(ByteBuffer.allocate(4).putInt(payload.length).array());
        out.writeBytes(payload);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
        return this;
    }

    SectionBytes section(String tag, RecordBuffer payload) {
        byte[] p = new byte[payload.size()];
        System.arraycopy(payload.array(), 0, p, 0, p.length);
        return section(tag, p);
    }

    /** A valid scenario section. */
    SectionBytes scenario(String name, String text) {
        RecordBuffer p = new RecordBuffer();
        p.string(name);
        p.string(text);
        p.uvarint(0);
        return section("SCEN", p);
    }

    /** The event kinds in the order this version numbers them. */
    SectionBytes kinds() {
        RecordBuffer p = new RecordBuffer();
        p.uvarint(org.p2mdbg.core.trace.EventKind.values().length);
        for (org.p2mdbg.core.trace.EventKind k : org.p2mdbg.core.trace.EventKind.values()) {
            p.string(k.name());
        }
        return section("KIND", p);
    }

    int size() { return out.size(); }

    byte[] bytes() { return out.toByteArray(); }
}
