/**
 */
package org.p2mdbg.model;

import org.p2mdbg.core.mem.Mfn;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Vlpt Slot</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One xen_second slot of a VLPT window, a level-2 descriptor of Xen's arm32 tables (index = slot): the first-level p2m entry it holds, where that entry comes from and whether it still matches it. Its input range is the hypervisor VA range it makes readable.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.p2mdbg.model.VlptSlot#getXenSecondMfn <em>Xen Second Mfn</em>}</li>
 *   <li>{@link org.p2mdbg.model.VlptSlot#getCopy <em>Copy</em>}</li>
 *   <li>{@link org.p2mdbg.model.VlptSlot#getP2mRootMfn <em>P2m Root Mfn</em>}</li>
 *   <li>{@link org.p2mdbg.model.VlptSlot#getP2mIndex <em>P2m Index</em>}</li>
 *   <li>{@link org.p2mdbg.model.VlptSlot#getP2mEntry <em>P2m Entry</em>}</li>
 *   <li>{@link org.p2mdbg.model.VlptSlot#getIpaStart <em>Ipa Start</em>}</li>
 *   <li>{@link org.p2mdbg.model.VlptSlot#getIpaEnd <em>Ipa End</em>}</li>
 *   <li>{@link org.p2mdbg.model.VlptSlot#isCurrent <em>Current</em>}</li>
 * </ul>
 *
 * @see org.p2mdbg.model.P2mPackage#getVlptSlot()
 * @model
 * @generated
 */
public interface VlptSlot extends Descriptor {
	/**
	 * Returns the value of the '<em><b>Xen Second Mfn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The xen_second page that holds the slot.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Xen Second Mfn</em>' attribute.
	 * @see #setXenSecondMfn(Mfn)
	 * @see org.p2mdbg.model.P2mPackage#getVlptSlot_XenSecondMfn()
	 * @model dataType="org.p2mdbg.model.Mfn"
	 * @generated
	 */
	Mfn getXenSecondMfn();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.VlptSlot#getXenSecondMfn <em>Xen Second Mfn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Xen Second Mfn</em>' attribute.
	 * @see #getXenSecondMfn()
	 * @generated
	 */
	void setXenSecondMfn(Mfn value);

	/**
	 * Returns the value of the '<em><b>Copy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The domain's copy of the slot (second_lvl), what restore_vlpt compares with.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Copy</em>' attribute.
	 * @see #setCopy(long)
	 * @see org.p2mdbg.model.P2mPackage#getVlptSlot_Copy()
	 * @model dataType="org.p2mdbg.model.HexLong"
	 * @generated
	 */
	long getCopy();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.VlptSlot#getCopy <em>Copy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Copy</em>' attribute.
	 * @see #getCopy()
	 * @generated
	 */
	void setCopy(long value);

	/**
	 * Returns the value of the '<em><b>P2m Root Mfn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The root page of the domain's p2m whose entry the slot copies.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>P2m Root Mfn</em>' attribute.
	 * @see #setP2mRootMfn(Mfn)
	 * @see org.p2mdbg.model.P2mPackage#getVlptSlot_P2mRootMfn()
	 * @model dataType="org.p2mdbg.model.Mfn"
	 * @generated
	 */
	Mfn getP2mRootMfn();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.VlptSlot#getP2mRootMfn <em>P2m Root Mfn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>P2m Root Mfn</em>' attribute.
	 * @see #getP2mRootMfn()
	 * @generated
	 */
	void setP2mRootMfn(Mfn value);

	/**
	 * Returns the value of the '<em><b>P2m Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The entry of that root page.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>P2m Index</em>' attribute.
	 * @see #setP2mIndex(int)
	 * @see org.p2mdbg.model.P2mPackage#getVlptSlot_P2mIndex()
	 * @model
	 * @generated
	 */
	int getP2mIndex();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.VlptSlot#getP2mIndex <em>P2m Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>P2m Index</em>' attribute.
	 * @see #getP2mIndex()
	 * @generated
	 */
	void setP2mIndex(int value);

	/**
	 * Returns the value of the '<em><b>P2m Entry</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * That p2m entry now.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>P2m Entry</em>' attribute.
	 * @see #setP2mEntry(long)
	 * @see org.p2mdbg.model.P2mPackage#getVlptSlot_P2mEntry()
	 * @model dataType="org.p2mdbg.model.HexLong"
	 * @generated
	 */
	long getP2mEntry();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.VlptSlot#getP2mEntry <em>P2m Entry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>P2m Entry</em>' attribute.
	 * @see #getP2mEntry()
	 * @generated
	 */
	void setP2mEntry(long value);

	/**
	 * Returns the value of the '<em><b>Ipa Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The first IPA whose level-3 entries the slot makes readable.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ipa Start</em>' attribute.
	 * @see #setIpaStart(long)
	 * @see org.p2mdbg.model.P2mPackage#getVlptSlot_IpaStart()
	 * @model dataType="org.p2mdbg.model.HexLong"
	 * @generated
	 */
	long getIpaStart();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.VlptSlot#getIpaStart <em>Ipa Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ipa Start</em>' attribute.
	 * @see #getIpaStart()
	 * @generated
	 */
	void setIpaStart(long value);

	/**
	 * Returns the value of the '<em><b>Ipa End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The last IPA (inclusive).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ipa End</em>' attribute.
	 * @see #setIpaEnd(long)
	 * @see org.p2mdbg.model.P2mPackage#getVlptSlot_IpaEnd()
	 * @model dataType="org.p2mdbg.model.HexLong"
	 * @generated
	 */
	long getIpaEnd();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.VlptSlot#getIpaEnd <em>Ipa End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ipa End</em>' attribute.
	 * @see #getIpaEnd()
	 * @generated
	 */
	void setIpaEnd(long value);

	/**
	 * Returns the value of the '<em><b>Current</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * True when the slot holds the domain's p2m entry now; false when another domain's window or an older entry is in it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Current</em>' attribute.
	 * @see #setCurrent(boolean)
	 * @see org.p2mdbg.model.P2mPackage#getVlptSlot_Current()
	 * @model
	 * @generated
	 */
	boolean isCurrent();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.VlptSlot#isCurrent <em>Current</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Current</em>' attribute.
	 * @see #isCurrent()
	 * @generated
	 */
	void setCurrent(boolean value);

} // VlptSlot
