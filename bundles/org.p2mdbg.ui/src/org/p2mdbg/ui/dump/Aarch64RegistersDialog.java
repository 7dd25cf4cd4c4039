package org.p2mdbg.ui.dump;

import java.nio.file.Path;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.FrameworkUtil;
import org.p2mdbg.core.dump.Aarch64Registers;

/**
 * Asks for the registers an AArch64 dump does not carry (TTBR0_EL1, TTBR1_EL1, TCR_EL1, in hex, as
 * the QEMU monitor's {@code info registers} prints them), checks them as they are typed — the error
 * names the field and OK stays disabled — and remembers them per dump file for the next opening.
 */
public final class Aarch64RegistersDialog extends TitleAreaDialog {
    private static final String[] FIELDS = {"TTBR0_EL1", "TTBR1_EL1", "TCR_EL1"};

    private final Path file;
    private final Text[] texts = new Text[FIELDS.length];
    private Aarch64RegisterInput input = Aarch64RegisterInput.parse("", "", "");

    public Aarch64RegistersDialog(Shell parent, Path file) {
        super(parent);
        this.file = file;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("AArch64 translation registers");
        setMessage(file.getFileName() + " is an AArch64 core: QEMU's dump carries no TTBR/TCR. Give them in hex"
                + " (QEMU monitor: info registers); an empty TTBR leaves its half unwalked.");
        Composite fields = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(fields);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);
        String[] remembered = remembered();
        for (int i = 0; i < FIELDS.length; i++) {
            new Label(fields, SWT.NONE).setText(FIELDS[i] + ":");
            texts[i] = new Text(fields, SWT.BORDER | SWT.SINGLE);
            texts[i].setText(remembered[i]);
            texts[i].setMessage(i == 2 ? "e.g. 0x00000015b5593519" : "e.g. 0x0000000041234000");
            GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(texts[i]);
            texts[i].addModifyListener(e -> validate());
        }
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        validate();
    }

    /** Sets a field as if typed (for tests) and validates. */
    public void setField(int field, String text) { texts[field].setText(text); }

    private void validate() {
        input = Aarch64RegisterInput.parse(texts[0].getText(), texts[1].getText(), texts[2].getText());
        setErrorMessage(input.error());
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(input.isValid());
        }
    }

    /** The shown error, or null; for tests. */
    public String error() { return input.error(); }

    public boolean canFinish() { return getButton(IDialogConstants.OK_ID).isEnabled(); }

    @Override
    protected void okPressed() {
        IDialogSettings s = settings();
        for (int i = 0; i < FIELDS.length; i++) {
            s.put(FIELDS[i], texts[i].getText().strip());
        }
        super.okPressed();
    }

    /** The registers given; valid after OK. */
    public Aarch64Registers registers() { return input.registers(); }

    private String[] remembered() {
        IDialogSettings s = settings();
        String[] values = new String[FIELDS.length];
        for (int i = 0; i < FIELDS.length; i++) {
            values[i] = s.get(FIELDS[i]) == null ? "" : s.get(FIELDS[i]);
        }
        return values;
    }

    /** One section per dump file, in the plug-in's dialog settings (kept across sessions). */
    private IDialogSettings settings() {
        IDialogSettings all = PlatformUI.getDialogSettingsProvider(FrameworkUtil.getBundle(Aarch64RegistersDialog.class))
                .getDialogSettings();
        IDialogSettings dumps = all.getSection("aarch64Registers") != null ? all.getSection("aarch64Registers")
                : all.addNewSection("aarch64Registers");
        String key = file.toAbsolutePath().normalize().toString();
        return dumps.getSection(key) != null ? dumps.getSection(key) : dumps.addNewSection(key);
    }
}
