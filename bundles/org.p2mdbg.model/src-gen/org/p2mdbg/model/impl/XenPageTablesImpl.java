/**
 */
package org.p2mdbg.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.p2mdbg.model.P2mPackage;
import org.p2mdbg.model.XenPageTables;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Xen Page Tables</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class XenPageTablesImpl extends TranslationTablesImpl implements XenPageTables {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected XenPageTablesImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return P2mPackage.Literals.XEN_PAGE_TABLES;
	}

} //XenPageTablesImpl
