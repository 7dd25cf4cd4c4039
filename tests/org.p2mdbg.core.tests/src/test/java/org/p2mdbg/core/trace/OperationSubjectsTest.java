package org.p2mdbg.core.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

class OperationSubjectsTest {
    @Test void theFirstWordNamingADomainIsTheSubject() {
        Trace t = new Trace();
        for (String statement : new String[] {
            "map guest gfn=0x40000 nr=4 foreign=dom0:0x1234",   // dom0 is not a word of its own here
            "destroy guest (relinquish #2)",
            "domain dom0 id=0",
            "xen-pt map virt=0x200000 mfn=0x5000 nr=512 flags=rw,block",
            "populate guestx gfn=0x1"}) {
            t.beginOperation(statement);
        }
        OperationSubjects s = OperationSubjects.fromNames(t, Map.of(0, "dom0", 1, "guest"));
        assertEquals(1, s.subject(0));
        assertEquals(1, s.subject(1));
        assertEquals(0, s.subject(2));
        assertEquals(OperationSubjects.NONE, s.subject(3));
        assertEquals(OperationSubjects.NONE, s.subject(4));
        assertEquals(OperationSubjects.NONE, s.subject(5));     // an operation recorded later
        assertEquals(OperationSubjects.NONE, s.subject(-1));    // events before the first operation
    }

    @Test void subjectsCanBeGivenExplicitly() {
        OperationSubjects s = OperationSubjects.of(3, OperationSubjects.NONE);
        assertEquals(3, s.subject(0));
        assertEquals(OperationSubjects.NONE, s.subject(1));
    }
}
