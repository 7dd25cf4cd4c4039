package org.p2mdbg.ui.dump;

import java.util.OptionalLong;

import org.p2mdbg.core.dump.Aarch64Paging;
import org.p2mdbg.core.dump.Aarch64Registers;

/**
 * The three registers an AArch64 dump needs, as typed (hex, as {@code info registers} prints them),
 * checked the way the walk will use them. A TTBR may be left empty (its half is then not walked), but
 * not both; TCR_EL1 is required and must describe a walk the architecture allows.
 *
 * @param registers the registers, or null when {@code error} says what is wrong
 * @param error the first problem, naming the field ("TTBR1_EL1: ..."), or null
 */
public record Aarch64RegisterInput(Aarch64Registers registers, String error) {
    public static Aarch64RegisterInput parse(String ttbr0, String ttbr1, String tcr) {
        OptionalLong t0;
        OptionalLong t1;
        Long c;
        try {
            t0 = optional("TTBR0_EL1", ttbr0);
            t1 = optional("TTBR1_EL1", ttbr1);
            if (tcr.isBlank()) {
                return failed("TCR_EL1: required (it gives the granules, the VA sizes and the PA size)");
            }
            c = hex("TCR_EL1", tcr);
        } catch (IllegalArgumentException e) {
            return failed(e.getMessage());
        }
        if (t0.isEmpty() && t1.isEmpty()) {
            return failed("TTBR0_EL1 / TTBR1_EL1: give at least one of them");
        }
        Aarch64Registers regs = new Aarch64Registers(t0, t1, c);
        try {
            Aarch64Paging.addressSpace(a -> 0, regs);   // checks TCR_EL1 without reading memory
        } catch (IllegalArgumentException e) {
            return failed(e.getMessage().startsWith("TCR_EL1") ? e.getMessage() : "TCR_EL1: " + e.getMessage());
        }
        return new Aarch64RegisterInput(regs, null);
    }

    public boolean isValid() { return error == null; }

    private static OptionalLong optional(String field, String text) {
        return text.isBlank() ? OptionalLong.empty() : OptionalLong.of(hex(field, text));
    }

    private static long hex(String field, String text) {
        Long v = VaInput.parse(text);
        if (v == null) {
            throw new IllegalArgumentException(field + ": '" + text.strip() + "' is not a 64-bit hex value");
        }
        return v;
    }

    private static Aarch64RegisterInput failed(String error) { return new Aarch64RegisterInput(null, error); }
}
