/**
 */
package org.p2mdbg.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.p2mdbg.core.mem.Mfn;

import org.p2mdbg.model.P2mPackage;
import org.p2mdbg.model.PvAddressSpace;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Pv Address Space</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.p2mdbg.model.impl.PvAddressSpaceImpl#getPgdMfn <em>Pgd Mfn</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.PvAddressSpaceImpl#getLevels <em>Levels</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.PvAddressSpaceImpl#isPinned <em>Pinned</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.PvAddressSpaceImpl#getCr3Cpus <em>Cr3 Cpus</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PvAddressSpaceImpl extends MinimalEObjectImpl.Container implements PvAddressSpace {
	/**
	 * The default value of the '{@link #getPgdMfn() <em>Pgd Mfn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPgdMfn()
	 * @generated
	 * @ordered
	 */
	protected static final Mfn PGD_MFN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPgdMfn() <em>Pgd Mfn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPgdMfn()
	 * @generated
	 * @ordered
	 */
	protected Mfn pgdMfn = PGD_MFN_EDEFAULT;

	/**
	 * The default value of the '{@link #getLevels() <em>Levels</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevels()
	 * @generated
	 * @ordered
	 */
	protected static final int LEVELS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getLevels() <em>Levels</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevels()
	 * @generated
	 * @ordered
	 */
	protected int levels = LEVELS_EDEFAULT;

	/**
	 * The default value of the '{@link #isPinned() <em>Pinned</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPinned()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PINNED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isPinned() <em>Pinned</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPinned()
	 * @generated
	 * @ordered
	 */
	protected boolean pinned = PINNED_EDEFAULT;

	/**
	 * The default value of the '{@link #getCr3Cpus() <em>Cr3 Cpus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCr3Cpus()
	 * @generated
	 * @ordered
	 */
	protected static final int CR3_CPUS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCr3Cpus() <em>Cr3 Cpus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCr3Cpus()
	 * @generated
	 * @ordered
	 */
	protected int cr3Cpus = CR3_CPUS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PvAddressSpaceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return P2mPackage.Literals.PV_ADDRESS_SPACE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Mfn getPgdMfn() {
		return pgdMfn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPgdMfn(Mfn newPgdMfn) {
		Mfn oldPgdMfn = pgdMfn;
		pgdMfn = newPgdMfn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.PV_ADDRESS_SPACE__PGD_MFN, oldPgdMfn, pgdMfn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLevels() {
		return levels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLevels(int newLevels) {
		int oldLevels = levels;
		levels = newLevels;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.PV_ADDRESS_SPACE__LEVELS, oldLevels, levels));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPinned() {
		return pinned;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPinned(boolean newPinned) {
		boolean oldPinned = pinned;
		pinned = newPinned;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.PV_ADDRESS_SPACE__PINNED, oldPinned, pinned));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCr3Cpus() {
		return cr3Cpus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCr3Cpus(int newCr3Cpus) {
		int oldCr3Cpus = cr3Cpus;
		cr3Cpus = newCr3Cpus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.PV_ADDRESS_SPACE__CR3_CPUS, oldCr3Cpus, cr3Cpus));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case P2mPackage.PV_ADDRESS_SPACE__PGD_MFN:
				return getPgdMfn();
			case P2mPackage.PV_ADDRESS_SPACE__LEVELS:
				return getLevels();
			case P2mPackage.PV_ADDRESS_SPACE__PINNED:
				return isPinned();
			case P2mPackage.PV_ADDRESS_SPACE__CR3_CPUS:
				return getCr3Cpus();
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
			case P2mPackage.PV_ADDRESS_SPACE__PGD_MFN:
				setPgdMfn((Mfn)newValue);
				return;
			case P2mPackage.PV_ADDRESS_SPACE__LEVELS:
				setLevels((Integer)newValue);
				return;
			case P2mPackage.PV_ADDRESS_SPACE__PINNED:
				setPinned((Boolean)newValue);
				return;
			case P2mPackage.PV_ADDRESS_SPACE__CR3_CPUS:
				setCr3Cpus((Integer)newValue);
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
			case P2mPackage.PV_ADDRESS_SPACE__PGD_MFN:
				setPgdMfn(PGD_MFN_EDEFAULT);
				return;
			case P2mPackage.PV_ADDRESS_SPACE__LEVELS:
				setLevels(LEVELS_EDEFAULT);
				return;
			case P2mPackage.PV_ADDRESS_SPACE__PINNED:
				setPinned(PINNED_EDEFAULT);
				return;
			case P2mPackage.PV_ADDRESS_SPACE__CR3_CPUS:
				setCr3Cpus(CR3_CPUS_EDEFAULT);
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
			case P2mPackage.PV_ADDRESS_SPACE__PGD_MFN:
				return PGD_MFN_EDEFAULT == null ? pgdMfn != null : !PGD_MFN_EDEFAULT.equals(pgdMfn);
			case P2mPackage.PV_ADDRESS_SPACE__LEVELS:
				return levels != LEVELS_EDEFAULT;
			case P2mPackage.PV_ADDRESS_SPACE__PINNED:
				return pinned != PINNED_EDEFAULT;
			case P2mPackage.PV_ADDRESS_SPACE__CR3_CPUS:
				return cr3Cpus != CR3_CPUS_EDEFAULT;
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
		result.append(" (pgdMfn: ");
		result.append(pgdMfn);
		result.append(", levels: ");
		result.append(levels);
		result.append(", pinned: ");
		result.append(pinned);
		result.append(", cr3Cpus: ");
		result.append(cr3Cpus);
		result.append(')');
		return result.toString();
	}

} //PvAddressSpaceImpl
