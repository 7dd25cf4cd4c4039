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

import org.p2mdbg.core.machine.Arch;

import org.p2mdbg.model.Checkpoint;
import org.p2mdbg.model.CostSummary;
import org.p2mdbg.model.Device;
import org.p2mdbg.model.Domain;
import org.p2mdbg.model.Finding;
import org.p2mdbg.model.Machine;
import org.p2mdbg.model.Operation;
import org.p2mdbg.model.P2mPackage;
import org.p2mdbg.model.XenPageTables;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Machine</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.p2mdbg.model.impl.MachineImpl#getArch <em>Arch</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.MachineImpl#getIpaBits <em>Ipa Bits</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.MachineImpl#getDomains <em>Domains</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.MachineImpl#getXenTables <em>Xen Tables</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.MachineImpl#getDevices <em>Devices</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.MachineImpl#getEventCount <em>Event Count</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.MachineImpl#getPosition <em>Position</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.MachineImpl#getOperations <em>Operations</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.MachineImpl#getFindings <em>Findings</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.MachineImpl#getCheckpoints <em>Checkpoints</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.MachineImpl#getCosts <em>Costs</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MachineImpl extends MinimalEObjectImpl.Container implements Machine {
	/**
	 * The default value of the '{@link #getArch() <em>Arch</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArch()
	 * @generated
	 * @ordered
	 */
	protected static final Arch ARCH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getArch() <em>Arch</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArch()
	 * @generated
	 * @ordered
	 */
	protected Arch arch = ARCH_EDEFAULT;

	/**
	 * The default value of the '{@link #getIpaBits() <em>Ipa Bits</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIpaBits()
	 * @generated
	 * @ordered
	 */
	protected static final int IPA_BITS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getIpaBits() <em>Ipa Bits</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIpaBits()
	 * @generated
	 * @ordered
	 */
	protected int ipaBits = IPA_BITS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDomains() <em>Domains</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDomains()
	 * @generated
	 * @ordered
	 */
	protected EList<Domain> domains;

	/**
	 * The cached value of the '{@link #getXenTables() <em>Xen Tables</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getXenTables()
	 * @generated
	 * @ordered
	 */
	protected XenPageTables xenTables;

	/**
	 * The cached value of the '{@link #getDevices() <em>Devices</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDevices()
	 * @generated
	 * @ordered
	 */
	protected EList<Device> devices;

	/**
	 * The default value of the '{@link #getEventCount() <em>Event Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEventCount()
	 * @generated
	 * @ordered
	 */
	protected static final long EVENT_COUNT_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getEventCount() <em>Event Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEventCount()
	 * @generated
	 * @ordered
	 */
	protected long eventCount = EVENT_COUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getPosition() <em>Position</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPosition()
	 * @generated
	 * @ordered
	 */
	protected static final long POSITION_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getPosition() <em>Position</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPosition()
	 * @generated
	 * @ordered
	 */
	protected long position = POSITION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOperations() <em>Operations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOperations()
	 * @generated
	 * @ordered
	 */
	protected EList<Operation> operations;

	/**
	 * The cached value of the '{@link #getFindings() <em>Findings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFindings()
	 * @generated
	 * @ordered
	 */
	protected EList<Finding> findings;

	/**
	 * The cached value of the '{@link #getCheckpoints() <em>Checkpoints</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCheckpoints()
	 * @generated
	 * @ordered
	 */
	protected EList<Checkpoint> checkpoints;

	/**
	 * The cached value of the '{@link #getCosts() <em>Costs</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCosts()
	 * @generated
	 * @ordered
	 */
	protected CostSummary costs;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MachineImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return P2mPackage.Literals.MACHINE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Arch getArch() {
		return arch;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setArch(Arch newArch) {
		Arch oldArch = arch;
		arch = newArch;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.MACHINE__ARCH, oldArch, arch));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getIpaBits() {
		return ipaBits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIpaBits(int newIpaBits) {
		int oldIpaBits = ipaBits;
		ipaBits = newIpaBits;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.MACHINE__IPA_BITS, oldIpaBits, ipaBits));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Domain> getDomains() {
		if (domains == null) {
			domains = new EObjectContainmentEList<Domain>(Domain.class, this, P2mPackage.MACHINE__DOMAINS);
		}
		return domains;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public XenPageTables getXenTables() {
		return xenTables;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetXenTables(XenPageTables newXenTables, NotificationChain msgs) {
		XenPageTables oldXenTables = xenTables;
		xenTables = newXenTables;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, P2mPackage.MACHINE__XEN_TABLES, oldXenTables, newXenTables);
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
	public void setXenTables(XenPageTables newXenTables) {
		if (newXenTables != xenTables) {
			NotificationChain msgs = null;
			if (xenTables != null)
				msgs = ((InternalEObject)xenTables).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - P2mPackage.MACHINE__XEN_TABLES, null, msgs);
			if (newXenTables != null)
				msgs = ((InternalEObject)newXenTables).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - P2mPackage.MACHINE__XEN_TABLES, null, msgs);
			msgs = basicSetXenTables(newXenTables, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.MACHINE__XEN_TABLES, newXenTables, newXenTables));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Device> getDevices() {
		if (devices == null) {
			devices = new EObjectContainmentEList<Device>(Device.class, this, P2mPackage.MACHINE__DEVICES);
		}
		return devices;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getEventCount() {
		return eventCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEventCount(long newEventCount) {
		long oldEventCount = eventCount;
		eventCount = newEventCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.MACHINE__EVENT_COUNT, oldEventCount, eventCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getPosition() {
		return position;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPosition(long newPosition) {
		long oldPosition = position;
		position = newPosition;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.MACHINE__POSITION, oldPosition, position));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Operation> getOperations() {
		if (operations == null) {
			operations = new EObjectContainmentEList<Operation>(Operation.class, this, P2mPackage.MACHINE__OPERATIONS);
		}
		return operations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Finding> getFindings() {
		if (findings == null) {
			findings = new EObjectContainmentEList<Finding>(Finding.class, this, P2mPackage.MACHINE__FINDINGS);
		}
		return findings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Checkpoint> getCheckpoints() {
		if (checkpoints == null) {
			checkpoints = new EObjectContainmentEList<Checkpoint>(Checkpoint.class, this, P2mPackage.MACHINE__CHECKPOINTS);
		}
		return checkpoints;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CostSummary getCosts() {
		return costs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCosts(CostSummary newCosts, NotificationChain msgs) {
		CostSummary oldCosts = costs;
		costs = newCosts;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, P2mPackage.MACHINE__COSTS, oldCosts, newCosts);
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
	public void setCosts(CostSummary newCosts) {
		if (newCosts != costs) {
			NotificationChain msgs = null;
			if (costs != null)
				msgs = ((InternalEObject)costs).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - P2mPackage.MACHINE__COSTS, null, msgs);
			if (newCosts != null)
				msgs = ((InternalEObject)newCosts).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - P2mPackage.MACHINE__COSTS, null, msgs);
			msgs = basicSetCosts(newCosts, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.MACHINE__COSTS, newCosts, newCosts));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case P2mPackage.MACHINE__DOMAINS:
				return ((InternalEList<?>)getDomains()).basicRemove(otherEnd, msgs);
			case P2mPackage.MACHINE__XEN_TABLES:
				return basicSetXenTables(null, msgs);
			case P2mPackage.MACHINE__DEVICES:
				return ((InternalEList<?>)getDevices()).basicRemove(otherEnd, msgs);
			case P2mPackage.MACHINE__OPERATIONS:
				return ((InternalEList<?>)getOperations()).basicRemove(otherEnd, msgs);
			case P2mPackage.MACHINE__FINDINGS:
				return ((InternalEList<?>)getFindings()).basicRemove(otherEnd, msgs);
			case P2mPackage.MACHINE__CHECKPOINTS:
				return ((InternalEList<?>)getCheckpoints()).basicRemove(otherEnd, msgs);
			case P2mPackage.MACHINE__COSTS:
				return basicSetCosts(null, msgs);
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
			case P2mPackage.MACHINE__ARCH:
				return getArch();
			case P2mPackage.MACHINE__IPA_BITS:
				return getIpaBits();
			case P2mPackage.MACHINE__DOMAINS:
				return getDomains();
			case P2mPackage.MACHINE__XEN_TABLES:
				return getXenTables();
			case P2mPackage.MACHINE__DEVICES:
				return getDevices();
			case P2mPackage.MACHINE__EVENT_COUNT:
				return getEventCount();
			case P2mPackage.MACHINE__POSITION:
				return getPosition();
			case P2mPackage.MACHINE__OPERATIONS:
				return getOperations();
			case P2mPackage.MACHINE__FINDINGS:
				return getFindings();
			case P2mPackage.MACHINE__CHECKPOINTS:
				return getCheckpoints();
			case P2mPackage.MACHINE__COSTS:
				return getCosts();
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
			case P2mPackage.MACHINE__ARCH:
				setArch((Arch)newValue);
				return;
			case P2mPackage.MACHINE__IPA_BITS:
				setIpaBits((Integer)newValue);
				return;
			case P2mPackage.MACHINE__DOMAINS:
				getDomains().clear();
				getDomains().addAll((Collection<? extends Domain>)newValue);
				return;
			case P2mPackage.MACHINE__XEN_TABLES:
				setXenTables((XenPageTables)newValue);
				return;
			case P2mPackage.MACHINE__DEVICES:
				getDevices().clear();
				getDevices().addAll((Collection<? extends Device>)newValue);
				return;
			case P2mPackage.MACHINE__EVENT_COUNT:
				setEventCount((Long)newValue);
				return;
			case P2mPackage.MACHINE__POSITION:
				setPosition((Long)newValue);
				return;
			case P2mPackage.MACHINE__OPERATIONS:
				getOperations().clear();
				getOperations().addAll((Collection<? extends Operation>)newValue);
				return;
			case P2mPackage.MACHINE__FINDINGS:
				getFindings().clear();
				getFindings().addAll((Collection<? extends Finding>)newValue);
				return;
			case P2mPackage.MACHINE__CHECKPOINTS:
				getCheckpoints().clear();
				getCheckpoints().addAll((Collection<? extends Checkpoint>)newValue);
				return;
			case P2mPackage.MACHINE__COSTS:
				setCosts((CostSummary)newValue);
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
			case P2mPackage.MACHINE__ARCH:
				setArch(ARCH_EDEFAULT);
				return;
			case P2mPackage.MACHINE__IPA_BITS:
				setIpaBits(IPA_BITS_EDEFAULT);
				return;
			case P2mPackage.MACHINE__DOMAINS:
				getDomains().clear();
				return;
			case P2mPackage.MACHINE__XEN_TABLES:
				setXenTables((XenPageTables)null);
				return;
			case P2mPackage.MACHINE__DEVICES:
				getDevices().clear();
				return;
			case P2mPackage.MACHINE__EVENT_COUNT:
				setEventCount(EVENT_COUNT_EDEFAULT);
				return;
			case P2mPackage.MACHINE__POSITION:
				setPosition(POSITION_EDEFAULT);
				return;
			case P2mPackage.MACHINE__OPERATIONS:
				getOperations().clear();
				return;
			case P2mPackage.MACHINE__FINDINGS:
				getFindings().clear();
				return;
			case P2mPackage.MACHINE__CHECKPOINTS:
				getCheckpoints().clear();
				return;
			case P2mPackage.MACHINE__COSTS:
				setCosts((CostSummary)null);
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
			case P2mPackage.MACHINE__ARCH:
				return ARCH_EDEFAULT == null ? arch != null : !ARCH_EDEFAULT.equals(arch);
			case P2mPackage.MACHINE__IPA_BITS:
				return ipaBits != IPA_BITS_EDEFAULT;
			case P2mPackage.MACHINE__DOMAINS:
				return domains != null && !domains.isEmpty();
			case P2mPackage.MACHINE__XEN_TABLES:
				return xenTables != null;
			case P2mPackage.MACHINE__DEVICES:
				return devices != null && !devices.isEmpty();
			case P2mPackage.MACHINE__EVENT_COUNT:
				return eventCount != EVENT_COUNT_EDEFAULT;
			case P2mPackage.MACHINE__POSITION:
				return position != POSITION_EDEFAULT;
			case P2mPackage.MACHINE__OPERATIONS:
				return operations != null && !operations.isEmpty();
			case P2mPackage.MACHINE__FINDINGS:
				return findings != null && !findings.isEmpty();
			case P2mPackage.MACHINE__CHECKPOINTS:
				return checkpoints != null && !checkpoints.isEmpty();
			case P2mPackage.MACHINE__COSTS:
				return costs != null;
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
		result.append(" (arch: ");
		result.append(arch);
		result.append(", ipaBits: ");
		result.append(ipaBits);
		result.append(", eventCount: ");
		result.append(eventCount);
		result.append(", position: ");
		result.append(position);
		result.append(')');
		return result.toString();
	}

} //MachineImpl
