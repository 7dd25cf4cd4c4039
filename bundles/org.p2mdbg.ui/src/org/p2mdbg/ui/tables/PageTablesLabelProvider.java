package org.p2mdbg.ui.tables;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.jface.viewers.IColorProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.p2mdbg.core.mem.Hex;
import org.p2mdbg.model.Descriptor;
import org.p2mdbg.model.DescriptorKind;
import org.p2mdbg.model.Table;
import org.p2mdbg.model.VlptSlot;
import org.p2mdbg.ui.BrowsableNode;
import org.p2mdbg.ui.TouchedEntry;
import org.p2mdbg.ui.emf.ItemLabelProvider;

/**
 * Labels of the Page Tables tree: the item providers' text, page nodes as "[64..127] 0x...–0x...",
 * and the entry the current event reads (blue) or writes (orange) highlighted, in any table (a p2m,
 * Xen's, a device's IOMMU tables, a PV process's) and in a VLPT window's xen_second slots.
 */
final class PageTablesLabelProvider extends LabelProvider implements IColorProvider {
    private static final RGB WRITTEN = new RGB(255, 214, 153);
    private static final RGB READ = new RGB(204, 224, 255);

    private final ItemLabelProvider items;
    private final Color written;
    private final Color read;
    private TouchedEntry touched;

    PageTablesLabelProvider(AdapterFactory adapters) {
        this.items = new ItemLabelProvider(adapters);
        this.written = new Color(Display.getCurrent(), WRITTEN);
        this.read = new Color(Display.getCurrent(), READ);
    }

    /** The entry the current event touches (null: none), highlighted from the next refresh on. */
    void setTouched(TouchedEntry touched) { this.touched = touched; }

    @Override
    public String getText(Object element) {
        if (element instanceof BrowsableNode n) {
            return n.label();
        }
        if (element instanceof DescriptorPage p) {
            int valid = 0;
            for (Descriptor d : p.table().getDescriptors()) {
                if (p.holds(d.getIndex()) && d.getKind() != DescriptorKind.INVALID) {
                    valid++;
                }
            }
            return "[" + p.from() + ".." + (p.from() + p.count() - 1) + "] " + Hex.of(p.inputStart()) + "–"
                    + Hex.of(p.inputEnd()) + " (" + valid + " valid)";
        }
        return items.getText(element);
    }

    @Override
    public Image getImage(Object element) {
        if (element instanceof DescriptorPage || element instanceof BrowsableNode) {
            return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJ_FOLDER);
        }
        return items.getImage(element);
    }

    @Override
    public Color getBackground(Object element) {
        if (touched == null) {
            return null;
        }
        boolean hit = switch (element) {
            case VlptSlot s -> touched.is(s.getXenSecondMfn(), s.getIndex() & 511);
            case Descriptor d -> d.eContainer() instanceof Table t && touched.is(t.getMfn(), d.getIndex());
            default -> false;
        };
        return !hit ? null : touched.isWrite() ? written : read;
    }

    @Override
    public Color getForeground(Object element) { return null; }

    @Override
    public void dispose() {
        items.dispose();
        written.dispose();
        read.dispose();
        super.dispose();
    }
}
