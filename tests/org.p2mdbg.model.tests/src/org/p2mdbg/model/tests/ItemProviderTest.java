package org.p2mdbg.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.junit.jupiter.api.Test;
import org.p2mdbg.model.Descriptor;
import org.p2mdbg.model.Operation;
import org.p2mdbg.model.P2mPackage;
import org.p2mdbg.model.Table;
import org.p2mdbg.model.edit.LiveItemProviderAdapterFactory;
import org.p2mdbg.model.live.LiveMachine;
import org.p2mdbg.model.live.LiveTable;

/** What a viewer gets from the item providers: labels, read-only properties, and children made on demand. */
class ItemProviderTest {
    private final LiveItemProviderAdapterFactory providers = new LiveItemProviderAdapterFactory();
    private final LiveMachine model = ThinSlice.model();

    @Test void labelsReadLikeADebugger() {
        Table root = ThinSlice.p2m(model).getTables().get(0);
        assertEquals("L1 table 0x40000 (0x0..0x7fffffffff, 1 valid)", text(root));
        assertEquals("[2] table 0x80000000 → 0x40002", text(ThinSlice.level1(model)));
        List<Descriptor> level2 = ThinSlice.level2(model).getDescriptors();
        assertEquals("[1] block 0x80200000 → 0x60000 (2 MiB)", text(level2.get(1)));
        Descriptor page = ThinSlice.level3(model).getDescriptors().get(0);
        assertEquals("[0] page 0x80000000 → 0x50000", text(page));
        assertEquals("S2AP [7:6] = 0x3: read/write", text(page.getFields().get(4)));
        assertEquals("[3] invalid 0x80003000", text(((LiveTable) ThinSlice.level3(model)).descriptor(3)));
        assertEquals("Domain guest", text(ThinSlice.guest(model)));

        Operation map = model.getOperations().get(1);
        assertEquals("#1 map guest gfn=0x80000 nr=1 mfn=0x50000 type=ram_rw (events 7..19)", text(map));
        assertEquals("#7 OPERATION_START map guest gfn=0x80000 nr=1 mfn=0x50000 type=ram_rw", text(map.getSteps().get(0)));
        assertEquals("#18 PTE_WRITE map guest gfn=0x80000 nr=1 mfn=0x50000 type=ram_rw > p2m_insert_mapping > p2m_set_entry"
                + " > __p2m_set_entry > level 3", text(map.getSteps().get(11)));
    }

    @Test void everyObjectHasItsIconFromTheEditBundle() {
        Descriptor page = ThinSlice.level3(model).getDescriptors().get(0);
        for (Object o : List.of(model, ThinSlice.guest(model), ThinSlice.p2m(model), ThinSlice.level3(model), page,
                page.getFields().get(0), model.getOperations().get(0), model.getCosts(), model.getCheckpoints().get(0))) {
            Object image = ((IItemLabelProvider) providers.adapt(o, IItemLabelProvider.class)).getImage(o);
            assertTrue(image.toString().contains("icons/full/obj16/" + ((EObject) o).eClass().getName() + ".gif"), image::toString);
        }
    }

    @Test void aDescriptorShowsEveryAttributeAsAReadOnlyProperty() {
        Descriptor page = ThinSlice.level3(model).getDescriptors().get(0);
        IItemPropertySource source = (IItemPropertySource) providers.adapt(page, IItemPropertySource.class);
        List<IItemPropertyDescriptor> properties = source.getPropertyDescriptors(page);
        assertEquals(List.of("Index", "Level", "Raw", "Kind", "Output Mfn", "Input Start", "Input End"),
                properties.stream().map(p -> p.getDisplayName(page)).toList());
        assertEquals(List.of("0", "3", "0x800000500007ff", "page", "0x50000", "0x80000000", "0x80000fff"),
                properties.stream().map(p -> p.getLabelProvider(page).getText(p.getPropertyValue(page))).toList());
        for (IItemPropertyDescriptor p : properties) {
            assertFalse(p.canSetProperty(page), p.getDisplayName(page));
        }
    }

    @Test void askingForAnExpandArrowMakesNothing() {
        LiveTable root = (LiveTable) ThinSlice.p2m(model).getTables().get(0);
        ITreeItemContentProvider tree = (ITreeItemContentProvider) providers.adapt(root, ITreeItemContentProvider.class);
        assertTrue(tree.hasChildren(root));
        assertFalse(root.isMaterialised());

        List<?> children = List.copyOf(tree.getChildren(root));
        assertTrue(root.isMaterialised());
        Descriptor tableEntry = (Descriptor) children.get(0);
        ITreeItemContentProvider entry = (ITreeItemContentProvider) providers.adapt(tableEntry, ITreeItemContentProvider.class);
        assertTrue(entry.hasChildren(tableEntry));
        assertFalse(tableEntry.eIsSet(P2mPackage.Literals.DESCRIPTOR__CHILD));
        assertEquals(List.of(tableEntry.getChild()), List.copyOf(entry.getChildren(tableEntry)));

        Descriptor block = ThinSlice.level2(model).getDescriptors().get(1);
        assertFalse(((ITreeItemContentProvider) providers.adapt(block, ITreeItemContentProvider.class)).hasChildren(block));
    }

    private String text(Object object) {
        return ((IItemLabelProvider) providers.adapt(object, IItemLabelProvider.class)).getText(object);
    }
}
