/**
 */
package org.p2mdbg.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.p2mdbg.core.mem.FrameKind;
import org.p2mdbg.core.mem.Mfn;

import org.p2mdbg.model.Descriptor;
import org.p2mdbg.model.P2mPackage;
import org.p2mdbg.model.Table;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Table</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.p2mdbg.model.impl.TableImpl#getLevel <em>Level</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.TableImpl#getMfn <em>Mfn</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.TableImpl#getFrameKind <em>Frame Kind</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.TableImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.TableImpl#getInputStart <em>Input Start</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.TableImpl#getInputEnd <em>Input End</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.TableImpl#getValidCount <em>Valid Count</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.TableImpl#getPageType <em>Page Type</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.TableImpl#getDescriptors <em>Descriptors</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TableImpl extends MinimalEObjectImpl.Container implements Table {
	/**
	 * The default value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected static final int LEVEL_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected int level = LEVEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getMfn() <em>Mfn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMfn()
	 * @generated
	 * @ordered
	 */
	protected static final Mfn MFN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMfn() <em>Mfn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMfn()
	 * @generated
	 * @ordered
	 */
	protected Mfn mfn = MFN_EDEFAULT;

	/**
	 * The default value of the '{@link #getFrameKind() <em>Frame Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrameKind()
	 * @generated
	 * @ordered
	 */
	protected static final FrameKind FRAME_KIND_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFrameKind() <em>Frame Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrameKind()
	 * @generated
	 * @ordered
	 */
	protected FrameKind frameKind = FRAME_KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getOwner() <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected static final int OWNER_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getOwner() <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected int owner = OWNER_EDEFAULT;

	/**
	 * The default value of the '{@link #getInputStart() <em>Input Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInputStart()
	 * @generated
	 * @ordered
	 */
	protected static final long INPUT_START_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getInputStart() <em>Input Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInputStart()
	 * @generated
	 * @ordered
	 */
	protected long inputStart = INPUT_START_EDEFAULT;

	/**
	 * The default value of the '{@link #getInputEnd() <em>Input End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInputEnd()
	 * @generated
	 * @ordered
	 */
	protected static final long INPUT_END_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getInputEnd() <em>Input End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInputEnd()
	 * @generated
	 * @ordered
	 */
	protected long inputEnd = INPUT_END_EDEFAULT;

	/**
	 * The default value of the '{@link #getValidCount() <em>Valid Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidCount()
	 * @generated
	 * @ordered
	 */
	protected static final int VALID_COUNT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getValidCount() <em>Valid Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValidCount()
	 * @generated
	 * @ordered
	 */
	protected int validCount = VALID_COUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getPageType() <em>Page Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPageType()
	 * @generated
	 * @ordered
	 */
	protected static final String PAGE_TYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPageType() <em>Page Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPageType()
	 * @generated
	 * @ordered
	 */
	protected String pageType = PAGE_TYPE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDescriptors() <em>Descriptors</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescriptors()
	 * @generated
	 * @ordered
	 */
	protected EList<Descriptor> descriptors;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TableImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return P2mPackage.Literals.TABLE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLevel() {
		return level;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLevel(int newLevel) {
		int oldLevel = level;
		level = newLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.TABLE__LEVEL, oldLevel, level));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Mfn getMfn() {
		return mfn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMfn(Mfn newMfn) {
		Mfn oldMfn = mfn;
		mfn = newMfn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.TABLE__MFN, oldMfn, mfn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FrameKind getFrameKind() {
		return frameKind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFrameKind(FrameKind newFrameKind) {
		FrameKind oldFrameKind = frameKind;
		frameKind = newFrameKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.TABLE__FRAME_KIND, oldFrameKind, frameKind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getOwner() {
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwner(int newOwner) {
		int oldOwner = owner;
		owner = newOwner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.TABLE__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getInputStart() {
		return inputStart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInputStart(long newInputStart) {
		long oldInputStart = inputStart;
		inputStart = newInputStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.TABLE__INPUT_START, oldInputStart, inputStart));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getInputEnd() {
		return inputEnd;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInputEnd(long newInputEnd) {
		long oldInputEnd = inputEnd;
		inputEnd = newInputEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.TABLE__INPUT_END, oldInputEnd, inputEnd));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValidCount() {
		return validCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValidCount(int newValidCount) {
		int oldValidCount = validCount;
		validCount = newValidCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.TABLE__VALID_COUNT, oldValidCount, validCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPageType() {
		return pageType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPageType(String newPageType) {
		String oldPageType = pageType;
		pageType = newPageType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.TABLE__PAGE_TYPE, oldPageType, pageType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Descriptor> getDescriptors() {
		if (descriptors == null) {
			descriptors = new EObjectContainmentEList<Descriptor>(Descriptor.class, this, P2mPackage.TABLE__DESCRIPTORS);
		}
		return descriptors;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case P2mPackage.TABLE__DESCRIPTORS:
				return ((InternalEList<?>)getDescriptors()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case P2mPackage.TABLE__LEVEL:
				return getLevel();
			case P2mPackage.TABLE__MFN:
				return getMfn();
			case P2mPackage.TABLE__FRAME_KIND:
				return getFrameKind();
			case P2mPackage.TABLE__OWNER:
				return getOwner();
			case P2mPackage.TABLE__INPUT_START:
				return getInputStart();
			case P2mPackage.TABLE__INPUT_END:
				return getInputEnd();
			case P2mPackage.TABLE__VALID_COUNT:
				return getValidCount();
			case P2mPackage.TABLE__PAGE_TYPE:
				return getPageType();
			case P2mPackage.TABLE__DESCRIPTORS:
				return getDescriptors();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case P2mPackage.TABLE__LEVEL:
				setLevel((Integer)newValue);
				return;
			case P2mPackage.TABLE__MFN:
				setMfn((Mfn)newValue);
				return;
			case P2mPackage.TABLE__FRAME_KIND:
				setFrameKind((FrameKind)newValue);
				return;
			case P2mPackage.TABLE__OWNER:
				setOwner((Integer)newValue);
				return;
			case P2mPackage.TABLE__INPUT_START:
				setInputStart((Long)newValue);
				return;
			case P2mPackage.TABLE__INPUT_END:
				setInputEnd((Long)newValue);
				return;
			case P2mPackage.TABLE__VALID_COUNT:
				setValidCount((Integer)newValue);
				return;
			case P2mPackage.TABLE__PAGE_TYPE:
				setPageType((String)newValue);
				return;
			case P2mPackage.TABLE__DESCRIPTORS:
				getDescriptors().clear();
				getDescriptors().addAll((Collection<? extends Descriptor>)newValue);
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
			case P2mPackage.TABLE__LEVEL:
				setLevel(LEVEL_EDEFAULT);
				return;
			case P2mPackage.TABLE__MFN:
				setMfn(MFN_EDEFAULT);
				return;
			case P2mPackage.TABLE__FRAME_KIND:
				setFrameKind(FRAME_KIND_EDEFAULT);
				return;
			case P2mPackage.TABLE__OWNER:
				setOwner(OWNER_EDEFAULT);
				return;
			case P2mPackage.TABLE__INPUT_START:
				setInputStart(INPUT_START_EDEFAULT);
				return;
			case P2mPackage.TABLE__INPUT_END:
				setInputEnd(INPUT_END_EDEFAULT);
				return;
			case P2mPackage.TABLE__VALID_COUNT:
				setValidCount(VALID_COUNT_EDEFAULT);
				return;
			case P2mPackage.TABLE__PAGE_TYPE:
				setPageType(PAGE_TYPE_EDEFAULT);
				return;
			case P2mPackage.TABLE__DESCRIPTORS:
				getDescriptors().clear();
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
			case P2mPackage.TABLE__LEVEL:
				return level != LEVEL_EDEFAULT;
			case P2mPackage.TABLE__MFN:
				return MFN_EDEFAULT == null ? mfn != null : !MFN_EDEFAULT.equals(mfn);
			case P2mPackage.TABLE__FRAME_KIND:
				return FRAME_KIND_EDEFAULT == null ? frameKind != null : !FRAME_KIND_EDEFAULT.equals(frameKind);
			case P2mPackage.TABLE__OWNER:
				return owner != OWNER_EDEFAULT;
			case P2mPackage.TABLE__INPUT_START:
				return inputStart != INPUT_START_EDEFAULT;
			case P2mPackage.TABLE__INPUT_END:
				return inputEnd != INPUT_END_EDEFAULT;
			case P2mPackage.TABLE__VALID_COUNT:
				return validCount != VALID_COUNT_EDEFAULT;
			case P2mPackage.TABLE__PAGE_TYPE:
				return PAGE_TYPE_EDEFAULT == null ? pageType != null : !PAGE_TYPE_EDEFAULT.equals(pageType);
			case P2mPackage.TABLE__DESCRIPTORS:
				return descriptors != null && !descriptors.isEmpty();
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
		result.append(" (level: ");
		result.append(level);
		result.append(", mfn: ");
		result.append(mfn);
		result.append(", frameKind: ");
		result.append(frameKind);
		result.append(", owner: ");
		result.append(owner);
		result.append(", inputStart: ");
		result.append(inputStart);
		result.append(", inputEnd: ");
		result.append(inputEnd);
		result.append(", validCount: ");
		result.append(validCount);
		result.append(", pageType: ");
		result.append(pageType);
		result.append(')');
		return result.toString();
	}

} //TableImpl
