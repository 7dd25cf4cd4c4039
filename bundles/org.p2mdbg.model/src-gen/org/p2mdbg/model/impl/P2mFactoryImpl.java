/**
 */
package org.p2mdbg.model.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.p2mdbg.core.format.lpae.Stage;

import org.p2mdbg.core.machine.Arch;
import org.p2mdbg.core.machine.DomainState;

import org.p2mdbg.core.mem.FrameKind;
import org.p2mdbg.core.mem.Gfn;
import org.p2mdbg.core.mem.Mfn;

import org.p2mdbg.core.trace.EventKind;

import org.p2mdbg.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class P2mFactoryImpl extends EFactoryImpl implements P2mFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static P2mFactory init() {
		try {
			P2mFactory theP2mFactory = (P2mFactory)EPackage.Registry.INSTANCE.getEFactory(P2mPackage.eNS_URI);
			if (theP2mFactory != null) {
				return theP2mFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new P2mFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public P2mFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case P2mPackage.MACHINE: return createMachine();
			case P2mPackage.DOMAIN: return createDomain();
			case P2mPackage.P2M: return createP2m();
			case P2mPackage.XEN_PAGE_TABLES: return createXenPageTables();
			case P2mPackage.TABLE: return createTable();
			case P2mPackage.DESCRIPTOR: return createDescriptor();
			case P2mPackage.DESCRIPTOR_FIELD: return createDescriptorField();
			case P2mPackage.DEVICE: return createDevice();
			case P2mPackage.IOMMU_CONTEXT: return createIommuContext();
			case P2mPackage.PV_ADDRESS_SPACE: return createPvAddressSpace();
			case P2mPackage.VLPT: return createVlpt();
			case P2mPackage.VLPT_SLOT: return createVlptSlot();
			case P2mPackage.OPERATION: return createOperation();
			case P2mPackage.STEP: return createStep();
			case P2mPackage.FINDING: return createFinding();
			case P2mPackage.CHECKPOINT: return createCheckpoint();
			case P2mPackage.COST_SUMMARY: return createCostSummary();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case P2mPackage.DESCRIPTOR_KIND:
				return createDescriptorKindFromString(eDataType, initialValue);
			case P2mPackage.MFN:
				return createMfnFromString(eDataType, initialValue);
			case P2mPackage.GFN:
				return createGfnFromString(eDataType, initialValue);
			case P2mPackage.HEX_LONG:
				return createHexLongFromString(eDataType, initialValue);
			case P2mPackage.ARCH:
				return createArchFromString(eDataType, initialValue);
			case P2mPackage.DOMAIN_STATE:
				return createDomainStateFromString(eDataType, initialValue);
			case P2mPackage.FRAME_KIND:
				return createFrameKindFromString(eDataType, initialValue);
			case P2mPackage.STAGE:
				return createStageFromString(eDataType, initialValue);
			case P2mPackage.EVENT_KIND:
				return createEventKindFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case P2mPackage.DESCRIPTOR_KIND:
				return convertDescriptorKindToString(eDataType, instanceValue);
			case P2mPackage.MFN:
				return convertMfnToString(eDataType, instanceValue);
			case P2mPackage.GFN:
				return convertGfnToString(eDataType, instanceValue);
			case P2mPackage.HEX_LONG:
				return convertHexLongToString(eDataType, instanceValue);
			case P2mPackage.ARCH:
				return convertArchToString(eDataType, instanceValue);
			case P2mPackage.DOMAIN_STATE:
				return convertDomainStateToString(eDataType, instanceValue);
			case P2mPackage.FRAME_KIND:
				return convertFrameKindToString(eDataType, instanceValue);
			case P2mPackage.STAGE:
				return convertStageToString(eDataType, instanceValue);
			case P2mPackage.EVENT_KIND:
				return convertEventKindToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Machine createMachine() {
		MachineImpl machine = new MachineImpl();
		return machine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Domain createDomain() {
		DomainImpl domain = new DomainImpl();
		return domain;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public P2m createP2m() {
		P2mImpl p2m = new P2mImpl();
		return p2m;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public XenPageTables createXenPageTables() {
		XenPageTablesImpl xenPageTables = new XenPageTablesImpl();
		return xenPageTables;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Table createTable() {
		TableImpl table = new TableImpl();
		return table;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Descriptor createDescriptor() {
		DescriptorImpl descriptor = new DescriptorImpl();
		return descriptor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DescriptorField createDescriptorField() {
		DescriptorFieldImpl descriptorField = new DescriptorFieldImpl();
		return descriptorField;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Device createDevice() {
		DeviceImpl device = new DeviceImpl();
		return device;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IommuContext createIommuContext() {
		IommuContextImpl iommuContext = new IommuContextImpl();
		return iommuContext;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PvAddressSpace createPvAddressSpace() {
		PvAddressSpaceImpl pvAddressSpace = new PvAddressSpaceImpl();
		return pvAddressSpace;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Vlpt createVlpt() {
		VlptImpl vlpt = new VlptImpl();
		return vlpt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VlptSlot createVlptSlot() {
		VlptSlotImpl vlptSlot = new VlptSlotImpl();
		return vlptSlot;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Operation createOperation() {
		OperationImpl operation = new OperationImpl();
		return operation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Step createStep() {
		StepImpl step = new StepImpl();
		return step;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Finding createFinding() {
		FindingImpl finding = new FindingImpl();
		return finding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Checkpoint createCheckpoint() {
		CheckpointImpl checkpoint = new CheckpointImpl();
		return checkpoint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CostSummary createCostSummary() {
		CostSummaryImpl costSummary = new CostSummaryImpl();
		return costSummary;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DescriptorKind createDescriptorKindFromString(EDataType eDataType, String initialValue) {
		DescriptorKind result = DescriptorKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDescriptorKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Mfn createMfn(final String it) {
		return it == null ? null : "INVALID_MFN".equals(it) ? org.p2mdbg.core.mem.Mfn.INVALID : org.p2mdbg.core.mem.Mfn.of(Long.decode(it));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Mfn createMfnFromString(EDataType eDataType, String initialValue) {
		return createMfn(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMfn(final Mfn it) {
		return it == null ? null : it.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertMfnToString(EDataType eDataType, Object instanceValue) {
		return convertMfn((Mfn)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Gfn createGfn(final String it) {
		return it == null ? null : org.p2mdbg.core.mem.Gfn.of(Long.decode(it));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Gfn createGfnFromString(EDataType eDataType, String initialValue) {
		return createGfn(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertGfn(final Gfn it) {
		return it == null ? null : it.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertGfnToString(EDataType eDataType, Object instanceValue) {
		return convertGfn((Gfn)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public long createHexLong(final String it) {
		return Long.parseUnsignedLong(it.startsWith("0x") ? it.substring(2) : it, 16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Long createHexLongFromString(EDataType eDataType, String initialValue) {
		return createHexLong(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertHexLong(final long it) {
		return org.p2mdbg.core.mem.Hex.of(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertHexLongToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : convertHexLong((Long)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Arch createArch(final String it) {
		return it == null ? null : org.p2mdbg.core.machine.Arch.parse(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Arch createArchFromString(EDataType eDataType, String initialValue) {
		return createArch(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertArch(final Arch it) {
		return it == null ? null : it.scenarioName();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertArchToString(EDataType eDataType, Object instanceValue) {
		return convertArch((Arch)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DomainState createDomainState(final String it) {
		return it == null ? null : org.p2mdbg.core.machine.DomainState.valueOf(it.toUpperCase(java.util.Locale.ROOT));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DomainState createDomainStateFromString(EDataType eDataType, String initialValue) {
		return createDomainState(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDomainState(final DomainState it) {
		return it == null ? null : it.scenarioName();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDomainStateToString(EDataType eDataType, Object instanceValue) {
		return convertDomainState((DomainState)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FrameKind createFrameKind(final String it) {
		return it == null ? null : org.p2mdbg.core.mem.FrameKind.valueOf(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FrameKind createFrameKindFromString(EDataType eDataType, String initialValue) {
		return createFrameKind(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFrameKind(final FrameKind it) {
		return it == null ? null : it.name();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFrameKindToString(EDataType eDataType, Object instanceValue) {
		return convertFrameKind((FrameKind)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Stage createStage(final String it) {
		return it == null ? null : org.p2mdbg.core.format.lpae.Stage.valueOf(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Stage createStageFromString(EDataType eDataType, String initialValue) {
		return createStage(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertStage(final Stage it) {
		return it == null ? null : it.name();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertStageToString(EDataType eDataType, Object instanceValue) {
		return convertStage((Stage)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EventKind createEventKind(final String it) {
		return it == null ? null : org.p2mdbg.core.trace.EventKind.valueOf(it);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EventKind createEventKindFromString(EDataType eDataType, String initialValue) {
		return createEventKind(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertEventKind(final EventKind it) {
		return it == null ? null : it.name();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertEventKindToString(EDataType eDataType, Object instanceValue) {
		return convertEventKind((EventKind)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public P2mPackage getP2mPackage() {
		return (P2mPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static P2mPackage getPackage() {
		return P2mPackage.eINSTANCE;
	}

} //P2mFactoryImpl
