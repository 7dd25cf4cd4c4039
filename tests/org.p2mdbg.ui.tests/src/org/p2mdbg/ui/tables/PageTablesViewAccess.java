package org.p2mdbg.ui.tables;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.views.properties.IPropertySource;

/** Test access to the package-private parts of the Page Tables view (this fragment shares its package). */
public final class PageTablesViewAccess {
    private PageTablesViewAccess() {}

    public static IPropertySource propertySource(PageTablesView view, Object element) { return view.propertySource(element); }

    /** The "Go to" dialog, not yet opened. */
    public static Dialog goToDialog(Shell shell, List<AddressSpace> spaces) { return new GoToAddressDialog(shell, spaces); }

    /** The frame a "Go to" dialog's input names, and the space it is in. */
    public static long frame(Dialog goTo) { return ((GoToAddressDialog) goTo).frame(); }

    /** The title a "Go to" dialog shows while a space is chosen. */
    public static String goToTitle(AddressSpace space) { return GoToAddressDialog.titleFor(space); }

    public static AddressSpace space(Dialog goTo) { return ((GoToAddressDialog) goTo).space(); }
}
