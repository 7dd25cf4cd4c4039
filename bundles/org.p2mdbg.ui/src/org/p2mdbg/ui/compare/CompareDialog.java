package org.p2mdbg.ui.compare;

import java.util.List;

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
import org.p2mdbg.ui.CheckedDialog;

/**
 * Chooses what to compare: a strategy option (the ones the scenario sets first) and its values,
 * prefilled with every value the option takes. A bad list is reported in the dialog and OK stays
 * disabled until it is fixed.
 */
public final class CompareDialog extends CheckedDialog {
    private final List<String> options;
    private Combo option;
    private Text values;
    private CompareRequest request;

    public CompareDialog(Shell shell, List<String> options) {
        super(shell, "Compare");
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
        values.addListener(SWT.Modify, e -> recheck());
        prefill();
        return area;
    }

    private void prefill() { values.setText(String.join(",", StrategyChoices.values(option.getText()))); }

    @Override
    protected String check() {
        try {
            request = CompareRequest.parse(option.getText(), values.getText());
            return null;
        } catch (IllegalArgumentException e) {
            request = null;
            return e.getMessage();
        }
    }

    /** Types into the dialog as a user would (for tests): the option, then the values. */
    public void type(String optionName, String valueList) {
        option.select(options.indexOf(optionName));
        prefill();
        values.setText(valueList);
    }

    /** The comparison asked for, or null while the fields are bad. */
    public CompareRequest request() { return request; }
}
