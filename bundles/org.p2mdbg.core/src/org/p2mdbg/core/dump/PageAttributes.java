package org.p2mdbg.core.dump;

/** The effective attributes of a mapping, as the walk of its whole table path makes them. */
public sealed interface PageAttributes permits X86PageAttributes, Aarch64PageAttributes {
    /** A short fixed-order spelling for one-line listings. */
    String flags();
}
