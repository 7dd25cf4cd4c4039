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

import org.p2mdbg.model.Descriptor;
import org.p2mdbg.model.DescriptorField;
import org.p2mdbg.model.DescriptorKind;
import org.p2mdbg.model.P2mPackage;
import org.p2mdbg.model.Table;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Descriptor</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.p2mdbg.model.impl.DescriptorImpl#getIndex <em>Index</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.DescriptorImpl#getLevel <em>Level</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.DescriptorImpl#getRaw <em>Raw</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.DescriptorImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.DescriptorImpl#getOutputMfn <em>Output Mfn</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.DescriptorImpl#getInputStart <em>Input Start</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.DescriptorImpl#getInputEnd <em>Input End</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.DescriptorImpl#getFields <em>Fields</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.DescriptorImpl#getChild <em>Child</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DescriptorImpl extends MinimalEObjectImpl.Container implements Descriptor {
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
	 * The default value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected static final int LEVEL_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getLevel() <em>Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLevel()
	 * @generated
	 * @ordered
	 */
	protected int level = LEVEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getRaw() <em>Raw</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRaw()
	 * @generated
	 * @ordered
	 */
	protected static final long RAW_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getRaw() <em>Raw</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRaw()
	 * @generated
	 * @ordered
	 */
	protected long raw = RAW_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final DescriptorKind KIND_EDEFAULT = DescriptorKind.INVALID;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected DescriptorKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getOutputMfn() <em>Output Mfn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutputMfn()
	 * @generated
	 * @ordered
	 */
	protected static final Mfn OUTPUT_MFN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOutputMfn() <em>Output Mfn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOutputMfn()
	 * @generated
	 * @ordered
	 */
	protected Mfn outputMfn = OUTPUT_MFN_EDEFAULT;

	/**
	 * The default value of the '{@link #getInputStart() <em>Input Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInputStart()
	 * @generated
	 * @ordered
	 */
	protected static final long INPUT_START_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getInputStart() <em>Input Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInputStart()
	 * @generated
	 * @ordered
	 */
	protected long inputStart = INPUT_START_EDEFAULT;

	/**
	 * The default value of the '{@link #getInputEnd() <em>Input End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInputEnd()
	 * @generated
	 * @ordered
	 */
	protected static final long INPUT_END_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getInputEnd() <em>Input End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInputEnd()
	 * @generated
	 * @ordered
	 */
	protected long inputEnd = INPUT_END_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFields() <em>Fields</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFields()
	 * @generated
	 * @ordered
	 */
	protected EList<DescriptorField> fields;

	/**
	 * The cached value of the '{@link #getChild() <em>Child</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChild()
	 * @generated
	 * @ordered
	 */
	protected Table child;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DescriptorImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return P2mPackage.Literals.DESCRIPTOR;
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
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.DESCRIPTOR__INDEX, oldIndex, index));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLevel() {
		return level;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLevel(int newLevel) {
		int oldLevel = level;
		level = newLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.DESCRIPTOR__LEVEL, oldLevel, level));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getRaw() {
		return raw;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRaw(long newRaw) {
		long oldRaw = raw;
		raw = newRaw;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.DESCRIPTOR__RAW, oldRaw, raw));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DescriptorKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(DescriptorKind newKind) {
		DescriptorKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.DESCRIPTOR__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Mfn getOutputMfn() {
		return outputMfn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOutputMfn(Mfn newOutputMfn) {
		Mfn oldOutputMfn = outputMfn;
		outputMfn = newOutputMfn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.DESCRIPTOR__OUTPUT_MFN, oldOutputMfn, outputMfn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getInputStart() {
		return inputStart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInputStart(long newInputStart) {
		long oldInputStart = inputStart;
		inputStart = newInputStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.DESCRIPTOR__INPUT_START, oldInputStart, inputStart));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getInputEnd() {
		return inputEnd;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInputEnd(long newInputEnd) {
		long oldInputEnd = inputEnd;
		inputEnd = newInputEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.DESCRIPTOR__INPUT_END, oldInputEnd, inputEnd));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DescriptorField> getFields() {
		if (fields == null) {
			fields = new EObjectContainmentEList<DescriptorField>(DescriptorField.class, this, P2mPackage.DESCRIPTOR__FIELDS);
		}
		return fields;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Table getChild() {
		return child;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetChild(Table newChild, NotificationChain msgs) {
		Table oldChild = child;
		child = newChild;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, P2mPackage.DESCRIPTOR__CHILD, oldChild, newChild);
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
	public void setChild(Table newChild) {
		if (newChild != child) {
			NotificationChain msgs = null;
			if (child != null)
				msgs = ((InternalEObject)child).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - P2mPackage.DESCRIPTOR__CHILD, null, msgs);
			if (newChild != null)
				msgs = ((InternalEObject)newChild).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - P2mPackage.DESCRIPTOR__CHILD, null, msgs);
			msgs = basicSetChild(newChild, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.DESCRIPTOR__CHILD, newChild, newChild));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case P2mPackage.DESCRIPTOR__FIELDS:
				return ((InternalEList<?>)getFields()).basicRemove(otherEnd, msgs);
			case P2mPackage.DESCRIPTOR__CHILD:
				return basicSetChild(null, msgs);
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
			case P2mPackage.DESCRIPTOR__INDEX:
				return getIndex();
			case P2mPackage.DESCRIPTOR__LEVEL:
				return getLevel();
			case P2mPackage.DESCRIPTOR__RAW:
				return getRaw();
			case P2mPackage.DESCRIPTOR__KIND:
				return getKind();
			case P2mPackage.DESCRIPTOR__OUTPUT_MFN:
				return getOutputMfn();
			case P2mPackage.DESCRIPTOR__INPUT_START:
				return getInputStart();
			case P2mPackage.DESCRIPTOR__INPUT_END:
				return getInputEnd();
			case P2mPackage.DESCRIPTOR__FIELDS:
				return getFields();
			case P2mPackage.DESCRIPTOR__CHILD:
				return getChild();
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
			case P2mPackage.DESCRIPTOR__INDEX:
				setIndex((Integer)newValue);
				return;
			case P2mPackage.DESCRIPTOR__LEVEL:
				setLevel((Integer)newValue);
				return;
			case P2mPackage.DESCRIPTOR__RAW:
				setRaw((Long)newValue);
				return;
			case P2mPackage.DESCRIPTOR__KIND:
				setKind((DescriptorKind)newValue);
				return;
			case P2mPackage.DESCRIPTOR__OUTPUT_MFN:
				setOutputMfn((Mfn)newValue);
				return;
			case P2mPackage.DESCRIPTOR__INPUT_START:
				setInputStart((Long)newValue);
				return;
			case P2mPackage.DESCRIPTOR__INPUT_END:
				setInputEnd((Long)newValue);
				return;
			case P2mPackage.DESCRIPTOR__FIELDS:
				getFields().clear();
				getFields().addAll((Collection<? extends DescriptorField>)newValue);
				return;
			case P2mPackage.DESCRIPTOR__CHILD:
				setChild((Table)newValue);
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
			case P2mPackage.DESCRIPTOR__INDEX:
				setIndex(INDEX_EDEFAULT);
				return;
			case P2mPackage.DESCRIPTOR__LEVEL:
				setLevel(LEVEL_EDEFAULT);
				return;
			case P2mPackage.DESCRIPTOR__RAW:
				setRaw(RAW_EDEFAULT);
				return;
			case P2mPackage.DESCRIPTOR__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case P2mPackage.DESCRIPTOR__OUTPUT_MFN:
				setOutputMfn(OUTPUT_MFN_EDEFAULT);
				return;
			case P2mPackage.DESCRIPTOR__INPUT_START:
				setInputStart(INPUT_START_EDEFAULT);
				return;
			case P2mPackage.DESCRIPTOR__INPUT_END:
				setInputEnd(INPUT_END_EDEFAULT);
				return;
			case P2mPackage.DESCRIPTOR__FIELDS:
				getFields().clear();
				return;
			case P2mPackage.DESCRIPTOR__CHILD:
				setChild((Table)null);
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
			case P2mPackage.DESCRIPTOR__INDEX:
				return index != INDEX_EDEFAULT;
			case P2mPackage.DESCRIPTOR__LEVEL:
				return level != LEVEL_EDEFAULT;
			case P2mPackage.DESCRIPTOR__RAW:
				return raw != RAW_EDEFAULT;
			case P2mPackage.DESCRIPTOR__KIND:
				return kind != KIND_EDEFAULT;
			case P2mPackage.DESCRIPTOR__OUTPUT_MFN:
				return OUTPUT_MFN_EDEFAULT == null ? outputMfn != null : !OUTPUT_MFN_EDEFAULT.equals(outputMfn);
			case P2mPackage.DESCRIPTOR__INPUT_START:
				return inputStart != INPUT_START_EDEFAULT;
			case P2mPackage.DESCRIPTOR__INPUT_END:
				return inputEnd != INPUT_END_EDEFAULT;
			case P2mPackage.DESCRIPTOR__FIELDS:
				return fields != null && !fields.isEmpty();
			case P2mPackage.DESCRIPTOR__CHILD:
				return child != null;
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
		result.append(", level: ");
		result.append(level);
		result.append(", raw: ");
		result.append(raw);
		result.append(", kind: ");
		result.append(kind);
		result.append(", outputMfn: ");
		result.append(outputMfn);
		result.append(", inputStart: ");
		result.append(inputStart);
		result.append(", inputEnd: ");
		result.append(inputEnd);
		result.append(')');
		return result.toString();
	}

} //DescriptorImpl
