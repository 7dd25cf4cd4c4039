package org.p2mdbg.core.store;

import org.p2mdbg.core.scenario.ScenarioFiles;

/**
 * The constants of the session file format (docs/FILE-FORMAT.md): the magic, the version, the
 * flags of an event record and the hard limits every length read from a file is checked against
 * before anything is allocated from it.
 */
public final class SessionFormat {
    /** The first 8 bytes: a non-ASCII byte, "P2MT", CR LF and ^Z (like PNG's, to catch text-mode copies). */
    static final byte[] MAGIC = {(byte) 0x89, 'P', '2', 'M', 'T', '\r', '\n', 0x1a};
    /** The format version this code writes and reads; any change of the layout makes a new one. */
    public static final int VERSION = 1;
    /** The file name extension sessions are saved with. */
    public static final String EXTENSION = ".p2mt";

    /** No section payload is larger: a reader never buffers more than this at once. */
    static final int MAX_SECTION_BYTES = 16 << 20;
    /** No string is longer (in UTF-8 bytes): the largest is the scenario text, bounded like a scenario file. */
    static final int MAX_STRING_BYTES = (int) ScenarioFiles.MAX_BYTES;
    /** A writer closes a block of records once it holds this many bytes... */
    static final int BLOCK_BYTES = 1 << 20;
    /** ...or this many records. */
    static final int BLOCK_RECORDS = 1 << 16;
    /** Event kind codes fit the low 6 bits of an event's first byte. */
    static final int MAX_EVENT_KINDS = 64;
    static final int KIND_MASK = MAX_EVENT_KINDS - 1;
    /** Set in an event's first byte when a detail string follows its operands. */
    static final int HAS_DETAIL = 0x40;
    /** Set in an event's first byte when the contents of the table it freed follow. */
    static final int HAS_FREED_CONTENTS = 0x80;
    /** A freed table holds at most this many descriptors. */
    static final int TABLE_ENTRIES = 512;

    private SessionFormat() {}
}
