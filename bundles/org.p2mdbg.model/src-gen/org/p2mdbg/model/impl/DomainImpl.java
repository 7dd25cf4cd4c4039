/**
 */
package org.p2mdbg.model.impl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.p2mdbg.core.machine.DomainState;

import org.p2mdbg.model.Domain;
import org.p2mdbg.model.P2m;
import org.p2mdbg.model.P2mPackage;
import org.p2mdbg.model.PvAddressSpace;
import org.p2mdbg.model.Vlpt;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Domain</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.p2mdbg.model.impl.DomainImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.DomainImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.DomainImpl#getVcpus <em>Vcpus</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.DomainImpl#getState <em>State</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.DomainImpl#getP2m <em>P2m</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.DomainImpl#getVlpt <em>Vlpt</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.DomainImpl#getPvAddressSpace <em>Pv Address Space</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DomainImpl extends MinimalEObjectImpl.Container implements Domain {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final int ID_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected int id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getVcpus() <em>Vcpus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVcpus()
	 * @generated
	 * @ordered
	 */
	protected static final int VCPUS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getVcpus() <em>Vcpus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVcpus()
	 * @generated
	 * @ordered
	 */
	protected int vcpus = VCPUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected static final DomainState STATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getState() <em>State</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getState()
	 * @generated
	 * @ordered
	 */
	protected DomainState state = STATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getP2m() <em>P2m</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getP2m()
	 * @generated
	 * @ordered
	 */
	protected P2m p2m;

	/**
	 * The cached value of the '{@link #getVlpt() <em>Vlpt</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVlpt()
	 * @generated
	 * @ordered
	 */
	protected Vlpt vlpt;

	/**
	 * The cached value of the '{@link #getPvAddressSpace() <em>Pv Address Space</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPvAddressSpace()
	 * @generated
	 * @ordered
	 */
	protected PvAddressSpace pvAddressSpace;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DomainImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return P2mPackage.Literals.DOMAIN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.DOMAIN__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(int newId) {
		int oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.DOMAIN__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getVcpus() {
		return vcpus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVcpus(int newVcpus) {
		int oldVcpus = vcpus;
		vcpus = newVcpus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.DOMAIN__VCPUS, oldVcpus, vcpus));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DomainState getState() {
		return state;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setState(DomainState newState) {
		DomainState oldState = state;
		state = newState;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.DOMAIN__STATE, oldState, state));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public P2m getP2m() {
		return p2m;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetP2m(P2m newP2m, NotificationChain msgs) {
		P2m oldP2m = p2m;
		p2m = newP2m;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, P2mPackage.DOMAIN__P2M, oldP2m, newP2m);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setP2m(P2m newP2m) {
		if (newP2m != p2m) {
			NotificationChain msgs = null;
			if (p2m != null)
				msgs = ((InternalEObject)p2m).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - P2mPackage.DOMAIN__P2M, null, msgs);
			if (newP2m != null)
				msgs = ((InternalEObject)newP2m).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - P2mPackage.DOMAIN__P2M, null, msgs);
			msgs = basicSetP2m(newP2m, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.DOMAIN__P2M, newP2m, newP2m));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Vlpt getVlpt() {
		return vlpt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetVlpt(Vlpt newVlpt, NotificationChain msgs) {
		Vlpt oldVlpt = vlpt;
		vlpt = newVlpt;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, P2mPackage.DOMAIN__VLPT, oldVlpt, newVlpt);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVlpt(Vlpt newVlpt) {
		if (newVlpt != vlpt) {
			NotificationChain msgs = null;
			if (vlpt != null)
				msgs = ((InternalEObject)vlpt).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - P2mPackage.DOMAIN__VLPT, null, msgs);
			if (newVlpt != null)
				msgs = ((InternalEObject)newVlpt).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - P2mPackage.DOMAIN__VLPT, null, msgs);
			msgs = basicSetVlpt(newVlpt, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.DOMAIN__VLPT, newVlpt, newVlpt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PvAddressSpace getPvAddressSpace() {
		return pvAddressSpace;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPvAddressSpace(PvAddressSpace newPvAddressSpace, NotificationChain msgs) {
		PvAddressSpace oldPvAddressSpace = pvAddressSpace;
		pvAddressSpace = newPvAddressSpace;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, P2mPackage.DOMAIN__PV_ADDRESS_SPACE, oldPvAddressSpace, newPvAddressSpace);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPvAddressSpace(PvAddressSpace newPvAddressSpace) {
		if (newPvAddressSpace != pvAddressSpace) {
			NotificationChain msgs = null;
			if (pvAddressSpace != null)
				msgs = ((InternalEObject)pvAddressSpace).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - P2mPackage.DOMAIN__PV_ADDRESS_SPACE, null, msgs);
			if (newPvAddressSpace != null)
				msgs = ((InternalEObject)newPvAddressSpace).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - P2mPackage.DOMAIN__PV_ADDRESS_SPACE, null, msgs);
			msgs = basicSetPvAddressSpace(newPvAddressSpace, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.DOMAIN__PV_ADDRESS_SPACE, newPvAddressSpace, newPvAddressSpace));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case P2mPackage.DOMAIN__P2M:
				return basicSetP2m(null, msgs);
			case P2mPackage.DOMAIN__VLPT:
				return basicSetVlpt(null, msgs);
			case P2mPackage.DOMAIN__PV_ADDRESS_SPACE:
				return basicSetPvAddressSpace(null, msgs);
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
			case P2mPackage.DOMAIN__NAME:
				return getName();
			case P2mPackage.DOMAIN__ID:
				return getId();
			case P2mPackage.DOMAIN__VCPUS:
				return getVcpus();
			case P2mPackage.DOMAIN__STATE:
				return getState();
			case P2mPackage.DOMAIN__P2M:
				return getP2m();
			case P2mPackage.DOMAIN__VLPT:
				return getVlpt();
			case P2mPackage.DOMAIN__PV_ADDRESS_SPACE:
				return getPvAddressSpace();
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
			case P2mPackage.DOMAIN__NAME:
				setName((String)newValue);
				return;
			case P2mPackage.DOMAIN__ID:
				setId((Integer)newValue);
				return;
			case P2mPackage.DOMAIN__VCPUS:
				setVcpus((Integer)newValue);
				return;
			case P2mPackage.DOMAIN__STATE:
				setState((DomainState)newValue);
				return;
			case P2mPackage.DOMAIN__P2M:
				setP2m((P2m)newValue);
				return;
			case P2mPackage.DOMAIN__VLPT:
				setVlpt((Vlpt)newValue);
				return;
			case P2mPackage.DOMAIN__PV_ADDRESS_SPACE:
				setPvAddressSpace((PvAddressSpace)newValue);
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
			case P2mPackage.DOMAIN__NAME:
				setName(NAME_EDEFAULT);
				return;
			case P2mPackage.DOMAIN__ID:
				setId(ID_EDEFAULT);
				return;
			case P2mPackage.DOMAIN__VCPUS:
				setVcpus(VCPUS_EDEFAULT);
				return;
			case P2mPackage.DOMAIN__STATE:
				setState(STATE_EDEFAULT);
				return;
			case P2mPackage.DOMAIN__P2M:
				setP2m((P2m)null);
				return;
			case P2mPackage.DOMAIN__VLPT:
				setVlpt((Vlpt)null);
				return;
			case P2mPackage.DOMAIN__PV_ADDRESS_SPACE:
				setPvAddressSpace((PvAddressSpace)null);
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
			case P2mPackage.DOMAIN__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case P2mPackage.DOMAIN__ID:
				return id != ID_EDEFAULT;
			case P2mPackage.DOMAIN__VCPUS:
				return vcpus != VCPUS_EDEFAULT;
			case P2mPackage.DOMAIN__STATE:
				return STATE_EDEFAULT == null ? state != null : !STATE_EDEFAULT.equals(state);
			case P2mPackage.DOMAIN__P2M:
				return p2m != null;
			case P2mPackage.DOMAIN__VLPT:
				return vlpt != null;
			case P2mPackage.DOMAIN__PV_ADDRESS_SPACE:
				return pvAddressSpace != null;
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
		result.append(" (name: ");
		result.append(name);
		result.append(", id: ");
		result.append(id);
		result.append(", vcpus: ");
		result.append(vcpus);
		result.append(", state: ");
		result.append(state);
		result.append(')');
		return result.toString();
	}

} //DomainImpl
