package org.p2mdbg.core.format.aarch64;

/**
 * A VMSAv8-64 translation granule: the size of a page and of a (non-root) table. Each level resolves
 * {@code bits() - 3} address bits, because a table is one granule of 8-byte descriptors.
 */
public enum Granule {
    K4(12, "4 KiB"),
    K16(14, "16 KiB"),
    K64(16, "64 KiB");

    private final int bits;
    private final String label;

    Granule(int bits, String label) {
        this.bits = bits;
        this.label = label;
    }

    /** log2 of the granule size: 12, 14 or 16. */
    public int bits() { return bits; }

    /** Address bits one table level resolves (9, 11 or 13). */
    public int stride() { return bits - 3; }

    public String label() { return label; }

    /** TCR_ELx.TG0 [15:14]: 0b00 4 KiB, 0b01 64 KiB, 0b10 16 KiB; 0b11 is reserved. */
    public static Granule fromTg0(int tg0) {
        return switch (tg0) {
            case 0 -> K4;
            case 1 -> K64;
            case 2 -> K16;
            default -> throw new IllegalArgumentException("TCR_EL1.TG0 = 0b11 is a reserved granule encoding");
        };
    }

    /** TCR_ELx.TG1 [31:30]: 0b01 16 KiB, 0b10 4 KiB, 0b11 64 KiB; 0b00 is reserved. */
    public static Granule fromTg1(int tg1) {
        return switch (tg1) {
            case 1 -> K16;
            case 2 -> K4;
            case 3 -> K64;
            default -> throw new IllegalArgumentException("TCR_EL1.TG1 = 0b00 is a reserved granule encoding");
        };
    }
}
