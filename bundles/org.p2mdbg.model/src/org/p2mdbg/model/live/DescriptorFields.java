package org.p2mdbg.model.live;

import static org.p2mdbg.model.P2mPackage.Literals.DESCRIPTOR_FIELD__MEANING;
import static org.p2mdbg.model.P2mPackage.Literals.DESCRIPTOR_FIELD__VALUE;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.EList;
import org.p2mdbg.core.format.lpae.DecodedField;
import org.p2mdbg.model.DescriptorField;
import org.p2mdbg.model.P2mFactory;

/** A descriptor's decoded bit fields as model objects, made once and then updated in place. */
final class DescriptorFields {
    private DescriptorFields() {}

    /** Same fields (a table stays a table): values change in place; otherwise the list is replaced. */
    static void update(EList<DescriptorField> list, List<DecodedField> decoded) {
        boolean sameFields = list.size() == decoded.size();
        for (int i = 0; sameFields && i < list.size(); i++) {
            sameFields = list.get(i).getName().equals(decoded.get(i).name());
        }
        if (!sameFields) {
            list.clear();
            list.addAll(of(decoded));
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            DescriptorField field = list.get(i);
            ModelUpdates.set(field, DESCRIPTOR_FIELD__VALUE, decoded.get(i).value());
            ModelUpdates.set(field, DESCRIPTOR_FIELD__MEANING, decoded.get(i).meaning());
        }
    }

    static List<DescriptorField> of(List<DecodedField> decoded) {
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
