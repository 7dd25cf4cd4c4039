/**
 */
package org.p2mdbg.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Device</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A device assigned to a domain behind an IOMMU (a scenario's device statement).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.p2mdbg.model.Device#getName <em>Name</em>}</li>
 *   <li>{@link org.p2mdbg.model.Device#getIommu <em>Iommu</em>}</li>
 *   <li>{@link org.p2mdbg.model.Device#getDomain <em>Domain</em>}</li>
 *   <li>{@link org.p2mdbg.model.Device#getContext <em>Context</em>}</li>
 * </ul>
 *
 * @see org.p2mdbg.model.P2mPackage#getDevice()
 * @model
 * @generated
 */
public interface Device extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.p2mdbg.model.P2mPackage#getDevice_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.Device#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Iommu</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * vtd, amdvi or smmu.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Iommu</em>' attribute.
	 * @see #setIommu(String)
	 * @see org.p2mdbg.model.P2mPackage#getDevice_Iommu()
	 * @model
	 * @generated
	 */
	String getIommu();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.Device#getIommu <em>Iommu</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Iommu</em>' attribute.
	 * @see #getIommu()
	 * @generated
	 */
	void setIommu(String value);

	/**
	 * Returns the value of the '<em><b>Domain</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Domain</em>' reference.
	 * @see #setDomain(Domain)
	 * @see org.p2mdbg.model.P2mPackage#getDevice_Domain()
	 * @model
	 * @generated
	 */
	Domain getDomain();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.Device#getDomain <em>Domain</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Domain</em>' reference.
	 * @see #getDomain()
	 * @generated
	 */
	void setDomain(Domain value);

	/**
	 * Returns the value of the '<em><b>Context</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Context</em>' containment reference.
	 * @see #setContext(IommuContext)
	 * @see org.p2mdbg.model.P2mPackage#getDevice_Context()
	 * @model containment="true"
	 * @generated
	 */
	IommuContext getContext();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.Device#getContext <em>Context</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Context</em>' containment reference.
	 * @see #getContext()
	 * @generated
	 */
	void setContext(IommuContext value);

} // Device
