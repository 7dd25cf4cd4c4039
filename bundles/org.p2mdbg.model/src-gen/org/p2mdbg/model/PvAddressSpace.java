/**
 */
package org.p2mdbg.model;

import org.p2mdbg.core.mem.Mfn;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Pv Address Space</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A 64-bit PV guest process's address space: x86-64 4-level tables whose root tables are the pgd (the kernel-mode L4) and the user pgd paired with it, which shares its lower tables.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.p2mdbg.model.PvAddressSpace#getSwapperPgDirMfn <em>Swapper Pg Dir Mfn</em>}</li>
 *   <li>{@link org.p2mdbg.model.PvAddressSpace#getPgdMfn <em>Pgd Mfn</em>}</li>
 *   <li>{@link org.p2mdbg.model.PvAddressSpace#getUserPgdMfn <em>User Pgd Mfn</em>}</li>
 *   <li>{@link org.p2mdbg.model.PvAddressSpace#getPgdType <em>Pgd Type</em>}</li>
 *   <li>{@link org.p2mdbg.model.PvAddressSpace#isPinned <em>Pinned</em>}</li>
 *   <li>{@link org.p2mdbg.model.PvAddressSpace#isLinuxPinned <em>Linux Pinned</em>}</li>
 *   <li>{@link org.p2mdbg.model.PvAddressSpace#getCr3Cpus <em>Cr3 Cpus</em>}</li>
 *   <li>{@link org.p2mdbg.model.PvAddressSpace#getCr3CpuList <em>Cr3 Cpu List</em>}</li>
 *   <li>{@link org.p2mdbg.model.PvAddressSpace#getCpumask <em>Cpumask</em>}</li>
 * </ul>
 *
 * @see org.p2mdbg.model.P2mPackage#getPvAddressSpace()
 * @model
 * @generated
 */
public interface PvAddressSpace extends TranslationTables {
	/**
	 * Returns the value of the '<em><b>Swapper Pg Dir Mfn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The guest kernel's own L4 (init_mm.pgd), which CPUs load when they leave the mm.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Swapper Pg Dir Mfn</em>' attribute.
	 * @see #setSwapperPgDirMfn(Mfn)
	 * @see org.p2mdbg.model.P2mPackage#getPvAddressSpace_SwapperPgDirMfn()
	 * @model dataType="org.p2mdbg.model.Mfn"
	 * @generated
	 */
	Mfn getSwapperPgDirMfn();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.PvAddressSpace#getSwapperPgDirMfn <em>Swapper Pg Dir Mfn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Swapper Pg Dir Mfn</em>' attribute.
	 * @see #getSwapperPgDirMfn()
	 * @generated
	 */
	void setSwapperPgDirMfn(Mfn value);

	/**
	 * Returns the value of the '<em><b>Pgd Mfn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pgd Mfn</em>' attribute.
	 * @see #setPgdMfn(Mfn)
	 * @see org.p2mdbg.model.P2mPackage#getPvAddressSpace_PgdMfn()
	 * @model dataType="org.p2mdbg.model.Mfn"
	 * @generated
	 */
	Mfn getPgdMfn();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.PvAddressSpace#getPgdMfn <em>Pgd Mfn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pgd Mfn</em>' attribute.
	 * @see #getPgdMfn()
	 * @generated
	 */
	void setPgdMfn(Mfn value);

	/**
	 * Returns the value of the '<em><b>User Pgd Mfn</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>User Pgd Mfn</em>' attribute.
	 * @see #setUserPgdMfn(Mfn)
	 * @see org.p2mdbg.model.P2mPackage#getPvAddressSpace_UserPgdMfn()
	 * @model dataType="org.p2mdbg.model.Mfn"
	 * @generated
	 */
	Mfn getUserPgdMfn();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.PvAddressSpace#getUserPgdMfn <em>User Pgd Mfn</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>User Pgd Mfn</em>' attribute.
	 * @see #getUserPgdMfn()
	 * @generated
	 */
	void setUserPgdMfn(Mfn value);

	/**
	 * Returns the value of the '<em><b>Pgd Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Xen's type word of the pgd: type, type count, PGT_pinned and the guest's PagePinned, e.g. L4x2 pinned PagePinned.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pgd Type</em>' attribute.
	 * @see #setPgdType(String)
	 * @see org.p2mdbg.model.P2mPackage#getPvAddressSpace_PgdType()
	 * @model
	 * @generated
	 */
	String getPgdType();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.PvAddressSpace#getPgdType <em>Pgd Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pgd Type</em>' attribute.
	 * @see #getPgdType()
	 * @generated
	 */
	void setPgdType(String value);

	/**
	 * Returns the value of the '<em><b>Pinned</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Xen's PGT_pinned on the pgd.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pinned</em>' attribute.
	 * @see #setPinned(boolean)
	 * @see org.p2mdbg.model.P2mPackage#getPvAddressSpace_Pinned()
	 * @model
	 * @generated
	 */
	boolean isPinned();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.PvAddressSpace#isPinned <em>Pinned</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pinned</em>' attribute.
	 * @see #isPinned()
	 * @generated
	 */
	void setPinned(boolean value);

	/**
	 * Returns the value of the '<em><b>Linux Pinned</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The guest kernel's PagePinned on the pgd (what xen_page_pinned tests); may disagree with Xen's.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Linux Pinned</em>' attribute.
	 * @see #setLinuxPinned(boolean)
	 * @see org.p2mdbg.model.P2mPackage#getPvAddressSpace_LinuxPinned()
	 * @model
	 * @generated
	 */
	boolean isLinuxPinned();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.PvAddressSpace#isLinuxPinned <em>Linux Pinned</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Linux Pinned</em>' attribute.
	 * @see #isLinuxPinned()
	 * @generated
	 */
	void setLinuxPinned(boolean value);

	/**
	 * Returns the value of the '<em><b>Cr3 Cpus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many vCPUs hold the pgd in CR3 (lazy TLB included).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cr3 Cpus</em>' attribute.
	 * @see #setCr3Cpus(int)
	 * @see org.p2mdbg.model.P2mPackage#getPvAddressSpace_Cr3Cpus()
	 * @model
	 * @generated
	 */
	int getCr3Cpus();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.PvAddressSpace#getCr3Cpus <em>Cr3 Cpus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cr3 Cpus</em>' attribute.
	 * @see #getCr3Cpus()
	 * @generated
	 */
	void setCr3Cpus(int value);

	/**
	 * Returns the value of the '<em><b>Cr3 Cpu List</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Which vCPUs hold the pgd in CR3, e.g. 0, 1.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cr3 Cpu List</em>' attribute.
	 * @see #setCr3CpuList(String)
	 * @see org.p2mdbg.model.P2mPackage#getPvAddressSpace_Cr3CpuList()
	 * @model
	 * @generated
	 */
	String getCr3CpuList();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.PvAddressSpace#getCr3CpuList <em>Cr3 Cpu List</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cr3 Cpu List</em>' attribute.
	 * @see #getCr3CpuList()
	 * @generated
	 */
	void setCr3CpuList(String value);

	/**
	 * Returns the value of the '<em><b>Cpumask</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * mm_cpumask of the process mm.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cpumask</em>' attribute.
	 * @see #setCpumask(long)
	 * @see org.p2mdbg.model.P2mPackage#getPvAddressSpace_Cpumask()
	 * @model dataType="org.p2mdbg.model.HexLong"
	 * @generated
	 */
	long getCpumask();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.PvAddressSpace#getCpumask <em>Cpumask</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cpumask</em>' attribute.
	 * @see #getCpumask()
	 * @generated
	 */
	void setCpumask(long value);

} // PvAddressSpace
