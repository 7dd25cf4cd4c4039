package org.p2mdbg.core.trace;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Which domain each operation of a trace acts on (-1 for none, e.g. an update of Xen's own tables).
 * Events carry no domain themselves: work done inside an operation is done on behalf of its subject
 * (a reference taken while mapping a foreign page into "guest" is held by guest).
 */
public final class OperationSubjects {
    public static final int NONE = -1;

    private final int[] subjects;

    private OperationSubjects(int[] subjects) { this.subjects = subjects; }

    /** Subjects given explicitly, indexed by operation. */
    public static OperationSubjects of(int... subjects) { return new OperationSubjects(subjects.clone()); }

    /**
     * Subjects read from the operation names, which are scenario statements: the first
     * whitespace-separated word naming a domain ("map guest gfn=..." acts on guest; "foreign=dom0:0x12"
     * is not a word naming dom0).
     */
    public static OperationSubjects fromNames(Trace trace, Map<Integer, String> domainNames) {
        Map<String, Integer> ids = new HashMap<>();
        domainNames.forEach((id, name) -> ids.putIfAbsent(name, id));
        int[] s = new int[trace.operationCount()];
        Arrays.fill(s, NONE);
        for (int op = 0; op < s.length; op++) {
            for (String word : trace.operationName(op).split("\\s+")) {
                Integer id = ids.get(word);
                if (id != null) {
                    s[op] = id;
                    break;
                }
            }
        }
        return new OperationSubjects(s);
    }

    /** The domain operation {@code op} acts on, or {@link #NONE}. */
    public int subject(int op) { return op >= 0 && op < subjects.length ? subjects[op] : NONE; }
}
