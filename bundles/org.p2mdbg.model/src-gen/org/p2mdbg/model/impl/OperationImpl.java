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

import org.p2mdbg.model.CostSummary;
import org.p2mdbg.model.Operation;
import org.p2mdbg.model.P2mPackage;
import org.p2mdbg.model.Step;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Operation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.p2mdbg.model.impl.OperationImpl#getIndex <em>Index</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.OperationImpl#getText <em>Text</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.OperationImpl#getFirstEvent <em>First Event</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.OperationImpl#getEndEvent <em>End Event</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.OperationImpl#getSteps <em>Steps</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.OperationImpl#getCosts <em>Costs</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OperationImpl extends MinimalEObjectImpl.Container implements Operation {
	/**
	 * The default value of the '{@link #getIndex() <em>Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndex()
	 * @generated
	 * @ordered
	 */
	protected static final int INDEX_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getIndex() <em>Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndex()
	 * @generated
	 * @ordered
	 */
	protected int index = INDEX_EDEFAULT;

	/**
	 * The default value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected String text = TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getFirstEvent() <em>First Event</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstEvent()
	 * @generated
	 * @ordered
	 */
	protected static final long FIRST_EVENT_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getFirstEvent() <em>First Event</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirstEvent()
	 * @generated
	 * @ordered
	 */
	protected long firstEvent = FIRST_EVENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getEndEvent() <em>End Event</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndEvent()
	 * @generated
	 * @ordered
	 */
	protected static final long END_EVENT_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getEndEvent() <em>End Event</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndEvent()
	 * @generated
	 * @ordered
	 */
	protected long endEvent = END_EVENT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSteps() <em>Steps</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSteps()
	 * @generated
	 * @ordered
	 */
	protected EList<Step> steps;

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
	protected OperationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return P2mPackage.Literals.OPERATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getIndex() {
		return index;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIndex(int newIndex) {
		int oldIndex = index;
		index = newIndex;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.OPERATION__INDEX, oldIndex, index));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText() {
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setText(String newText) {
		String oldText = text;
		text = newText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.OPERATION__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getFirstEvent() {
		return firstEvent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFirstEvent(long newFirstEvent) {
		long oldFirstEvent = firstEvent;
		firstEvent = newFirstEvent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.OPERATION__FIRST_EVENT, oldFirstEvent, firstEvent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getEndEvent() {
		return endEvent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndEvent(long newEndEvent) {
		long oldEndEvent = endEvent;
		endEvent = newEndEvent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.OPERATION__END_EVENT, oldEndEvent, endEvent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Step> getSteps() {
		if (steps == null) {
			steps = new EObjectContainmentEList<Step>(Step.class, this, P2mPackage.OPERATION__STEPS);
		}
		return steps;
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, P2mPackage.OPERATION__COSTS, oldCosts, newCosts);
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
				msgs = ((InternalEObject)costs).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - P2mPackage.OPERATION__COSTS, null, msgs);
			if (newCosts != null)
				msgs = ((InternalEObject)newCosts).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - P2mPackage.OPERATION__COSTS, null, msgs);
			msgs = basicSetCosts(newCosts, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.OPERATION__COSTS, newCosts, newCosts));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case P2mPackage.OPERATION__STEPS:
				return ((InternalEList<?>)getSteps()).basicRemove(otherEnd, msgs);
			case P2mPackage.OPERATION__COSTS:
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
			case P2mPackage.OPERATION__INDEX:
				return getIndex();
			case P2mPackage.OPERATION__TEXT:
				return getText();
			case P2mPackage.OPERATION__FIRST_EVENT:
				return getFirstEvent();
			case P2mPackage.OPERATION__END_EVENT:
				return getEndEvent();
			case P2mPackage.OPERATION__STEPS:
				return getSteps();
			case P2mPackage.OPERATION__COSTS:
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
			case P2mPackage.OPERATION__INDEX:
				setIndex((Integer)newValue);
				return;
			case P2mPackage.OPERATION__TEXT:
				setText((String)newValue);
				return;
			case P2mPackage.OPERATION__FIRST_EVENT:
				setFirstEvent((Long)newValue);
				return;
			case P2mPackage.OPERATION__END_EVENT:
				setEndEvent((Long)newValue);
				return;
			case P2mPackage.OPERATION__STEPS:
				getSteps().clear();
				getSteps().addAll((Collection<? extends Step>)newValue);
				return;
			case P2mPackage.OPERATION__COSTS:
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
			case P2mPackage.OPERATION__INDEX:
				setIndex(INDEX_EDEFAULT);
				return;
			case P2mPackage.OPERATION__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case P2mPackage.OPERATION__FIRST_EVENT:
				setFirstEvent(FIRST_EVENT_EDEFAULT);
				return;
			case P2mPackage.OPERATION__END_EVENT:
				setEndEvent(END_EVENT_EDEFAULT);
				return;
			case P2mPackage.OPERATION__STEPS:
				getSteps().clear();
				return;
			case P2mPackage.OPERATION__COSTS:
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
			case P2mPackage.OPERATION__INDEX:
				return index != INDEX_EDEFAULT;
			case P2mPackage.OPERATION__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
			case P2mPackage.OPERATION__FIRST_EVENT:
				return firstEvent != FIRST_EVENT_EDEFAULT;
			case P2mPackage.OPERATION__END_EVENT:
				return endEvent != END_EVENT_EDEFAULT;
			case P2mPackage.OPERATION__STEPS:
				return steps != null && !steps.isEmpty();
			case P2mPackage.OPERATION__COSTS:
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
		result.append(" (index: ");
		result.append(index);
		result.append(", text: ");
		result.append(text);
		result.append(", firstEvent: ");
		result.append(firstEvent);
		result.append(", endEvent: ");
		result.append(endEvent);
		result.append(')');
		return result.toString();
	}

} //OperationImpl
