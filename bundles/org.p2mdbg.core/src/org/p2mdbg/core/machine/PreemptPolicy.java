package org.p2mdbg.core.machine;

import java.util.Arrays;
import java.util.TreeSet;

/**
 * What hypercall_preempt_check() answers, as a scenario chooses it: {@code never}, {@code always},
 * {@code every:N} (yes on every N-th check) or {@code at:2,5} (yes on exactly those checks). Checks
 * are numbered from 1 across the whole machine, so a scenario can aim at the restart path of any
 * preemptible loop.
 */
public final class PreemptPolicy {
    private static final String EXPECTED = "never, always, every:N (N >= 1) or at:N[,N...] (N >= 1)";

    private final String spelling;
    private final long every;          // 0 = not an every:N policy
    private final long[] at;           // sorted; empty unless an at: policy
    private final boolean always;

    private PreemptPolicy(String spelling, boolean always, long every, long[] at) {
        this.spelling = spelling;
        this.always = always;
        this.every = every;
        this.at = at;
    }

    public static PreemptPolicy never() { return new PreemptPolicy("never", false, 0, new long[0]); }

    public static PreemptPolicy parse(String text) {
        if (text.equals("never")) {
            return never();
        }
        if (text.equals("always")) {
            return new PreemptPolicy("always", true, 0, new long[0]);
        }
        if (text.startsWith("every:")) {
            long n = number(text, text.substring(6));
            return new PreemptPolicy("every:" + n, false, n, new long[0]);
        }
        if (text.startsWith("at:")) {
            TreeSet<Long> checks = new TreeSet<>();
            for (String part : text.substring(3).split(",", -1)) {
                checks.add(number(text, part.trim()));
            }
            long[] sorted = checks.stream().mapToLong(Long::longValue).toArray();
            String spelled = "at:" + String.join(",", Arrays.stream(sorted).mapToObj(Long::toString).toList());
            return new PreemptPolicy(spelled, false, 0, sorted);
        }
        throw new IllegalArgumentException("bad preemption policy " + text + " (expected " + EXPECTED + ")");
    }

    /** Whether the check with this 1-based machine-wide number says "preempt". */
    public boolean preempt(long checkNumber) {
        if (always) {
            return true;
        }
        if (every > 0) {
            return checkNumber % every == 0;
        }
        return Arrays.binarySearch(at, checkNumber) >= 0;
    }

    @Override public String toString() { return spelling; }

    @Override public boolean equals(Object o) { return o instanceof PreemptPolicy p && p.spelling.equals(spelling); }

    @Override public int hashCode() { return spelling.hashCode(); }

    private static long number(String whole, String digits) {
        try {
            long n = Long.decode(digits);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below with the whole policy
        }
        throw new IllegalArgumentException("bad preemption policy " + whole + ": " + (digits.isEmpty() ? "missing number" : digits
                + " is not a check number >= 1") + " (expected " + EXPECTED + ")");
    }
}
