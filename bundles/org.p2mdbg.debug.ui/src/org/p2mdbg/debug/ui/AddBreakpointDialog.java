package org.p2mdbg.debug.ui;

import java.util.Arrays;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.p2mdbg.core.check.Rule;
import org.p2mdbg.core.scenario.NumberSyntax;
import org.p2mdbg.core.trace.EventKind;
import org.p2mdbg.debug.model.EventKindBreakpoint;
import org.p2mdbg.debug.model.RuleBreakpoint;
import org.p2mdbg.debug.model.WriteBreakpoint;

/** Adds a P2M breakpoint: on an event kind, on writes to a GFN range of a domain, or on a rule's findings. */
final class AddBreakpointDialog extends Dialog {
    private Button onKind;
    private Button onWrite;
    private Combo kind;
    private Text domain;
    private Text range;
    private Combo rule;
    private Label error;

    AddBreakpointDialog(Shell parent) { super(parent); }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Add P2M Breakpoint");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite c = (Composite) super.createDialogArea(parent);
        c.setLayout(new GridLayout(2, false));
        onKind = radio(c, "Stop on every event of kind:");
        kind = new Combo(c, SWT.READ_ONLY);
        kind.setItems(Arrays.stream(EventKind.values()).map(Enum::name).toArray(String[]::new));
        kind.setText(EventKind.TLB_FLUSH.name());
        onWrite = radio(c, "Stop on writes covering domain / GFN range:");
        Composite w = new Composite(c, SWT.NONE);
        w.setLayout(new GridLayout(2, true));
        domain = new Text(w, SWT.BORDER);
        domain.setMessage("domain, e.g. guest");
        range = new Text(w, SWT.BORDER);
        range.setMessage("GFN or FIRST-LAST, e.g. 0x40000-0x400ff");
        Button onRule = radio(c, "Stop where a finding of this rule is proven:");
        rule = new Combo(c, SWT.READ_ONLY);
        rule.setItems(Arrays.stream(Rule.values()).map(Enum::name).toArray(String[]::new));
        rule.setText(Rule.RELINQUISHED_ENTRY_ACCESS.name());
        onKind.setSelection(true);
        onRule.setSelection(false);
        error = new Label(c, SWT.WRAP);
        error.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        return c;
    }

    private static Button radio(Composite c, String text) {
        Button b = new Button(c, SWT.RADIO);
        b.setText(text);
        return b;
    }

    @Override
    protected void buttonPressed(int id) {
        if (id == IDialogConstants.OK_ID) {
            try {
                addBreakpoint();
            } catch (IllegalArgumentException | CoreException e) {
                error.setText(e.getMessage());
                error.getParent().layout();
                return;
            }
        }
        super.buttonPressed(id);
    }

    private void addBreakpoint() throws CoreException {
        if (onKind.getSelection()) {
            new EventKindBreakpoint(EventKind.valueOf(kind.getText()));
        } else if (onWrite.getSelection()) {
            String d = domain.getText().trim();
            if (d.isEmpty()) {
                throw new IllegalArgumentException("name the domain whose p2m is watched");
            }
            String[] parts = range.getText().trim().split("-", 2);
            long first = gfn(parts[0].trim());
            long last = parts.length == 2 ? gfn(parts[1].trim()) : first;
            new WriteBreakpoint(d, first, last);
        } else {
            new RuleBreakpoint(Rule.valueOf(rule.getText()));
        }
    }

    private static long gfn(String text) {
        long n = NumberSyntax.number(text);
        if (n < 0) {
            throw new IllegalArgumentException("'" + text + "' is not a GFN (decimal or 0x hex)");
        }
        return n;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Add", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }
}
