/**
 */
package org.p2mdbg.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Vlpt</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The arm32 virtual-linear page table window of a domain's p2m.
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

} // Vlpt
