package org.p2mdbg.ui.tables;

import org.eclipse.ui.views.properties.IPropertySource;

/** Test access to what the Page Tables view gives the Properties view (this fragment shares its package). */
public final class PageTablesViewAccess {
    private PageTablesViewAccess() {}

    public static IPropertySource propertySource(PageTablesView view, Object element) { return view.propertySource(element); }
}
