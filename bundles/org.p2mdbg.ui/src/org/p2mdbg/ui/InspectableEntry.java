package org.p2mdbg.ui;

import org.p2mdbg.core.decode.DescriptorFormat;
import org.p2mdbg.core.format.lpae.DecodedField;

/**
 * What the Descriptor Inspector shows: one descriptor of any format, at a place (a session's table
 * entry, a dumped guest's table entry). A selection element that is one, or adapts to one
 * (IAdaptable), is inspected; this is how other views hand their entries to the inspector.
 */
public interface InspectableEntry {
    /** Whose entry, where ("guest p2m — L3 table MFN 0x40004[0]"). */
    String title();

    int level();

    DescriptorFormat format();

    /** The descriptor as it is now (for a session's entry: at the session's position). */
    long value();

    /** Whether the current event reads or writes this very entry (then the inspector shows old → new). */
    default boolean isTouchedBy(TouchedEntry touched) { return false; }

    /** A field's meaning with what the owner of the tables adds to it (Xen's p2m type in the software bits). */
    default String meaning(DecodedField field) { return field.meaning(); }
}
