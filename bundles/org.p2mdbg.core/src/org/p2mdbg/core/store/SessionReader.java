package org.p2mdbg.core.store;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;

import org.p2mdbg.core.inject.DescriptorInjection;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.core.trace.EventKind;

/**
 * Reads a session file as a stream, one section at a time (never the whole file), checking every
 * length against the hard limits of {@link SessionFormat} and against what is left of the file
 * before it allocates anything, every section against its CRC, and every id against the tables
 * read before it. Any flaw is a {@link SessionFormatException} naming the byte offset and what was
 * expected there.
 *
 * <p>Use: {@link #readSource()} first, then {@link #readTrace(TraceVisitor)}.
 */
public final class SessionReader {
    private static final int HEADER_BYTES = 8;
    private static final int CRC_BYTES = 4;
    /** The smallest records: an event is 5 one-byte fields; a path, operation or checkpoint 2. */
    private static final int MIN_EVENT_BYTES = 5;
    private static final int MIN_RECORD_BYTES = 2;
    private static final EventKind[] NO_KINDS = {};

    private final InputStream in;
    private final long size;
    private final String file;
    private final CRC32C crc = new CRC32C();
    private byte[] buffer = new byte[1 << 12];
    private long pos;
    private Section last;
    /** The section after the source (the event kinds), read by {@link #readSource()} to see where the injections end. */
    private SectionInput afterSource;

    // what the trace sections declared so far
    private EventKind[] kinds = NO_KINDS;
    private int paths;
    private int operations;
    private long lastOperationStart;
    private long events;

    /**
     * @param in   the file's bytes from its start (buffer it: the reader reads small pieces)
     * @param size the file's length, which every declared length is checked against
     * @param file the name errors carry
     */
    public SessionReader(InputStream in, long size, String file) {
        this.in = in;
        this.size = size;
        this.file = file;
    }

    /** Reads the magic, the version and the scenario section. */
    public SessionSource readSource() throws IOException {
        byte[] magic = new byte[SessionFormat.MAGIC.length];
        int n = read(magic, magic.length);
        if (n < magic.length || !Arrays.equals(magic, SessionFormat.MAGIC)) {
            throw new SessionFormatException(file, 0, "expected the magic of a session file (" + hex(SessionFormat.MAGIC, SessionFormat.MAGIC.length)
                    + "), found " + (n == 0 ? "an empty file" : hex(magic, n) + (n < magic.length ? " and the end of the file" : "")));
        }
        pos = n;
        byte[] v = new byte[4];
        n = read(v, 4);
        if (n < 4) {
            throw new SessionFormatException(file, pos, "expected the format version (4 bytes), found the end of the file");
        }
        int version = (v[0] & 0xff) << 24 | (v[1] & 0xff) << 16 | (v[2] & 0xff) << 8 | (v[3] & 0xff);
        if (version != SessionFormat.VERSION) {
            throw new SessionFormatException(file, pos, "expected format version " + SessionFormat.VERSION + ", found "
                    + Integer.toUnsignedString(version));
        }
        pos += 4;
        SectionInput s = section();
        String name = s.string("the scenario's name");
        String text = s.string("the scenario's text");
        int count = s.count("the number of option overrides", Integer.MAX_VALUE, MIN_RECORD_BYTES);
        Map<String, String> overrides = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            long at = s.offset();
            String key = s.string("an option name");
            if (overrides.put(key, s.string("the value of option " + key)) != null) {
                throw new SessionFormatException(file, at, "expected each option overridden once, found " + key + " twice");
            }
        }
        s.end();
        List<DescriptorInjection> injections = new ArrayList<>();
        SectionInput next = section();
        while (last == Section.INJECTIONS) {
            injections(next, injections);
            next = section();
        }
        afterSource = next;
        return new SessionSource(name, text, overrides, injections);
    }

    private void injections(SectionInput s, List<DescriptorInjection> out) throws SessionFormatException {
        int n = s.count("the number of injections in the block", Integer.MAX_VALUE, MIN_RECORD_BYTES);
        for (int i = 0; i < n; i++) {
            long at = s.offset();
            long position = s.uvarint("an injection's trace position");
            long table = s.uvarint("the table frame of the injection at position " + position);
            long index = s.uvarint("the entry index of the injection at position " + position);
            long level = s.uvarint("the table level of the injection at position " + position);
            long value = s.fixed64("the injected descriptor");
            String what = s.string("what the injection changed");
            try {
                out.add(new DescriptorInjection(position, new Mfn(table), (int) Math.min(index, Integer.MAX_VALUE),
                        (int) Math.min(level, Integer.MAX_VALUE), value, what));
            } catch (IllegalArgumentException e) {
                throw new SessionFormatException(file, at, "expected an injection this version can make, found one where " + e.getMessage());
            }
        }
        s.end();
    }

    /** Reads the rest of the file, reporting every record to the visitor, and checks that the file ends there. */
    public void readTrace(TraceVisitor visitor) throws IOException {
        if (afterSource == null) {
            throw new IllegalStateException("readSource() first");
        }
        kinds(afterSource);
        while (true) {
            SectionInput s = section();
            switch (last) {
                case CALL_PATHS -> callPaths(s, visitor);
                case OPERATIONS -> operations(s, visitor);
                case EVENTS -> events(s, visitor);
                case CHECKPOINTS -> checkpoints(s, visitor);
                case DONE -> {
                    done(s, visitor);
                    return;
                }
                default -> throw new AssertionError(last);
            }
        }
    }

    private void kinds(SectionInput s) throws SessionFormatException {
        int n = s.count("the number of event kinds", SessionFormat.MAX_EVENT_KINDS, 1);
        kinds = new EventKind[n];
        for (int code = 0; code < n; code++) {
            long at = s.offset();
            String name = s.string("the name of event kind " + code);
            kinds[code] = kind(name, at);
            for (int earlier = 0; earlier < code; earlier++) {
                if (kinds[earlier] == kinds[code]) {
                    throw new SessionFormatException(file, at, "expected each event kind named once, found " + name + " twice");
                }
            }
        }
        s.end();
    }

    private EventKind kind(String name, long at) throws SessionFormatException {
        for (EventKind k : EventKind.values()) {
            if (k.name().equals(name)) {
                return k;
            }
        }
        throw new SessionFormatException(file, at, "expected the name of an event kind this version knows, found '" + name + "'");
    }

    private void callPaths(SectionInput s, TraceVisitor v) throws SessionFormatException {
        int n = s.count("the number of call paths in the block", Integer.MAX_VALUE - 1 - paths, MIN_RECORD_BYTES);
        for (int i = 0; i < n; i++) {
            long at = s.offset();
            int id = ++paths;
            int parent = (int) s.below("the parent of call path " + id, id);
            v.callPath(at, id, parent, s.string("the label of call path " + id));
        }
        s.end();
    }

    private void operations(SectionInput s, TraceVisitor v) throws SessionFormatException {
        int n = s.count("the number of operations in the block", Integer.MAX_VALUE - operations, MIN_RECORD_BYTES);
        for (int i = 0; i < n; i++) {
            long at = s.offset();
            lastOperationStart += s.below("the distance from the previous operation's first event", 1L << 40);
            v.operation(at, operations, lastOperationStart, s.string("the name of operation " + operations));
            operations++;
        }
        s.end();
    }

    private void events(SectionInput s, TraceVisitor v) throws SessionFormatException {
        int n = s.count("the number of events in the block", SessionFormat.BLOCK_RECORDS, MIN_EVENT_BYTES);
        long previousA = 0;
        for (int i = 0; i < n; i++) {
            long at = s.offset();
            long index = events;
            int head = s.u8("the kind code of event " + index);
            int code = head & SessionFormat.KIND_MASK;
            if (code >= kinds.length) {
                throw new SessionFormatException(file, at, "expected an event kind code below " + kinds.length + ", found " + code);
            }
            EventKind kind = kinds[code];
            int path = (int) s.below("the call path of event " + index + " (an id of the call-path table)", paths + 1L);
            long a = previousA + s.zigzag("operand a of event " + index);
            previousA = a;
            long b = s.zigzag("operand b of event " + index);
            long c = s.zigzag("operand c of event " + index);
            String detail = (head & SessionFormat.HAS_DETAIL) != 0 ? s.string("the detail of event " + index) : null;
            long[] freed = null;
            if ((head & SessionFormat.HAS_FREED_CONTENTS) != 0) {
                if (kind != EventKind.FRAME_FREE) {
                    throw new SessionFormatException(file, at, "expected freed table contents on a FRAME_FREE event only, found them on "
                            + kind + " event " + index);
                }
                freed = freedContents(s, index);
            }
            v.event(at, new RecordedEvent(index, kind, path, a, b, c, detail, freed));
            events++;
        }
        s.end();
    }

    private long[] freedContents(SectionInput s, long index) throws SessionFormatException {
        int n = s.count("the number of non-zero descriptors freed by event " + index, SessionFormat.TABLE_ENTRIES, MIN_RECORD_BYTES);
        long[] table = new long[SessionFormat.TABLE_ENTRIES];
        int next = 0;
        for (int k = 0; k < n; k++) {
            next += (int) s.below("the gap to the next freed descriptor of event " + index, SessionFormat.TABLE_ENTRIES - next);
            long at = s.offset();
            table[next] = s.zigzag("freed descriptor " + next + " of event " + index);
            if (table[next] == 0) {
                throw new SessionFormatException(file, at, "expected a non-zero freed descriptor (zeros are left out), found 0");
            }
            next++;
        }
        return table;
    }

    private void checkpoints(SectionInput s, TraceVisitor v) throws SessionFormatException {
        int n = s.count("the number of checkpoints in the block", Integer.MAX_VALUE, MIN_RECORD_BYTES);
        for (int i = 0; i < n; i++) {
            long at = s.offset();
            String name = s.string("a checkpoint's name");
            long position = s.below("the position of checkpoint " + name + " (at most the " + events + " events)", events + 1);
            v.checkpoint(at, name, position);
        }
        s.end();
    }

    private void done(SectionInput s, TraceVisitor v) throws IOException {
        long at = s.offset();
        long declared = s.uvarint("the event count");
        if (declared != events) {
            throw new SessionFormatException(file, at, "expected the event count " + events + " (the events the file holds), found "
                    + Long.toUnsignedString(declared));
        }
        if (lastOperationStart > events) {
            throw new SessionFormatException(file, at, "expected every operation to start at or before the trace's end (event " + events
                    + "), found one starting at event " + lastOperationStart);
        }
        long hash = s.fixed64("the machine's state hash");
        s.end();
        if (pos != size || in.read() != -1) {
            throw new SessionFormatException(file, pos, "expected the end of the file after the DONE section, found "
                    + (size > pos ? size - pos + " more bytes" : "more bytes"));
        }
        v.done(at, events, hash);
    }

    /** Reads the next section's header, payload and CRC, and checks it may come next. */
    private SectionInput section() throws IOException {
        long start = pos;
        List<Section> allowed = allowedNext();
        if (size - pos < HEADER_BYTES) {
            throw new SessionFormatException(file, pos, "expected a section header (" + names(allowed) + "), found the end of the file"
                    + (size > pos ? " after " + (size - pos) + " bytes" : ""));
        }
        byte[] head = new byte[HEADER_BYTES];
        fill(head, HEADER_BYTES, "a section header");
        Section s = Section.of(Arrays.copyOf(head, 4));
        if (s == null || !allowed.contains(s)) {
            throw new SessionFormatException(file, start, "expected a section " + names(allowed) + ", found "
                    + (s == null ? "the bytes " + hex(head, 4) : s.tag()));
        }
        long length = (head[4] & 0xffL) << 24 | (head[5] & 0xff) << 16 | (head[6] & 0xff) << 8 | (head[7] & 0xff);
        if (length > SessionFormat.MAX_SECTION_BYTES) {
            throw new SessionFormatException(file, start + 4, "expected a " + s.tag() + " section of at most " + SessionFormat.MAX_SECTION_BYTES
                    + " bytes, found a length of " + length);
        }
        if (length + CRC_BYTES > size - pos) {
            throw new SessionFormatException(file, start + 4, "expected " + length + " bytes of " + s.tag() + " section and its CRC, found the end of the file after "
                    + (size - pos) + " bytes (truncated)");
        }
        if (buffer.length < length) {
            buffer = new byte[(int) Math.max(length, Math.min(buffer.length * 2L, SessionFormat.MAX_SECTION_BYTES))];
        }
        long payload = pos;
        fill(buffer, (int) length, "the " + s.tag() + " section");
        byte[] stored = new byte[CRC_BYTES];
        long crcAt = pos;
        fill(stored, CRC_BYTES, "the CRC of the " + s.tag() + " section");
        crc.reset();
        crc.update(head, 0, 4);
        crc.update(buffer, 0, (int) length);
        long found = (stored[0] & 0xffL) << 24 | (stored[1] & 0xff) << 16 | (stored[2] & 0xff) << 8 | (stored[3] & 0xff);
        if (found != crc.getValue()) {
            throw new SessionFormatException(file, crcAt, String.format("expected the CRC32C 0x%08x of the %s section at byte %d, found 0x%08x: the section is corrupt",
                    crc.getValue(), s.tag(), start, found));
        }
        last = s;
        return new SectionInput(file, s, buffer, (int) length, payload);
    }

    /** The sections that may follow the last one: it again if repeatable, then the next ones up to the first required one. */
    private List<Section> allowedNext() {
        List<Section> out = new ArrayList<>();
        if (last == null) {
            out.add(Section.SCENARIO);
            return out;
        }
        if (last.repeatable()) {
            out.add(last);
        }
        Section[] all = Section.values();
        for (int i = last.ordinal() + 1; i < all.length; i++) {
            out.add(all[i]);
            if (!all[i].repeatable()) {
                break;
            }
        }
        return out;
    }

    private void fill(byte[] into, int n, String what) throws IOException {
        int got = read(into, n);
        pos += got;
        if (got < n) {
            throw new SessionFormatException(file, pos, "expected " + what + ", found the end of the file");
        }
    }

    private int read(byte[] into, int n) throws IOException { return in.readNBytes(into, 0, n); }

    private static String names(List<Section> sections) {
        return String.join(" or ", sections.stream().map(Section::tag).toList());
    }

    private static String hex(byte[] bytes, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : " ").append(String.format("%02x", bytes[i] & 0xff));
        }
        return b.toString();
    }
}
