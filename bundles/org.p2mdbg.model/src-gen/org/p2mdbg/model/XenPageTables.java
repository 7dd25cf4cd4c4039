/**
 */
package org.p2mdbg.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Xen Page Tables</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The hypervisor's own stage-1 tables (xen_pt_update).
 * <!-- end-model-doc -->
 *
 *
 * @see org.p2mdbg.model.P2mPackage#getXenPageTables()
 * @model
 * @generated
 */
public interface XenPageTables extends TranslationTables {
} // XenPageTables
