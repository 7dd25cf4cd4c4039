/**
 */
package org.p2mdbg.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Checkpoint</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.p2mdbg.model.Checkpoint#getName <em>Name</em>}</li>
 *   <li>{@link org.p2mdbg.model.Checkpoint#getEvent <em>Event</em>}</li>
 * </ul>
 *
 * @see org.p2mdbg.model.P2mPackage#getCheckpoint()
 * @model
 * @generated
 */
public interface Checkpoint extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.p2mdbg.model.P2mPackage#getCheckpoint_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.Checkpoint#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Event</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Event</em>' attribute.
	 * @see #setEvent(long)
	 * @see org.p2mdbg.model.P2mPackage#getCheckpoint_Event()
	 * @model
	 * @generated
	 */
	long getEvent();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.Checkpoint#getEvent <em>Event</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Event</em>' attribute.
	 * @see #getEvent()
	 * @generated
	 */
	void setEvent(long value);

} // Checkpoint
