package org.p2mdbg.core.machine;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The emulated machine's architecture, by its scenario spelling ({@code machine arm64 ipa=40}). */
public enum Arch {
    ARM64("arm64"),
    ARM32("arm32"),
    X86_64_PV("x86_64-pv"),
    X86_64_HVM("x86_64-hvm");

    private final String scenarioName;

    Arch(String scenarioName) { this.scenarioName = scenarioName; }

    public String scenarioName() { return scenarioName; }

    /** True for the architectures whose guests have a Xen-on-Arm stage-2 p2m. */
    public boolean isArm() { return this == ARM64 || this == ARM32; }

    public static Arch parse(String name) {
        for (Arch a : values()) {
            if (a.scenarioName.equals(name)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown architecture " + name + " (known: " + known() + ")");
    }

    private static String known() {
        return Arrays.stream(values()).map(Arch::scenarioName).collect(Collectors.joining(", "));
    }
}
