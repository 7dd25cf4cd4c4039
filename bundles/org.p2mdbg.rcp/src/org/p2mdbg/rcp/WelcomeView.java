package org.p2mdbg.rcp;

import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.ViewPart;
import org.p2mdbg.ui.open.OpenScenarioJob;
import org.p2mdbg.ui.tables.PageTablesView;

/**
 * The product's welcome page: what the debugger is for, and one click to open each example
 * scenario the product carries, grouped by the seed discussion it reproduces.
 */
public final class WelcomeView extends ViewPart {
    public static final String ID = "org.p2mdbg.rcp.welcome";
    /** What each seed is about, for its heading (seeds without an entry are shown by number). */
    private static final Map<String, String> SEEDS = Map.of(
            "", "Getting started",
            "seed000", "Seed 000 — relinquish_p2m_mapping on Xen on Arm: legacy, the RFC's lookup, the merged remove",
            "seed001", "Seed 001 — arm32 VLPT for live-migration dirty tracking",
            "seed002", "Seed 002 — Linux x86 PV page-table pinning and exit_mmap",
            "seed003", "Seed 003 — IOMMU map/unmap and IOTLB flush accounting",
            "seed004", "Seed 004 — xen_pt_update on Xen's own arm64 page tables: RFC vs merged");

    private ScrolledComposite scroller;
    private List<Example> examples;

    @Override
    public void createPartControl(Composite parent) {
        scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        Composite page = new Composite(scroller, SWT.NONE);
        Color white = parent.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND);
        page.setBackground(white);
        GridLayoutFactory.swtDefaults().margins(16, 12).spacing(6, 6).applyTo(page);
        Label title = label(page, "P2M Debugger", JFaceResources.getHeaderFont());
        title.setBackground(white);
        label(page, "Run the page-table algorithms of Xen in a faithful emulation and step through every descriptor read "
                + "and write, forwards and backwards. Pick an example to open it as the current session (it runs in the "
                + "background), or open your own scenario with File > Open Scenario…", null);
        examples = Example.all();
        String seed = null;
        for (Example e : examples) {
            if (!e.seed().equals(seed)) {
                seed = e.seed();
                Label heading = label(page, SEEDS.getOrDefault(seed, seed), JFaceResources.getBannerFont());
                GridDataFactory.fillDefaults().indent(0, 10).applyTo(heading);
            }
            Link link = new Link(page, SWT.WRAP);
            link.setText("<a>" + e.name() + "</a> — " + e.summary());
            link.setBackground(white);
            GridDataFactory.fillDefaults().grab(true, false).hint(520, SWT.DEFAULT).indent(12, 0).applyTo(link);
            link.addListener(SWT.Selection, ev -> open(e));
        }
        if (examples.isEmpty()) {
            label(page, "This installation carries no example scenarios.", null);
        }
        Link own = new Link(page, SWT.NONE);
        own.setText("<a>Open a scenario file…</a>");
        own.setBackground(white);
        GridDataFactory.fillDefaults().indent(0, 12).applyTo(own);
        own.addListener(SWT.Selection, ev -> {
            try {
                getSite().getService(IHandlerService.class).executeCommand("org.p2mdbg.ui.openScenario", null);
            } catch (ExecutionException | NotDefinedException | NotEnabledException | NotHandledException ex) {
                MessageDialog.openError(getSite().getShell(), "Open Scenario", ex.getMessage());
            }
        });
        scroller.setContent(page);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        scroller.addListener(SWT.Resize, ev -> scroller.setMinSize(page.computeSize(scroller.getClientArea().width, SWT.DEFAULT)));
    }

    private static Label label(Composite parent, String text, Font font) {
        Label l = new Label(parent, SWT.WRAP);
        l.setText(text);
        l.setBackground(parent.getBackground());
        if (font != null) {
            l.setFont(font);
        }
        GridDataFactory.fillDefaults().grab(true, false).hint(540, SWT.DEFAULT).applyTo(l);
        return l;
    }

    /** Opens an example in the background and brings the Page Tables view forward. */
    void open(Example e) {
        new OpenScenarioJob(e.file()).schedule();
        try {
            getSite().getPage().showView(PageTablesView.ID);
        } catch (PartInitException ex) {
            // the session still opens; the views are reachable from Window > Show View
        }
    }

    /** The names of the examples listed, in order (for tests and the self-test). */
    public List<String> exampleNames() { return examples.stream().map(Example::name).toList(); }

    /** Opens the example of a name, as a click on its link does. */
    public void openExample(String name) {
        examples.stream().filter(e -> e.name().equals(name)).findFirst().ifPresent(this::open);
    }

    @Override
    public void setFocus() { scroller.setFocus(); }
}
