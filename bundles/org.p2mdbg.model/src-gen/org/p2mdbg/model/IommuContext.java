/**
 */
package org.p2mdbg.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Iommu Context</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The translation a device's DMA goes through: its domain's VT-d second-level or AMD-Vi I/O page tables (levels counted as the driver counts them, the root's level down to 1), or for the Arm SMMU the domain's p2m itself.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.p2mdbg.model.IommuContext#getKind <em>Kind</em>}</li>
 *   <li>{@link org.p2mdbg.model.IommuContext#getLevels <em>Levels</em>}</li>
 *   <li>{@link org.p2mdbg.model.IommuContext#isSharesP2m <em>Shares P2m</em>}</li>
 *   <li>{@link org.p2mdbg.model.IommuContext#getFlushStrategy <em>Flush Strategy</em>}</li>
 *   <li>{@link org.p2mdbg.model.IommuContext#getSharedP2m <em>Shared P2m</em>}</li>
 * </ul>
 *
 * @see org.p2mdbg.model.P2mPackage#getIommuContext()
 * @model
 * @generated
 */
public interface IommuContext extends TranslationTables {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * VT-d, AMD-Vi or SMMU.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see #setKind(String)
	 * @see org.p2mdbg.model.P2mPackage#getIommuContext_Kind()
	 * @model
	 * @generated
	 */
	String getKind();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.IommuContext#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see #getKind()
	 * @generated
	 */
	void setKind(String value);

	/**
	 * Returns the value of the '<em><b>Levels</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * VT-d: 4 (a 48-bit address space); AMD-Vi: the paging mode, which grows with the DMA addresses used; SMMU: the p2m's.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Levels</em>' attribute.
	 * @see #setLevels(int)
	 * @see org.p2mdbg.model.P2mPackage#getIommuContext_Levels()
	 * @model
	 * @generated
	 */
	int getLevels();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.IommuContext#getLevels <em>Levels</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Levels</em>' attribute.
	 * @see #getLevels()
	 * @generated
	 */
	void setLevels(int value);

	/**
	 * Returns the value of the '<em><b>Shares P2m</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True for the Arm SMMU, which walks the CPU's p2m.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Shares P2m</em>' attribute.
	 * @see #setSharesP2m(boolean)
	 * @see org.p2mdbg.model.P2mPackage#getIommuContext_SharesP2m()
	 * @model
	 * @generated
	 */
	boolean isSharesP2m();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.IommuContext#isSharesP2m <em>Shares P2m</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Shares P2m</em>' attribute.
	 * @see #isSharesP2m()
	 * @generated
	 */
	void setSharesP2m(boolean value);

	/**
	 * Returns the value of the '<em><b>Flush Strategy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Flush Strategy</em>' attribute.
	 * @see #setFlushStrategy(String)
	 * @see org.p2mdbg.model.P2mPackage#getIommuContext_FlushStrategy()
	 * @model
	 * @generated
	 */
	String getFlushStrategy();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.IommuContext#getFlushStrategy <em>Flush Strategy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Flush Strategy</em>' attribute.
	 * @see #getFlushStrategy()
	 * @generated
	 */
	void setFlushStrategy(String value);

	/**
	 * Returns the value of the '<em><b>Shared P2m</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The p2m the SMMU walks (no table of its own); null for VT-d and AMD-Vi.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Shared P2m</em>' reference.
	 * @see #setSharedP2m(P2m)
	 * @see org.p2mdbg.model.P2mPackage#getIommuContext_SharedP2m()
	 * @model
	 * @generated
	 */
	P2m getSharedP2m();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.IommuContext#getSharedP2m <em>Shared P2m</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Shared P2m</em>' reference.
	 * @see #getSharedP2m()
	 * @generated
	 */
	void setSharedP2m(P2m value);

} // IommuContext
