package org.p2mdbg.install.check;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.IViewCategory;
import org.eclipse.ui.views.IViewDescriptor;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Checks, inside an Eclipse IDE into which the P2M Debugger feature was installed with p2, that
 * the feature works there: every org.p2mdbg bundle resolves, the perspective and the views are
 * registered, the perspective opens and each view is created (not replaced by an error part).
 * It then saves a screenshot of the window, writes its report and closes the workbench.
 *
 * <p>It only acts when the IDE was started with {@code -Dp2mdbg.installcheck=DIR}; the report is
 * DIR/installcheck.txt, first line "OK" or "FAIL", then one line per check.
 */
public final class InstallCheck implements IStartup {
    static final String PERSPECTIVE = "org.p2mdbg.ui.perspective";
    static final String VIEW_CATEGORY = "org.p2mdbg.ui.views";
    static final List<String> REQUIRED_VIEWS = List.of("org.p2mdbg.ui.pageTables", "org.p2mdbg.ui.graph.walkDiagram");

    private final List<String> lines = new ArrayList<>();
    private boolean failed;

    @Override
    public void earlyStartup() {
        String dir = System.getProperty("p2mdbg.installcheck");
        if (dir == null || dir.isBlank()) {
            return;
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        workbench.getDisplay().asyncExec(() -> run(workbench, Path.of(dir)));
    }

    private void run(IWorkbench workbench, Path dir) {
        IWorkbenchWindow window = workbench.getActiveWorkbenchWindow();
        if (window == null && workbench.getWorkbenchWindowCount() > 0) {
            window = workbench.getWorkbenchWindows()[0];
        }
        try {
            checkBundles();
            checkRegistry(workbench);
            if (window == null) {
                fail("no workbench window is open");
            } else {
                openPerspectiveAndViews(workbench, window);
            }
        } catch (Throwable t) {
            fail("unexpected " + stackTrace(t));
        }
        IWorkbenchWindow shown = window;
        // let the views paint before the screenshot
        workbench.getDisplay().timerExec(1500, () -> finish(workbench, shown, dir));
    }

    private void checkBundles() {
        Bundle self = FrameworkUtil.getBundle(InstallCheck.class);
        Map<String, Bundle> ours = new TreeMap<>();
        for (Bundle b : self.getBundleContext().getBundles()) {
            String name = b.getSymbolicName();
            if (name != null && name.startsWith("org.p2mdbg.") && b != self) {
                ours.put(name, b);
            }
        }
        if (ours.isEmpty()) {
            fail("bundles: no org.p2mdbg bundle is installed in the framework");
        }
        for (Bundle b : ours.values()) {
            boolean resolved = (b.getState() & (Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE)) != 0;
            String line = "bundle " + b.getSymbolicName() + " " + b.getVersion() + " " + state(b.getState());
            if (resolved) {
                ok(line);
            } else {
                fail(line + " (not resolved: a dependency is missing from the installation)");
            }
        }
    }

    private void checkRegistry(IWorkbench workbench) {
        IPerspectiveDescriptor p = workbench.getPerspectiveRegistry().findPerspectiveWithId(PERSPECTIVE);
        if (p == null) {
            fail("perspective " + PERSPECTIVE + " is not registered");
        } else {
            ok("perspective " + PERSPECTIVE + " registered as \"" + p.getLabel() + "\"");
        }
        for (String id : REQUIRED_VIEWS) {
            IViewDescriptor v = workbench.getViewRegistry().find(id);
            if (v == null) {
                fail("view " + id + " is not registered");
            } else {
                ok("view " + id + " registered as \"" + v.getLabel() + "\"");
            }
        }
    }

    private void openPerspectiveAndViews(IWorkbench workbench, IWorkbenchWindow window) throws Exception {
        window.getShell().setBounds(0, 0, 1400, 900);
        IWorkbenchPage page = workbench.showPerspective(PERSPECTIVE, window);
        String active = page.getPerspective() == null ? null : page.getPerspective().getId();
        if (PERSPECTIVE.equals(active)) {
            ok("perspective " + PERSPECTIVE + " opened");
        } else {
            fail("perspective " + PERSPECTIVE + " did not open (active: " + active + ")");
        }
        List<String> views = new ArrayList<>(REQUIRED_VIEWS);
        for (IViewCategory c : workbench.getViewRegistry().getCategories()) {
            if (VIEW_CATEGORY.equals(c.getId())) {
                for (IViewDescriptor v : c.getViews()) {
                    if (!views.contains(v.getId())) {
                        views.add(v.getId());
                    }
                }
            }
        }
        for (String id : views) {
            IViewPart part = page.showView(id);
            String type = part == null ? "null" : part.getClass().getName();
            if (part == null || type.endsWith("ErrorViewPart")) {
                fail("view " + id + " could not be created (" + type + "; see the workspace log)");
            } else {
                ok("view " + id + " created (" + type + ")");
            }
        }
        // Show View on a view of the perspective must bring that view forward, not add a second tab
        List<String> tabs = new ArrayList<>();
        collectTabs(window.getShell(), tabs);
        for (String id : views) {
            String label = workbench.getViewRegistry().find(id).getLabel();
            long count = tabs.stream().filter(label::equals).count();
            if (count == 1) {
                ok("view " + id + " has one tab \"" + label + "\"");
            } else {
                fail("view " + id + " has " + count + " tabs \"" + label + "\" after Show View (tabs: " + tabs + ")");
            }
        }
        // bring the perspective's own layout back to the front for the screenshot
        for (String id : REQUIRED_VIEWS) {
            IViewPart part = page.findView(id);
            if (part != null) {
                page.bringToTop(part);
            }
        }
    }

    private static void collectTabs(Control control, List<String> tabs) {
        if (control instanceof CTabFolder folder) {
            for (CTabItem item : folder.getItems()) {
                tabs.add(item.getText());
            }
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collectTabs(child, tabs);
            }
        }
    }

    private void finish(IWorkbench workbench, IWorkbenchWindow window, Path dir) {
        try {
            Files.createDirectories(dir);
            if (window != null) {
                screenshot(window.getShell(), dir.resolve("ide-installed.png"));
                ok("screenshot ide-installed.png");
            }
        } catch (Throwable t) {
            fail("screenshot: " + t);
        }
        StringBuilder report = new StringBuilder(failed ? "FAIL" : "OK").append('\n');
        lines.forEach(l -> report.append(l).append('\n'));
        try {
            Path tmp = dir.resolve("installcheck.txt.tmp");
            Files.writeString(tmp, report, StandardCharsets.UTF_8);
            Files.move(tmp, dir.resolve("installcheck.txt"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            System.err.println("install check could not write its report: " + e + "\n" + report);
        }
        workbench.close();
    }

    private static void screenshot(Shell shell, Path png) throws IOException {
        Display display = shell.getDisplay();
        while (display.readAndDispatch()) {
            // let the window finish painting before copying it
        }
        Rectangle b = shell.getBounds();
        Image image = new Image(display, b.width, b.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, b.x, b.y);
        } finally {
            gc.dispose();
        }
        try {
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {image.getImageData()};
            Path tmp = png.resolveSibling(png.getFileName() + ".tmp");
            loader.save(tmp.toString(), SWT.IMAGE_PNG);
            Files.move(tmp, png, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            image.dispose();
        }
    }

    private void ok(String line) { lines.add("ok   " + line); }

    private void fail(String line) {
        failed = true;
        lines.add("FAIL " + line);
    }

    private static String state(int s) {
        return switch (s) {
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.ACTIVE -> "ACTIVE";
            case Bundle.STOPPING -> "STOPPING";
            default -> "UNINSTALLED";
        };
    }

    private static String stackTrace(Throwable t) {
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        return w.toString().replace('\n', ' ');
    }
}
