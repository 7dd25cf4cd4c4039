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

import org.p2mdbg.core.mem.Mfn;

import org.p2mdbg.model.P2mPackage;
import org.p2mdbg.model.Vlpt;
import org.p2mdbg.model.VlptSlot;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Vlpt</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.p2mdbg.model.impl.VlptImpl#getWindowStart <em>Window Start</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.VlptImpl#getWindowEnd <em>Window End</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.VlptImpl#getFirstSlot <em>First Slot</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.VlptImpl#getSlots <em>Slots</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.VlptImpl#getCopyMfn <em>Copy Mfn</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.VlptImpl#getEntries <em>Entries</em>}</li>
 * </ul>
 *
 * @generated
 */
public class VlptImpl extends MinimalEObjectImpl.Container implements Vlpt {
	/**
	 * The default value of the '{@link #getWindowStart() <em>Window Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWindowStart()
	 * @generated
	 * @ordered
	 */
	protected static final long WINDOW_START_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getWindowStart() <em>Window Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWindowStart()
	 * @generated
	 * @ordered
	 */
	protected long windowStart = WINDOW_START_EDEFAULT;

	/**
	 * The default value of the '{@link #getWindowEnd() <em>Window End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWindowEnd()
	 * @generated
	 * @ordered
	 */
	protected static final long WINDOW_END_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getWindowEnd() <em>Window End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWindowEnd()
	 * @generated
	 * @ordered
	 */
	protected long windowEnd = WINDOW_END_EDEFAULT;

	/**
	 * The default value of the '{@link #getFirstSlot() <em>First Slot</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstSlot()
	 * @generated
	 * @ordered
	 */
	protected static final int FIRST_SLOT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFirstSlot() <em>First Slot</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstSlot()
	 * @generated
	 * @ordered
	 */
	protected int firstSlot = FIRST_SLOT_EDEFAULT;

	/**
	 * The default value of the '{@link #getSlots() <em>Slots</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlots()
	 * @generated
	 * @ordered
	 */
	protected static final int SLOTS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSlots() <em>Slots</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSlots()
	 * @generated
	 * @ordered
	 */
	protected int slots = SLOTS_EDEFAULT;

	/**
	 * The default value of the '{@link #getCopyMfn() <em>Copy Mfn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCopyMfn()
	 * @generated
	 * @ordered
	 */
	protected static final Mfn COPY_MFN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCopyMfn() <em>Copy Mfn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCopyMfn()
	 * @generated
	 * @ordered
	 */
	protected Mfn copyMfn = COPY_MFN_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEntries() <em>Entries</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEntries()
	 * @generated
	 * @ordered
	 */
	protected EList<VlptSlot> entries;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected VlptImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return P2mPackage.Literals.VLPT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getWindowStart() {
		return windowStart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWindowStart(long newWindowStart) {
		long oldWindowStart = windowStart;
		windowStart = newWindowStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.VLPT__WINDOW_START, oldWindowStart, windowStart));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getWindowEnd() {
		return windowEnd;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWindowEnd(long newWindowEnd) {
		long oldWindowEnd = windowEnd;
		windowEnd = newWindowEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.VLPT__WINDOW_END, oldWindowEnd, windowEnd));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFirstSlot() {
		return firstSlot;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFirstSlot(int newFirstSlot) {
		int oldFirstSlot = firstSlot;
		firstSlot = newFirstSlot;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.VLPT__FIRST_SLOT, oldFirstSlot, firstSlot));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSlots() {
		return slots;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSlots(int newSlots) {
		int oldSlots = slots;
		slots = newSlots;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.VLPT__SLOTS, oldSlots, slots));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Mfn getCopyMfn() {
		return copyMfn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCopyMfn(Mfn newCopyMfn) {
		Mfn oldCopyMfn = copyMfn;
		copyMfn = newCopyMfn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.VLPT__COPY_MFN, oldCopyMfn, copyMfn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<VlptSlot> getEntries() {
		if (entries == null) {
			entries = new EObjectContainmentEList<VlptSlot>(VlptSlot.class, this, P2mPackage.VLPT__ENTRIES);
		}
		return entries;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case P2mPackage.VLPT__ENTRIES:
				return ((InternalEList<?>)getEntries()).basicRemove(otherEnd, msgs);
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
			case P2mPackage.VLPT__WINDOW_START:
				return getWindowStart();
			case P2mPackage.VLPT__WINDOW_END:
				return getWindowEnd();
			case P2mPackage.VLPT__FIRST_SLOT:
				return getFirstSlot();
			case P2mPackage.VLPT__SLOTS:
				return getSlots();
			case P2mPackage.VLPT__COPY_MFN:
				return getCopyMfn();
			case P2mPackage.VLPT__ENTRIES:
				return getEntries();
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
			case P2mPackage.VLPT__WINDOW_START:
				setWindowStart((Long)newValue);
				return;
			case P2mPackage.VLPT__WINDOW_END:
				setWindowEnd((Long)newValue);
				return;
			case P2mPackage.VLPT__FIRST_SLOT:
				setFirstSlot((Integer)newValue);
				return;
			case P2mPackage.VLPT__SLOTS:
				setSlots((Integer)newValue);
				return;
			case P2mPackage.VLPT__COPY_MFN:
				setCopyMfn((Mfn)newValue);
				return;
			case P2mPackage.VLPT__ENTRIES:
				getEntries().clear();
				getEntries().addAll((Collection<? extends VlptSlot>)newValue);
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
			case P2mPackage.VLPT__WINDOW_START:
				setWindowStart(WINDOW_START_EDEFAULT);
				return;
			case P2mPackage.VLPT__WINDOW_END:
				setWindowEnd(WINDOW_END_EDEFAULT);
				return;
			case P2mPackage.VLPT__FIRST_SLOT:
				setFirstSlot(FIRST_SLOT_EDEFAULT);
				return;
			case P2mPackage.VLPT__SLOTS:
				setSlots(SLOTS_EDEFAULT);
				return;
			case P2mPackage.VLPT__COPY_MFN:
				setCopyMfn(COPY_MFN_EDEFAULT);
				return;
			case P2mPackage.VLPT__ENTRIES:
				getEntries().clear();
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
			case P2mPackage.VLPT__WINDOW_START:
				return windowStart != WINDOW_START_EDEFAULT;
			case P2mPackage.VLPT__WINDOW_END:
				return windowEnd != WINDOW_END_EDEFAULT;
			case P2mPackage.VLPT__FIRST_SLOT:
				return firstSlot != FIRST_SLOT_EDEFAULT;
			case P2mPackage.VLPT__SLOTS:
				return slots != SLOTS_EDEFAULT;
			case P2mPackage.VLPT__COPY_MFN:
				return COPY_MFN_EDEFAULT == null ? copyMfn != null : !COPY_MFN_EDEFAULT.equals(copyMfn);
			case P2mPackage.VLPT__ENTRIES:
				return entries != null && !entries.isEmpty();
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
		result.append(" (windowStart: ");
		result.append(windowStart);
		result.append(", windowEnd: ");
		result.append(windowEnd);
		result.append(", firstSlot: ");
		result.append(firstSlot);
		result.append(", slots: ");
		result.append(slots);
		result.append(", copyMfn: ");
		result.append(copyMfn);
		result.append(')');
		return result.toString();
	}

} //VlptImpl
