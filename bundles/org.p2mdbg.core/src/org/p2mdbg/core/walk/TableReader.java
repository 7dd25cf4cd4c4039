package org.p2mdbg.core.walk;

import org.p2mdbg.core.mem.Mfn;

/** The single port through which a walk reads a descriptor (traced for emulation, untraced for views). */
@FunctionalInterface
public interface TableReader {
    long read(Mfn table, int index);
}
