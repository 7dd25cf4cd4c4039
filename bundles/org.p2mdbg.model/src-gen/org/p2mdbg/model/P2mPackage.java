/**
 */
package org.p2mdbg.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The EMF face of the emulation core's live state: machine, domains, p2m levels, descriptors, IOMMU contexts and the recorded trace. Objects are created lazily from the core (see org.p2mdbg.model.live).
 * <!-- end-model-doc -->
 * @see org.p2mdbg.model.P2mFactory
 * @model kind="package"
 * @generated
 */
public interface P2mPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://p2mdbg.org/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "p2m";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	P2mPackage eINSTANCE = org.p2mdbg.model.impl.P2mPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.p2mdbg.model.impl.MachineImpl <em>Machine</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.p2mdbg.model.impl.MachineImpl
	 * @see org.p2mdbg.model.impl.P2mPackageImpl#getMachine()
	 * @generated
	 */
	int MACHINE = 0;

	/**
	 * The feature id for the '<em><b>Arch</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE__ARCH = 0;

	/**
	 * The feature id for the '<em><b>Ipa Bits</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE__IPA_BITS = 1;

	/**
	 * The feature id for the '<em><b>Domains</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE__DOMAINS = 2;

	/**
	 * The feature id for the '<em><b>Xen Tables</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE__XEN_TABLES = 3;

	/**
	 * The feature id for the '<em><b>Devices</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE__DEVICES = 4;

	/**
	 * The feature id for the '<em><b>Event Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE__EVENT_COUNT = 5;

	/**
	 * The feature id for the '<em><b>Position</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE__POSITION = 6;

	/**
	 * The feature id for the '<em><b>Operations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE__OPERATIONS = 7;

	/**
	 * The feature id for the '<em><b>Findings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE__FINDINGS = 8;

	/**
	 * The feature id for the '<em><b>Checkpoints</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE__CHECKPOINTS = 9;

	/**
	 * The feature id for the '<em><b>Costs</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE__COSTS = 10;

	/**
	 * The number of structural features of the '<em>Machine</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE_FEATURE_COUNT = 11;

	/**
	 * The number of operations of the '<em>Machine</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MACHINE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.p2mdbg.model.impl.DomainImpl <em>Domain</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.p2mdbg.model.impl.DomainImpl
	 * @see org.p2mdbg.model.impl.P2mPackageImpl#getDomain()
	 * @generated
	 */
	int DOMAIN = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__NAME = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__ID = 1;

	/**
	 * The feature id for the '<em><b>Vcpus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__VCPUS = 2;

	/**
	 * The feature id for the '<em><b>State</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__STATE = 3;

	/**
	 * The feature id for the '<em><b>P2m</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__P2M = 4;

	/**
	 * The feature id for the '<em><b>Vlpt</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__VLPT = 5;

	/**
	 * The feature id for the '<em><b>Pv Address Space</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN__PV_ADDRESS_SPACE = 6;

	/**
	 * The number of structural features of the '<em>Domain</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Domain</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOMAIN_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.p2mdbg.model.impl.TranslationTablesImpl <em>Translation Tables</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.p2mdbg.model.impl.TranslationTablesImpl
	 * @see org.p2mdbg.model.impl.P2mPackageImpl#getTranslationTables()
	 * @generated
	 */
	int TRANSLATION_TABLES = 2;

	/**
	 * The feature id for the '<em><b>Root Mfn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSLATION_TABLES__ROOT_MFN = 0;

	/**
	 * The feature id for the '<em><b>Root Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSLATION_TABLES__ROOT_LEVEL = 1;

	/**
	 * The feature id for the '<em><b>Root Pages</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSLATION_TABLES__ROOT_PAGES = 2;

	/**
	 * The feature id for the '<em><b>Stage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSLATION_TABLES__STAGE = 3;

	/**
	 * The feature id for the '<em><b>Tables</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSLATION_TABLES__TABLES = 4;

	/**
	 * The number of structural features of the '<em>Translation Tables</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSLATION_TABLES_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Translation Tables</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRANSLATION_TABLES_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.p2mdbg.model.impl.P2mImpl <em>P2m</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.p2mdbg.model.impl.P2mImpl
	 * @see org.p2mdbg.model.impl.P2mPackageImpl#getP2m()
	 * @generated
	 */
	int P2M = 3;

	/**
	 * The feature id for the '<em><b>Root Mfn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int P2M__ROOT_MFN = TRANSLATION_TABLES__ROOT_MFN;

	/**
	 * The feature id for the '<em><b>Root Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int P2M__ROOT_LEVEL = TRANSLATION_TABLES__ROOT_LEVEL;

	/**
	 * The feature id for the '<em><b>Root Pages</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int P2M__ROOT_PAGES = TRANSLATION_TABLES__ROOT_PAGES;

	/**
	 * The feature id for the '<em><b>Stage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int P2M__STAGE = TRANSLATION_TABLES__STAGE;

	/**
	 * The feature id for the '<em><b>Tables</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int P2M__TABLES = TRANSLATION_TABLES__TABLES;

	/**
	 * The feature id for the '<em><b>Lowest Mapped Gfn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int P2M__LOWEST_MAPPED_GFN = TRANSLATION_TABLES_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Max Mapped Gfn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int P2M__MAX_MAPPED_GFN = TRANSLATION_TABLES_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>P2m</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int P2M_FEATURE_COUNT = TRANSLATION_TABLES_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>P2m</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int P2M_OPERATION_COUNT = TRANSLATION_TABLES_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.p2mdbg.model.impl.XenPageTablesImpl <em>Xen Page Tables</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.p2mdbg.model.impl.XenPageTablesImpl
	 * @see org.p2mdbg.model.impl.P2mPackageImpl#getXenPageTables()
	 * @generated
	 */
	int XEN_PAGE_TABLES = 4;

	/**
	 * The feature id for the '<em><b>Root Mfn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int XEN_PAGE_TABLES__ROOT_MFN = TRANSLATION_TABLES__ROOT_MFN;

	/**
	 * The feature id for the '<em><b>Root Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int XEN_PAGE_TABLES__ROOT_LEVEL = TRANSLATION_TABLES__ROOT_LEVEL;

	/**
	 * The feature id for the '<em><b>Root Pages</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int XEN_PAGE_TABLES__ROOT_PAGES = TRANSLATION_TABLES__ROOT_PAGES;

	/**
	 * The feature id for the '<em><b>Stage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int XEN_PAGE_TABLES__STAGE = TRANSLATION_TABLES__STAGE;

	/**
	 * The feature id for the '<em><b>Tables</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int XEN_PAGE_TABLES__TABLES = TRANSLATION_TABLES__TABLES;

	/**
	 * The number of structural features of the '<em>Xen Page Tables</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int XEN_PAGE_TABLES_FEATURE_COUNT = TRANSLATION_TABLES_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Xen Page Tables</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int XEN_PAGE_TABLES_OPERATION_COUNT = TRANSLATION_TABLES_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.p2mdbg.model.impl.TableImpl <em>Table</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.p2mdbg.model.impl.TableImpl
	 * @see org.p2mdbg.model.impl.P2mPackageImpl#getTable()
	 * @generated
	 */
	int TABLE = 5;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE__LEVEL = 0;

	/**
	 * The feature id for the '<em><b>Mfn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE__MFN = 1;

	/**
	 * The feature id for the '<em><b>Frame Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE__FRAME_KIND = 2;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE__OWNER = 3;

	/**
	 * The feature id for the '<em><b>Input Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE__INPUT_START = 4;

	/**
	 * The feature id for the '<em><b>Input End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE__INPUT_END = 5;

	/**
	 * The feature id for the '<em><b>Valid Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE__VALID_COUNT = 6;

	/**
	 * The feature id for the '<em><b>Page Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE__PAGE_TYPE = 7;

	/**
	 * The feature id for the '<em><b>Descriptors</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE__DESCRIPTORS = 8;

	/**
	 * The number of structural features of the '<em>Table</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Table</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TABLE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.p2mdbg.model.impl.DescriptorImpl <em>Descriptor</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.p2mdbg.model.impl.DescriptorImpl
	 * @see org.p2mdbg.model.impl.P2mPackageImpl#getDescriptor()
	 * @generated
	 */
	int DESCRIPTOR = 6;

	/**
	 * The feature id for the '<em><b>Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESCRIPTOR__INDEX = 0;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESCRIPTOR__LEVEL = 1;

	/**
	 * The feature id for the '<em><b>Raw</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESCRIPTOR__RAW = 2;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESCRIPTOR__KIND = 3;

	/**
	 * The feature id for the '<em><b>Output Mfn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESCRIPTOR__OUTPUT_MFN = 4;

	/**
	 * The feature id for the '<em><b>Input Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESCRIPTOR__INPUT_START = 5;

	/**
	 * The feature id for the '<em><b>Input End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESCRIPTOR__INPUT_END = 6;

	/**
	 * The feature id for the '<em><b>Fields</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESCRIPTOR__FIELDS = 7;

	/**
	 * The feature id for the '<em><b>Child</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESCRIPTOR__CHILD = 8;

	/**
	 * The number of structural features of the '<em>Descriptor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESCRIPTOR_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Descriptor</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESCRIPTOR_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.p2mdbg.model.impl.DescriptorFieldImpl <em>Descriptor Field</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.p2mdbg.model.impl.DescriptorFieldImpl
	 * @see org.p2mdbg.model.impl.P2mPackageImpl#getDescriptorField()
	 * @generated
	 */
	int DESCRIPTOR_FIELD = 7;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESCRIPTOR_FIELD__NAME = 0;

	/**
	 * The feature id for the '<em><b>Bits</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESCRIPTOR_FIELD__BITS = 1;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESCRIPTOR_FIELD__VALUE = 2;

	/**
	 * The feature id for the '<em><b>Meaning</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESCRIPTOR_FIELD__MEANING = 3;

	/**
	 * The number of structural features of the '<em>Descriptor Field</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESCRIPTOR_FIELD_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Descriptor Field</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DESCRIPTOR_FIELD_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.p2mdbg.model.impl.DeviceImpl <em>Device</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.p2mdbg.model.impl.DeviceImpl
	 * @see org.p2mdbg.model.impl.P2mPackageImpl#getDevice()
	 * @generated
	 */
	int DEVICE = 8;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Iommu</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__IOMMU = 1;

	/**
	 * The feature id for the '<em><b>Domain</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__DOMAIN = 2;

	/**
	 * The feature id for the '<em><b>Context</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__CONTEXT = 3;

	/**
	 * The number of structural features of the '<em>Device</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Device</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.p2mdbg.model.impl.IommuContextImpl <em>Iommu Context</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.p2mdbg.model.impl.IommuContextImpl
	 * @see org.p2mdbg.model.impl.P2mPackageImpl#getIommuContext()
	 * @generated
	 */
	int IOMMU_CONTEXT = 9;

	/**
	 * The feature id for the '<em><b>Root Mfn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IOMMU_CONTEXT__ROOT_MFN = TRANSLATION_TABLES__ROOT_MFN;

	/**
	 * The feature id for the '<em><b>Root Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IOMMU_CONTEXT__ROOT_LEVEL = TRANSLATION_TABLES__ROOT_LEVEL;

	/**
	 * The feature id for the '<em><b>Root Pages</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IOMMU_CONTEXT__ROOT_PAGES = TRANSLATION_TABLES__ROOT_PAGES;

	/**
	 * The feature id for the '<em><b>Stage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IOMMU_CONTEXT__STAGE = TRANSLATION_TABLES__STAGE;

	/**
	 * The feature id for the '<em><b>Tables</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IOMMU_CONTEXT__TABLES = TRANSLATION_TABLES__TABLES;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IOMMU_CONTEXT__KIND = TRANSLATION_TABLES_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Levels</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IOMMU_CONTEXT__LEVELS = TRANSLATION_TABLES_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Shares P2m</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IOMMU_CONTEXT__SHARES_P2M = TRANSLATION_TABLES_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Flush Strategy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IOMMU_CONTEXT__FLUSH_STRATEGY = TRANSLATION_TABLES_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Shared P2m</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IOMMU_CONTEXT__SHARED_P2M = TRANSLATION_TABLES_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Iommu Context</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IOMMU_CONTEXT_FEATURE_COUNT = TRANSLATION_TABLES_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Iommu Context</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IOMMU_CONTEXT_OPERATION_COUNT = TRANSLATION_TABLES_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.p2mdbg.model.impl.PvAddressSpaceImpl <em>Pv Address Space</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.p2mdbg.model.impl.PvAddressSpaceImpl
	 * @see org.p2mdbg.model.impl.P2mPackageImpl#getPvAddressSpace()
	 * @generated
	 */
	int PV_ADDRESS_SPACE = 10;

	/**
	 * The feature id for the '<em><b>Root Mfn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PV_ADDRESS_SPACE__ROOT_MFN = TRANSLATION_TABLES__ROOT_MFN;

	/**
	 * The feature id for the '<em><b>Root Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PV_ADDRESS_SPACE__ROOT_LEVEL = TRANSLATION_TABLES__ROOT_LEVEL;

	/**
	 * The feature id for the '<em><b>Root Pages</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PV_ADDRESS_SPACE__ROOT_PAGES = TRANSLATION_TABLES__ROOT_PAGES;

	/**
	 * The feature id for the '<em><b>Stage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PV_ADDRESS_SPACE__STAGE = TRANSLATION_TABLES__STAGE;

	/**
	 * The feature id for the '<em><b>Tables</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PV_ADDRESS_SPACE__TABLES = TRANSLATION_TABLES__TABLES;

	/**
	 * The feature id for the '<em><b>Swapper Pg Dir Mfn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PV_ADDRESS_SPACE__SWAPPER_PG_DIR_MFN = TRANSLATION_TABLES_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Pgd Mfn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PV_ADDRESS_SPACE__PGD_MFN = TRANSLATION_TABLES_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>User Pgd Mfn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PV_ADDRESS_SPACE__USER_PGD_MFN = TRANSLATION_TABLES_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Pgd Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PV_ADDRESS_SPACE__PGD_TYPE = TRANSLATION_TABLES_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Pinned</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PV_ADDRESS_SPACE__PINNED = TRANSLATION_TABLES_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Linux Pinned</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PV_ADDRESS_SPACE__LINUX_PINNED = TRANSLATION_TABLES_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Cr3 Cpus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PV_ADDRESS_SPACE__CR3_CPUS = TRANSLATION_TABLES_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Cr3 Cpu List</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PV_ADDRESS_SPACE__CR3_CPU_LIST = TRANSLATION_TABLES_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Cpumask</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PV_ADDRESS_SPACE__CPUMASK = TRANSLATION_TABLES_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Pv Address Space</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PV_ADDRESS_SPACE_FEATURE_COUNT = TRANSLATION_TABLES_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Pv Address Space</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PV_ADDRESS_SPACE_OPERATION_COUNT = TRANSLATION_TABLES_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.p2mdbg.model.impl.VlptImpl <em>Vlpt</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.p2mdbg.model.impl.VlptImpl
	 * @see org.p2mdbg.model.impl.P2mPackageImpl#getVlpt()
	 * @generated
	 */
	int VLPT = 11;

	/**
	 * The feature id for the '<em><b>Window Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VLPT__WINDOW_START = 0;

	/**
	 * The feature id for the '<em><b>Window End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VLPT__WINDOW_END = 1;

	/**
	 * The feature id for the '<em><b>First Slot</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VLPT__FIRST_SLOT = 2;

	/**
	 * The feature id for the '<em><b>Slots</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VLPT__SLOTS = 3;

	/**
	 * The feature id for the '<em><b>Copy Mfn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VLPT__COPY_MFN = 4;

	/**
	 * The feature id for the '<em><b>Entries</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VLPT__ENTRIES = 5;

	/**
	 * The number of structural features of the '<em>Vlpt</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VLPT_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Vlpt</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VLPT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.p2mdbg.model.impl.VlptSlotImpl <em>Vlpt Slot</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.p2mdbg.model.impl.VlptSlotImpl
	 * @see org.p2mdbg.model.impl.P2mPackageImpl#getVlptSlot()
	 * @generated
	 */
	int VLPT_SLOT = 12;

	/**
	 * The feature id for the '<em><b>Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VLPT_SLOT__INDEX = DESCRIPTOR__INDEX;

	/**
	 * The feature id for the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VLPT_SLOT__LEVEL = DESCRIPTOR__LEVEL;

	/**
	 * The feature id for the '<em><b>Raw</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VLPT_SLOT__RAW = DESCRIPTOR__RAW;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VLPT_SLOT__KIND = DESCRIPTOR__KIND;

	/**
	 * The feature id for the '<em><b>Output Mfn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VLPT_SLOT__OUTPUT_MFN = DESCRIPTOR__OUTPUT_MFN;

	/**
	 * The feature id for the '<em><b>Input Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VLPT_SLOT__INPUT_START = DESCRIPTOR__INPUT_START;

	/**
	 * The feature id for the '<em><b>Input End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VLPT_SLOT__INPUT_END = DESCRIPTOR__INPUT_END;

	/**
	 * The feature id for the '<em><b>Fields</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VLPT_SLOT__FIELDS = DESCRIPTOR__FIELDS;

	/**
	 * The feature id for the '<em><b>Child</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VLPT_SLOT__CHILD = DESCRIPTOR__CHILD;

	/**
	 * The feature id for the '<em><b>Xen Second Mfn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VLPT_SLOT__XEN_SECOND_MFN = DESCRIPTOR_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Copy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VLPT_SLOT__COPY = DESCRIPTOR_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>P2m Root Mfn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VLPT_SLOT__P2M_ROOT_MFN = DESCRIPTOR_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>P2m Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VLPT_SLOT__P2M_INDEX = DESCRIPTOR_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>P2m Entry</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VLPT_SLOT__P2M_ENTRY = DESCRIPTOR_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Ipa Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VLPT_SLOT__IPA_START = DESCRIPTOR_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Ipa End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VLPT_SLOT__IPA_END = DESCRIPTOR_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Current</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VLPT_SLOT__CURRENT = DESCRIPTOR_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Vlpt Slot</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VLPT_SLOT_FEATURE_COUNT = DESCRIPTOR_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Vlpt Slot</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VLPT_SLOT_OPERATION_COUNT = DESCRIPTOR_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.p2mdbg.model.impl.OperationImpl <em>Operation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.p2mdbg.model.impl.OperationImpl
	 * @see org.p2mdbg.model.impl.P2mPackageImpl#getOperation()
	 * @generated
	 */
	int OPERATION = 13;

	/**
	 * The feature id for the '<em><b>Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATION__INDEX = 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATION__TEXT = 1;

	/**
	 * The feature id for the '<em><b>First Event</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATION__FIRST_EVENT = 2;

	/**
	 * The feature id for the '<em><b>End Event</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATION__END_EVENT = 3;

	/**
	 * The feature id for the '<em><b>Steps</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATION__STEPS = 4;

	/**
	 * The feature id for the '<em><b>Costs</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATION__COSTS = 5;

	/**
	 * The number of structural features of the '<em>Operation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATION_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Operation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.p2mdbg.model.impl.StepImpl <em>Step</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.p2mdbg.model.impl.StepImpl
	 * @see org.p2mdbg.model.impl.P2mPackageImpl#getStep()
	 * @generated
	 */
	int STEP = 14;

	/**
	 * The feature id for the '<em><b>Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__INDEX = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__KIND = 1;

	/**
	 * The feature id for the '<em><b>Call Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__CALL_PATH = 2;

	/**
	 * The feature id for the '<em><b>A</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__A = 3;

	/**
	 * The feature id for the '<em><b>B</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__B = 4;

	/**
	 * The feature id for the '<em><b>C</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__C = 5;

	/**
	 * The feature id for the '<em><b>Detail</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP__DETAIL = 6;

	/**
	 * The number of structural features of the '<em>Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Step</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STEP_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.p2mdbg.model.impl.FindingImpl <em>Finding</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.p2mdbg.model.impl.FindingImpl
	 * @see org.p2mdbg.model.impl.P2mPackageImpl#getFinding()
	 * @generated
	 */
	int FINDING = 15;

	/**
	 * The feature id for the '<em><b>Rule</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__RULE = 0;

	/**
	 * The feature id for the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__MESSAGE = 1;

	/**
	 * The feature id for the '<em><b>Event</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__EVENT = 2;

	/**
	 * The feature id for the '<em><b>Domain</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__DOMAIN = 3;

	/**
	 * The feature id for the '<em><b>Mfn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__MFN = 4;

	/**
	 * The feature id for the '<em><b>Gfn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING__GFN = 5;

	/**
	 * The number of structural features of the '<em>Finding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Finding</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDING_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.p2mdbg.model.impl.CheckpointImpl <em>Checkpoint</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.p2mdbg.model.impl.CheckpointImpl
	 * @see org.p2mdbg.model.impl.P2mPackageImpl#getCheckpoint()
	 * @generated
	 */
	int CHECKPOINT = 16;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKPOINT__NAME = 0;

	/**
	 * The feature id for the '<em><b>Event</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKPOINT__EVENT = 1;

	/**
	 * The number of structural features of the '<em>Checkpoint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKPOINT_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Checkpoint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CHECKPOINT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.p2mdbg.model.impl.CostSummaryImpl <em>Cost Summary</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.p2mdbg.model.impl.CostSummaryImpl
	 * @see org.p2mdbg.model.impl.P2mPackageImpl#getCostSummary()
	 * @generated
	 */
	int COST_SUMMARY = 17;

	/**
	 * The feature id for the '<em><b>Pte Reads</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COST_SUMMARY__PTE_READS = 0;

	/**
	 * The feature id for the '<em><b>Pte Writes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COST_SUMMARY__PTE_WRITES = 1;

	/**
	 * The feature id for the '<em><b>Table Allocs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COST_SUMMARY__TABLE_ALLOCS = 2;

	/**
	 * The feature id for the '<em><b>Table Frees</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COST_SUMMARY__TABLE_FREES = 3;

	/**
	 * The feature id for the '<em><b>Tlb Flushes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COST_SUMMARY__TLB_FLUSHES = 4;

	/**
	 * The feature id for the '<em><b>Iotlb Flushes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COST_SUMMARY__IOTLB_FLUSHES = 5;

	/**
	 * The feature id for the '<em><b>Iotlb Flushes Added</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COST_SUMMARY__IOTLB_FLUSHES_ADDED = 6;

	/**
	 * The feature id for the '<em><b>Iotlb Flushes Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COST_SUMMARY__IOTLB_FLUSHES_MODIFIED = 7;

	/**
	 * The feature id for the '<em><b>Cache Cleans</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COST_SUMMARY__CACHE_CLEANS = 8;

	/**
	 * The feature id for the '<em><b>Preempt Checks</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COST_SUMMARY__PREEMPT_CHECKS = 9;

	/**
	 * The feature id for the '<em><b>Preemptions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COST_SUMMARY__PREEMPTIONS = 10;

	/**
	 * The feature id for the '<em><b>Page Refs Put</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COST_SUMMARY__PAGE_REFS_PUT = 11;

	/**
	 * The feature id for the '<em><b>Hypercalls</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COST_SUMMARY__HYPERCALLS = 12;

	/**
	 * The feature id for the '<em><b>Multicall Batches</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COST_SUMMARY__MULTICALL_BATCHES = 13;

	/**
	 * The feature id for the '<em><b>Trapped Writes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COST_SUMMARY__TRAPPED_WRITES = 14;

	/**
	 * The feature id for the '<em><b>Direct Writes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COST_SUMMARY__DIRECT_WRITES = 15;

	/**
	 * The feature id for the '<em><b>Ipis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COST_SUMMARY__IPIS = 16;

	/**
	 * The feature id for the '<em><b>Cr3 Loads</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COST_SUMMARY__CR3_LOADS = 17;

	/**
	 * The number of structural features of the '<em>Cost Summary</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COST_SUMMARY_FEATURE_COUNT = 18;

	/**
	 * The number of operations of the '<em>Cost Summary</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COST_SUMMARY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.p2mdbg.model.DescriptorKind <em>Descriptor Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.p2mdbg.model.DescriptorKind
	 * @see org.p2mdbg.model.impl.P2mPackageImpl#getDescriptorKind()
	 * @generated
	 */
	int DESCRIPTOR_KIND = 18;

	/**
	 * The meta object id for the '<em>Mfn</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.p2mdbg.core.mem.Mfn
	 * @see org.p2mdbg.model.impl.P2mPackageImpl#getMfn()
	 * @generated
	 */
	int MFN = 19;

	/**
	 * The meta object id for the '<em>Gfn</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.p2mdbg.core.mem.Gfn
	 * @see org.p2mdbg.model.impl.P2mPackageImpl#getGfn()
	 * @generated
	 */
	int GFN = 20;

	/**
	 * The meta object id for the '<em>Hex Long</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.p2mdbg.model.impl.P2mPackageImpl#getHexLong()
	 * @generated
	 */
	int HEX_LONG = 21;

	/**
	 * The meta object id for the '<em>Arch</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.p2mdbg.core.machine.Arch
	 * @see org.p2mdbg.model.impl.P2mPackageImpl#getArch()
	 * @generated
	 */
	int ARCH = 22;

	/**
	 * The meta object id for the '<em>Domain State</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.p2mdbg.core.machine.DomainState
	 * @see org.p2mdbg.model.impl.P2mPackageImpl#getDomainState()
	 * @generated
	 */
	int DOMAIN_STATE = 23;

	/**
	 * The meta object id for the '<em>Frame Kind</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.p2mdbg.core.mem.FrameKind
	 * @see org.p2mdbg.model.impl.P2mPackageImpl#getFrameKind()
	 * @generated
	 */
	int FRAME_KIND = 24;

	/**
	 * The meta object id for the '<em>Stage</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.p2mdbg.core.format.lpae.Stage
	 * @see org.p2mdbg.model.impl.P2mPackageImpl#getStage()
	 * @generated
	 */
	int STAGE = 25;

	/**
	 * The meta object id for the '<em>Event Kind</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.p2mdbg.core.trace.EventKind
	 * @see org.p2mdbg.model.impl.P2mPackageImpl#getEventKind()
	 * @generated
	 */
	int EVENT_KIND = 26;


	/**
	 * Returns the meta object for class '{@link org.p2mdbg.model.Machine <em>Machine</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Machine</em>'.
	 * @see org.p2mdbg.model.Machine
	 * @generated
	 */
	EClass getMachine();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.Machine#getArch <em>Arch</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Arch</em>'.
	 * @see org.p2mdbg.model.Machine#getArch()
	 * @see #getMachine()
	 * @generated
	 */
	EAttribute getMachine_Arch();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.Machine#getIpaBits <em>Ipa Bits</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ipa Bits</em>'.
	 * @see org.p2mdbg.model.Machine#getIpaBits()
	 * @see #getMachine()
	 * @generated
	 */
	EAttribute getMachine_IpaBits();

	/**
	 * Returns the meta object for the containment reference list '{@link org.p2mdbg.model.Machine#getDomains <em>Domains</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Domains</em>'.
	 * @see org.p2mdbg.model.Machine#getDomains()
	 * @see #getMachine()
	 * @generated
	 */
	EReference getMachine_Domains();

	/**
	 * Returns the meta object for the containment reference '{@link org.p2mdbg.model.Machine#getXenTables <em>Xen Tables</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Xen Tables</em>'.
	 * @see org.p2mdbg.model.Machine#getXenTables()
	 * @see #getMachine()
	 * @generated
	 */
	EReference getMachine_XenTables();

	/**
	 * Returns the meta object for the containment reference list '{@link org.p2mdbg.model.Machine#getDevices <em>Devices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Devices</em>'.
	 * @see org.p2mdbg.model.Machine#getDevices()
	 * @see #getMachine()
	 * @generated
	 */
	EReference getMachine_Devices();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.Machine#getEventCount <em>Event Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Event Count</em>'.
	 * @see org.p2mdbg.model.Machine#getEventCount()
	 * @see #getMachine()
	 * @generated
	 */
	EAttribute getMachine_EventCount();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.Machine#getPosition <em>Position</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Position</em>'.
	 * @see org.p2mdbg.model.Machine#getPosition()
	 * @see #getMachine()
	 * @generated
	 */
	EAttribute getMachine_Position();

	/**
	 * Returns the meta object for the containment reference list '{@link org.p2mdbg.model.Machine#getOperations <em>Operations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Operations</em>'.
	 * @see org.p2mdbg.model.Machine#getOperations()
	 * @see #getMachine()
	 * @generated
	 */
	EReference getMachine_Operations();

	/**
	 * Returns the meta object for the containment reference list '{@link org.p2mdbg.model.Machine#getFindings <em>Findings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Findings</em>'.
	 * @see org.p2mdbg.model.Machine#getFindings()
	 * @see #getMachine()
	 * @generated
	 */
	EReference getMachine_Findings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.p2mdbg.model.Machine#getCheckpoints <em>Checkpoints</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Checkpoints</em>'.
	 * @see org.p2mdbg.model.Machine#getCheckpoints()
	 * @see #getMachine()
	 * @generated
	 */
	EReference getMachine_Checkpoints();

	/**
	 * Returns the meta object for the containment reference '{@link org.p2mdbg.model.Machine#getCosts <em>Costs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Costs</em>'.
	 * @see org.p2mdbg.model.Machine#getCosts()
	 * @see #getMachine()
	 * @generated
	 */
	EReference getMachine_Costs();

	/**
	 * Returns the meta object for class '{@link org.p2mdbg.model.Domain <em>Domain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Domain</em>'.
	 * @see org.p2mdbg.model.Domain
	 * @generated
	 */
	EClass getDomain();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.Domain#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.p2mdbg.model.Domain#getName()
	 * @see #getDomain()
	 * @generated
	 */
	EAttribute getDomain_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.Domain#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.p2mdbg.model.Domain#getId()
	 * @see #getDomain()
	 * @generated
	 */
	EAttribute getDomain_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.Domain#getVcpus <em>Vcpus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vcpus</em>'.
	 * @see org.p2mdbg.model.Domain#getVcpus()
	 * @see #getDomain()
	 * @generated
	 */
	EAttribute getDomain_Vcpus();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.Domain#getState <em>State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>State</em>'.
	 * @see org.p2mdbg.model.Domain#getState()
	 * @see #getDomain()
	 * @generated
	 */
	EAttribute getDomain_State();

	/**
	 * Returns the meta object for the containment reference '{@link org.p2mdbg.model.Domain#getP2m <em>P2m</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>P2m</em>'.
	 * @see org.p2mdbg.model.Domain#getP2m()
	 * @see #getDomain()
	 * @generated
	 */
	EReference getDomain_P2m();

	/**
	 * Returns the meta object for the containment reference '{@link org.p2mdbg.model.Domain#getVlpt <em>Vlpt</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Vlpt</em>'.
	 * @see org.p2mdbg.model.Domain#getVlpt()
	 * @see #getDomain()
	 * @generated
	 */
	EReference getDomain_Vlpt();

	/**
	 * Returns the meta object for the containment reference '{@link org.p2mdbg.model.Domain#getPvAddressSpace <em>Pv Address Space</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Pv Address Space</em>'.
	 * @see org.p2mdbg.model.Domain#getPvAddressSpace()
	 * @see #getDomain()
	 * @generated
	 */
	EReference getDomain_PvAddressSpace();

	/**
	 * Returns the meta object for class '{@link org.p2mdbg.model.TranslationTables <em>Translation Tables</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Translation Tables</em>'.
	 * @see org.p2mdbg.model.TranslationTables
	 * @generated
	 */
	EClass getTranslationTables();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.TranslationTables#getRootMfn <em>Root Mfn</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Root Mfn</em>'.
	 * @see org.p2mdbg.model.TranslationTables#getRootMfn()
	 * @see #getTranslationTables()
	 * @generated
	 */
	EAttribute getTranslationTables_RootMfn();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.TranslationTables#getRootLevel <em>Root Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Root Level</em>'.
	 * @see org.p2mdbg.model.TranslationTables#getRootLevel()
	 * @see #getTranslationTables()
	 * @generated
	 */
	EAttribute getTranslationTables_RootLevel();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.TranslationTables#getRootPages <em>Root Pages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Root Pages</em>'.
	 * @see org.p2mdbg.model.TranslationTables#getRootPages()
	 * @see #getTranslationTables()
	 * @generated
	 */
	EAttribute getTranslationTables_RootPages();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.TranslationTables#getStage <em>Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stage</em>'.
	 * @see org.p2mdbg.model.TranslationTables#getStage()
	 * @see #getTranslationTables()
	 * @generated
	 */
	EAttribute getTranslationTables_Stage();

	/**
	 * Returns the meta object for the containment reference list '{@link org.p2mdbg.model.TranslationTables#getTables <em>Tables</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Tables</em>'.
	 * @see org.p2mdbg.model.TranslationTables#getTables()
	 * @see #getTranslationTables()
	 * @generated
	 */
	EReference getTranslationTables_Tables();

	/**
	 * Returns the meta object for class '{@link org.p2mdbg.model.P2m <em>P2m</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>P2m</em>'.
	 * @see org.p2mdbg.model.P2m
	 * @generated
	 */
	EClass getP2m();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.P2m#getLowestMappedGfn <em>Lowest Mapped Gfn</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lowest Mapped Gfn</em>'.
	 * @see org.p2mdbg.model.P2m#getLowestMappedGfn()
	 * @see #getP2m()
	 * @generated
	 */
	EAttribute getP2m_LowestMappedGfn();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.P2m#getMaxMappedGfn <em>Max Mapped Gfn</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Mapped Gfn</em>'.
	 * @see org.p2mdbg.model.P2m#getMaxMappedGfn()
	 * @see #getP2m()
	 * @generated
	 */
	EAttribute getP2m_MaxMappedGfn();

	/**
	 * Returns the meta object for class '{@link org.p2mdbg.model.XenPageTables <em>Xen Page Tables</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Xen Page Tables</em>'.
	 * @see org.p2mdbg.model.XenPageTables
	 * @generated
	 */
	EClass getXenPageTables();

	/**
	 * Returns the meta object for class '{@link org.p2mdbg.model.Table <em>Table</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Table</em>'.
	 * @see org.p2mdbg.model.Table
	 * @generated
	 */
	EClass getTable();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.Table#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see org.p2mdbg.model.Table#getLevel()
	 * @see #getTable()
	 * @generated
	 */
	EAttribute getTable_Level();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.Table#getMfn <em>Mfn</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mfn</em>'.
	 * @see org.p2mdbg.model.Table#getMfn()
	 * @see #getTable()
	 * @generated
	 */
	EAttribute getTable_Mfn();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.Table#getFrameKind <em>Frame Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Frame Kind</em>'.
	 * @see org.p2mdbg.model.Table#getFrameKind()
	 * @see #getTable()
	 * @generated
	 */
	EAttribute getTable_FrameKind();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.Table#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owner</em>'.
	 * @see org.p2mdbg.model.Table#getOwner()
	 * @see #getTable()
	 * @generated
	 */
	EAttribute getTable_Owner();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.Table#getInputStart <em>Input Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Input Start</em>'.
	 * @see org.p2mdbg.model.Table#getInputStart()
	 * @see #getTable()
	 * @generated
	 */
	EAttribute getTable_InputStart();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.Table#getInputEnd <em>Input End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Input End</em>'.
	 * @see org.p2mdbg.model.Table#getInputEnd()
	 * @see #getTable()
	 * @generated
	 */
	EAttribute getTable_InputEnd();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.Table#getValidCount <em>Valid Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Valid Count</em>'.
	 * @see org.p2mdbg.model.Table#getValidCount()
	 * @see #getTable()
	 * @generated
	 */
	EAttribute getTable_ValidCount();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.Table#getPageType <em>Page Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Page Type</em>'.
	 * @see org.p2mdbg.model.Table#getPageType()
	 * @see #getTable()
	 * @generated
	 */
	EAttribute getTable_PageType();

	/**
	 * Returns the meta object for the containment reference list '{@link org.p2mdbg.model.Table#getDescriptors <em>Descriptors</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Descriptors</em>'.
	 * @see org.p2mdbg.model.Table#getDescriptors()
	 * @see #getTable()
	 * @generated
	 */
	EReference getTable_Descriptors();

	/**
	 * Returns the meta object for class '{@link org.p2mdbg.model.Descriptor <em>Descriptor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Descriptor</em>'.
	 * @see org.p2mdbg.model.Descriptor
	 * @generated
	 */
	EClass getDescriptor();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.Descriptor#getIndex <em>Index</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Index</em>'.
	 * @see org.p2mdbg.model.Descriptor#getIndex()
	 * @see #getDescriptor()
	 * @generated
	 */
	EAttribute getDescriptor_Index();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.Descriptor#getLevel <em>Level</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Level</em>'.
	 * @see org.p2mdbg.model.Descriptor#getLevel()
	 * @see #getDescriptor()
	 * @generated
	 */
	EAttribute getDescriptor_Level();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.Descriptor#getRaw <em>Raw</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Raw</em>'.
	 * @see org.p2mdbg.model.Descriptor#getRaw()
	 * @see #getDescriptor()
	 * @generated
	 */
	EAttribute getDescriptor_Raw();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.Descriptor#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.p2mdbg.model.Descriptor#getKind()
	 * @see #getDescriptor()
	 * @generated
	 */
	EAttribute getDescriptor_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.Descriptor#getOutputMfn <em>Output Mfn</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Output Mfn</em>'.
	 * @see org.p2mdbg.model.Descriptor#getOutputMfn()
	 * @see #getDescriptor()
	 * @generated
	 */
	EAttribute getDescriptor_OutputMfn();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.Descriptor#getInputStart <em>Input Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Input Start</em>'.
	 * @see org.p2mdbg.model.Descriptor#getInputStart()
	 * @see #getDescriptor()
	 * @generated
	 */
	EAttribute getDescriptor_InputStart();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.Descriptor#getInputEnd <em>Input End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Input End</em>'.
	 * @see org.p2mdbg.model.Descriptor#getInputEnd()
	 * @see #getDescriptor()
	 * @generated
	 */
	EAttribute getDescriptor_InputEnd();

	/**
	 * Returns the meta object for the containment reference list '{@link org.p2mdbg.model.Descriptor#getFields <em>Fields</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Fields</em>'.
	 * @see org.p2mdbg.model.Descriptor#getFields()
	 * @see #getDescriptor()
	 * @generated
	 */
	EReference getDescriptor_Fields();

	/**
	 * Returns the meta object for the containment reference '{@link org.p2mdbg.model.Descriptor#getChild <em>Child</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Child</em>'.
	 * @see org.p2mdbg.model.Descriptor#getChild()
	 * @see #getDescriptor()
	 * @generated
	 */
	EReference getDescriptor_Child();

	/**
	 * Returns the meta object for class '{@link org.p2mdbg.model.DescriptorField <em>Descriptor Field</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Descriptor Field</em>'.
	 * @see org.p2mdbg.model.DescriptorField
	 * @generated
	 */
	EClass getDescriptorField();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.DescriptorField#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.p2mdbg.model.DescriptorField#getName()
	 * @see #getDescriptorField()
	 * @generated
	 */
	EAttribute getDescriptorField_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.DescriptorField#getBits <em>Bits</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bits</em>'.
	 * @see org.p2mdbg.model.DescriptorField#getBits()
	 * @see #getDescriptorField()
	 * @generated
	 */
	EAttribute getDescriptorField_Bits();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.DescriptorField#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.p2mdbg.model.DescriptorField#getValue()
	 * @see #getDescriptorField()
	 * @generated
	 */
	EAttribute getDescriptorField_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.DescriptorField#getMeaning <em>Meaning</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Meaning</em>'.
	 * @see org.p2mdbg.model.DescriptorField#getMeaning()
	 * @see #getDescriptorField()
	 * @generated
	 */
	EAttribute getDescriptorField_Meaning();

	/**
	 * Returns the meta object for class '{@link org.p2mdbg.model.Device <em>Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Device</em>'.
	 * @see org.p2mdbg.model.Device
	 * @generated
	 */
	EClass getDevice();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.Device#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.p2mdbg.model.Device#getName()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.Device#getIommu <em>Iommu</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Iommu</em>'.
	 * @see org.p2mdbg.model.Device#getIommu()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_Iommu();

	/**
	 * Returns the meta object for the reference '{@link org.p2mdbg.model.Device#getDomain <em>Domain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Domain</em>'.
	 * @see org.p2mdbg.model.Device#getDomain()
	 * @see #getDevice()
	 * @generated
	 */
	EReference getDevice_Domain();

	/**
	 * Returns the meta object for the containment reference '{@link org.p2mdbg.model.Device#getContext <em>Context</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Context</em>'.
	 * @see org.p2mdbg.model.Device#getContext()
	 * @see #getDevice()
	 * @generated
	 */
	EReference getDevice_Context();

	/**
	 * Returns the meta object for class '{@link org.p2mdbg.model.IommuContext <em>Iommu Context</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Iommu Context</em>'.
	 * @see org.p2mdbg.model.IommuContext
	 * @generated
	 */
	EClass getIommuContext();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.IommuContext#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.p2mdbg.model.IommuContext#getKind()
	 * @see #getIommuContext()
	 * @generated
	 */
	EAttribute getIommuContext_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.IommuContext#getLevels <em>Levels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Levels</em>'.
	 * @see org.p2mdbg.model.IommuContext#getLevels()
	 * @see #getIommuContext()
	 * @generated
	 */
	EAttribute getIommuContext_Levels();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.IommuContext#isSharesP2m <em>Shares P2m</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Shares P2m</em>'.
	 * @see org.p2mdbg.model.IommuContext#isSharesP2m()
	 * @see #getIommuContext()
	 * @generated
	 */
	EAttribute getIommuContext_SharesP2m();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.IommuContext#getFlushStrategy <em>Flush Strategy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Flush Strategy</em>'.
	 * @see org.p2mdbg.model.IommuContext#getFlushStrategy()
	 * @see #getIommuContext()
	 * @generated
	 */
	EAttribute getIommuContext_FlushStrategy();

	/**
	 * Returns the meta object for the reference '{@link org.p2mdbg.model.IommuContext#getSharedP2m <em>Shared P2m</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Shared P2m</em>'.
	 * @see org.p2mdbg.model.IommuContext#getSharedP2m()
	 * @see #getIommuContext()
	 * @generated
	 */
	EReference getIommuContext_SharedP2m();

	/**
	 * Returns the meta object for class '{@link org.p2mdbg.model.PvAddressSpace <em>Pv Address Space</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Pv Address Space</em>'.
	 * @see org.p2mdbg.model.PvAddressSpace
	 * @generated
	 */
	EClass getPvAddressSpace();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.PvAddressSpace#getSwapperPgDirMfn <em>Swapper Pg Dir Mfn</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Swapper Pg Dir Mfn</em>'.
	 * @see org.p2mdbg.model.PvAddressSpace#getSwapperPgDirMfn()
	 * @see #getPvAddressSpace()
	 * @generated
	 */
	EAttribute getPvAddressSpace_SwapperPgDirMfn();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.PvAddressSpace#getPgdMfn <em>Pgd Mfn</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pgd Mfn</em>'.
	 * @see org.p2mdbg.model.PvAddressSpace#getPgdMfn()
	 * @see #getPvAddressSpace()
	 * @generated
	 */
	EAttribute getPvAddressSpace_PgdMfn();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.PvAddressSpace#getUserPgdMfn <em>User Pgd Mfn</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>User Pgd Mfn</em>'.
	 * @see org.p2mdbg.model.PvAddressSpace#getUserPgdMfn()
	 * @see #getPvAddressSpace()
	 * @generated
	 */
	EAttribute getPvAddressSpace_UserPgdMfn();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.PvAddressSpace#getPgdType <em>Pgd Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pgd Type</em>'.
	 * @see org.p2mdbg.model.PvAddressSpace#getPgdType()
	 * @see #getPvAddressSpace()
	 * @generated
	 */
	EAttribute getPvAddressSpace_PgdType();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.PvAddressSpace#isPinned <em>Pinned</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pinned</em>'.
	 * @see org.p2mdbg.model.PvAddressSpace#isPinned()
	 * @see #getPvAddressSpace()
	 * @generated
	 */
	EAttribute getPvAddressSpace_Pinned();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.PvAddressSpace#isLinuxPinned <em>Linux Pinned</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Linux Pinned</em>'.
	 * @see org.p2mdbg.model.PvAddressSpace#isLinuxPinned()
	 * @see #getPvAddressSpace()
	 * @generated
	 */
	EAttribute getPvAddressSpace_LinuxPinned();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.PvAddressSpace#getCr3Cpus <em>Cr3 Cpus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cr3 Cpus</em>'.
	 * @see org.p2mdbg.model.PvAddressSpace#getCr3Cpus()
	 * @see #getPvAddressSpace()
	 * @generated
	 */
	EAttribute getPvAddressSpace_Cr3Cpus();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.PvAddressSpace#getCr3CpuList <em>Cr3 Cpu List</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cr3 Cpu List</em>'.
	 * @see org.p2mdbg.model.PvAddressSpace#getCr3CpuList()
	 * @see #getPvAddressSpace()
	 * @generated
	 */
	EAttribute getPvAddressSpace_Cr3CpuList();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.PvAddressSpace#getCpumask <em>Cpumask</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cpumask</em>'.
	 * @see org.p2mdbg.model.PvAddressSpace#getCpumask()
	 * @see #getPvAddressSpace()
	 * @generated
	 */
	EAttribute getPvAddressSpace_Cpumask();

	/**
	 * Returns the meta object for class '{@link org.p2mdbg.model.Vlpt <em>Vlpt</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Vlpt</em>'.
	 * @see org.p2mdbg.model.Vlpt
	 * @generated
	 */
	EClass getVlpt();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.Vlpt#getWindowStart <em>Window Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Window Start</em>'.
	 * @see org.p2mdbg.model.Vlpt#getWindowStart()
	 * @see #getVlpt()
	 * @generated
	 */
	EAttribute getVlpt_WindowStart();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.Vlpt#getWindowEnd <em>Window End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Window End</em>'.
	 * @see org.p2mdbg.model.Vlpt#getWindowEnd()
	 * @see #getVlpt()
	 * @generated
	 */
	EAttribute getVlpt_WindowEnd();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.Vlpt#getFirstSlot <em>First Slot</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>First Slot</em>'.
	 * @see org.p2mdbg.model.Vlpt#getFirstSlot()
	 * @see #getVlpt()
	 * @generated
	 */
	EAttribute getVlpt_FirstSlot();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.Vlpt#getSlots <em>Slots</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Slots</em>'.
	 * @see org.p2mdbg.model.Vlpt#getSlots()
	 * @see #getVlpt()
	 * @generated
	 */
	EAttribute getVlpt_Slots();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.Vlpt#getCopyMfn <em>Copy Mfn</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Copy Mfn</em>'.
	 * @see org.p2mdbg.model.Vlpt#getCopyMfn()
	 * @see #getVlpt()
	 * @generated
	 */
	EAttribute getVlpt_CopyMfn();

	/**
	 * Returns the meta object for the containment reference list '{@link org.p2mdbg.model.Vlpt#getEntries <em>Entries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Entries</em>'.
	 * @see org.p2mdbg.model.Vlpt#getEntries()
	 * @see #getVlpt()
	 * @generated
	 */
	EReference getVlpt_Entries();

	/**
	 * Returns the meta object for class '{@link org.p2mdbg.model.VlptSlot <em>Vlpt Slot</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Vlpt Slot</em>'.
	 * @see org.p2mdbg.model.VlptSlot
	 * @generated
	 */
	EClass getVlptSlot();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.VlptSlot#getXenSecondMfn <em>Xen Second Mfn</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Xen Second Mfn</em>'.
	 * @see org.p2mdbg.model.VlptSlot#getXenSecondMfn()
	 * @see #getVlptSlot()
	 * @generated
	 */
	EAttribute getVlptSlot_XenSecondMfn();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.VlptSlot#getCopy <em>Copy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Copy</em>'.
	 * @see org.p2mdbg.model.VlptSlot#getCopy()
	 * @see #getVlptSlot()
	 * @generated
	 */
	EAttribute getVlptSlot_Copy();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.VlptSlot#getP2mRootMfn <em>P2m Root Mfn</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>P2m Root Mfn</em>'.
	 * @see org.p2mdbg.model.VlptSlot#getP2mRootMfn()
	 * @see #getVlptSlot()
	 * @generated
	 */
	EAttribute getVlptSlot_P2mRootMfn();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.VlptSlot#getP2mIndex <em>P2m Index</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>P2m Index</em>'.
	 * @see org.p2mdbg.model.VlptSlot#getP2mIndex()
	 * @see #getVlptSlot()
	 * @generated
	 */
	EAttribute getVlptSlot_P2mIndex();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.VlptSlot#getP2mEntry <em>P2m Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>P2m Entry</em>'.
	 * @see org.p2mdbg.model.VlptSlot#getP2mEntry()
	 * @see #getVlptSlot()
	 * @generated
	 */
	EAttribute getVlptSlot_P2mEntry();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.VlptSlot#getIpaStart <em>Ipa Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ipa Start</em>'.
	 * @see org.p2mdbg.model.VlptSlot#getIpaStart()
	 * @see #getVlptSlot()
	 * @generated
	 */
	EAttribute getVlptSlot_IpaStart();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.VlptSlot#getIpaEnd <em>Ipa End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ipa End</em>'.
	 * @see org.p2mdbg.model.VlptSlot#getIpaEnd()
	 * @see #getVlptSlot()
	 * @generated
	 */
	EAttribute getVlptSlot_IpaEnd();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.VlptSlot#isCurrent <em>Current</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Current</em>'.
	 * @see org.p2mdbg.model.VlptSlot#isCurrent()
	 * @see #getVlptSlot()
	 * @generated
	 */
	EAttribute getVlptSlot_Current();

	/**
	 * Returns the meta object for class '{@link org.p2mdbg.model.Operation <em>Operation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Operation</em>'.
	 * @see org.p2mdbg.model.Operation
	 * @generated
	 */
	EClass getOperation();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.Operation#getIndex <em>Index</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Index</em>'.
	 * @see org.p2mdbg.model.Operation#getIndex()
	 * @see #getOperation()
	 * @generated
	 */
	EAttribute getOperation_Index();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.Operation#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.p2mdbg.model.Operation#getText()
	 * @see #getOperation()
	 * @generated
	 */
	EAttribute getOperation_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.Operation#getFirstEvent <em>First Event</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>First Event</em>'.
	 * @see org.p2mdbg.model.Operation#getFirstEvent()
	 * @see #getOperation()
	 * @generated
	 */
	EAttribute getOperation_FirstEvent();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.Operation#getEndEvent <em>End Event</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End Event</em>'.
	 * @see org.p2mdbg.model.Operation#getEndEvent()
	 * @see #getOperation()
	 * @generated
	 */
	EAttribute getOperation_EndEvent();

	/**
	 * Returns the meta object for the containment reference list '{@link org.p2mdbg.model.Operation#getSteps <em>Steps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Steps</em>'.
	 * @see org.p2mdbg.model.Operation#getSteps()
	 * @see #getOperation()
	 * @generated
	 */
	EReference getOperation_Steps();

	/**
	 * Returns the meta object for the containment reference '{@link org.p2mdbg.model.Operation#getCosts <em>Costs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Costs</em>'.
	 * @see org.p2mdbg.model.Operation#getCosts()
	 * @see #getOperation()
	 * @generated
	 */
	EReference getOperation_Costs();

	/**
	 * Returns the meta object for class '{@link org.p2mdbg.model.Step <em>Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Step</em>'.
	 * @see org.p2mdbg.model.Step
	 * @generated
	 */
	EClass getStep();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.Step#getIndex <em>Index</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Index</em>'.
	 * @see org.p2mdbg.model.Step#getIndex()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_Index();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.Step#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.p2mdbg.model.Step#getKind()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.Step#getCallPath <em>Call Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Call Path</em>'.
	 * @see org.p2mdbg.model.Step#getCallPath()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_CallPath();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.Step#getA <em>A</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>A</em>'.
	 * @see org.p2mdbg.model.Step#getA()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_A();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.Step#getB <em>B</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>B</em>'.
	 * @see org.p2mdbg.model.Step#getB()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_B();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.Step#getC <em>C</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>C</em>'.
	 * @see org.p2mdbg.model.Step#getC()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_C();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.Step#getDetail <em>Detail</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Detail</em>'.
	 * @see org.p2mdbg.model.Step#getDetail()
	 * @see #getStep()
	 * @generated
	 */
	EAttribute getStep_Detail();

	/**
	 * Returns the meta object for class '{@link org.p2mdbg.model.Finding <em>Finding</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Finding</em>'.
	 * @see org.p2mdbg.model.Finding
	 * @generated
	 */
	EClass getFinding();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.Finding#getRule <em>Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rule</em>'.
	 * @see org.p2mdbg.model.Finding#getRule()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Rule();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.Finding#getMessage <em>Message</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Message</em>'.
	 * @see org.p2mdbg.model.Finding#getMessage()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Message();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.Finding#getEvent <em>Event</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Event</em>'.
	 * @see org.p2mdbg.model.Finding#getEvent()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Event();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.Finding#getDomain <em>Domain</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Domain</em>'.
	 * @see org.p2mdbg.model.Finding#getDomain()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Domain();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.Finding#getMfn <em>Mfn</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mfn</em>'.
	 * @see org.p2mdbg.model.Finding#getMfn()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Mfn();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.Finding#getGfn <em>Gfn</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gfn</em>'.
	 * @see org.p2mdbg.model.Finding#getGfn()
	 * @see #getFinding()
	 * @generated
	 */
	EAttribute getFinding_Gfn();

	/**
	 * Returns the meta object for class '{@link org.p2mdbg.model.Checkpoint <em>Checkpoint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Checkpoint</em>'.
	 * @see org.p2mdbg.model.Checkpoint
	 * @generated
	 */
	EClass getCheckpoint();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.Checkpoint#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.p2mdbg.model.Checkpoint#getName()
	 * @see #getCheckpoint()
	 * @generated
	 */
	EAttribute getCheckpoint_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.Checkpoint#getEvent <em>Event</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Event</em>'.
	 * @see org.p2mdbg.model.Checkpoint#getEvent()
	 * @see #getCheckpoint()
	 * @generated
	 */
	EAttribute getCheckpoint_Event();

	/**
	 * Returns the meta object for class '{@link org.p2mdbg.model.CostSummary <em>Cost Summary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Cost Summary</em>'.
	 * @see org.p2mdbg.model.CostSummary
	 * @generated
	 */
	EClass getCostSummary();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.CostSummary#getPteReads <em>Pte Reads</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pte Reads</em>'.
	 * @see org.p2mdbg.model.CostSummary#getPteReads()
	 * @see #getCostSummary()
	 * @generated
	 */
	EAttribute getCostSummary_PteReads();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.CostSummary#getPteWrites <em>Pte Writes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pte Writes</em>'.
	 * @see org.p2mdbg.model.CostSummary#getPteWrites()
	 * @see #getCostSummary()
	 * @generated
	 */
	EAttribute getCostSummary_PteWrites();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.CostSummary#getTableAllocs <em>Table Allocs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Table Allocs</em>'.
	 * @see org.p2mdbg.model.CostSummary#getTableAllocs()
	 * @see #getCostSummary()
	 * @generated
	 */
	EAttribute getCostSummary_TableAllocs();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.CostSummary#getTableFrees <em>Table Frees</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Table Frees</em>'.
	 * @see org.p2mdbg.model.CostSummary#getTableFrees()
	 * @see #getCostSummary()
	 * @generated
	 */
	EAttribute getCostSummary_TableFrees();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.CostSummary#getTlbFlushes <em>Tlb Flushes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tlb Flushes</em>'.
	 * @see org.p2mdbg.model.CostSummary#getTlbFlushes()
	 * @see #getCostSummary()
	 * @generated
	 */
	EAttribute getCostSummary_TlbFlushes();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.CostSummary#getIotlbFlushes <em>Iotlb Flushes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Iotlb Flushes</em>'.
	 * @see org.p2mdbg.model.CostSummary#getIotlbFlushes()
	 * @see #getCostSummary()
	 * @generated
	 */
	EAttribute getCostSummary_IotlbFlushes();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.CostSummary#getIotlbFlushesAdded <em>Iotlb Flushes Added</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Iotlb Flushes Added</em>'.
	 * @see org.p2mdbg.model.CostSummary#getIotlbFlushesAdded()
	 * @see #getCostSummary()
	 * @generated
	 */
	EAttribute getCostSummary_IotlbFlushesAdded();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.CostSummary#getIotlbFlushesModified <em>Iotlb Flushes Modified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Iotlb Flushes Modified</em>'.
	 * @see org.p2mdbg.model.CostSummary#getIotlbFlushesModified()
	 * @see #getCostSummary()
	 * @generated
	 */
	EAttribute getCostSummary_IotlbFlushesModified();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.CostSummary#getCacheCleans <em>Cache Cleans</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cache Cleans</em>'.
	 * @see org.p2mdbg.model.CostSummary#getCacheCleans()
	 * @see #getCostSummary()
	 * @generated
	 */
	EAttribute getCostSummary_CacheCleans();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.CostSummary#getPreemptChecks <em>Preempt Checks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Preempt Checks</em>'.
	 * @see org.p2mdbg.model.CostSummary#getPreemptChecks()
	 * @see #getCostSummary()
	 * @generated
	 */
	EAttribute getCostSummary_PreemptChecks();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.CostSummary#getPreemptions <em>Preemptions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Preemptions</em>'.
	 * @see org.p2mdbg.model.CostSummary#getPreemptions()
	 * @see #getCostSummary()
	 * @generated
	 */
	EAttribute getCostSummary_Preemptions();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.CostSummary#getPageRefsPut <em>Page Refs Put</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Page Refs Put</em>'.
	 * @see org.p2mdbg.model.CostSummary#getPageRefsPut()
	 * @see #getCostSummary()
	 * @generated
	 */
	EAttribute getCostSummary_PageRefsPut();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.CostSummary#getHypercalls <em>Hypercalls</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hypercalls</em>'.
	 * @see org.p2mdbg.model.CostSummary#getHypercalls()
	 * @see #getCostSummary()
	 * @generated
	 */
	EAttribute getCostSummary_Hypercalls();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.CostSummary#getMulticallBatches <em>Multicall Batches</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Multicall Batches</em>'.
	 * @see org.p2mdbg.model.CostSummary#getMulticallBatches()
	 * @see #getCostSummary()
	 * @generated
	 */
	EAttribute getCostSummary_MulticallBatches();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.CostSummary#getTrappedWrites <em>Trapped Writes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Trapped Writes</em>'.
	 * @see org.p2mdbg.model.CostSummary#getTrappedWrites()
	 * @see #getCostSummary()
	 * @generated
	 */
	EAttribute getCostSummary_TrappedWrites();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.CostSummary#getDirectWrites <em>Direct Writes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Direct Writes</em>'.
	 * @see org.p2mdbg.model.CostSummary#getDirectWrites()
	 * @see #getCostSummary()
	 * @generated
	 */
	EAttribute getCostSummary_DirectWrites();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.CostSummary#getIpis <em>Ipis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ipis</em>'.
	 * @see org.p2mdbg.model.CostSummary#getIpis()
	 * @see #getCostSummary()
	 * @generated
	 */
	EAttribute getCostSummary_Ipis();

	/**
	 * Returns the meta object for the attribute '{@link org.p2mdbg.model.CostSummary#getCr3Loads <em>Cr3 Loads</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cr3 Loads</em>'.
	 * @see org.p2mdbg.model.CostSummary#getCr3Loads()
	 * @see #getCostSummary()
	 * @generated
	 */
	EAttribute getCostSummary_Cr3Loads();

	/**
	 * Returns the meta object for enum '{@link org.p2mdbg.model.DescriptorKind <em>Descriptor Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Descriptor Kind</em>'.
	 * @see org.p2mdbg.model.DescriptorKind
	 * @generated
	 */
	EEnum getDescriptorKind();

	/**
	 * Returns the meta object for data type '{@link org.p2mdbg.core.mem.Mfn <em>Mfn</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A machine frame number, shown in hex (INVALID_MFN for Xen's ~0).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Mfn</em>'.
	 * @see org.p2mdbg.core.mem.Mfn
	 * @model instanceClass="org.p2mdbg.core.mem.Mfn"
	 * @generated
	 */
	EDataType getMfn();

	/**
	 * Returns the meta object for data type '{@link org.p2mdbg.core.mem.Gfn <em>Gfn</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A guest frame number, shown in hex.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Gfn</em>'.
	 * @see org.p2mdbg.core.mem.Gfn
	 * @model instanceClass="org.p2mdbg.core.mem.Gfn"
	 * @generated
	 */
	EDataType getGfn();

	/**
	 * Returns the meta object for data type '<em>Hex Long</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A 64-bit value (a descriptor, an address, an event operand) shown in hex.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Hex Long</em>'.
	 * @model instanceClass="long"
	 * @generated
	 */
	EDataType getHexLong();

	/**
	 * Returns the meta object for data type '{@link org.p2mdbg.core.machine.Arch <em>Arch</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Arch</em>'.
	 * @see org.p2mdbg.core.machine.Arch
	 * @model instanceClass="org.p2mdbg.core.machine.Arch"
	 * @generated
	 */
	EDataType getArch();

	/**
	 * Returns the meta object for data type '{@link org.p2mdbg.core.machine.DomainState <em>Domain State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Domain State</em>'.
	 * @see org.p2mdbg.core.machine.DomainState
	 * @model instanceClass="org.p2mdbg.core.machine.DomainState"
	 * @generated
	 */
	EDataType getDomainState();

	/**
	 * Returns the meta object for data type '{@link org.p2mdbg.core.mem.FrameKind <em>Frame Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Frame Kind</em>'.
	 * @see org.p2mdbg.core.mem.FrameKind
	 * @model instanceClass="org.p2mdbg.core.mem.FrameKind"
	 * @generated
	 */
	EDataType getFrameKind();

	/**
	 * Returns the meta object for data type '{@link org.p2mdbg.core.format.lpae.Stage <em>Stage</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Stage</em>'.
	 * @see org.p2mdbg.core.format.lpae.Stage
	 * @model instanceClass="org.p2mdbg.core.format.lpae.Stage"
	 * @generated
	 */
	EDataType getStage();

	/**
	 * Returns the meta object for data type '{@link org.p2mdbg.core.trace.EventKind <em>Event Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Event Kind</em>'.
	 * @see org.p2mdbg.core.trace.EventKind
	 * @model instanceClass="org.p2mdbg.core.trace.EventKind"
	 * @generated
	 */
	EDataType getEventKind();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	P2mFactory getP2mFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.p2mdbg.model.impl.MachineImpl <em>Machine</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.p2mdbg.model.impl.MachineImpl
		 * @see org.p2mdbg.model.impl.P2mPackageImpl#getMachine()
		 * @generated
		 */
		EClass MACHINE = eINSTANCE.getMachine();

		/**
		 * The meta object literal for the '<em><b>Arch</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MACHINE__ARCH = eINSTANCE.getMachine_Arch();

		/**
		 * The meta object literal for the '<em><b>Ipa Bits</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MACHINE__IPA_BITS = eINSTANCE.getMachine_IpaBits();

		/**
		 * The meta object literal for the '<em><b>Domains</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MACHINE__DOMAINS = eINSTANCE.getMachine_Domains();

		/**
		 * The meta object literal for the '<em><b>Xen Tables</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MACHINE__XEN_TABLES = eINSTANCE.getMachine_XenTables();

		/**
		 * The meta object literal for the '<em><b>Devices</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MACHINE__DEVICES = eINSTANCE.getMachine_Devices();

		/**
		 * The meta object literal for the '<em><b>Event Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MACHINE__EVENT_COUNT = eINSTANCE.getMachine_EventCount();

		/**
		 * The meta object literal for the '<em><b>Position</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MACHINE__POSITION = eINSTANCE.getMachine_Position();

		/**
		 * The meta object literal for the '<em><b>Operations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MACHINE__OPERATIONS = eINSTANCE.getMachine_Operations();

		/**
		 * The meta object literal for the '<em><b>Findings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MACHINE__FINDINGS = eINSTANCE.getMachine_Findings();

		/**
		 * The meta object literal for the '<em><b>Checkpoints</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MACHINE__CHECKPOINTS = eINSTANCE.getMachine_Checkpoints();

		/**
		 * The meta object literal for the '<em><b>Costs</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MACHINE__COSTS = eINSTANCE.getMachine_Costs();

		/**
		 * The meta object literal for the '{@link org.p2mdbg.model.impl.DomainImpl <em>Domain</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.p2mdbg.model.impl.DomainImpl
		 * @see org.p2mdbg.model.impl.P2mPackageImpl#getDomain()
		 * @generated
		 */
		EClass DOMAIN = eINSTANCE.getDomain();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOMAIN__NAME = eINSTANCE.getDomain_Name();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOMAIN__ID = eINSTANCE.getDomain_Id();

		/**
		 * The meta object literal for the '<em><b>Vcpus</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOMAIN__VCPUS = eINSTANCE.getDomain_Vcpus();

		/**
		 * The meta object literal for the '<em><b>State</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DOMAIN__STATE = eINSTANCE.getDomain_State();

		/**
		 * The meta object literal for the '<em><b>P2m</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOMAIN__P2M = eINSTANCE.getDomain_P2m();

		/**
		 * The meta object literal for the '<em><b>Vlpt</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOMAIN__VLPT = eINSTANCE.getDomain_Vlpt();

		/**
		 * The meta object literal for the '<em><b>Pv Address Space</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOMAIN__PV_ADDRESS_SPACE = eINSTANCE.getDomain_PvAddressSpace();

		/**
		 * The meta object literal for the '{@link org.p2mdbg.model.impl.TranslationTablesImpl <em>Translation Tables</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.p2mdbg.model.impl.TranslationTablesImpl
		 * @see org.p2mdbg.model.impl.P2mPackageImpl#getTranslationTables()
		 * @generated
		 */
		EClass TRANSLATION_TABLES = eINSTANCE.getTranslationTables();

		/**
		 * The meta object literal for the '<em><b>Root Mfn</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRANSLATION_TABLES__ROOT_MFN = eINSTANCE.getTranslationTables_RootMfn();

		/**
		 * The meta object literal for the '<em><b>Root Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRANSLATION_TABLES__ROOT_LEVEL = eINSTANCE.getTranslationTables_RootLevel();

		/**
		 * The meta object literal for the '<em><b>Root Pages</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRANSLATION_TABLES__ROOT_PAGES = eINSTANCE.getTranslationTables_RootPages();

		/**
		 * The meta object literal for the '<em><b>Stage</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRANSLATION_TABLES__STAGE = eINSTANCE.getTranslationTables_Stage();

		/**
		 * The meta object literal for the '<em><b>Tables</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TRANSLATION_TABLES__TABLES = eINSTANCE.getTranslationTables_Tables();

		/**
		 * The meta object literal for the '{@link org.p2mdbg.model.impl.P2mImpl <em>P2m</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.p2mdbg.model.impl.P2mImpl
		 * @see org.p2mdbg.model.impl.P2mPackageImpl#getP2m()
		 * @generated
		 */
		EClass P2M = eINSTANCE.getP2m();

		/**
		 * The meta object literal for the '<em><b>Lowest Mapped Gfn</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute P2M__LOWEST_MAPPED_GFN = eINSTANCE.getP2m_LowestMappedGfn();

		/**
		 * The meta object literal for the '<em><b>Max Mapped Gfn</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute P2M__MAX_MAPPED_GFN = eINSTANCE.getP2m_MaxMappedGfn();

		/**
		 * The meta object literal for the '{@link org.p2mdbg.model.impl.XenPageTablesImpl <em>Xen Page Tables</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.p2mdbg.model.impl.XenPageTablesImpl
		 * @see org.p2mdbg.model.impl.P2mPackageImpl#getXenPageTables()
		 * @generated
		 */
		EClass XEN_PAGE_TABLES = eINSTANCE.getXenPageTables();

		/**
		 * The meta object literal for the '{@link org.p2mdbg.model.impl.TableImpl <em>Table</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.p2mdbg.model.impl.TableImpl
		 * @see org.p2mdbg.model.impl.P2mPackageImpl#getTable()
		 * @generated
		 */
		EClass TABLE = eINSTANCE.getTable();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TABLE__LEVEL = eINSTANCE.getTable_Level();

		/**
		 * The meta object literal for the '<em><b>Mfn</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TABLE__MFN = eINSTANCE.getTable_Mfn();

		/**
		 * The meta object literal for the '<em><b>Frame Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TABLE__FRAME_KIND = eINSTANCE.getTable_FrameKind();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TABLE__OWNER = eINSTANCE.getTable_Owner();

		/**
		 * The meta object literal for the '<em><b>Input Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TABLE__INPUT_START = eINSTANCE.getTable_InputStart();

		/**
		 * The meta object literal for the '<em><b>Input End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TABLE__INPUT_END = eINSTANCE.getTable_InputEnd();

		/**
		 * The meta object literal for the '<em><b>Valid Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TABLE__VALID_COUNT = eINSTANCE.getTable_ValidCount();

		/**
		 * The meta object literal for the '<em><b>Page Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TABLE__PAGE_TYPE = eINSTANCE.getTable_PageType();

		/**
		 * The meta object literal for the '<em><b>Descriptors</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TABLE__DESCRIPTORS = eINSTANCE.getTable_Descriptors();

		/**
		 * The meta object literal for the '{@link org.p2mdbg.model.impl.DescriptorImpl <em>Descriptor</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.p2mdbg.model.impl.DescriptorImpl
		 * @see org.p2mdbg.model.impl.P2mPackageImpl#getDescriptor()
		 * @generated
		 */
		EClass DESCRIPTOR = eINSTANCE.getDescriptor();

		/**
		 * The meta object literal for the '<em><b>Index</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DESCRIPTOR__INDEX = eINSTANCE.getDescriptor_Index();

		/**
		 * The meta object literal for the '<em><b>Level</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DESCRIPTOR__LEVEL = eINSTANCE.getDescriptor_Level();

		/**
		 * The meta object literal for the '<em><b>Raw</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DESCRIPTOR__RAW = eINSTANCE.getDescriptor_Raw();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DESCRIPTOR__KIND = eINSTANCE.getDescriptor_Kind();

		/**
		 * The meta object literal for the '<em><b>Output Mfn</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DESCRIPTOR__OUTPUT_MFN = eINSTANCE.getDescriptor_OutputMfn();

		/**
		 * The meta object literal for the '<em><b>Input Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DESCRIPTOR__INPUT_START = eINSTANCE.getDescriptor_InputStart();

		/**
		 * The meta object literal for the '<em><b>Input End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DESCRIPTOR__INPUT_END = eINSTANCE.getDescriptor_InputEnd();

		/**
		 * The meta object literal for the '<em><b>Fields</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DESCRIPTOR__FIELDS = eINSTANCE.getDescriptor_Fields();

		/**
		 * The meta object literal for the '<em><b>Child</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DESCRIPTOR__CHILD = eINSTANCE.getDescriptor_Child();

		/**
		 * The meta object literal for the '{@link org.p2mdbg.model.impl.DescriptorFieldImpl <em>Descriptor Field</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.p2mdbg.model.impl.DescriptorFieldImpl
		 * @see org.p2mdbg.model.impl.P2mPackageImpl#getDescriptorField()
		 * @generated
		 */
		EClass DESCRIPTOR_FIELD = eINSTANCE.getDescriptorField();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DESCRIPTOR_FIELD__NAME = eINSTANCE.getDescriptorField_Name();

		/**
		 * The meta object literal for the '<em><b>Bits</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DESCRIPTOR_FIELD__BITS = eINSTANCE.getDescriptorField_Bits();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DESCRIPTOR_FIELD__VALUE = eINSTANCE.getDescriptorField_Value();

		/**
		 * The meta object literal for the '<em><b>Meaning</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DESCRIPTOR_FIELD__MEANING = eINSTANCE.getDescriptorField_Meaning();

		/**
		 * The meta object literal for the '{@link org.p2mdbg.model.impl.DeviceImpl <em>Device</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.p2mdbg.model.impl.DeviceImpl
		 * @see org.p2mdbg.model.impl.P2mPackageImpl#getDevice()
		 * @generated
		 */
		EClass DEVICE = eINSTANCE.getDevice();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__NAME = eINSTANCE.getDevice_Name();

		/**
		 * The meta object literal for the '<em><b>Iommu</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__IOMMU = eINSTANCE.getDevice_Iommu();

		/**
		 * The meta object literal for the '<em><b>Domain</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE__DOMAIN = eINSTANCE.getDevice_Domain();

		/**
		 * The meta object literal for the '<em><b>Context</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DEVICE__CONTEXT = eINSTANCE.getDevice_Context();

		/**
		 * The meta object literal for the '{@link org.p2mdbg.model.impl.IommuContextImpl <em>Iommu Context</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.p2mdbg.model.impl.IommuContextImpl
		 * @see org.p2mdbg.model.impl.P2mPackageImpl#getIommuContext()
		 * @generated
		 */
		EClass IOMMU_CONTEXT = eINSTANCE.getIommuContext();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IOMMU_CONTEXT__KIND = eINSTANCE.getIommuContext_Kind();

		/**
		 * The meta object literal for the '<em><b>Levels</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IOMMU_CONTEXT__LEVELS = eINSTANCE.getIommuContext_Levels();

		/**
		 * The meta object literal for the '<em><b>Shares P2m</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IOMMU_CONTEXT__SHARES_P2M = eINSTANCE.getIommuContext_SharesP2m();

		/**
		 * The meta object literal for the '<em><b>Flush Strategy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IOMMU_CONTEXT__FLUSH_STRATEGY = eINSTANCE.getIommuContext_FlushStrategy();

		/**
		 * The meta object literal for the '<em><b>Shared P2m</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IOMMU_CONTEXT__SHARED_P2M = eINSTANCE.getIommuContext_SharedP2m();

		/**
		 * The meta object literal for the '{@link org.p2mdbg.model.impl.PvAddressSpaceImpl <em>Pv Address Space</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.p2mdbg.model.impl.PvAddressSpaceImpl
		 * @see org.p2mdbg.model.impl.P2mPackageImpl#getPvAddressSpace()
		 * @generated
		 */
		EClass PV_ADDRESS_SPACE = eINSTANCE.getPvAddressSpace();

		/**
		 * The meta object literal for the '<em><b>Swapper Pg Dir Mfn</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PV_ADDRESS_SPACE__SWAPPER_PG_DIR_MFN = eINSTANCE.getPvAddressSpace_SwapperPgDirMfn();

		/**
		 * The meta object literal for the '<em><b>Pgd Mfn</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PV_ADDRESS_SPACE__PGD_MFN = eINSTANCE.getPvAddressSpace_PgdMfn();

		/**
		 * The meta object literal for the '<em><b>User Pgd Mfn</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PV_ADDRESS_SPACE__USER_PGD_MFN = eINSTANCE.getPvAddressSpace_UserPgdMfn();

		/**
		 * The meta object literal for the '<em><b>Pgd Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PV_ADDRESS_SPACE__PGD_TYPE = eINSTANCE.getPvAddressSpace_PgdType();

		/**
		 * The meta object literal for the '<em><b>Pinned</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PV_ADDRESS_SPACE__PINNED = eINSTANCE.getPvAddressSpace_Pinned();

		/**
		 * The meta object literal for the '<em><b>Linux Pinned</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PV_ADDRESS_SPACE__LINUX_PINNED = eINSTANCE.getPvAddressSpace_LinuxPinned();

		/**
		 * The meta object literal for the '<em><b>Cr3 Cpus</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PV_ADDRESS_SPACE__CR3_CPUS = eINSTANCE.getPvAddressSpace_Cr3Cpus();

		/**
		 * The meta object literal for the '<em><b>Cr3 Cpu List</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PV_ADDRESS_SPACE__CR3_CPU_LIST = eINSTANCE.getPvAddressSpace_Cr3CpuList();

		/**
		 * The meta object literal for the '<em><b>Cpumask</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PV_ADDRESS_SPACE__CPUMASK = eINSTANCE.getPvAddressSpace_Cpumask();

		/**
		 * The meta object literal for the '{@link org.p2mdbg.model.impl.VlptImpl <em>Vlpt</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.p2mdbg.model.impl.VlptImpl
		 * @see org.p2mdbg.model.impl.P2mPackageImpl#getVlpt()
		 * @generated
		 */
		EClass VLPT = eINSTANCE.getVlpt();

		/**
		 * The meta object literal for the '<em><b>Window Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VLPT__WINDOW_START = eINSTANCE.getVlpt_WindowStart();

		/**
		 * The meta object literal for the '<em><b>Window End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VLPT__WINDOW_END = eINSTANCE.getVlpt_WindowEnd();

		/**
		 * The meta object literal for the '<em><b>First Slot</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VLPT__FIRST_SLOT = eINSTANCE.getVlpt_FirstSlot();

		/**
		 * The meta object literal for the '<em><b>Slots</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VLPT__SLOTS = eINSTANCE.getVlpt_Slots();

		/**
		 * The meta object literal for the '<em><b>Copy Mfn</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VLPT__COPY_MFN = eINSTANCE.getVlpt_CopyMfn();

		/**
		 * The meta object literal for the '<em><b>Entries</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VLPT__ENTRIES = eINSTANCE.getVlpt_Entries();

		/**
		 * The meta object literal for the '{@link org.p2mdbg.model.impl.VlptSlotImpl <em>Vlpt Slot</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.p2mdbg.model.impl.VlptSlotImpl
		 * @see org.p2mdbg.model.impl.P2mPackageImpl#getVlptSlot()
		 * @generated
		 */
		EClass VLPT_SLOT = eINSTANCE.getVlptSlot();

		/**
		 * The meta object literal for the '<em><b>Xen Second Mfn</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VLPT_SLOT__XEN_SECOND_MFN = eINSTANCE.getVlptSlot_XenSecondMfn();

		/**
		 * The meta object literal for the '<em><b>Copy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VLPT_SLOT__COPY = eINSTANCE.getVlptSlot_Copy();

		/**
		 * The meta object literal for the '<em><b>P2m Root Mfn</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VLPT_SLOT__P2M_ROOT_MFN = eINSTANCE.getVlptSlot_P2mRootMfn();

		/**
		 * The meta object literal for the '<em><b>P2m Index</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VLPT_SLOT__P2M_INDEX = eINSTANCE.getVlptSlot_P2mIndex();

		/**
		 * The meta object literal for the '<em><b>P2m Entry</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VLPT_SLOT__P2M_ENTRY = eINSTANCE.getVlptSlot_P2mEntry();

		/**
		 * The meta object literal for the '<em><b>Ipa Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VLPT_SLOT__IPA_START = eINSTANCE.getVlptSlot_IpaStart();

		/**
		 * The meta object literal for the '<em><b>Ipa End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VLPT_SLOT__IPA_END = eINSTANCE.getVlptSlot_IpaEnd();

		/**
		 * The meta object literal for the '<em><b>Current</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VLPT_SLOT__CURRENT = eINSTANCE.getVlptSlot_Current();

		/**
		 * The meta object literal for the '{@link org.p2mdbg.model.impl.OperationImpl <em>Operation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.p2mdbg.model.impl.OperationImpl
		 * @see org.p2mdbg.model.impl.P2mPackageImpl#getOperation()
		 * @generated
		 */
		EClass OPERATION = eINSTANCE.getOperation();

		/**
		 * The meta object literal for the '<em><b>Index</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPERATION__INDEX = eINSTANCE.getOperation_Index();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPERATION__TEXT = eINSTANCE.getOperation_Text();

		/**
		 * The meta object literal for the '<em><b>First Event</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPERATION__FIRST_EVENT = eINSTANCE.getOperation_FirstEvent();

		/**
		 * The meta object literal for the '<em><b>End Event</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPERATION__END_EVENT = eINSTANCE.getOperation_EndEvent();

		/**
		 * The meta object literal for the '<em><b>Steps</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OPERATION__STEPS = eINSTANCE.getOperation_Steps();

		/**
		 * The meta object literal for the '<em><b>Costs</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OPERATION__COSTS = eINSTANCE.getOperation_Costs();

		/**
		 * The meta object literal for the '{@link org.p2mdbg.model.impl.StepImpl <em>Step</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.p2mdbg.model.impl.StepImpl
		 * @see org.p2mdbg.model.impl.P2mPackageImpl#getStep()
		 * @generated
		 */
		EClass STEP = eINSTANCE.getStep();

		/**
		 * The meta object literal for the '<em><b>Index</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__INDEX = eINSTANCE.getStep_Index();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__KIND = eINSTANCE.getStep_Kind();

		/**
		 * The meta object literal for the '<em><b>Call Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__CALL_PATH = eINSTANCE.getStep_CallPath();

		/**
		 * The meta object literal for the '<em><b>A</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__A = eINSTANCE.getStep_A();

		/**
		 * The meta object literal for the '<em><b>B</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__B = eINSTANCE.getStep_B();

		/**
		 * The meta object literal for the '<em><b>C</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__C = eINSTANCE.getStep_C();

		/**
		 * The meta object literal for the '<em><b>Detail</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STEP__DETAIL = eINSTANCE.getStep_Detail();

		/**
		 * The meta object literal for the '{@link org.p2mdbg.model.impl.FindingImpl <em>Finding</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.p2mdbg.model.impl.FindingImpl
		 * @see org.p2mdbg.model.impl.P2mPackageImpl#getFinding()
		 * @generated
		 */
		EClass FINDING = eINSTANCE.getFinding();

		/**
		 * The meta object literal for the '<em><b>Rule</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__RULE = eINSTANCE.getFinding_Rule();

		/**
		 * The meta object literal for the '<em><b>Message</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__MESSAGE = eINSTANCE.getFinding_Message();

		/**
		 * The meta object literal for the '<em><b>Event</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__EVENT = eINSTANCE.getFinding_Event();

		/**
		 * The meta object literal for the '<em><b>Domain</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__DOMAIN = eINSTANCE.getFinding_Domain();

		/**
		 * The meta object literal for the '<em><b>Mfn</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__MFN = eINSTANCE.getFinding_Mfn();

		/**
		 * The meta object literal for the '<em><b>Gfn</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FINDING__GFN = eINSTANCE.getFinding_Gfn();

		/**
		 * The meta object literal for the '{@link org.p2mdbg.model.impl.CheckpointImpl <em>Checkpoint</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.p2mdbg.model.impl.CheckpointImpl
		 * @see org.p2mdbg.model.impl.P2mPackageImpl#getCheckpoint()
		 * @generated
		 */
		EClass CHECKPOINT = eINSTANCE.getCheckpoint();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKPOINT__NAME = eINSTANCE.getCheckpoint_Name();

		/**
		 * The meta object literal for the '<em><b>Event</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CHECKPOINT__EVENT = eINSTANCE.getCheckpoint_Event();

		/**
		 * The meta object literal for the '{@link org.p2mdbg.model.impl.CostSummaryImpl <em>Cost Summary</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.p2mdbg.model.impl.CostSummaryImpl
		 * @see org.p2mdbg.model.impl.P2mPackageImpl#getCostSummary()
		 * @generated
		 */
		EClass COST_SUMMARY = eINSTANCE.getCostSummary();

		/**
		 * The meta object literal for the '<em><b>Pte Reads</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COST_SUMMARY__PTE_READS = eINSTANCE.getCostSummary_PteReads();

		/**
		 * The meta object literal for the '<em><b>Pte Writes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COST_SUMMARY__PTE_WRITES = eINSTANCE.getCostSummary_PteWrites();

		/**
		 * The meta object literal for the '<em><b>Table Allocs</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COST_SUMMARY__TABLE_ALLOCS = eINSTANCE.getCostSummary_TableAllocs();

		/**
		 * The meta object literal for the '<em><b>Table Frees</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COST_SUMMARY__TABLE_FREES = eINSTANCE.getCostSummary_TableFrees();

		/**
		 * The meta object literal for the '<em><b>Tlb Flushes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COST_SUMMARY__TLB_FLUSHES = eINSTANCE.getCostSummary_TlbFlushes();

		/**
		 * The meta object literal for the '<em><b>Iotlb Flushes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COST_SUMMARY__IOTLB_FLUSHES = eINSTANCE.getCostSummary_IotlbFlushes();

		/**
		 * The meta object literal for the '<em><b>Iotlb Flushes Added</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COST_SUMMARY__IOTLB_FLUSHES_ADDED = eINSTANCE.getCostSummary_IotlbFlushesAdded();

		/**
		 * The meta object literal for the '<em><b>Iotlb Flushes Modified</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COST_SUMMARY__IOTLB_FLUSHES_MODIFIED = eINSTANCE.getCostSummary_IotlbFlushesModified();

		/**
		 * The meta object literal for the '<em><b>Cache Cleans</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COST_SUMMARY__CACHE_CLEANS = eINSTANCE.getCostSummary_CacheCleans();

		/**
		 * The meta object literal for the '<em><b>Preempt Checks</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COST_SUMMARY__PREEMPT_CHECKS = eINSTANCE.getCostSummary_PreemptChecks();

		/**
		 * The meta object literal for the '<em><b>Preemptions</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COST_SUMMARY__PREEMPTIONS = eINSTANCE.getCostSummary_Preemptions();

		/**
		 * The meta object literal for the '<em><b>Page Refs Put</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COST_SUMMARY__PAGE_REFS_PUT = eINSTANCE.getCostSummary_PageRefsPut();

		/**
		 * The meta object literal for the '<em><b>Hypercalls</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COST_SUMMARY__HYPERCALLS = eINSTANCE.getCostSummary_Hypercalls();

		/**
		 * The meta object literal for the '<em><b>Multicall Batches</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COST_SUMMARY__MULTICALL_BATCHES = eINSTANCE.getCostSummary_MulticallBatches();

		/**
		 * The meta object literal for the '<em><b>Trapped Writes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COST_SUMMARY__TRAPPED_WRITES = eINSTANCE.getCostSummary_TrappedWrites();

		/**
		 * The meta object literal for the '<em><b>Direct Writes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COST_SUMMARY__DIRECT_WRITES = eINSTANCE.getCostSummary_DirectWrites();

		/**
		 * The meta object literal for the '<em><b>Ipis</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COST_SUMMARY__IPIS = eINSTANCE.getCostSummary_Ipis();

		/**
		 * The meta object literal for the '<em><b>Cr3 Loads</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute COST_SUMMARY__CR3_LOADS = eINSTANCE.getCostSummary_Cr3Loads();

		/**
		 * The meta object literal for the '{@link org.p2mdbg.model.DescriptorKind <em>Descriptor Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.p2mdbg.model.DescriptorKind
		 * @see org.p2mdbg.model.impl.P2mPackageImpl#getDescriptorKind()
		 * @generated
		 */
		EEnum DESCRIPTOR_KIND = eINSTANCE.getDescriptorKind();

		/**
		 * The meta object literal for the '<em>Mfn</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.p2mdbg.core.mem.Mfn
		 * @see org.p2mdbg.model.impl.P2mPackageImpl#getMfn()
		 * @generated
		 */
		EDataType MFN = eINSTANCE.getMfn();

		/**
		 * The meta object literal for the '<em>Gfn</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.p2mdbg.core.mem.Gfn
		 * @see org.p2mdbg.model.impl.P2mPackageImpl#getGfn()
		 * @generated
		 */
		EDataType GFN = eINSTANCE.getGfn();

		/**
		 * The meta object literal for the '<em>Hex Long</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.p2mdbg.model.impl.P2mPackageImpl#getHexLong()
		 * @generated
		 */
		EDataType HEX_LONG = eINSTANCE.getHexLong();

		/**
		 * The meta object literal for the '<em>Arch</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.p2mdbg.core.machine.Arch
		 * @see org.p2mdbg.model.impl.P2mPackageImpl#getArch()
		 * @generated
		 */
		EDataType ARCH = eINSTANCE.getArch();

		/**
		 * The meta object literal for the '<em>Domain State</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.p2mdbg.core.machine.DomainState
		 * @see org.p2mdbg.model.impl.P2mPackageImpl#getDomainState()
		 * @generated
		 */
		EDataType DOMAIN_STATE = eINSTANCE.getDomainState();

		/**
		 * The meta object literal for the '<em>Frame Kind</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.p2mdbg.core.mem.FrameKind
		 * @see org.p2mdbg.model.impl.P2mPackageImpl#getFrameKind()
		 * @generated
		 */
		EDataType FRAME_KIND = eINSTANCE.getFrameKind();

		/**
		 * The meta object literal for the '<em>Stage</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.p2mdbg.core.format.lpae.Stage
		 * @see org.p2mdbg.model.impl.P2mPackageImpl#getStage()
		 * @generated
		 */
		EDataType STAGE = eINSTANCE.getStage();

		/**
		 * The meta object literal for the '<em>Event Kind</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.p2mdbg.core.trace.EventKind
		 * @see org.p2mdbg.model.impl.P2mPackageImpl#getEventKind()
		 * @generated
		 */
		EDataType EVENT_KIND = eINSTANCE.getEventKind();

	}

} //P2mPackage
