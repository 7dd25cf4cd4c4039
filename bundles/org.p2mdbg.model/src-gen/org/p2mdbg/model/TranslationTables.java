/**
 */
package org.p2mdbg.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

import org.p2mdbg.core.format.lpae.Stage;

import org.p2mdbg.core.mem.Mfn;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Translation Tables</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A tree of LPAE tables: its root (one or more concatenated pages) and the tables below it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.p2mdbg.model.TranslationTables#getRootMfn <em>Root Mfn</em>}</li>
 *   <li>{@link org.p2mdbg.model.TranslationTables#getRootLevel <em>Root Level</em>}</li>
 *   <li>{@link org.p2mdbg.model.TranslationTables#getRootPages <em>Root Pages</em>}</li>
 *   <li>{@link org.p2mdbg.model.TranslationTables#getStage <em>Stage</em>}</li>
 *   <li>{@link org.p2mdbg.model.TranslationTables#getTables <em>Tables</em>}</li>
 * </ul>
 *
 * @see org.p2mdbg.model.P2mPackage#getTranslationTables()
 * @model abstract="true"
 * @generated
 */
public interface TranslationTables extends EObject {
	/**
	 * Returns the value of the '<em><b>Root Mfn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Root Mfn</em>' attribute.
	 * @see #setRootMfn(Mfn)
	 * @see org.p2mdbg.model.P2mPackage#getTranslationTables_RootMfn()
	 * @model dataType="org.p2mdbg.model.Mfn"
	 * @generated
	 */
	Mfn getRootMfn();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.TranslationTables#getRootMfn <em>Root Mfn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Root Mfn</em>' attribute.
	 * @see #getRootMfn()
	 * @generated
	 */
	void setRootMfn(Mfn value);

	/**
	 * Returns the value of the '<em><b>Root Level</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Root Level</em>' attribute.
	 * @see #setRootLevel(int)
	 * @see org.p2mdbg.model.P2mPackage#getTranslationTables_RootLevel()
	 * @model
	 * @generated
	 */
	int getRootLevel();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.TranslationTables#getRootLevel <em>Root Level</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Root Level</em>' attribute.
	 * @see #getRootLevel()
	 * @generated
	 */
	void setRootLevel(int value);

	/**
	 * Returns the value of the '<em><b>Root Pages</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Root Pages</em>' attribute.
	 * @see #setRootPages(int)
	 * @see org.p2mdbg.model.P2mPackage#getTranslationTables_RootPages()
	 * @model
	 * @generated
	 */
	int getRootPages();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.TranslationTables#getRootPages <em>Root Pages</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Root Pages</em>' attribute.
	 * @see #getRootPages()
	 * @generated
	 */
	void setRootPages(int value);

	/**
	 * Returns the value of the '<em><b>Stage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stage</em>' attribute.
	 * @see #setStage(Stage)
	 * @see org.p2mdbg.model.P2mPackage#getTranslationTables_Stage()
	 * @model dataType="org.p2mdbg.model.Stage"
	 * @generated
	 */
	Stage getStage();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.TranslationTables#getStage <em>Stage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stage</em>' attribute.
	 * @see #getStage()
	 * @generated
	 */
	void setStage(Stage value);

	/**
	 * Returns the value of the '<em><b>Tables</b></em>' containment reference list.
	 * The list contents are of type {@link org.p2mdbg.model.Table}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The root tables, one per concatenated root page.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tables</em>' containment reference list.
	 * @see org.p2mdbg.model.P2mPackage#getTranslationTables_Tables()
	 * @model containment="true"
	 * @generated
	 */
	EList<Table> getTables();

} // TranslationTables
