/**
 */
package org.p2mdbg.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Descriptor Field</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.p2mdbg.model.DescriptorField#getName <em>Name</em>}</li>
 *   <li>{@link org.p2mdbg.model.DescriptorField#getBits <em>Bits</em>}</li>
 *   <li>{@link org.p2mdbg.model.DescriptorField#getValue <em>Value</em>}</li>
 *   <li>{@link org.p2mdbg.model.DescriptorField#getMeaning <em>Meaning</em>}</li>
 * </ul>
 *
 * @see org.p2mdbg.model.P2mPackage#getDescriptorField()
 * @model
 * @generated
 */
public interface DescriptorField extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.p2mdbg.model.P2mPackage#getDescriptorField_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.DescriptorField#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Bits</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The bit range, e.g. [47:12].
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bits</em>' attribute.
	 * @see #setBits(String)
	 * @see org.p2mdbg.model.P2mPackage#getDescriptorField_Bits()
	 * @model
	 * @generated
	 */
	String getBits();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.DescriptorField#getBits <em>Bits</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bits</em>' attribute.
	 * @see #getBits()
	 * @generated
	 */
	void setBits(String value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(long)
	 * @see org.p2mdbg.model.P2mPackage#getDescriptorField_Value()
	 * @model dataType="org.p2mdbg.model.HexLong"
	 * @generated
	 */
	long getValue();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.DescriptorField#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(long value);

	/**
	 * Returns the value of the '<em><b>Meaning</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Meaning</em>' attribute.
	 * @see #setMeaning(String)
	 * @see org.p2mdbg.model.P2mPackage#getDescriptorField_Meaning()
	 * @model
	 * @generated
	 */
	String getMeaning();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.DescriptorField#getMeaning <em>Meaning</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Meaning</em>' attribute.
	 * @see #getMeaning()
	 * @generated
	 */
	void setMeaning(String value);

} // DescriptorField
