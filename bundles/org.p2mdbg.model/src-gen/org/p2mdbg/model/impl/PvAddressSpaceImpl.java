/**
 */
package org.p2mdbg.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

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
 *   <li>{@link org.p2mdbg.model.impl.PvAddressSpaceImpl#getSwapperPgDirMfn <em>Swapper Pg Dir Mfn</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.PvAddressSpaceImpl#getPgdMfn <em>Pgd Mfn</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.PvAddressSpaceImpl#getUserPgdMfn <em>User Pgd Mfn</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.PvAddressSpaceImpl#getPgdType <em>Pgd Type</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.PvAddressSpaceImpl#isPinned <em>Pinned</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.PvAddressSpaceImpl#isLinuxPinned <em>Linux Pinned</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.PvAddressSpaceImpl#getCr3Cpus <em>Cr3 Cpus</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.PvAddressSpaceImpl#getCr3CpuList <em>Cr3 Cpu List</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.PvAddressSpaceImpl#getCpumask <em>Cpumask</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PvAddressSpaceImpl extends TranslationTablesImpl implements PvAddressSpace {
	/**
	 * The default value of the '{@link #getSwapperPgDirMfn() <em>Swapper Pg Dir Mfn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSwapperPgDirMfn()
	 * @generated
	 * @ordered
	 */
	protected static final Mfn SWAPPER_PG_DIR_MFN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSwapperPgDirMfn() <em>Swapper Pg Dir Mfn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSwapperPgDirMfn()
	 * @generated
	 * @ordered
	 */
	protected Mfn swapperPgDirMfn = SWAPPER_PG_DIR_MFN_EDEFAULT;

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
	 * The default value of the '{@link #getUserPgdMfn() <em>User Pgd Mfn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUserPgdMfn()
	 * @generated
	 * @ordered
	 */
	protected static final Mfn USER_PGD_MFN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUserPgdMfn() <em>User Pgd Mfn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUserPgdMfn()
	 * @generated
	 * @ordered
	 */
	protected Mfn userPgdMfn = USER_PGD_MFN_EDEFAULT;

	/**
	 * The default value of the '{@link #getPgdType() <em>Pgd Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPgdType()
	 * @generated
	 * @ordered
	 */
	protected static final String PGD_TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPgdType() <em>Pgd Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPgdType()
	 * @generated
	 * @ordered
	 */
	protected String pgdType = PGD_TYPE_EDEFAULT;

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
	 * The default value of the '{@link #isLinuxPinned() <em>Linux Pinned</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLinuxPinned()
	 * @generated
	 * @ordered
	 */
	protected static final boolean LINUX_PINNED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isLinuxPinned() <em>Linux Pinned</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLinuxPinned()
	 * @generated
	 * @ordered
	 */
	protected boolean linuxPinned = LINUX_PINNED_EDEFAULT;

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
	 * The default value of the '{@link #getCr3CpuList() <em>Cr3 Cpu List</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCr3CpuList()
	 * @generated
	 * @ordered
	 */
	protected static final String CR3_CPU_LIST_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCr3CpuList() <em>Cr3 Cpu List</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCr3CpuList()
	 * @generated
	 * @ordered
	 */
	protected String cr3CpuList = CR3_CPU_LIST_EDEFAULT;

	/**
	 * The default value of the '{@link #getCpumask() <em>Cpumask</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpumask()
	 * @generated
	 * @ordered
	 */
	protected static final long CPUMASK_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getCpumask() <em>Cpumask</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpumask()
	 * @generated
	 * @ordered
	 */
	protected long cpumask = CPUMASK_EDEFAULT;

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
	public Mfn getSwapperPgDirMfn() {
		return swapperPgDirMfn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSwapperPgDirMfn(Mfn newSwapperPgDirMfn) {
		Mfn oldSwapperPgDirMfn = swapperPgDirMfn;
		swapperPgDirMfn = newSwapperPgDirMfn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.PV_ADDRESS_SPACE__SWAPPER_PG_DIR_MFN, oldSwapperPgDirMfn, swapperPgDirMfn));
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
	public Mfn getUserPgdMfn() {
		return userPgdMfn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUserPgdMfn(Mfn newUserPgdMfn) {
		Mfn oldUserPgdMfn = userPgdMfn;
		userPgdMfn = newUserPgdMfn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.PV_ADDRESS_SPACE__USER_PGD_MFN, oldUserPgdMfn, userPgdMfn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPgdType() {
		return pgdType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPgdType(String newPgdType) {
		String oldPgdType = pgdType;
		pgdType = newPgdType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.PV_ADDRESS_SPACE__PGD_TYPE, oldPgdType, pgdType));
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
	public boolean isLinuxPinned() {
		return linuxPinned;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLinuxPinned(boolean newLinuxPinned) {
		boolean oldLinuxPinned = linuxPinned;
		linuxPinned = newLinuxPinned;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.PV_ADDRESS_SPACE__LINUX_PINNED, oldLinuxPinned, linuxPinned));
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
	public String getCr3CpuList() {
		return cr3CpuList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCr3CpuList(String newCr3CpuList) {
		String oldCr3CpuList = cr3CpuList;
		cr3CpuList = newCr3CpuList;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.PV_ADDRESS_SPACE__CR3_CPU_LIST, oldCr3CpuList, cr3CpuList));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getCpumask() {
		return cpumask;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCpumask(long newCpumask) {
		long oldCpumask = cpumask;
		cpumask = newCpumask;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.PV_ADDRESS_SPACE__CPUMASK, oldCpumask, cpumask));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case P2mPackage.PV_ADDRESS_SPACE__SWAPPER_PG_DIR_MFN:
				return getSwapperPgDirMfn();
			case P2mPackage.PV_ADDRESS_SPACE__PGD_MFN:
				return getPgdMfn();
			case P2mPackage.PV_ADDRESS_SPACE__USER_PGD_MFN:
				return getUserPgdMfn();
			case P2mPackage.PV_ADDRESS_SPACE__PGD_TYPE:
				return getPgdType();
			case P2mPackage.PV_ADDRESS_SPACE__PINNED:
				return isPinned();
			case P2mPackage.PV_ADDRESS_SPACE__LINUX_PINNED:
				return isLinuxPinned();
			case P2mPackage.PV_ADDRESS_SPACE__CR3_CPUS:
				return getCr3Cpus();
			case P2mPackage.PV_ADDRESS_SPACE__CR3_CPU_LIST:
				return getCr3CpuList();
			case P2mPackage.PV_ADDRESS_SPACE__CPUMASK:
				return getCpumask();
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
			case P2mPackage.PV_ADDRESS_SPACE__SWAPPER_PG_DIR_MFN:
				setSwapperPgDirMfn((Mfn)newValue);
				return;
			case P2mPackage.PV_ADDRESS_SPACE__PGD_MFN:
				setPgdMfn((Mfn)newValue);
				return;
			case P2mPackage.PV_ADDRESS_SPACE__USER_PGD_MFN:
				setUserPgdMfn((Mfn)newValue);
				return;
			case P2mPackage.PV_ADDRESS_SPACE__PGD_TYPE:
				setPgdType((String)newValue);
				return;
			case P2mPackage.PV_ADDRESS_SPACE__PINNED:
				setPinned((Boolean)newValue);
				return;
			case P2mPackage.PV_ADDRESS_SPACE__LINUX_PINNED:
				setLinuxPinned((Boolean)newValue);
				return;
			case P2mPackage.PV_ADDRESS_SPACE__CR3_CPUS:
				setCr3Cpus((Integer)newValue);
				return;
			case P2mPackage.PV_ADDRESS_SPACE__CR3_CPU_LIST:
				setCr3CpuList((String)newValue);
				return;
			case P2mPackage.PV_ADDRESS_SPACE__CPUMASK:
				setCpumask((Long)newValue);
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
			case P2mPackage.PV_ADDRESS_SPACE__SWAPPER_PG_DIR_MFN:
				setSwapperPgDirMfn(SWAPPER_PG_DIR_MFN_EDEFAULT);
				return;
			case P2mPackage.PV_ADDRESS_SPACE__PGD_MFN:
				setPgdMfn(PGD_MFN_EDEFAULT);
				return;
			case P2mPackage.PV_ADDRESS_SPACE__USER_PGD_MFN:
				setUserPgdMfn(USER_PGD_MFN_EDEFAULT);
				return;
			case P2mPackage.PV_ADDRESS_SPACE__PGD_TYPE:
				setPgdType(PGD_TYPE_EDEFAULT);
				return;
			case P2mPackage.PV_ADDRESS_SPACE__PINNED:
				setPinned(PINNED_EDEFAULT);
				return;
			case P2mPackage.PV_ADDRESS_SPACE__LINUX_PINNED:
				setLinuxPinned(LINUX_PINNED_EDEFAULT);
				return;
			case P2mPackage.PV_ADDRESS_SPACE__CR3_CPUS:
				setCr3Cpus(CR3_CPUS_EDEFAULT);
				return;
			case P2mPackage.PV_ADDRESS_SPACE__CR3_CPU_LIST:
				setCr3CpuList(CR3_CPU_LIST_EDEFAULT);
				return;
			case P2mPackage.PV_ADDRESS_SPACE__CPUMASK:
				setCpumask(CPUMASK_EDEFAULT);
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
			case P2mPackage.PV_ADDRESS_SPACE__SWAPPER_PG_DIR_MFN:
				return SWAPPER_PG_DIR_MFN_EDEFAULT == null ? swapperPgDirMfn != null : !SWAPPER_PG_DIR_MFN_EDEFAULT.equals(swapperPgDirMfn);
			case P2mPackage.PV_ADDRESS_SPACE__PGD_MFN:
				return PGD_MFN_EDEFAULT == null ? pgdMfn != null : !PGD_MFN_EDEFAULT.equals(pgdMfn);
			case P2mPackage.PV_ADDRESS_SPACE__USER_PGD_MFN:
				return USER_PGD_MFN_EDEFAULT == null ? userPgdMfn != null : !USER_PGD_MFN_EDEFAULT.equals(userPgdMfn);
			case P2mPackage.PV_ADDRESS_SPACE__PGD_TYPE:
				return PGD_TYPE_EDEFAULT == null ? pgdType != null : !PGD_TYPE_EDEFAULT.equals(pgdType);
			case P2mPackage.PV_ADDRESS_SPACE__PINNED:
				return pinned != PINNED_EDEFAULT;
			case P2mPackage.PV_ADDRESS_SPACE__LINUX_PINNED:
				return linuxPinned != LINUX_PINNED_EDEFAULT;
			case P2mPackage.PV_ADDRESS_SPACE__CR3_CPUS:
				return cr3Cpus != CR3_CPUS_EDEFAULT;
			case P2mPackage.PV_ADDRESS_SPACE__CR3_CPU_LIST:
				return CR3_CPU_LIST_EDEFAULT == null ? cr3CpuList != null : !CR3_CPU_LIST_EDEFAULT.equals(cr3CpuList);
			case P2mPackage.PV_ADDRESS_SPACE__CPUMASK:
				return cpumask != CPUMASK_EDEFAULT;
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
		result.append(" (swapperPgDirMfn: ");
		result.append(swapperPgDirMfn);
		result.append(", pgdMfn: ");
		result.append(pgdMfn);
		result.append(", userPgdMfn: ");
		result.append(userPgdMfn);
		result.append(", pgdType: ");
		result.append(pgdType);
		result.append(", pinned: ");
		result.append(pinned);
		result.append(", linuxPinned: ");
		result.append(linuxPinned);
		result.append(", cr3Cpus: ");
		result.append(cr3Cpus);
		result.append(", cr3CpuList: ");
		result.append(cr3CpuList);
		result.append(", cpumask: ");
		result.append(cpumask);
		result.append(')');
		return result.toString();
	}

} //PvAddressSpaceImpl
