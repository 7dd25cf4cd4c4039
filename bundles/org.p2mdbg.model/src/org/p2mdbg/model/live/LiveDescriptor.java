package org.p2mdbg.model.live;

import static org.p2mdbg.model.P2mPackage.Literals.DESCRIPTOR_FIELD__MEANING;
import static org.p2mdbg.model.P2mPackage.Literals.DESCRIPTOR_FIELD__VALUE;
import static org.p2mdbg.model.P2mPackage.Literals.DESCRIPTOR__KIND;
import static org.p2mdbg.model.P2mPackage.Literals.DESCRIPTOR__OUTPUT_MFN;
import static org.p2mdbg.model.P2mPackage.Literals.DESCRIPTOR__RAW;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.EList;
import org.p2mdbg.core.format.lpae.DecodedField;
import org.p2mdbg.core.format.lpae.Lpae;
import org.p2mdbg.core.format.lpae.Stage;
import org.p2mdbg.core.mem.FrameStore;
import org.p2mdbg.core.mem.Mfn;
import org.p2mdbg.model.DescriptorField;
import org.p2mdbg.model.DescriptorKind;
import org.p2mdbg.model.P2mFactory;
import org.p2mdbg.model.Table;
import org.p2mdbg.model.impl.DescriptorImpl;

/**
 * One descriptor of a {@link LiveTable}. Its decoded fields are made on first access of
 * {@link #getFields()}, and the next-level table of a table descriptor on first access of
 * {@link #getChild()}; until then neither costs an object.
 */
public final class LiveDescriptor extends DescriptorImpl {
    private final FrameStore frames;
    private final Stage stage;
    private boolean fieldsMade;

    LiveDescriptor(FrameStore frames, Stage stage, int level, int index, long inputStart, long inputEnd, long raw) {
        this.frames = frames;
        this.stage = stage;
        setLevel(level);
        setIndex(index);
        setInputStart(inputStart);
        setInputEnd(inputEnd);
        setRaw(raw);
        setKind(kindOf(raw, level));
        setOutputMfn(Lpae.isValid(raw) ? Lpae.mfn(raw) : Mfn.INVALID);
    }

    /**
     * What a descriptor is at a level, in the words of the architecture manual: bits[1:0] = 11 is a
     * table at levels 0-2 and a page at level 3; 01 is a block at levels 1-2, while a level-0 block
     * (4 KiB granule) and 01 at level 3 are reserved, which a walk treats as a fault.
     */
    public static DescriptorKind kindOf(long raw, int level) {
        if (!Lpae.isValid(raw)) {
            return DescriptorKind.INVALID;
        }
        if (Lpae.isTable(raw, level)) {
            return DescriptorKind.TABLE;
        }
        if (level == 3) {
            return Lpae.isMapping(raw, 3) ? DescriptorKind.PAGE : DescriptorKind.RESERVED;
        }
        return level == 0 ? DescriptorKind.RESERVED : DescriptorKind.BLOCK;
    }

    /** The decoded bit fields of {@code Lpae.decode}, made on first access. */
    @Override public EList<DescriptorField> getFields() {
        EList<DescriptorField> list = super.getFields();
        if (!fieldsMade) {
            fieldsMade = true;
            ModelUpdates.silently(this, () -> list.addAll(newFields(decode())));
        }
        return list;
    }

    /** The next-level table of a table descriptor, made on first access; null for any other kind. */
    @Override public Table getChild() {
        if (child == null && getKind() == DescriptorKind.TABLE) {
            LiveTable table = new LiveTable(frames, stage, getOutputMfn(), getLevel() + 1, getInputStart());
            ModelUpdates.silently(this, () -> setChild(table));
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
            ModelUpdates.set(this, DESCRIPTOR__KIND, kindOf(raw, getLevel()));
            ModelUpdates.set(this, DESCRIPTOR__OUTPUT_MFN, Lpae.isValid(raw) ? Lpae.mfn(raw) : Mfn.INVALID);
            if (fieldsMade) {
                updateFields(decode());
            }
        }
        if (child instanceof LiveTable table) {
            if (getKind() == DescriptorKind.TABLE && table.getMfn().equals(getOutputMfn())) {
                table.refresh();
            } else {
                setChild(null);
            }
        }
    }

    private List<DecodedField> decode() { return Lpae.decode(getRaw(), getLevel(), stage); }

    /** Same fields (a table stays a table): values change in place; otherwise the list is replaced. */
    private void updateFields(List<DecodedField> decoded) {
        EList<DescriptorField> list = super.getFields();
        boolean sameFields = list.size() == decoded.size();
        for (int i = 0; sameFields && i < list.size(); i++) {
            sameFields = list.get(i).getName().equals(decoded.get(i).name());
        }
        if (!sameFields) {
            list.clear();
            list.addAll(newFields(decoded));
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            DescriptorField field = list.get(i);
            ModelUpdates.set(field, DESCRIPTOR_FIELD__VALUE, decoded.get(i).value());
            ModelUpdates.set(field, DESCRIPTOR_FIELD__MEANING, decoded.get(i).meaning());
        }
    }

    private static List<DescriptorField> newFields(List<DecodedField> decoded) {
        List<DescriptorField> fields = new ArrayList<>(decoded.size());
        for (DecodedField d : decoded) {
            DescriptorField f = P2mFactory.eINSTANCE.createDescriptorField();
            f.setName(d.name());
            f.setBits(d.field().bits());
            f.setValue(d.value());
            f.setMeaning(d.meaning());
            fields.add(f);
        }
        return fields;
    }
}
