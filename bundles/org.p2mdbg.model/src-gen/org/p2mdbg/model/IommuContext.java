/**
 */
package org.p2mdbg.model;

import org.eclipse.emf.ecore.EObject;

import org.p2mdbg.core.mem.Mfn;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Iommu Context</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.p2mdbg.model.IommuContext#getRootMfn <em>Root Mfn</em>}</li>
 *   <li>{@link org.p2mdbg.model.IommuContext#getLevels <em>Levels</em>}</li>
 *   <li>{@link org.p2mdbg.model.IommuContext#isSharesP2m <em>Shares P2m</em>}</li>
 *   <li>{@link org.p2mdbg.model.IommuContext#getFlushStrategy <em>Flush Strategy</em>}</li>
 * </ul>
 *
 * @see org.p2mdbg.model.P2mPackage#getIommuContext()
 * @model
 * @generated
 */
public interface IommuContext extends EObject {
	/**
	 * Returns the value of the '<em><b>Root Mfn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Root Mfn</em>' attribute.
	 * @see #setRootMfn(Mfn)
	 * @see org.p2mdbg.model.P2mPackage#getIommuContext_RootMfn()
	 * @model dataType="org.p2mdbg.model.Mfn"
	 * @generated
	 */
	Mfn getRootMfn();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.IommuContext#getRootMfn <em>Root Mfn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Root Mfn</em>' attribute.
	 * @see #getRootMfn()
	 * @generated
	 */
	void setRootMfn(Mfn value);

	/**
	 * Returns the value of the '<em><b>Levels</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
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

} // IommuContext
