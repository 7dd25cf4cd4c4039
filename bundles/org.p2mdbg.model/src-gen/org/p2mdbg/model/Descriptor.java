/**
 */
package org.p2mdbg.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

import org.p2mdbg.core.mem.Mfn;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Descriptor</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One 64-bit VMSAv8-64 descriptor of a table, decoded.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.p2mdbg.model.Descriptor#getIndex <em>Index</em>}</li>
 *   <li>{@link org.p2mdbg.model.Descriptor#getLevel <em>Level</em>}</li>
 *   <li>{@link org.p2mdbg.model.Descriptor#getRaw <em>Raw</em>}</li>
 *   <li>{@link org.p2mdbg.model.Descriptor#getKind <em>Kind</em>}</li>
 *   <li>{@link org.p2mdbg.model.Descriptor#getOutputMfn <em>Output Mfn</em>}</li>
 *   <li>{@link org.p2mdbg.model.Descriptor#getInputStart <em>Input Start</em>}</li>
 *   <li>{@link org.p2mdbg.model.Descriptor#getInputEnd <em>Input End</em>}</li>
 *   <li>{@link org.p2mdbg.model.Descriptor#getFields <em>Fields</em>}</li>
 *   <li>{@link org.p2mdbg.model.Descriptor#getChild <em>Child</em>}</li>
 * </ul>
 *
 * @see org.p2mdbg.model.P2mPackage#getDescriptor()
 * @model
 * @generated
 */
public interface Descriptor extends EObject {
	/**
	 * Returns the value of the '<em><b>Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Index</em>' attribute.
	 * @see #setIndex(int)
	 * @see org.p2mdbg.model.P2mPackage#getDescriptor_Index()
	 * @model
	 * @generated
	 */
	int getIndex();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.Descriptor#getIndex <em>Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Index</em>' attribute.
	 * @see #getIndex()
	 * @generated
	 */
	void setIndex(int value);

	/**
	 * Returns the value of the '<em><b>Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Level</em>' attribute.
	 * @see #setLevel(int)
	 * @see org.p2mdbg.model.P2mPackage#getDescriptor_Level()
	 * @model
	 * @generated
	 */
	int getLevel();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.Descriptor#getLevel <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Level</em>' attribute.
	 * @see #getLevel()
	 * @generated
	 */
	void setLevel(int value);

	/**
	 * Returns the value of the '<em><b>Raw</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Raw</em>' attribute.
	 * @see #setRaw(long)
	 * @see org.p2mdbg.model.P2mPackage#getDescriptor_Raw()
	 * @model dataType="org.p2mdbg.model.HexLong"
	 * @generated
	 */
	long getRaw();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.Descriptor#getRaw <em>Raw</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Raw</em>' attribute.
	 * @see #getRaw()
	 * @generated
	 */
	void setRaw(long value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.p2mdbg.model.DescriptorKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.p2mdbg.model.DescriptorKind
	 * @see #setKind(DescriptorKind)
	 * @see org.p2mdbg.model.P2mPackage#getDescriptor_Kind()
	 * @model
	 * @generated
	 */
	DescriptorKind getKind();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.Descriptor#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.p2mdbg.model.DescriptorKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(DescriptorKind value);

	/**
	 * Returns the value of the '<em><b>Output Mfn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The output address [47:12]: the mapped frame, or the next-level table; INVALID_MFN for an invalid descriptor.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Output Mfn</em>' attribute.
	 * @see #setOutputMfn(Mfn)
	 * @see org.p2mdbg.model.P2mPackage#getDescriptor_OutputMfn()
	 * @model dataType="org.p2mdbg.model.Mfn"
	 * @generated
	 */
	Mfn getOutputMfn();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.Descriptor#getOutputMfn <em>Output Mfn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Output Mfn</em>' attribute.
	 * @see #getOutputMfn()
	 * @generated
	 */
	void setOutputMfn(Mfn value);

	/**
	 * Returns the value of the '<em><b>Input Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The first input address (IPA or VA) this descriptor covers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Input Start</em>' attribute.
	 * @see #setInputStart(long)
	 * @see org.p2mdbg.model.P2mPackage#getDescriptor_InputStart()
	 * @model dataType="org.p2mdbg.model.HexLong"
	 * @generated
	 */
	long getInputStart();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.Descriptor#getInputStart <em>Input Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Input Start</em>' attribute.
	 * @see #getInputStart()
	 * @generated
	 */
	void setInputStart(long value);

	/**
	 * Returns the value of the '<em><b>Input End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The last input address (inclusive) this descriptor covers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Input End</em>' attribute.
	 * @see #setInputEnd(long)
	 * @see org.p2mdbg.model.P2mPackage#getDescriptor_InputEnd()
	 * @model dataType="org.p2mdbg.model.HexLong"
	 * @generated
	 */
	long getInputEnd();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.Descriptor#getInputEnd <em>Input End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Input End</em>' attribute.
	 * @see #getInputEnd()
	 * @generated
	 */
	void setInputEnd(long value);

	/**
	 * Returns the value of the '<em><b>Fields</b></em>' containment reference list.
	 * The list contents are of type {@link org.p2mdbg.model.DescriptorField}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Every bit field, decoded (filled when first asked for).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fields</em>' containment reference list.
	 * @see org.p2mdbg.model.P2mPackage#getDescriptor_Fields()
	 * @model containment="true"
	 * @generated
	 */
	EList<DescriptorField> getFields();

	/**
	 * Returns the value of the '<em><b>Child</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The next-level table of a table descriptor (created when first asked for).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Child</em>' containment reference.
	 * @see #setChild(Table)
	 * @see org.p2mdbg.model.P2mPackage#getDescriptor_Child()
	 * @model containment="true"
	 * @generated
	 */
	Table getChild();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.Descriptor#getChild <em>Child</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Child</em>' containment reference.
	 * @see #getChild()
	 * @generated
	 */
	void setChild(Table value);

} // Descriptor
