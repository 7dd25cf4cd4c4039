package org.p2mdbg.core.store;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.zip.CRC32C;

import org.p2mdbg.core.inject.DescriptorInjection;
import org.p2mdbg.core.scenario.RunResult;
import org.p2mdbg.core.trace.CallPaths;
import org.p2mdbg.core.trace.EventKind;
import org.p2mdbg.core.trace.Trace;

/**
 * Writes a session in the format of docs/FILE-FORMAT.md, streaming: the trace is read column by
 * column from memory and written in blocks of at most {@link SessionFormat#BLOCK_BYTES}, so the
 * writer holds one block at a time whatever the trace's length.
 */
public final class SessionWriter {
    private static final EventKind[] KINDS = EventKind.values();

    private final DataOutputStream out;
    private final RecordBuffer records = new RecordBuffer();
    private final RecordBuffer header = new RecordBuffer();
    private final CRC32C crc = new CRC32C();
    private int count;

    private SessionWriter(OutputStream out) { this.out = new DataOutputStream(out); }

    /** Writes the whole session to {@code out} (which it flushes but does not close); the machine must be in its end state. */
    public static void write(Session session, OutputStream out) throws IOException {
        write(session, session.result().machine().stateHash(), out);
    }

    /**
     * As {@link #write(Session, OutputStream)}, with the hash of the machine's end state given: a
     * debugger's machine stands wherever the user stepped, not at the end.
     */
    public static void write(Session session, long endStateHash, OutputStream out) throws IOException {
        new SessionWriter(out).session(session.source(), session.result(), endStateHash);
    }

    private void session(SessionSource source, RunResult r, long endStateHash) throws IOException {
        if (KINDS.length > SessionFormat.MAX_EVENT_KINDS) {
            throw new IllegalStateException(KINDS.length + " event kinds do not fit the format's 6-bit codes");
        }
        Trace trace = r.trace();
        out.write(SessionFormat.MAGIC);
        out.writeInt(SessionFormat.VERSION);

        records.string(source.name());
        records.string(source.text());
        records.uvarint(source.overrides().size());
        for (Map.Entry<String, String> o : source.overrides().entrySet()) {
            records.string(o.getKey());
            records.string(o.getValue());
        }
        single(Section.SCENARIO);

        for (DescriptorInjection i : source.injections()) {
            records.uvarint(i.position());
            records.uvarint(i.table().value());
            records.uvarint(i.index());
            records.uvarint(i.level());
            records.fixed64(i.value());
            records.string(i.what());
            next(Section.INJECTIONS);
        }
        close(Section.INJECTIONS);

        records.uvarint(KINDS.length);
        for (EventKind k : KINDS) {
            records.string(k.name());
        }
        single(Section.EVENT_KINDS);

        CallPaths paths = trace.callPaths();
        for (int p = 1; p < paths.size(); p++) {
            records.uvarint(paths.parent(p));
            records.string(paths.label(p));
            next(Section.CALL_PATHS);
        }
        close(Section.CALL_PATHS);

        long previousStart = 0;
        for (int op = 0; op < trace.operationCount(); op++) {
            records.uvarint(trace.operationStart(op) - previousStart);
            records.string(trace.operationName(op));
            previousStart = trace.operationStart(op);
            next(Section.OPERATIONS);
        }
        close(Section.OPERATIONS);

        events(trace);

        for (Map.Entry<String, Long> c : r.checkpoints().entrySet()) {
            records.string(c.getKey());
            records.uvarint(c.getValue());
            next(Section.CHECKPOINTS);
        }
        close(Section.CHECKPOINTS);

        records.uvarint(trace.size());
        records.fixed64(endStateHash);
        single(Section.DONE);
        out.flush();
    }

    /** Each event: flags and kind code, path, a as a delta from the block's previous a, b, c, extras. */
    private void events(Trace trace) throws IOException {
        long previousA = 0;
        for (long e = 0; e < trace.size(); e++) {
            if (count == 0) {
                previousA = 0;   // each block decodes on its own
            }
            String detail = trace.detail(e);
            long[] freed = trace.kind(e) == EventKind.FRAME_FREE ? trace.freedContents(e) : null;
            records.u8(trace.kind(e).ordinal() | (detail != null ? SessionFormat.HAS_DETAIL : 0)
                    | (freed != null ? SessionFormat.HAS_FREED_CONTENTS : 0));
            records.uvarint(trace.path(e));
            long a = trace.a(e);
            records.zigzag(a - previousA);
            previousA = a;
            records.zigzag(trace.b(e));
            records.zigzag(trace.c(e));
            if (detail != null) {
                records.string(detail);
            }
            if (freed != null) {
                freedContents(freed);
            }
            next(Section.EVENTS);
        }
        close(Section.EVENTS);
    }

    /** The non-zero descriptors only: their count, then each as (gap since the previous index, value). */
    private void freedContents(long[] freed) {
        int nonZero = 0;
        for (long d : freed) {
            nonZero += d != 0 ? 1 : 0;
        }
        records.uvarint(nonZero);
        int nextIndex = 0;
        for (int i = 0; i < freed.length; i++) {
            if (freed[i] != 0) {
                records.uvarint(i - nextIndex);
                records.zigzag(freed[i]);
                nextIndex = i + 1;
            }
        }
    }

    /** One more record in the current block of a repeatable section; the block is written once full. */
    private void next(Section s) throws IOException {
        count++;
        if (count == SessionFormat.BLOCK_RECORDS || records.size() >= SessionFormat.BLOCK_BYTES) {
            close(s);
        }
    }

    /** Writes the pending block of a repeatable section (a reader needs none for an empty list). */
    private void close(Section s) throws IOException {
        if (count == 0) {
            return;
        }
        header.clear();
        header.uvarint(count);
        section(s, header, records);
        count = 0;
    }

    private void single(Section s) throws IOException {
        header.clear();
        section(s, header, records);
    }

    /** Tag, payload length, payload (head then records), CRC32C of tag and payload. */
    private void section(Section s, RecordBuffer head, RecordBuffer body) throws IOException {
        long length = (long) head.size() + body.size();
        if (length > SessionFormat.MAX_SECTION_BYTES) {
            throw new IllegalStateException("a " + s.tag() + " section of " + length + " bytes exceeds the format's "
                    + SessionFormat.MAX_SECTION_BYTES);
        }
        byte[] tag = s.tagBytes();
        crc.reset();
        crc.update(tag);
        crc.update(head.array(), 0, head.size());
        crc.update(body.array(), 0, body.size());
        out.write(tag);
        out.writeInt((int) length);
        out.write(head.array(), 0, head.size());
        out.write(body.array(), 0, body.size());
        out.writeInt((int) crc.getValue());
        body.clear();
    }
}
