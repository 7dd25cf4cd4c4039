/**
 */
package org.p2mdbg.model;

import org.p2mdbg.core.mem.Gfn;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>P2m</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A domain's stage-2 translation (Xen's struct p2m_domain).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.p2mdbg.model.P2m#getLowestMappedGfn <em>Lowest Mapped Gfn</em>}</li>
 *   <li>{@link org.p2mdbg.model.P2m#getMaxMappedGfn <em>Max Mapped Gfn</em>}</li>
 * </ul>
 *
 * @see org.p2mdbg.model.P2mPackage#getP2m()
 * @model
 * @generated
 */
public interface P2m extends TranslationTables {
	/**
	 * Returns the value of the '<em><b>Lowest Mapped Gfn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lowest Mapped Gfn</em>' attribute.
	 * @see #setLowestMappedGfn(Gfn)
	 * @see org.p2mdbg.model.P2mPackage#getP2m_LowestMappedGfn()
	 * @model dataType="org.p2mdbg.model.Gfn"
	 * @generated
	 */
	Gfn getLowestMappedGfn();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.P2m#getLowestMappedGfn <em>Lowest Mapped Gfn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lowest Mapped Gfn</em>' attribute.
	 * @see #getLowestMappedGfn()
	 * @generated
	 */
	void setLowestMappedGfn(Gfn value);

	/**
	 * Returns the value of the '<em><b>Max Mapped Gfn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * As Xen 4.8 keeps it: one past the last gfn ever mapped.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Mapped Gfn</em>' attribute.
	 * @see #setMaxMappedGfn(Gfn)
	 * @see org.p2mdbg.model.P2mPackage#getP2m_MaxMappedGfn()
	 * @model dataType="org.p2mdbg.model.Gfn"
	 * @generated
	 */
	Gfn getMaxMappedGfn();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.P2m#getMaxMappedGfn <em>Max Mapped Gfn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Mapped Gfn</em>' attribute.
	 * @see #getMaxMappedGfn()
	 * @generated
	 */
	void setMaxMappedGfn(Gfn value);

} // P2m
