/**
 */
package org.p2mdbg.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Operation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.p2mdbg.model.Operation#getIndex <em>Index</em>}</li>
 *   <li>{@link org.p2mdbg.model.Operation#getText <em>Text</em>}</li>
 *   <li>{@link org.p2mdbg.model.Operation#getFirstEvent <em>First Event</em>}</li>
 *   <li>{@link org.p2mdbg.model.Operation#getEndEvent <em>End Event</em>}</li>
 *   <li>{@link org.p2mdbg.model.Operation#getSteps <em>Steps</em>}</li>
 *   <li>{@link org.p2mdbg.model.Operation#getCosts <em>Costs</em>}</li>
 * </ul>
 *
 * @see org.p2mdbg.model.P2mPackage#getOperation()
 * @model
 * @generated
 */
public interface Operation extends EObject {
	/**
	 * Returns the value of the '<em><b>Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Index</em>' attribute.
	 * @see #setIndex(int)
	 * @see org.p2mdbg.model.P2mPackage#getOperation_Index()
	 * @model
	 * @generated
	 */
	int getIndex();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.Operation#getIndex <em>Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Index</em>' attribute.
	 * @see #getIndex()
	 * @generated
	 */
	void setIndex(int value);

	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.p2mdbg.model.P2mPackage#getOperation_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.Operation#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>First Event</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>First Event</em>' attribute.
	 * @see #setFirstEvent(long)
	 * @see org.p2mdbg.model.P2mPackage#getOperation_FirstEvent()
	 * @model
	 * @generated
	 */
	long getFirstEvent();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.Operation#getFirstEvent <em>First Event</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>First Event</em>' attribute.
	 * @see #getFirstEvent()
	 * @generated
	 */
	void setFirstEvent(long value);

	/**
	 * Returns the value of the '<em><b>End Event</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One past the operation's last event.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>End Event</em>' attribute.
	 * @see #setEndEvent(long)
	 * @see org.p2mdbg.model.P2mPackage#getOperation_EndEvent()
	 * @model
	 * @generated
	 */
	long getEndEvent();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.Operation#getEndEvent <em>End Event</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Event</em>' attribute.
	 * @see #getEndEvent()
	 * @generated
	 */
	void setEndEvent(long value);

	/**
	 * Returns the value of the '<em><b>Steps</b></em>' containment reference list.
	 * The list contents are of type {@link org.p2mdbg.model.Step}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The materialised events of the operation (the first page, plus the pages asked for).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Steps</em>' containment reference list.
	 * @see org.p2mdbg.model.P2mPackage#getOperation_Steps()
	 * @model containment="true"
	 * @generated
	 */
	EList<Step> getSteps();

	/**
	 * Returns the value of the '<em><b>Costs</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Costs</em>' containment reference.
	 * @see #setCosts(CostSummary)
	 * @see org.p2mdbg.model.P2mPackage#getOperation_Costs()
	 * @model containment="true"
	 * @generated
	 */
	CostSummary getCosts();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.Operation#getCosts <em>Costs</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Costs</em>' containment reference.
	 * @see #getCosts()
	 * @generated
	 */
	void setCosts(CostSummary value);

} // Operation
