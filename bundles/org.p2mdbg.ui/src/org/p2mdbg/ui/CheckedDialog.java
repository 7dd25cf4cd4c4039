package org.p2mdbg.ui;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;

/**
 * A dialog whose fields are checked as they are typed: what is wrong shows as the dialog's error
 * message and the OK button (named for what it does) is enabled only while nothing is.
 */
public abstract class CheckedDialog extends TitleAreaDialog {
    private final String okLabel;

    protected CheckedDialog(Shell shell, String okLabel) {
        super(shell);
        this.okLabel = okLabel;
    }

    /** What is wrong with the fields, or null when they are good. */
    protected abstract String check();

    /** Checks the fields again (call it when one changes). */
    protected final void recheck() {
        String error = check();
        setErrorMessage(error);
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(error == null);
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        getButton(IDialogConstants.OK_ID).setText(okLabel);
        recheck();
    }

    /** Whether the OK button is enabled. */
    public boolean canFinish() { return getButton(IDialogConstants.OK_ID).isEnabled(); }
}
