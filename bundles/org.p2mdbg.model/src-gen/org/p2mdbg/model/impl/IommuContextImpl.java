/**
 */
package org.p2mdbg.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.p2mdbg.core.mem.Mfn;

import org.p2mdbg.model.IommuContext;
import org.p2mdbg.model.P2mPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Iommu Context</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.p2mdbg.model.impl.IommuContextImpl#getRootMfn <em>Root Mfn</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.IommuContextImpl#getLevels <em>Levels</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.IommuContextImpl#isSharesP2m <em>Shares P2m</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.IommuContextImpl#getFlushStrategy <em>Flush Strategy</em>}</li>
 * </ul>
 *
 * @generated
 */
public class IommuContextImpl extends MinimalEObjectImpl.Container implements IommuContext {
	/**
	 * The default value of the '{@link #getRootMfn() <em>Root Mfn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRootMfn()
	 * @generated
	 * @ordered
	 */
	protected static final Mfn ROOT_MFN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRootMfn() <em>Root Mfn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRootMfn()
	 * @generated
	 * @ordered
	 */
	protected Mfn rootMfn = ROOT_MFN_EDEFAULT;

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
	 * The default value of the '{@link #isSharesP2m() <em>Shares P2m</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSharesP2m()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SHARES_P2M_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSharesP2m() <em>Shares P2m</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSharesP2m()
	 * @generated
	 * @ordered
	 */
	protected boolean sharesP2m = SHARES_P2M_EDEFAULT;

	/**
	 * The default value of the '{@link #getFlushStrategy() <em>Flush Strategy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlushStrategy()
	 * @generated
	 * @ordered
	 */
	protected static final String FLUSH_STRATEGY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFlushStrategy() <em>Flush Strategy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFlushStrategy()
	 * @generated
	 * @ordered
	 */
	protected String flushStrategy = FLUSH_STRATEGY_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected IommuContextImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return P2mPackage.Literals.IOMMU_CONTEXT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Mfn getRootMfn() {
		return rootMfn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRootMfn(Mfn newRootMfn) {
		Mfn oldRootMfn = rootMfn;
		rootMfn = newRootMfn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.IOMMU_CONTEXT__ROOT_MFN, oldRootMfn, rootMfn));
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
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.IOMMU_CONTEXT__LEVELS, oldLevels, levels));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSharesP2m() {
		return sharesP2m;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSharesP2m(boolean newSharesP2m) {
		boolean oldSharesP2m = sharesP2m;
		sharesP2m = newSharesP2m;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.IOMMU_CONTEXT__SHARES_P2M, oldSharesP2m, sharesP2m));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFlushStrategy() {
		return flushStrategy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFlushStrategy(String newFlushStrategy) {
		String oldFlushStrategy = flushStrategy;
		flushStrategy = newFlushStrategy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.IOMMU_CONTEXT__FLUSH_STRATEGY, oldFlushStrategy, flushStrategy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case P2mPackage.IOMMU_CONTEXT__ROOT_MFN:
				return getRootMfn();
			case P2mPackage.IOMMU_CONTEXT__LEVELS:
				return getLevels();
			case P2mPackage.IOMMU_CONTEXT__SHARES_P2M:
				return isSharesP2m();
			case P2mPackage.IOMMU_CONTEXT__FLUSH_STRATEGY:
				return getFlushStrategy();
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
			case P2mPackage.IOMMU_CONTEXT__ROOT_MFN:
				setRootMfn((Mfn)newValue);
				return;
			case P2mPackage.IOMMU_CONTEXT__LEVELS:
				setLevels((Integer)newValue);
				return;
			case P2mPackage.IOMMU_CONTEXT__SHARES_P2M:
				setSharesP2m((Boolean)newValue);
				return;
			case P2mPackage.IOMMU_CONTEXT__FLUSH_STRATEGY:
				setFlushStrategy((String)newValue);
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
			case P2mPackage.IOMMU_CONTEXT__ROOT_MFN:
				setRootMfn(ROOT_MFN_EDEFAULT);
				return;
			case P2mPackage.IOMMU_CONTEXT__LEVELS:
				setLevels(LEVELS_EDEFAULT);
				return;
			case P2mPackage.IOMMU_CONTEXT__SHARES_P2M:
				setSharesP2m(SHARES_P2M_EDEFAULT);
				return;
			case P2mPackage.IOMMU_CONTEXT__FLUSH_STRATEGY:
				setFlushStrategy(FLUSH_STRATEGY_EDEFAULT);
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
			case P2mPackage.IOMMU_CONTEXT__ROOT_MFN:
				return ROOT_MFN_EDEFAULT == null ? rootMfn != null : !ROOT_MFN_EDEFAULT.equals(rootMfn);
			case P2mPackage.IOMMU_CONTEXT__LEVELS:
				return levels != LEVELS_EDEFAULT;
			case P2mPackage.IOMMU_CONTEXT__SHARES_P2M:
				return sharesP2m != SHARES_P2M_EDEFAULT;
			case P2mPackage.IOMMU_CONTEXT__FLUSH_STRATEGY:
				return FLUSH_STRATEGY_EDEFAULT == null ? flushStrategy != null : !FLUSH_STRATEGY_EDEFAULT.equals(flushStrategy);
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
		result.append(" (rootMfn: ");
		result.append(rootMfn);
		result.append(", levels: ");
		result.append(levels);
		result.append(", sharesP2m: ");
		result.append(sharesP2m);
		result.append(", flushStrategy: ");
		result.append(flushStrategy);
		result.append(')');
		return result.toString();
	}

} //IommuContextImpl
