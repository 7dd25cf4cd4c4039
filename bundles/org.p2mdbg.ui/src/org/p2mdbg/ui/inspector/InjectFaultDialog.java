package org.p2mdbg.ui.inspector;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.p2mdbg.core.format.lpae.DecodedField;
import org.p2mdbg.core.format.lpae.Lpae;
import org.p2mdbg.core.inject.DescriptorEdit;
import org.p2mdbg.ui.CheckedDialog;

/**
 * Edits the inspected descriptor for a fault injection: one field (or the raw value) and its new
 * value, with the resulting descriptor previewed as the inspector would read it. A value that does
 * not parse or does not fit the field is reported in the dialog and OK stays disabled.
 */
public final class InjectFaultDialog extends CheckedDialog {
    /** The choice that edits all 64 bits at once. */
    public static final String RAW = "raw value";

    private final InspectedEntry entry;
    private final long value;
    private final List<DecodedField> fields;
    private Combo field;
    private Text text;
    private Label preview;
    private Long edited;
    private String what;

    public InjectFaultDialog(Shell shell, InspectedEntry entry, long value) {
        super(shell, "Inject and re-run");
        this.entry = entry;
        this.value = value;
        this.fields = Lpae.decode(value, entry.level(), entry.stage());
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Inject a fault into " + entry.title());
        setMessage("The scenario runs again from the start with this write made after the current event; the rules then judge the result.");
        Composite c = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(c);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(c);
        new Label(c, SWT.NONE).setText("Now:");
        Label now = new Label(c, SWT.NONE);
        now.setFont(JFaceResources.getTextFont());
        now.setText(String.format("0x%016x   (%s)", value, Lpae.describe(value, entry.level())));
        new Label(c, SWT.NONE).setText("Change:");
        field = new Combo(c, SWT.READ_ONLY);
        for (DecodedField f : fields) {
            field.add(f.name() + " " + f.field().bits());
        }
        field.add(RAW);
        field.select(0);
        new Label(c, SWT.NONE).setText("To:");
        text = new Text(c, SWT.BORDER);
        text.setFont(JFaceResources.getTextFont());
        GridDataFactory.fillDefaults().grab(true, false).hint(260, SWT.DEFAULT).applyTo(text);
        new Label(c, SWT.NONE).setText("Becomes:");
        preview = new Label(c, SWT.NONE);
        preview.setFont(JFaceResources.getTextFont());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(preview);
        field.addListener(SWT.Selection, e -> prefill());
        text.addListener(SWT.Modify, e -> recheck());
        prefill();
        return area;
    }

    private void prefill() {
        int i = field.getSelectionIndex();
        text.setText(i < fields.size() ? "0x" + Long.toHexString(fields.get(i).value()) : String.format("0x%016x", value));
    }

    @Override
    protected String check() {
        int i = field.getSelectionIndex();
        try {
            if (i < fields.size()) {
                DecodedField f = fields.get(i);
                edited = DescriptorEdit.withField(value, f.field(), text.getText());
                what = f.name() + " " + f.field().bits() + " = 0x" + Long.toHexString(f.field().get(edited));
            } else {
                edited = DescriptorEdit.raw(text.getText());
                what = "raw = " + String.format("0x%016x", edited);
            }
            preview.setText(String.format("0x%016x   (%s)", edited, Lpae.describe(edited, entry.level())));
            return edited == value ? "the descriptor would not change: choose another value" : null;
        } catch (IllegalArgumentException e) {
            edited = null;
            preview.setText("");
            return e.getMessage();
        } finally {
            preview.getParent().layout();
        }
    }

    /** Types into the dialog as a user would (for tests): the field ("valid [0]" or RAW), then the value. */
    public void type(String fieldChoice, String newValue) {
        field.select(field.indexOf(fieldChoice));
        text.setText(newValue);
    }

    /** The new descriptor, or null while the input is bad. */
    public Long edited() { return getErrorMessage() == null ? edited : null; }

    /** What the edit changes ("valid [0] = 0x0"), for the trace. */
    public String what() { return what; }
}
