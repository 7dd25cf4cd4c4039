/**
 */
package org.p2mdbg.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

import org.p2mdbg.core.machine.Arch;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Machine</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The emulated machine: its domains, the hypervisor's own page tables, devices, and the recorded trace.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.p2mdbg.model.Machine#getArch <em>Arch</em>}</li>
 *   <li>{@link org.p2mdbg.model.Machine#getIpaBits <em>Ipa Bits</em>}</li>
 *   <li>{@link org.p2mdbg.model.Machine#getDomains <em>Domains</em>}</li>
 *   <li>{@link org.p2mdbg.model.Machine#getXenTables <em>Xen Tables</em>}</li>
 *   <li>{@link org.p2mdbg.model.Machine#getDevices <em>Devices</em>}</li>
 *   <li>{@link org.p2mdbg.model.Machine#getEventCount <em>Event Count</em>}</li>
 *   <li>{@link org.p2mdbg.model.Machine#getPosition <em>Position</em>}</li>
 *   <li>{@link org.p2mdbg.model.Machine#getOperations <em>Operations</em>}</li>
 *   <li>{@link org.p2mdbg.model.Machine#getFindings <em>Findings</em>}</li>
 *   <li>{@link org.p2mdbg.model.Machine#getCheckpoints <em>Checkpoints</em>}</li>
 *   <li>{@link org.p2mdbg.model.Machine#getCosts <em>Costs</em>}</li>
 * </ul>
 *
 * @see org.p2mdbg.model.P2mPackage#getMachine()
 * @model
 * @generated
 */
public interface Machine extends EObject {
	/**
	 * Returns the value of the '<em><b>Arch</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Arch</em>' attribute.
	 * @see #setArch(Arch)
	 * @see org.p2mdbg.model.P2mPackage#getMachine_Arch()
	 * @model dataType="org.p2mdbg.model.Arch"
	 * @generated
	 */
	Arch getArch();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.Machine#getArch <em>Arch</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Arch</em>' attribute.
	 * @see #getArch()
	 * @generated
	 */
	void setArch(Arch value);

	/**
	 * Returns the value of the '<em><b>Ipa Bits</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ipa Bits</em>' attribute.
	 * @see #setIpaBits(int)
	 * @see org.p2mdbg.model.P2mPackage#getMachine_IpaBits()
	 * @model
	 * @generated
	 */
	int getIpaBits();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.Machine#getIpaBits <em>Ipa Bits</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ipa Bits</em>' attribute.
	 * @see #getIpaBits()
	 * @generated
	 */
	void setIpaBits(int value);

	/**
	 * Returns the value of the '<em><b>Domains</b></em>' containment reference list.
	 * The list contents are of type {@link org.p2mdbg.model.Domain}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Domains</em>' containment reference list.
	 * @see org.p2mdbg.model.P2mPackage#getMachine_Domains()
	 * @model containment="true"
	 * @generated
	 */
	EList<Domain> getDomains();

	/**
	 * Returns the value of the '<em><b>Xen Tables</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Xen's own (stage-1) page tables, rooted at level 0 on arm64.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Xen Tables</em>' containment reference.
	 * @see #setXenTables(XenPageTables)
	 * @see org.p2mdbg.model.P2mPackage#getMachine_XenTables()
	 * @model containment="true"
	 * @generated
	 */
	XenPageTables getXenTables();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.Machine#getXenTables <em>Xen Tables</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Xen Tables</em>' containment reference.
	 * @see #getXenTables()
	 * @generated
	 */
	void setXenTables(XenPageTables value);

	/**
	 * Returns the value of the '<em><b>Devices</b></em>' containment reference list.
	 * The list contents are of type {@link org.p2mdbg.model.Device}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Devices</em>' containment reference list.
	 * @see org.p2mdbg.model.P2mPackage#getMachine_Devices()
	 * @model containment="true"
	 * @generated
	 */
	EList<Device> getDevices();

	/**
	 * Returns the value of the '<em><b>Event Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many events the trace holds.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Event Count</em>' attribute.
	 * @see #setEventCount(long)
	 * @see org.p2mdbg.model.P2mPackage#getMachine_EventCount()
	 * @model
	 * @generated
	 */
	long getEventCount();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.Machine#getEventCount <em>Event Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Event Count</em>' attribute.
	 * @see #getEventCount()
	 * @generated
	 */
	void setEventCount(long value);

	/**
	 * Returns the value of the '<em><b>Position</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The trace position the model shows: events 0 .. position-1 have happened.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Position</em>' attribute.
	 * @see #setPosition(long)
	 * @see org.p2mdbg.model.P2mPackage#getMachine_Position()
	 * @model
	 * @generated
	 */
	long getPosition();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.Machine#getPosition <em>Position</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Position</em>' attribute.
	 * @see #getPosition()
	 * @generated
	 */
	void setPosition(long value);

	/**
	 * Returns the value of the '<em><b>Operations</b></em>' containment reference list.
	 * The list contents are of type {@link org.p2mdbg.model.Operation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Operations</em>' containment reference list.
	 * @see org.p2mdbg.model.P2mPackage#getMachine_Operations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Operation> getOperations();

	/**
	 * Returns the value of the '<em><b>Findings</b></em>' containment reference list.
	 * The list contents are of type {@link org.p2mdbg.model.Finding}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Findings</em>' containment reference list.
	 * @see org.p2mdbg.model.P2mPackage#getMachine_Findings()
	 * @model containment="true"
	 * @generated
	 */
	EList<Finding> getFindings();

	/**
	 * Returns the value of the '<em><b>Checkpoints</b></em>' containment reference list.
	 * The list contents are of type {@link org.p2mdbg.model.Checkpoint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Checkpoints</em>' containment reference list.
	 * @see org.p2mdbg.model.P2mPackage#getMachine_Checkpoints()
	 * @model containment="true"
	 * @generated
	 */
	EList<Checkpoint> getCheckpoints();

	/**
	 * Returns the value of the '<em><b>Costs</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The costs of the whole trace up to the position.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Costs</em>' containment reference.
	 * @see #setCosts(CostSummary)
	 * @see org.p2mdbg.model.P2mPackage#getMachine_Costs()
	 * @model containment="true"
	 * @generated
	 */
	CostSummary getCosts();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.Machine#getCosts <em>Costs</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Costs</em>' containment reference.
	 * @see #getCosts()
	 * @generated
	 */
	void setCosts(CostSummary value);

} // Machine
