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

import org.p2mdbg.core.format.lpae.Stage;

import org.p2mdbg.core.mem.Mfn;

import org.p2mdbg.model.P2mPackage;
import org.p2mdbg.model.Table;
import org.p2mdbg.model.TranslationTables;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Translation Tables</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.p2mdbg.model.impl.TranslationTablesImpl#getRootMfn <em>Root Mfn</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.TranslationTablesImpl#getRootLevel <em>Root Level</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.TranslationTablesImpl#getRootPages <em>Root Pages</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.TranslationTablesImpl#getStage <em>Stage</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.TranslationTablesImpl#getTables <em>Tables</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class TranslationTablesImpl extends MinimalEObjectImpl.Container implements TranslationTables {
	/**
	 * The default value of the '{@link #getRootMfn() <em>Root Mfn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRootMfn()
	 * @generated
	 * @ordered
	 */
	protected static final Mfn ROOT_MFN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRootMfn() <em>Root Mfn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRootMfn()
	 * @generated
	 * @ordered
	 */
	protected Mfn rootMfn = ROOT_MFN_EDEFAULT;

	/**
	 * The default value of the '{@link #getRootLevel() <em>Root Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRootLevel()
	 * @generated
	 * @ordered
	 */
	protected static final int ROOT_LEVEL_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getRootLevel() <em>Root Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRootLevel()
	 * @generated
	 * @ordered
	 */
	protected int rootLevel = ROOT_LEVEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getRootPages() <em>Root Pages</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRootPages()
	 * @generated
	 * @ordered
	 */
	protected static final int ROOT_PAGES_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getRootPages() <em>Root Pages</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRootPages()
	 * @generated
	 * @ordered
	 */
	protected int rootPages = ROOT_PAGES_EDEFAULT;

	/**
	 * The default value of the '{@link #getStage() <em>Stage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStage()
	 * @generated
	 * @ordered
	 */
	protected static final Stage STAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStage() <em>Stage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStage()
	 * @generated
	 * @ordered
	 */
	protected Stage stage = STAGE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTables() <em>Tables</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTables()
	 * @generated
	 * @ordered
	 */
	protected EList<Table> tables;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TranslationTablesImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return P2mPackage.Literals.TRANSLATION_TABLES;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Mfn getRootMfn() {
		return rootMfn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRootMfn(Mfn newRootMfn) {
		Mfn oldRootMfn = rootMfn;
		rootMfn = newRootMfn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.TRANSLATION_TABLES__ROOT_MFN, oldRootMfn, rootMfn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRootLevel() {
		return rootLevel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRootLevel(int newRootLevel) {
		int oldRootLevel = rootLevel;
		rootLevel = newRootLevel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.TRANSLATION_TABLES__ROOT_LEVEL, oldRootLevel, rootLevel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRootPages() {
		return rootPages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRootPages(int newRootPages) {
		int oldRootPages = rootPages;
		rootPages = newRootPages;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.TRANSLATION_TABLES__ROOT_PAGES, oldRootPages, rootPages));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Stage getStage() {
		return stage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStage(Stage newStage) {
		Stage oldStage = stage;
		stage = newStage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.TRANSLATION_TABLES__STAGE, oldStage, stage));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Table> getTables() {
		if (tables == null) {
			tables = new EObjectContainmentEList<Table>(Table.class, this, P2mPackage.TRANSLATION_TABLES__TABLES);
		}
		return tables;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case P2mPackage.TRANSLATION_TABLES__TABLES:
				return ((InternalEList<?>)getTables()).basicRemove(otherEnd, msgs);
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
			case P2mPackage.TRANSLATION_TABLES__ROOT_MFN:
				return getRootMfn();
			case P2mPackage.TRANSLATION_TABLES__ROOT_LEVEL:
				return getRootLevel();
			case P2mPackage.TRANSLATION_TABLES__ROOT_PAGES:
				return getRootPages();
			case P2mPackage.TRANSLATION_TABLES__STAGE:
				return getStage();
			case P2mPackage.TRANSLATION_TABLES__TABLES:
				return getTables();
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
			case P2mPackage.TRANSLATION_TABLES__ROOT_MFN:
				setRootMfn((Mfn)newValue);
				return;
			case P2mPackage.TRANSLATION_TABLES__ROOT_LEVEL:
				setRootLevel((Integer)newValue);
				return;
			case P2mPackage.TRANSLATION_TABLES__ROOT_PAGES:
				setRootPages((Integer)newValue);
				return;
			case P2mPackage.TRANSLATION_TABLES__STAGE:
				setStage((Stage)newValue);
				return;
			case P2mPackage.TRANSLATION_TABLES__TABLES:
				getTables().clear();
				getTables().addAll((Collection<? extends Table>)newValue);
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
			case P2mPackage.TRANSLATION_TABLES__ROOT_MFN:
				setRootMfn(ROOT_MFN_EDEFAULT);
				return;
			case P2mPackage.TRANSLATION_TABLES__ROOT_LEVEL:
				setRootLevel(ROOT_LEVEL_EDEFAULT);
				return;
			case P2mPackage.TRANSLATION_TABLES__ROOT_PAGES:
				setRootPages(ROOT_PAGES_EDEFAULT);
				return;
			case P2mPackage.TRANSLATION_TABLES__STAGE:
				setStage(STAGE_EDEFAULT);
				return;
			case P2mPackage.TRANSLATION_TABLES__TABLES:
				getTables().clear();
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
			case P2mPackage.TRANSLATION_TABLES__ROOT_MFN:
				return ROOT_MFN_EDEFAULT == null ? rootMfn != null : !ROOT_MFN_EDEFAULT.equals(rootMfn);
			case P2mPackage.TRANSLATION_TABLES__ROOT_LEVEL:
				return rootLevel != ROOT_LEVEL_EDEFAULT;
			case P2mPackage.TRANSLATION_TABLES__ROOT_PAGES:
				return rootPages != ROOT_PAGES_EDEFAULT;
			case P2mPackage.TRANSLATION_TABLES__STAGE:
				return STAGE_EDEFAULT == null ? stage != null : !STAGE_EDEFAULT.equals(stage);
			case P2mPackage.TRANSLATION_TABLES__TABLES:
				return tables != null && !tables.isEmpty();
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
		result.append(" (rootMfn: ");
		result.append(rootMfn);
		result.append(", rootLevel: ");
		result.append(rootLevel);
		result.append(", rootPages: ");
		result.append(rootPages);
		result.append(", stage: ");
		result.append(stage);
		result.append(')');
		return result.toString();
	}

} //TranslationTablesImpl
