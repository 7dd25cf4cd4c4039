package org.p2mdbg.model.live;

import static org.p2mdbg.model.P2mPackage.Literals.DESCRIPTOR__KIND;
import static org.p2mdbg.model.P2mPackage.Literals.DESCRIPTOR__OUTPUT_MFN;
import static org.p2mdbg.model.P2mPackage.Literals.DESCRIPTOR__RAW;

import java.util.List;

import org.eclipse.emf.common.util.EList;
import org.p2mdbg.core.format.lpae.DecodedField;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.model.DescriptorField;
import org.p2mdbg.model.DescriptorKind;
import org.p2mdbg.model.Table;
import org.p2mdbg.model.impl.DescriptorImpl;

/**
 * One descriptor of a {@link LiveTable}, in the table's format. Its decoded fields are made on first
 * access of {@link #getFields()}, and the next-level table of a table descriptor on first access of
 * {@link #getChild()}; until then neither costs an object.
 */
public final class LiveDescriptor extends DescriptorImpl implements FormattedDescriptor {
    private final TableSource source;
    private final Mfn table;
    private boolean fieldsMade;

    LiveDescriptor(TableSource source, Mfn table, int level, int index, long inputStart, long inputEnd, long raw) {
        this.source = source;
        this.table = table;
        setLevel(level);
        setIndex(index);
        setInputStart(inputStart);
        setInputEnd(inputEnd);
        setRaw(raw);
        setKind(source.format().kind(raw, level));
        setOutputMfn(outputOf(raw));
    }

    @Override public DescriptorFormat format() { return source.format(); }

    @Override public Mfn tableMfn() { return table; }

    /** The decoded bit fields of the format's decoder, made on first access. */
    @Override public EList<DescriptorField> getFields() {
        EList<DescriptorField> list = super.getFields();
        if (!fieldsMade) {
            fieldsMade = true;
            ModelUpdates.silently(this, () -> list.addAll(DescriptorFields.of(decode())));
        }
        return list;
    }

    /** The next-level table of a table descriptor, made on first access; null for any other kind. */
    @Override public Table getChild() {
        if (child == null && getKind() == DescriptorKind.TABLE) {
            LiveTable next = new LiveTable(source, getOutputMfn(), source.format().childLevel(getRaw(), getLevel()), getInputStart());
            ModelUpdates.silently(this, () -> setChild(next));
        }
        return child;
    }

    /**
     * Takes the descriptor's current value: changed attributes and fields are updated in place; a
     * next-level table already made is refreshed while the descriptor still points at it, and
     * dropped (to be made again on demand) when it no longer does.
     */
    void update(long raw) {
        if (raw != getRaw()) {
            ModelUpdates.set(this, DESCRIPTOR__RAW, raw);
            ModelUpdates.set(this, DESCRIPTOR__KIND, source.format().kind(raw, getLevel()));
            ModelUpdates.set(this, DESCRIPTOR__OUTPUT_MFN, outputOf(raw));
            if (fieldsMade) {
                DescriptorFields.update(super.getFields(), decode());
            }
        }
        if (child instanceof LiveTable next) {
            if (getKind() == DescriptorKind.TABLE && next.getMfn().equals(getOutputMfn())
                    && next.getLevel() == source.format().childLevel(raw, getLevel())) {
                next.refresh();
            } else {
                setChild(null);
            }
        }
    }

    private List<DecodedField> decode() { return source.format().decode(getRaw(), getLevel()); }

    private Mfn outputOf(long raw) { return source.format().isValid(raw) ? source.format().output(raw) : Mfn.INVALID; }
}
