package org.p2mdbg.core.format.lpae;

/** One field of one descriptor with its value and what that value means. */
public record DecodedField(BitField field, long value, String meaning) {
    public String name() { return field.name(); }
}
