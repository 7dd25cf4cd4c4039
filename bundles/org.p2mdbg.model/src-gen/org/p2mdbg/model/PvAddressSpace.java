/**
 */
package org.p2mdbg.model;

import org.eclipse.emf.ecore.EObject;

import org.p2mdbg.core.mem.Mfn;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Pv Address Space</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.p2mdbg.model.PvAddressSpace#getPgdMfn <em>Pgd Mfn</em>}</li>
 *   <li>{@link org.p2mdbg.model.PvAddressSpace#getLevels <em>Levels</em>}</li>
 *   <li>{@link org.p2mdbg.model.PvAddressSpace#isPinned <em>Pinned</em>}</li>
 *   <li>{@link org.p2mdbg.model.PvAddressSpace#getCr3Cpus <em>Cr3 Cpus</em>}</li>
 * </ul>
 *
 * @see org.p2mdbg.model.P2mPackage#getPvAddressSpace()
 * @model
 * @generated
 */
public interface PvAddressSpace extends EObject {
	/**
	 * Returns the value of the '<em><b>Pgd Mfn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pgd Mfn</em>' attribute.
	 * @see #setPgdMfn(Mfn)
	 * @see org.p2mdbg.model.P2mPackage#getPvAddressSpace_PgdMfn()
	 * @model dataType="org.p2mdbg.model.Mfn"
	 * @generated
	 */
	Mfn getPgdMfn();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.PvAddressSpace#getPgdMfn <em>Pgd Mfn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pgd Mfn</em>' attribute.
	 * @see #getPgdMfn()
	 * @generated
	 */
	void setPgdMfn(Mfn value);

	/**
	 * Returns the value of the '<em><b>Levels</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Levels</em>' attribute.
	 * @see #setLevels(int)
	 * @see org.p2mdbg.model.P2mPackage#getPvAddressSpace_Levels()
	 * @model
	 * @generated
	 */
	int getLevels();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.PvAddressSpace#getLevels <em>Levels</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Levels</em>' attribute.
	 * @see #getLevels()
	 * @generated
	 */
	void setLevels(int value);

	/**
	 * Returns the value of the '<em><b>Pinned</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pinned</em>' attribute.
	 * @see #setPinned(boolean)
	 * @see org.p2mdbg.model.P2mPackage#getPvAddressSpace_Pinned()
	 * @model
	 * @generated
	 */
	boolean isPinned();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.PvAddressSpace#isPinned <em>Pinned</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pinned</em>' attribute.
	 * @see #isPinned()
	 * @generated
	 */
	void setPinned(boolean value);

	/**
	 * Returns the value of the '<em><b>Cr3 Cpus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many CPUs still hold this pgd in CR3 (lazy TLB).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cr3 Cpus</em>' attribute.
	 * @see #setCr3Cpus(int)
	 * @see org.p2mdbg.model.P2mPackage#getPvAddressSpace_Cr3Cpus()
	 * @model
	 * @generated
	 */
	int getCr3Cpus();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.PvAddressSpace#getCr3Cpus <em>Cr3 Cpus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cr3 Cpus</em>' attribute.
	 * @see #getCr3Cpus()
	 * @generated
	 */
	void setCr3Cpus(int value);

} // PvAddressSpace
