/**
 */
package org.p2mdbg.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

import org.p2mdbg.core.mem.Mfn;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Vlpt</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The arm32 virtual-linear page table window of a domain's p2m: the xen_second slots prepare_vlpt filled with the p2m's first-level entries.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.p2mdbg.model.Vlpt#getWindowStart <em>Window Start</em>}</li>
 *   <li>{@link org.p2mdbg.model.Vlpt#getWindowEnd <em>Window End</em>}</li>
 *   <li>{@link org.p2mdbg.model.Vlpt#getFirstSlot <em>First Slot</em>}</li>
 *   <li>{@link org.p2mdbg.model.Vlpt#getSlots <em>Slots</em>}</li>
 *   <li>{@link org.p2mdbg.model.Vlpt#getCopyMfn <em>Copy Mfn</em>}</li>
 *   <li>{@link org.p2mdbg.model.Vlpt#getEntries <em>Entries</em>}</li>
 * </ul>
 *
 * @see org.p2mdbg.model.P2mPackage#getVlpt()
 * @model
 * @generated
 */
public interface Vlpt extends EObject {
	/**
	 * Returns the value of the '<em><b>Window Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The first hypervisor VA of the domain's window (VIRT_LIN_P2M_START + the first slot's 2 MiB).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Window Start</em>' attribute.
	 * @see #setWindowStart(long)
	 * @see org.p2mdbg.model.P2mPackage#getVlpt_WindowStart()
	 * @model dataType="org.p2mdbg.model.HexLong"
	 * @generated
	 */
	long getWindowStart();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.Vlpt#getWindowStart <em>Window Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Window Start</em>' attribute.
	 * @see #getWindowStart()
	 * @generated
	 */
	void setWindowStart(long value);

	/**
	 * Returns the value of the '<em><b>Window End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The last hypervisor VA (inclusive) of the window.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Window End</em>' attribute.
	 * @see #setWindowEnd(long)
	 * @see org.p2mdbg.model.P2mPackage#getVlpt_WindowEnd()
	 * @model dataType="org.p2mdbg.model.HexLong"
	 * @generated
	 */
	long getWindowEnd();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.Vlpt#getWindowEnd <em>Window End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Window End</em>' attribute.
	 * @see #getWindowEnd()
	 * @generated
	 */
	void setWindowEnd(long value);

	/**
	 * Returns the value of the '<em><b>First Slot</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * d->arch.dirty.second_lvl_start: the first xen_second slot.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>First Slot</em>' attribute.
	 * @see #setFirstSlot(int)
	 * @see org.p2mdbg.model.P2mPackage#getVlpt_FirstSlot()
	 * @model
	 * @generated
	 */
	int getFirstSlot();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.Vlpt#getFirstSlot <em>First Slot</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>First Slot</em>' attribute.
	 * @see #getFirstSlot()
	 * @generated
	 */
	void setFirstSlot(int value);

	/**
	 * Returns the value of the '<em><b>Slots</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many slots (second_lvl_end - second_lvl_start).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Slots</em>' attribute.
	 * @see #setSlots(int)
	 * @see org.p2mdbg.model.P2mPackage#getVlpt_Slots()
	 * @model
	 * @generated
	 */
	int getSlots();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.Vlpt#getSlots <em>Slots</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Slots</em>' attribute.
	 * @see #getSlots()
	 * @generated
	 */
	void setSlots(int value);

	/**
	 * Returns the value of the '<em><b>Copy Mfn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * d->arch.dirty.second_lvl: the first of the two pages with the domain's copy of its slots, INVALID_MFN before prepare_vlpt.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Copy Mfn</em>' attribute.
	 * @see #setCopyMfn(Mfn)
	 * @see org.p2mdbg.model.P2mPackage#getVlpt_CopyMfn()
	 * @model dataType="org.p2mdbg.model.Mfn"
	 * @generated
	 */
	Mfn getCopyMfn();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.Vlpt#getCopyMfn <em>Copy Mfn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Copy Mfn</em>' attribute.
	 * @see #getCopyMfn()
	 * @generated
	 */
	void setCopyMfn(Mfn value);

	/**
	 * Returns the value of the '<em><b>Entries</b></em>' containment reference list.
	 * The list contents are of type {@link org.p2mdbg.model.VlptSlot}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The window's slots, one per xen_second entry.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Entries</em>' containment reference list.
	 * @see org.p2mdbg.model.P2mPackage#getVlpt_Entries()
	 * @model containment="true"
	 * @generated
	 */
	EList<VlptSlot> getEntries();

} // Vlpt
