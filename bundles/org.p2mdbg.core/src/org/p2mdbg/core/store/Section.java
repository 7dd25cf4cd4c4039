package org.p2mdbg.core.store;

import java.nio.charset.StandardCharsets;

/**
 * The sections of a session file, in the only order they may appear (docs/FILE-FORMAT.md). A
 * repeatable section holds a count and that many records, and may follow itself any number of
 * times (zero included) so that no section has to be larger than a block.
 */
enum Section {
    /** The scenario's name, text and option overrides: what a load runs again. */
    SCENARIO("SCEN", false),
    /** The faults injected into the run (none in most files): what a load injects again. */
    INJECTIONS("INJS", true),
    /** The name of each event kind code used in the events. */
    EVENT_KINDS("KIND", false),
    /** The call-path table: for each path id from 1, its parent id and its label. */
    CALL_PATHS("PATH", true),
    /** The operations: first event and name. */
    OPERATIONS("OPER", true),
    /** The events, with their details and the contents of the tables they freed. */
    EVENTS("EVNT", true),
    /** The checkpoints: name and trace position. */
    CHECKPOINTS("CKPT", true),
    /** The event count and the machine's final state hash; the file ends after it. */
    DONE("DONE", false);

    private static final Section[] VALUES = values();

    private final String tag;
    private final boolean repeatable;

    Section(String tag, boolean repeatable) {
        this.tag = tag;
        this.repeatable = repeatable;
    }

    String tag() { return tag; }

    boolean repeatable() { return repeatable; }

    /** The tag as the 4 bytes a file holds. */
    byte[] tagBytes() { return tag.getBytes(StandardCharsets.US_ASCII); }

    /** The section with this 4-byte tag, or null. */
    static Section of(byte[] tag) {
        String s = new String(tag, StandardCharsets.ISO_8859_1);
        for (Section k : VALUES) {
            if (k.tag.equals(s)) {
                return k;
            }
        }
        return null;
    }
}
