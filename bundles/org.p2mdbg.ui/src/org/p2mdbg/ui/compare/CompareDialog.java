package org.p2mdbg.ui.compare;

import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.p2mdbg.core.compare.StrategyChoices;

/**
 * Chooses what to compare: a strategy option (the ones the scenario sets first) and its values,
 * prefilled with every value the option takes. A bad list is reported in the dialog and OK stays
 * disabled until it is fixed.
 */
public final class CompareDialog extends TitleAreaDialog {
    private final List<String> options;
    private Combo option;
    private Text values;
    private CompareRequest request;

    public CompareDialog(Shell shell, List<String> options) {
        super(shell);
        this.options = List.copyOf(options);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Compare strategies");
        setMessage("Runs the scenario once per value and charts each cost and finding side by side.");
        Composite c = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(c);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(c);
        new Label(c, SWT.NONE).setText("Option:");
        option = new Combo(c, SWT.READ_ONLY);
        option.setItems(options.toArray(String[]::new));
        option.select(0);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(option);
        new Label(c, SWT.NONE).setText("Values:");
        values = new Text(c, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(values);
        option.addListener(SWT.Selection, e -> prefill());
        values.addListener(SWT.Modify, e -> validate());
        prefill();
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        getButton(IDialogConstants.OK_ID).setText("Compare");
        validate();
    }

    private void prefill() { values.setText(String.join(",", StrategyChoices.values(option.getText()))); }

    private void validate() {
        try {
            request = CompareRequest.parse(option.getText(), values.getText());
            setErrorMessage(null);
        } catch (IllegalArgumentException e) {
            request = null;
            setErrorMessage(e.getMessage());
        }
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(request != null);
        }
    }

    /** Types into the dialog as a user would (for tests): the option, then the values. */
    public void type(String optionName, String valueList) {
        option.select(options.indexOf(optionName));
        prefill();
        values.setText(valueList);
    }

    /** Whether the Compare button is enabled. */
    public boolean canCompare() { return getButton(IDialogConstants.OK_ID).isEnabled(); }

    /** The comparison asked for, or null while the fields are bad. */
    public CompareRequest request() { return request; }
}
