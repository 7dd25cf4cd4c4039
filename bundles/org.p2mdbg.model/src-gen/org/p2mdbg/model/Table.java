/**
 */
package org.p2mdbg.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

import org.p2mdbg.core.mem.FrameKind;
import org.p2mdbg.core.mem.Mfn;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Table</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One 4 KiB page of 512 descriptors at one level (a PageTableLevel page).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.p2mdbg.model.Table#getLevel <em>Level</em>}</li>
 *   <li>{@link org.p2mdbg.model.Table#getMfn <em>Mfn</em>}</li>
 *   <li>{@link org.p2mdbg.model.Table#getFrameKind <em>Frame Kind</em>}</li>
 *   <li>{@link org.p2mdbg.model.Table#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.p2mdbg.model.Table#getInputStart <em>Input Start</em>}</li>
 *   <li>{@link org.p2mdbg.model.Table#getInputEnd <em>Input End</em>}</li>
 *   <li>{@link org.p2mdbg.model.Table#getValidCount <em>Valid Count</em>}</li>
 *   <li>{@link org.p2mdbg.model.Table#getPageType <em>Page Type</em>}</li>
 *   <li>{@link org.p2mdbg.model.Table#getDescriptors <em>Descriptors</em>}</li>
 * </ul>
 *
 * @see org.p2mdbg.model.P2mPackage#getTable()
 * @model
 * @generated
 */
public interface Table extends EObject {
	/**
	 * Returns the value of the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Level</em>' attribute.
	 * @see #setLevel(int)
	 * @see org.p2mdbg.model.P2mPackage#getTable_Level()
	 * @model
	 * @generated
	 */
	int getLevel();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.Table#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Level</em>' attribute.
	 * @see #getLevel()
	 * @generated
	 */
	void setLevel(int value);

	/**
	 * Returns the value of the '<em><b>Mfn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mfn</em>' attribute.
	 * @see #setMfn(Mfn)
	 * @see org.p2mdbg.model.P2mPackage#getTable_Mfn()
	 * @model dataType="org.p2mdbg.model.Mfn"
	 * @generated
	 */
	Mfn getMfn();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.Table#getMfn <em>Mfn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mfn</em>' attribute.
	 * @see #getMfn()
	 * @generated
	 */
	void setMfn(Mfn value);

	/**
	 * Returns the value of the '<em><b>Frame Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Frame Kind</em>' attribute.
	 * @see #setFrameKind(FrameKind)
	 * @see org.p2mdbg.model.P2mPackage#getTable_FrameKind()
	 * @model dataType="org.p2mdbg.model.FrameKind"
	 * @generated
	 */
	FrameKind getFrameKind();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.Table#getFrameKind <em>Frame Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Frame Kind</em>' attribute.
	 * @see #getFrameKind()
	 * @generated
	 */
	void setFrameKind(FrameKind value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The domain id that owns the frame (DOMID_XEN for the hypervisor's tables).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owner</em>' attribute.
	 * @see #setOwner(int)
	 * @see org.p2mdbg.model.P2mPackage#getTable_Owner()
	 * @model
	 * @generated
	 */
	int getOwner();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.Table#getOwner <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' attribute.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(int value);

	/**
	 * Returns the value of the '<em><b>Input Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The first input address (IPA or VA) this page translates.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Input Start</em>' attribute.
	 * @see #setInputStart(long)
	 * @see org.p2mdbg.model.P2mPackage#getTable_InputStart()
	 * @model dataType="org.p2mdbg.model.HexLong"
	 * @generated
	 */
	long getInputStart();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.Table#getInputStart <em>Input Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Input Start</em>' attribute.
	 * @see #getInputStart()
	 * @generated
	 */
	void setInputStart(long value);

	/**
	 * Returns the value of the '<em><b>Input End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The last input address (inclusive) this page translates.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Input End</em>' attribute.
	 * @see #setInputEnd(long)
	 * @see org.p2mdbg.model.P2mPackage#getTable_InputEnd()
	 * @model dataType="org.p2mdbg.model.HexLong"
	 * @generated
	 */
	long getInputEnd();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.Table#getInputEnd <em>Input End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Input End</em>' attribute.
	 * @see #getInputEnd()
	 * @generated
	 */
	void setInputEnd(long value);

	/**
	 * Returns the value of the '<em><b>Valid Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many of the 512 descriptors are valid.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Valid Count</em>' attribute.
	 * @see #setValidCount(int)
	 * @see org.p2mdbg.model.P2mPackage#getTable_ValidCount()
	 * @model
	 * @generated
	 */
	int getValidCount();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.Table#getValidCount <em>Valid Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Valid Count</em>' attribute.
	 * @see #getValidCount()
	 * @generated
	 */
	void setValidCount(int value);

	/**
	 * Returns the value of the '<em><b>Page Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Xen's PV type word of the frame (e.g. L1x1 pinned) for an x86 PV guest's tables; empty for other tables.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Page Type</em>' attribute.
	 * @see #setPageType(String)
	 * @see org.p2mdbg.model.P2mPackage#getTable_PageType()
	 * @model
	 * @generated
	 */
	String getPageType();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.Table#getPageType <em>Page Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Page Type</em>' attribute.
	 * @see #getPageType()
	 * @generated
	 */
	void setPageType(String value);

	/**
	 * Returns the value of the '<em><b>Descriptors</b></em>' containment reference list.
	 * The list contents are of type {@link org.p2mdbg.model.Descriptor}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The materialised descriptors, by index (the valid ones, plus the pages asked for).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Descriptors</em>' containment reference list.
	 * @see org.p2mdbg.model.P2mPackage#getTable_Descriptors()
	 * @model containment="true"
	 * @generated
	 */
	EList<Descriptor> getDescriptors();

} // Table
