/**
 */
package org.p2mdbg.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.p2mdbg.core.mem.Gfn;

import org.p2mdbg.model.P2m;
import org.p2mdbg.model.P2mPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>P2m</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.p2mdbg.model.impl.P2mImpl#getLowestMappedGfn <em>Lowest Mapped Gfn</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.P2mImpl#getMaxMappedGfn <em>Max Mapped Gfn</em>}</li>
 * </ul>
 *
 * @generated
 */
public class P2mImpl extends TranslationTablesImpl implements P2m {
	/**
	 * The default value of the '{@link #getLowestMappedGfn() <em>Lowest Mapped Gfn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLowestMappedGfn()
	 * @generated
	 * @ordered
	 */
	protected static final Gfn LOWEST_MAPPED_GFN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLowestMappedGfn() <em>Lowest Mapped Gfn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLowestMappedGfn()
	 * @generated
	 * @ordered
	 */
	protected Gfn lowestMappedGfn = LOWEST_MAPPED_GFN_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxMappedGfn() <em>Max Mapped Gfn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxMappedGfn()
	 * @generated
	 * @ordered
	 */
	protected static final Gfn MAX_MAPPED_GFN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMaxMappedGfn() <em>Max Mapped Gfn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxMappedGfn()
	 * @generated
	 * @ordered
	 */
	protected Gfn maxMappedGfn = MAX_MAPPED_GFN_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected P2mImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return P2mPackage.Literals.P2M;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Gfn getLowestMappedGfn() {
		return lowestMappedGfn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLowestMappedGfn(Gfn newLowestMappedGfn) {
		Gfn oldLowestMappedGfn = lowestMappedGfn;
		lowestMappedGfn = newLowestMappedGfn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.P2M__LOWEST_MAPPED_GFN, oldLowestMappedGfn, lowestMappedGfn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Gfn getMaxMappedGfn() {
		return maxMappedGfn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxMappedGfn(Gfn newMaxMappedGfn) {
		Gfn oldMaxMappedGfn = maxMappedGfn;
		maxMappedGfn = newMaxMappedGfn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.P2M__MAX_MAPPED_GFN, oldMaxMappedGfn, maxMappedGfn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case P2mPackage.P2M__LOWEST_MAPPED_GFN:
				return getLowestMappedGfn();
			case P2mPackage.P2M__MAX_MAPPED_GFN:
				return getMaxMappedGfn();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case P2mPackage.P2M__LOWEST_MAPPED_GFN:
				setLowestMappedGfn((Gfn)newValue);
				return;
			case P2mPackage.P2M__MAX_MAPPED_GFN:
				setMaxMappedGfn((Gfn)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case P2mPackage.P2M__LOWEST_MAPPED_GFN:
				setLowestMappedGfn(LOWEST_MAPPED_GFN_EDEFAULT);
				return;
			case P2mPackage.P2M__MAX_MAPPED_GFN:
				setMaxMappedGfn(MAX_MAPPED_GFN_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case P2mPackage.P2M__LOWEST_MAPPED_GFN:
				return LOWEST_MAPPED_GFN_EDEFAULT == null ? lowestMappedGfn != null : !LOWEST_MAPPED_GFN_EDEFAULT.equals(lowestMappedGfn);
			case P2mPackage.P2M__MAX_MAPPED_GFN:
				return MAX_MAPPED_GFN_EDEFAULT == null ? maxMappedGfn != null : !MAX_MAPPED_GFN_EDEFAULT.equals(maxMappedGfn);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (lowestMappedGfn: ");
		result.append(lowestMappedGfn);
		result.append(", maxMappedGfn: ");
		result.append(maxMappedGfn);
		result.append(')');
		return result.toString();
	}

} //P2mImpl
