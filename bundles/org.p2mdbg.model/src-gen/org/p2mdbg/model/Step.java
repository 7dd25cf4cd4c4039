/**
 */
package org.p2mdbg.model;

import org.eclipse.emf.ecore.EObject;

import org.p2mdbg.core.trace.EventKind;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Step</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One recorded micro-step (event); the meaning of a, b and c depends on the kind (see EventKind).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.p2mdbg.model.Step#getIndex <em>Index</em>}</li>
 *   <li>{@link org.p2mdbg.model.Step#getKind <em>Kind</em>}</li>
 *   <li>{@link org.p2mdbg.model.Step#getCallPath <em>Call Path</em>}</li>
 *   <li>{@link org.p2mdbg.model.Step#getA <em>A</em>}</li>
 *   <li>{@link org.p2mdbg.model.Step#getB <em>B</em>}</li>
 *   <li>{@link org.p2mdbg.model.Step#getC <em>C</em>}</li>
 *   <li>{@link org.p2mdbg.model.Step#getDetail <em>Detail</em>}</li>
 * </ul>
 *
 * @see org.p2mdbg.model.P2mPackage#getStep()
 * @model
 * @generated
 */
public interface Step extends EObject {
	/**
	 * Returns the value of the '<em><b>Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Index</em>' attribute.
	 * @see #setIndex(long)
	 * @see org.p2mdbg.model.P2mPackage#getStep_Index()
	 * @model
	 * @generated
	 */
	long getIndex();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.Step#getIndex <em>Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Index</em>' attribute.
	 * @see #getIndex()
	 * @generated
	 */
	void setIndex(long value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see #setKind(EventKind)
	 * @see org.p2mdbg.model.P2mPackage#getStep_Kind()
	 * @model dataType="org.p2mdbg.model.EventKind"
	 * @generated
	 */
	EventKind getKind();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.Step#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see #getKind()
	 * @generated
	 */
	void setKind(EventKind value);

	/**
	 * Returns the value of the '<em><b>Call Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Call Path</em>' attribute.
	 * @see #setCallPath(String)
	 * @see org.p2mdbg.model.P2mPackage#getStep_CallPath()
	 * @model
	 * @generated
	 */
	String getCallPath();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.Step#getCallPath <em>Call Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Call Path</em>' attribute.
	 * @see #getCallPath()
	 * @generated
	 */
	void setCallPath(String value);

	/**
	 * Returns the value of the '<em><b>A</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>A</em>' attribute.
	 * @see #setA(long)
	 * @see org.p2mdbg.model.P2mPackage#getStep_A()
	 * @model dataType="org.p2mdbg.model.HexLong"
	 * @generated
	 */
	long getA();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.Step#getA <em>A</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>A</em>' attribute.
	 * @see #getA()
	 * @generated
	 */
	void setA(long value);

	/**
	 * Returns the value of the '<em><b>B</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>B</em>' attribute.
	 * @see #setB(long)
	 * @see org.p2mdbg.model.P2mPackage#getStep_B()
	 * @model dataType="org.p2mdbg.model.HexLong"
	 * @generated
	 */
	long getB();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.Step#getB <em>B</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>B</em>' attribute.
	 * @see #getB()
	 * @generated
	 */
	void setB(long value);

	/**
	 * Returns the value of the '<em><b>C</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>C</em>' attribute.
	 * @see #setC(long)
	 * @see org.p2mdbg.model.P2mPackage#getStep_C()
	 * @model dataType="org.p2mdbg.model.HexLong"
	 * @generated
	 */
	long getC();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.Step#getC <em>C</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>C</em>' attribute.
	 * @see #getC()
	 * @generated
	 */
	void setC(long value);

	/**
	 * Returns the value of the '<em><b>Detail</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Detail</em>' attribute.
	 * @see #setDetail(String)
	 * @see org.p2mdbg.model.P2mPackage#getStep_Detail()
	 * @model
	 * @generated
	 */
	String getDetail();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.Step#getDetail <em>Detail</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Detail</em>' attribute.
	 * @see #getDetail()
	 * @generated
	 */
	void setDetail(String value);

} // Step
