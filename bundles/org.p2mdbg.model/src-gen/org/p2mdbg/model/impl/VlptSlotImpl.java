/**
 */
package org.p2mdbg.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.p2mdbg.core.mem.Mfn;

import org.p2mdbg.model.P2mPackage;
import org.p2mdbg.model.VlptSlot;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Vlpt Slot</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.p2mdbg.model.impl.VlptSlotImpl#getXenSecondMfn <em>Xen Second Mfn</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.VlptSlotImpl#getCopy <em>Copy</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.VlptSlotImpl#getP2mRootMfn <em>P2m Root Mfn</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.VlptSlotImpl#getP2mIndex <em>P2m Index</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.VlptSlotImpl#getP2mEntry <em>P2m Entry</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.VlptSlotImpl#getIpaStart <em>Ipa Start</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.VlptSlotImpl#getIpaEnd <em>Ipa End</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.VlptSlotImpl#isCurrent <em>Current</em>}</li>
 * </ul>
 *
 * @generated
 */
public class VlptSlotImpl extends DescriptorImpl implements VlptSlot {
	/**
	 * The default value of the '{@link #getXenSecondMfn() <em>Xen Second Mfn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getXenSecondMfn()
	 * @generated
	 * @ordered
	 */
	protected static final Mfn XEN_SECOND_MFN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getXenSecondMfn() <em>Xen Second Mfn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getXenSecondMfn()
	 * @generated
	 * @ordered
	 */
	protected Mfn xenSecondMfn = XEN_SECOND_MFN_EDEFAULT;

	/**
	 * The default value of the '{@link #getCopy() <em>Copy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCopy()
	 * @generated
	 * @ordered
	 */
	protected static final long COPY_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getCopy() <em>Copy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCopy()
	 * @generated
	 * @ordered
	 */
	protected long copy = COPY_EDEFAULT;

	/**
	 * The default value of the '{@link #getP2mRootMfn() <em>P2m Root Mfn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getP2mRootMfn()
	 * @generated
	 * @ordered
	 */
	protected static final Mfn P2M_ROOT_MFN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getP2mRootMfn() <em>P2m Root Mfn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getP2mRootMfn()
	 * @generated
	 * @ordered
	 */
	protected Mfn p2mRootMfn = P2M_ROOT_MFN_EDEFAULT;

	/**
	 * The default value of the '{@link #getP2mIndex() <em>P2m Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getP2mIndex()
	 * @generated
	 * @ordered
	 */
	protected static final int P2M_INDEX_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getP2mIndex() <em>P2m Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getP2mIndex()
	 * @generated
	 * @ordered
	 */
	protected int p2mIndex = P2M_INDEX_EDEFAULT;

	/**
	 * The default value of the '{@link #getP2mEntry() <em>P2m Entry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getP2mEntry()
	 * @generated
	 * @ordered
	 */
	protected static final long P2M_ENTRY_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getP2mEntry() <em>P2m Entry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getP2mEntry()
	 * @generated
	 * @ordered
	 */
	protected long p2mEntry = P2M_ENTRY_EDEFAULT;

	/**
	 * The default value of the '{@link #getIpaStart() <em>Ipa Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIpaStart()
	 * @generated
	 * @ordered
	 */
	protected static final long IPA_START_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getIpaStart() <em>Ipa Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIpaStart()
	 * @generated
	 * @ordered
	 */
	protected long ipaStart = IPA_START_EDEFAULT;

	/**
	 * The default value of the '{@link #getIpaEnd() <em>Ipa End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIpaEnd()
	 * @generated
	 * @ordered
	 */
	protected static final long IPA_END_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getIpaEnd() <em>Ipa End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIpaEnd()
	 * @generated
	 * @ordered
	 */
	protected long ipaEnd = IPA_END_EDEFAULT;

	/**
	 * The default value of the '{@link #isCurrent() <em>Current</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCurrent()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CURRENT_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isCurrent() <em>Current</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCurrent()
	 * @generated
	 * @ordered
	 */
	protected boolean current = CURRENT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected VlptSlotImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return P2mPackage.Literals.VLPT_SLOT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Mfn getXenSecondMfn() {
		return xenSecondMfn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setXenSecondMfn(Mfn newXenSecondMfn) {
		Mfn oldXenSecondMfn = xenSecondMfn;
		xenSecondMfn = newXenSecondMfn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.VLPT_SLOT__XEN_SECOND_MFN, oldXenSecondMfn, xenSecondMfn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getCopy() {
		return copy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCopy(long newCopy) {
		long oldCopy = copy;
		copy = newCopy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.VLPT_SLOT__COPY, oldCopy, copy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Mfn getP2mRootMfn() {
		return p2mRootMfn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setP2mRootMfn(Mfn newP2mRootMfn) {
		Mfn oldP2mRootMfn = p2mRootMfn;
		p2mRootMfn = newP2mRootMfn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.VLPT_SLOT__P2M_ROOT_MFN, oldP2mRootMfn, p2mRootMfn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getP2mIndex() {
		return p2mIndex;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setP2mIndex(int newP2mIndex) {
		int oldP2mIndex = p2mIndex;
		p2mIndex = newP2mIndex;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.VLPT_SLOT__P2M_INDEX, oldP2mIndex, p2mIndex));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getP2mEntry() {
		return p2mEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setP2mEntry(long newP2mEntry) {
		long oldP2mEntry = p2mEntry;
		p2mEntry = newP2mEntry;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.VLPT_SLOT__P2M_ENTRY, oldP2mEntry, p2mEntry));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getIpaStart() {
		return ipaStart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIpaStart(long newIpaStart) {
		long oldIpaStart = ipaStart;
		ipaStart = newIpaStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.VLPT_SLOT__IPA_START, oldIpaStart, ipaStart));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getIpaEnd() {
		return ipaEnd;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIpaEnd(long newIpaEnd) {
		long oldIpaEnd = ipaEnd;
		ipaEnd = newIpaEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.VLPT_SLOT__IPA_END, oldIpaEnd, ipaEnd));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCurrent() {
		return current;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCurrent(boolean newCurrent) {
		boolean oldCurrent = current;
		current = newCurrent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.VLPT_SLOT__CURRENT, oldCurrent, current));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case P2mPackage.VLPT_SLOT__XEN_SECOND_MFN:
				return getXenSecondMfn();
			case P2mPackage.VLPT_SLOT__COPY:
				return getCopy();
			case P2mPackage.VLPT_SLOT__P2M_ROOT_MFN:
				return getP2mRootMfn();
			case P2mPackage.VLPT_SLOT__P2M_INDEX:
				return getP2mIndex();
			case P2mPackage.VLPT_SLOT__P2M_ENTRY:
				return getP2mEntry();
			case P2mPackage.VLPT_SLOT__IPA_START:
				return getIpaStart();
			case P2mPackage.VLPT_SLOT__IPA_END:
				return getIpaEnd();
			case P2mPackage.VLPT_SLOT__CURRENT:
				return isCurrent();
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
			case P2mPackage.VLPT_SLOT__XEN_SECOND_MFN:
				setXenSecondMfn((Mfn)newValue);
				return;
			case P2mPackage.VLPT_SLOT__COPY:
				setCopy((Long)newValue);
				return;
			case P2mPackage.VLPT_SLOT__P2M_ROOT_MFN:
				setP2mRootMfn((Mfn)newValue);
				return;
			case P2mPackage.VLPT_SLOT__P2M_INDEX:
				setP2mIndex((Integer)newValue);
				return;
			case P2mPackage.VLPT_SLOT__P2M_ENTRY:
				setP2mEntry((Long)newValue);
				return;
			case P2mPackage.VLPT_SLOT__IPA_START:
				setIpaStart((Long)newValue);
				return;
			case P2mPackage.VLPT_SLOT__IPA_END:
				setIpaEnd((Long)newValue);
				return;
			case P2mPackage.VLPT_SLOT__CURRENT:
				setCurrent((Boolean)newValue);
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
			case P2mPackage.VLPT_SLOT__XEN_SECOND_MFN:
				setXenSecondMfn(XEN_SECOND_MFN_EDEFAULT);
				return;
			case P2mPackage.VLPT_SLOT__COPY:
				setCopy(COPY_EDEFAULT);
				return;
			case P2mPackage.VLPT_SLOT__P2M_ROOT_MFN:
				setP2mRootMfn(P2M_ROOT_MFN_EDEFAULT);
				return;
			case P2mPackage.VLPT_SLOT__P2M_INDEX:
				setP2mIndex(P2M_INDEX_EDEFAULT);
				return;
			case P2mPackage.VLPT_SLOT__P2M_ENTRY:
				setP2mEntry(P2M_ENTRY_EDEFAULT);
				return;
			case P2mPackage.VLPT_SLOT__IPA_START:
				setIpaStart(IPA_START_EDEFAULT);
				return;
			case P2mPackage.VLPT_SLOT__IPA_END:
				setIpaEnd(IPA_END_EDEFAULT);
				return;
			case P2mPackage.VLPT_SLOT__CURRENT:
				setCurrent(CURRENT_EDEFAULT);
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
			case P2mPackage.VLPT_SLOT__XEN_SECOND_MFN:
				return XEN_SECOND_MFN_EDEFAULT == null ? xenSecondMfn != null : !XEN_SECOND_MFN_EDEFAULT.equals(xenSecondMfn);
			case P2mPackage.VLPT_SLOT__COPY:
				return copy != COPY_EDEFAULT;
			case P2mPackage.VLPT_SLOT__P2M_ROOT_MFN:
				return P2M_ROOT_MFN_EDEFAULT == null ? p2mRootMfn != null : !P2M_ROOT_MFN_EDEFAULT.equals(p2mRootMfn);
			case P2mPackage.VLPT_SLOT__P2M_INDEX:
				return p2mIndex != P2M_INDEX_EDEFAULT;
			case P2mPackage.VLPT_SLOT__P2M_ENTRY:
				return p2mEntry != P2M_ENTRY_EDEFAULT;
			case P2mPackage.VLPT_SLOT__IPA_START:
				return ipaStart != IPA_START_EDEFAULT;
			case P2mPackage.VLPT_SLOT__IPA_END:
				return ipaEnd != IPA_END_EDEFAULT;
			case P2mPackage.VLPT_SLOT__CURRENT:
				return current != CURRENT_EDEFAULT;
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
		result.append(" (xenSecondMfn: ");
		result.append(xenSecondMfn);
		result.append(", copy: ");
		result.append(copy);
		result.append(", p2mRootMfn: ");
		result.append(p2mRootMfn);
		result.append(", p2mIndex: ");
		result.append(p2mIndex);
		result.append(", p2mEntry: ");
		result.append(p2mEntry);
		result.append(", ipaStart: ");
		result.append(ipaStart);
		result.append(", ipaEnd: ");
		result.append(ipaEnd);
		result.append(", current: ");
		result.append(current);
		result.append(')');
		return result.toString();
	}

} //VlptSlotImpl
