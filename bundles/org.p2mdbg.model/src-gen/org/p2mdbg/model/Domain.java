/**
 */
package org.p2mdbg.model;

import org.eclipse.emf.ecore.EObject;

import org.p2mdbg.core.machine.DomainState;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Domain</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.p2mdbg.model.Domain#getName <em>Name</em>}</li>
 *   <li>{@link org.p2mdbg.model.Domain#getId <em>Id</em>}</li>
 *   <li>{@link org.p2mdbg.model.Domain#getVcpus <em>Vcpus</em>}</li>
 *   <li>{@link org.p2mdbg.model.Domain#getState <em>State</em>}</li>
 *   <li>{@link org.p2mdbg.model.Domain#getP2m <em>P2m</em>}</li>
 *   <li>{@link org.p2mdbg.model.Domain#getVlpt <em>Vlpt</em>}</li>
 *   <li>{@link org.p2mdbg.model.Domain#getPvAddressSpace <em>Pv Address Space</em>}</li>
 * </ul>
 *
 * @see org.p2mdbg.model.P2mPackage#getDomain()
 * @model
 * @generated
 */
public interface Domain extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.p2mdbg.model.P2mPackage#getDomain_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.Domain#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(int)
	 * @see org.p2mdbg.model.P2mPackage#getDomain_Id()
	 * @model
	 * @generated
	 */
	int getId();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.Domain#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(int value);

	/**
	 * Returns the value of the '<em><b>Vcpus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Vcpus</em>' attribute.
	 * @see #setVcpus(int)
	 * @see org.p2mdbg.model.P2mPackage#getDomain_Vcpus()
	 * @model
	 * @generated
	 */
	int getVcpus();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.Domain#getVcpus <em>Vcpus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vcpus</em>' attribute.
	 * @see #getVcpus()
	 * @generated
	 */
	void setVcpus(int value);

	/**
	 * Returns the value of the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>State</em>' attribute.
	 * @see #setState(DomainState)
	 * @see org.p2mdbg.model.P2mPackage#getDomain_State()
	 * @model dataType="org.p2mdbg.model.DomainState"
	 * @generated
	 */
	DomainState getState();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.Domain#getState <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>State</em>' attribute.
	 * @see #getState()
	 * @generated
	 */
	void setState(DomainState value);

	/**
	 * Returns the value of the '<em><b>P2m</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>P2m</em>' containment reference.
	 * @see #setP2m(P2m)
	 * @see org.p2mdbg.model.P2mPackage#getDomain_P2m()
	 * @model containment="true"
	 * @generated
	 */
	P2m getP2m();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.Domain#getP2m <em>P2m</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>P2m</em>' containment reference.
	 * @see #getP2m()
	 * @generated
	 */
	void setP2m(P2m value);

	/**
	 * Returns the value of the '<em><b>Vlpt</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Vlpt</em>' containment reference.
	 * @see #setVlpt(Vlpt)
	 * @see org.p2mdbg.model.P2mPackage#getDomain_Vlpt()
	 * @model containment="true"
	 * @generated
	 */
	Vlpt getVlpt();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.Domain#getVlpt <em>Vlpt</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vlpt</em>' containment reference.
	 * @see #getVlpt()
	 * @generated
	 */
	void setVlpt(Vlpt value);

	/**
	 * Returns the value of the '<em><b>Pv Address Space</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pv Address Space</em>' containment reference.
	 * @see #setPvAddressSpace(PvAddressSpace)
	 * @see org.p2mdbg.model.P2mPackage#getDomain_PvAddressSpace()
	 * @model containment="true"
	 * @generated
	 */
	PvAddressSpace getPvAddressSpace();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.Domain#getPvAddressSpace <em>Pv Address Space</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pv Address Space</em>' containment reference.
	 * @see #getPvAddressSpace()
	 * @generated
	 */
	void setPvAddressSpace(PvAddressSpace value);

} // Domain
