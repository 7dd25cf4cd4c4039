/**
 */
package org.p2mdbg.model;

import org.eclipse.emf.ecore.EObject;

import org.p2mdbg.core.mem.Gfn;
import org.p2mdbg.core.mem.Mfn;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Finding</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.p2mdbg.model.Finding#getRule <em>Rule</em>}</li>
 *   <li>{@link org.p2mdbg.model.Finding#getMessage <em>Message</em>}</li>
 *   <li>{@link org.p2mdbg.model.Finding#getEvent <em>Event</em>}</li>
 *   <li>{@link org.p2mdbg.model.Finding#getDomain <em>Domain</em>}</li>
 *   <li>{@link org.p2mdbg.model.Finding#getMfn <em>Mfn</em>}</li>
 *   <li>{@link org.p2mdbg.model.Finding#getGfn <em>Gfn</em>}</li>
 * </ul>
 *
 * @see org.p2mdbg.model.P2mPackage#getFinding()
 * @model
 * @generated
 */
public interface Finding extends EObject {
	/**
	 * Returns the value of the '<em><b>Rule</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rule</em>' attribute.
	 * @see #setRule(String)
	 * @see org.p2mdbg.model.P2mPackage#getFinding_Rule()
	 * @model
	 * @generated
	 */
	String getRule();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.Finding#getRule <em>Rule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rule</em>' attribute.
	 * @see #getRule()
	 * @generated
	 */
	void setRule(String value);

	/**
	 * Returns the value of the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Message</em>' attribute.
	 * @see #setMessage(String)
	 * @see org.p2mdbg.model.P2mPackage#getFinding_Message()
	 * @model
	 * @generated
	 */
	String getMessage();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.Finding#getMessage <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Message</em>' attribute.
	 * @see #getMessage()
	 * @generated
	 */
	void setMessage(String value);

	/**
	 * Returns the value of the '<em><b>Event</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Event</em>' attribute.
	 * @see #setEvent(long)
	 * @see org.p2mdbg.model.P2mPackage#getFinding_Event()
	 * @model
	 * @generated
	 */
	long getEvent();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.Finding#getEvent <em>Event</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Event</em>' attribute.
	 * @see #getEvent()
	 * @generated
	 */
	void setEvent(long value);

	/**
	 * Returns the value of the '<em><b>Domain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Domain</em>' attribute.
	 * @see #setDomain(String)
	 * @see org.p2mdbg.model.P2mPackage#getFinding_Domain()
	 * @model
	 * @generated
	 */
	String getDomain();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.Finding#getDomain <em>Domain</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Domain</em>' attribute.
	 * @see #getDomain()
	 * @generated
	 */
	void setDomain(String value);

	/**
	 * Returns the value of the '<em><b>Mfn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mfn</em>' attribute.
	 * @see #setMfn(Mfn)
	 * @see org.p2mdbg.model.P2mPackage#getFinding_Mfn()
	 * @model dataType="org.p2mdbg.model.Mfn"
	 * @generated
	 */
	Mfn getMfn();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.Finding#getMfn <em>Mfn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mfn</em>' attribute.
	 * @see #getMfn()
	 * @generated
	 */
	void setMfn(Mfn value);

	/**
	 * Returns the value of the '<em><b>Gfn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Gfn</em>' attribute.
	 * @see #setGfn(Gfn)
	 * @see org.p2mdbg.model.P2mPackage#getFinding_Gfn()
	 * @model dataType="org.p2mdbg.model.Gfn"
	 * @generated
	 */
	Gfn getGfn();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.Finding#getGfn <em>Gfn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gfn</em>' attribute.
	 * @see #getGfn()
	 * @generated
	 */
	void setGfn(Gfn value);

} // Finding
