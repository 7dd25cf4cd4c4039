/**
 */
package org.p2mdbg.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.p2mdbg.model.IommuContext;
import org.p2mdbg.model.P2m;
import org.p2mdbg.model.P2mPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Iommu Context</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.p2mdbg.model.impl.IommuContextImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.IommuContextImpl#getLevels <em>Levels</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.IommuContextImpl#isSharesP2m <em>Shares P2m</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.IommuContextImpl#getFlushStrategy <em>Flush Strategy</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.IommuContextImpl#getSharedP2m <em>Shared P2m</em>}</li>
 * </ul>
 *
 * @generated
 */
public class IommuContextImpl extends TranslationTablesImpl implements IommuContext {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final String KIND_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected String kind = KIND_EDEFAULT;

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
	 * The cached value of the '{@link #getSharedP2m() <em>Shared P2m</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSharedP2m()
	 * @generated
	 * @ordered
	 */
	protected P2m sharedP2m;

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
	public String getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(String newKind) {
		String oldKind = kind;
		kind = newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.IOMMU_CONTEXT__KIND, oldKind, kind));
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
	public P2m getSharedP2m() {
		if (sharedP2m != null && sharedP2m.eIsProxy()) {
			InternalEObject oldSharedP2m = (InternalEObject)sharedP2m;
			sharedP2m = (P2m)eResolveProxy(oldSharedP2m);
			if (sharedP2m != oldSharedP2m) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, P2mPackage.IOMMU_CONTEXT__SHARED_P2M, oldSharedP2m, sharedP2m));
			}
		}
		return sharedP2m;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public P2m basicGetSharedP2m() {
		return sharedP2m;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSharedP2m(P2m newSharedP2m) {
		P2m oldSharedP2m = sharedP2m;
		sharedP2m = newSharedP2m;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.IOMMU_CONTEXT__SHARED_P2M, oldSharedP2m, sharedP2m));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case P2mPackage.IOMMU_CONTEXT__KIND:
				return getKind();
			case P2mPackage.IOMMU_CONTEXT__LEVELS:
				return getLevels();
			case P2mPackage.IOMMU_CONTEXT__SHARES_P2M:
				return isSharesP2m();
			case P2mPackage.IOMMU_CONTEXT__FLUSH_STRATEGY:
				return getFlushStrategy();
			case P2mPackage.IOMMU_CONTEXT__SHARED_P2M:
				if (resolve) return getSharedP2m();
				return basicGetSharedP2m();
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
			case P2mPackage.IOMMU_CONTEXT__KIND:
				setKind((String)newValue);
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
			case P2mPackage.IOMMU_CONTEXT__SHARED_P2M:
				setSharedP2m((P2m)newValue);
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
			case P2mPackage.IOMMU_CONTEXT__KIND:
				setKind(KIND_EDEFAULT);
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
			case P2mPackage.IOMMU_CONTEXT__SHARED_P2M:
				setSharedP2m((P2m)null);
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
			case P2mPackage.IOMMU_CONTEXT__KIND:
				return KIND_EDEFAULT == null ? kind != null : !KIND_EDEFAULT.equals(kind);
			case P2mPackage.IOMMU_CONTEXT__LEVELS:
				return levels != LEVELS_EDEFAULT;
			case P2mPackage.IOMMU_CONTEXT__SHARES_P2M:
				return sharesP2m != SHARES_P2M_EDEFAULT;
			case P2mPackage.IOMMU_CONTEXT__FLUSH_STRATEGY:
				return FLUSH_STRATEGY_EDEFAULT == null ? flushStrategy != null : !FLUSH_STRATEGY_EDEFAULT.equals(flushStrategy);
			case P2mPackage.IOMMU_CONTEXT__SHARED_P2M:
				return sharedP2m != null;
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
		result.append(" (kind: ");
		result.append(kind);
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
