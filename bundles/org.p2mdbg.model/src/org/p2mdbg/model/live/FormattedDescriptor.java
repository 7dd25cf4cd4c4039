package org.p2mdbg.model.live;

import org.p2mdbg.core.mem.Mfn;

/**
 * A descriptor of the live model as a view can decode it again, whatever its table: the format its
 * raw value is in (with the core's decoder) and the table page that holds it (the entry is the
 * descriptor's index modulo 512). Every descriptor of the live model is one.
 */
public interface FormattedDescriptor {
    DescriptorFormat format();

    Mfn tableMfn();
}
