package org.p2mdbg.ui.tables;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.p2mdbg.core.scenario.NumberSyntax;

/**
 * Asks where to go: an address space (a domain's p2m, Xen's tables, a device's IOMMU tables, a PV
 * process), a unit that space takes (GFN or IPA; VA; DFN or IOVA), named in the title, and a number
 * in decimal or 0x hex. OK stays disabled, with the reason shown, until the input is a
 * number; the frame the input names is then {@link #frame()}.
 */
final class GoToAddressDialog extends Dialog {
    private final List<AddressSpace> spaces;
    private Combo spaceCombo;
    private Combo unitCombo;
    private Text number;
    private Label problem;
    private AddressSpace space;
    private long frame;

    GoToAddressDialog(Shell parent, List<AddressSpace> spaces) {
        super(parent);
        this.spaces = spaces;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(titleFor(spaces.get(0)));
    }

    /** The dialog's title for a space: the units its tables take ("Go to DFN / IOVA in nic0 (VT-d)"). */
    static String titleFor(AddressSpace space) {
        return "Go to " + String.join(" / ", space.units().stream().map(AddressUnit::name).toList()) + " in " + space.name();
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Composite c = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(c);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(c);
        new Label(c, SWT.NONE).setText("Tables of:");
        spaceCombo = new Combo(c, SWT.READ_ONLY);
        spaces.forEach(s -> spaceCombo.add(s.name()));
        spaceCombo.select(0);
        new Label(c, SWT.NONE).setText("Address is a:");
        unitCombo = new Combo(c, SWT.READ_ONLY);
        new Label(c, SWT.NONE).setText("Value:");
        number = new Text(c, SWT.BORDER);
        number.setMessage("0x80000");
        GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(number);
        problem = new Label(c, SWT.WRAP);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(problem);
        spaceCombo.addListener(SWT.Selection, e -> fillUnits());
        unitCombo.addListener(SWT.Selection, e -> validate());
        number.addListener(SWT.Modify, e -> validate());
        fillUnits();
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        validate();
    }

    private void fillUnits() {
        unitCombo.removeAll();
        selectedSpace().units().forEach(u -> unitCombo.add(u.name()));
        getShell().setText(titleFor(selectedSpace()));
        unitCombo.select(0);
        validate();
    }

    private AddressSpace selectedSpace() { return spaces.get(Math.max(0, spaceCombo.getSelectionIndex())); }

    private void validate() {
        if (number == null || getButton(IDialogConstants.OK_ID) == null) {
            return;
        }
        String text = number.getText().strip();
        long value = NumberSyntax.number(text);
        String why = text.isEmpty() ? "Type a number, decimal or 0x hex."
                : value == NumberSyntax.TOO_LARGE ? "The number does not fit in 64 bits."
                : value < 0 ? "'" + text + "' is not a number (decimal or 0x hex)." : "";
        problem.setText(why);
        getButton(IDialogConstants.OK_ID).setEnabled(why.isEmpty());
        if (why.isEmpty()) {
            space = selectedSpace();
            frame = space.units().get(unitCombo.getSelectionIndex()).frameOf(value);
        }
    }

    AddressSpace space() { return space; }

    /** The input frame number (GFN or virtual frame) asked for. */
    long frame() { return frame; }
}
