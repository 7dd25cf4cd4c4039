package org.p2mdbg.core.dump;

/** The e_machine values a QEMU dump-guest-memory core carries, by the guests whose tables we can walk. */
public enum ElfMachine {
    X86_64(62, "x86-64"),
    AARCH64(183, "AArch64"),
    /** Any other machine: the core can be read, its tables cannot be walked. */
    OTHER(-1, "other");

    private final int code;
    private final String label;

    ElfMachine(int code, String label) {
        this.code = code;
        this.label = label;
    }

    public int code() { return code; }

    public String label() { return label; }

    public static ElfMachine of(int eMachine) {
        for (ElfMachine m : values()) {
            if (m.code == eMachine) {
                return m;
            }
        }
        return OTHER;
    }
}
