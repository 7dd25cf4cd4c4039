package org.p2mdbg.core.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

class PreemptPolicyTest {
    private static List<Long> yesAmongFirstTen(String policy) {
        PreemptPolicy p = PreemptPolicy.parse(policy);
        return LongStream.rangeClosed(1, 10).filter(p::preempt).boxed().toList();
    }

    @Test void theFourPolicies() {
        assertEquals(List.of(), yesAmongFirstTen("never"));
        assertEquals(LongStream.rangeClosed(1, 10).boxed().toList(), yesAmongFirstTen("always"));
        assertEquals(List.of(3L, 6L, 9L), yesAmongFirstTen("every:3"));
        assertEquals(List.of(2L, 5L), yesAmongFirstTen("at:5,2"));
    }

    @Test void spelledBackInScenarioForm() {
        assertEquals("at:2,5", PreemptPolicy.parse("at:5, 2,5").toString());
        assertEquals("every:16", PreemptPolicy.parse("every:0x10").toString());
        assertEquals("never", PreemptPolicy.never().toString());
    }

    @Test void badPoliciesSayWhatIsExpected() {
        assertEquals("bad preemption policy sometimes (expected never, always, every:N (N >= 1) or at:N[,N...] (N >= 1))",
                assertThrows(IllegalArgumentException.class, () -> PreemptPolicy.parse("sometimes")).getMessage());
        assertEquals("bad preemption policy every:0: 0 is not a check number >= 1 (expected never, always, every:N (N >= 1) or at:N[,N...] (N >= 1))",
                assertThrows(IllegalArgumentException.class, () -> PreemptPolicy.parse("every:0")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> PreemptPolicy.parse("at:2,,5"));
        assertThrows(IllegalArgumentException.class, () -> PreemptPolicy.parse("at:"));
    }
}
