/**
 */
package org.p2mdbg.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Cost Summary</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The 18 counters of the run --json contract, counted from events (pte_reads is pteReads, and so on).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.p2mdbg.model.CostSummary#getPteReads <em>Pte Reads</em>}</li>
 *   <li>{@link org.p2mdbg.model.CostSummary#getPteWrites <em>Pte Writes</em>}</li>
 *   <li>{@link org.p2mdbg.model.CostSummary#getTableAllocs <em>Table Allocs</em>}</li>
 *   <li>{@link org.p2mdbg.model.CostSummary#getTableFrees <em>Table Frees</em>}</li>
 *   <li>{@link org.p2mdbg.model.CostSummary#getTlbFlushes <em>Tlb Flushes</em>}</li>
 *   <li>{@link org.p2mdbg.model.CostSummary#getIotlbFlushes <em>Iotlb Flushes</em>}</li>
 *   <li>{@link org.p2mdbg.model.CostSummary#getIotlbFlushesAdded <em>Iotlb Flushes Added</em>}</li>
 *   <li>{@link org.p2mdbg.model.CostSummary#getIotlbFlushesModified <em>Iotlb Flushes Modified</em>}</li>
 *   <li>{@link org.p2mdbg.model.CostSummary#getCacheCleans <em>Cache Cleans</em>}</li>
 *   <li>{@link org.p2mdbg.model.CostSummary#getPreemptChecks <em>Preempt Checks</em>}</li>
 *   <li>{@link org.p2mdbg.model.CostSummary#getPreemptions <em>Preemptions</em>}</li>
 *   <li>{@link org.p2mdbg.model.CostSummary#getPageRefsPut <em>Page Refs Put</em>}</li>
 *   <li>{@link org.p2mdbg.model.CostSummary#getHypercalls <em>Hypercalls</em>}</li>
 *   <li>{@link org.p2mdbg.model.CostSummary#getMulticallBatches <em>Multicall Batches</em>}</li>
 *   <li>{@link org.p2mdbg.model.CostSummary#getTrappedWrites <em>Trapped Writes</em>}</li>
 *   <li>{@link org.p2mdbg.model.CostSummary#getDirectWrites <em>Direct Writes</em>}</li>
 *   <li>{@link org.p2mdbg.model.CostSummary#getIpis <em>Ipis</em>}</li>
 *   <li>{@link org.p2mdbg.model.CostSummary#getCr3Loads <em>Cr3 Loads</em>}</li>
 * </ul>
 *
 * @see org.p2mdbg.model.P2mPackage#getCostSummary()
 * @model
 * @generated
 */
public interface CostSummary extends EObject {
	/**
	 * Returns the value of the '<em><b>Pte Reads</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pte Reads</em>' attribute.
	 * @see #setPteReads(long)
	 * @see org.p2mdbg.model.P2mPackage#getCostSummary_PteReads()
	 * @model
	 * @generated
	 */
	long getPteReads();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.CostSummary#getPteReads <em>Pte Reads</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pte Reads</em>' attribute.
	 * @see #getPteReads()
	 * @generated
	 */
	void setPteReads(long value);

	/**
	 * Returns the value of the '<em><b>Pte Writes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pte Writes</em>' attribute.
	 * @see #setPteWrites(long)
	 * @see org.p2mdbg.model.P2mPackage#getCostSummary_PteWrites()
	 * @model
	 * @generated
	 */
	long getPteWrites();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.CostSummary#getPteWrites <em>Pte Writes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pte Writes</em>' attribute.
	 * @see #getPteWrites()
	 * @generated
	 */
	void setPteWrites(long value);

	/**
	 * Returns the value of the '<em><b>Table Allocs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Table Allocs</em>' attribute.
	 * @see #setTableAllocs(long)
	 * @see org.p2mdbg.model.P2mPackage#getCostSummary_TableAllocs()
	 * @model
	 * @generated
	 */
	long getTableAllocs();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.CostSummary#getTableAllocs <em>Table Allocs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Table Allocs</em>' attribute.
	 * @see #getTableAllocs()
	 * @generated
	 */
	void setTableAllocs(long value);

	/**
	 * Returns the value of the '<em><b>Table Frees</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Table Frees</em>' attribute.
	 * @see #setTableFrees(long)
	 * @see org.p2mdbg.model.P2mPackage#getCostSummary_TableFrees()
	 * @model
	 * @generated
	 */
	long getTableFrees();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.CostSummary#getTableFrees <em>Table Frees</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Table Frees</em>' attribute.
	 * @see #getTableFrees()
	 * @generated
	 */
	void setTableFrees(long value);

	/**
	 * Returns the value of the '<em><b>Tlb Flushes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tlb Flushes</em>' attribute.
	 * @see #setTlbFlushes(long)
	 * @see org.p2mdbg.model.P2mPackage#getCostSummary_TlbFlushes()
	 * @model
	 * @generated
	 */
	long getTlbFlushes();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.CostSummary#getTlbFlushes <em>Tlb Flushes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tlb Flushes</em>' attribute.
	 * @see #getTlbFlushes()
	 * @generated
	 */
	void setTlbFlushes(long value);

	/**
	 * Returns the value of the '<em><b>Iotlb Flushes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Iotlb Flushes</em>' attribute.
	 * @see #setIotlbFlushes(long)
	 * @see org.p2mdbg.model.P2mPackage#getCostSummary_IotlbFlushes()
	 * @model
	 * @generated
	 */
	long getIotlbFlushes();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.CostSummary#getIotlbFlushes <em>Iotlb Flushes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Iotlb Flushes</em>' attribute.
	 * @see #getIotlbFlushes()
	 * @generated
	 */
	void setIotlbFlushes(long value);

	/**
	 * Returns the value of the '<em><b>Iotlb Flushes Added</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Iotlb Flushes Added</em>' attribute.
	 * @see #setIotlbFlushesAdded(long)
	 * @see org.p2mdbg.model.P2mPackage#getCostSummary_IotlbFlushesAdded()
	 * @model
	 * @generated
	 */
	long getIotlbFlushesAdded();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.CostSummary#getIotlbFlushesAdded <em>Iotlb Flushes Added</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Iotlb Flushes Added</em>' attribute.
	 * @see #getIotlbFlushesAdded()
	 * @generated
	 */
	void setIotlbFlushesAdded(long value);

	/**
	 * Returns the value of the '<em><b>Iotlb Flushes Modified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Iotlb Flushes Modified</em>' attribute.
	 * @see #setIotlbFlushesModified(long)
	 * @see org.p2mdbg.model.P2mPackage#getCostSummary_IotlbFlushesModified()
	 * @model
	 * @generated
	 */
	long getIotlbFlushesModified();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.CostSummary#getIotlbFlushesModified <em>Iotlb Flushes Modified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Iotlb Flushes Modified</em>' attribute.
	 * @see #getIotlbFlushesModified()
	 * @generated
	 */
	void setIotlbFlushesModified(long value);

	/**
	 * Returns the value of the '<em><b>Cache Cleans</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cache Cleans</em>' attribute.
	 * @see #setCacheCleans(long)
	 * @see org.p2mdbg.model.P2mPackage#getCostSummary_CacheCleans()
	 * @model
	 * @generated
	 */
	long getCacheCleans();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.CostSummary#getCacheCleans <em>Cache Cleans</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cache Cleans</em>' attribute.
	 * @see #getCacheCleans()
	 * @generated
	 */
	void setCacheCleans(long value);

	/**
	 * Returns the value of the '<em><b>Preempt Checks</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Preempt Checks</em>' attribute.
	 * @see #setPreemptChecks(long)
	 * @see org.p2mdbg.model.P2mPackage#getCostSummary_PreemptChecks()
	 * @model
	 * @generated
	 */
	long getPreemptChecks();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.CostSummary#getPreemptChecks <em>Preempt Checks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Preempt Checks</em>' attribute.
	 * @see #getPreemptChecks()
	 * @generated
	 */
	void setPreemptChecks(long value);

	/**
	 * Returns the value of the '<em><b>Preemptions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Preemptions</em>' attribute.
	 * @see #setPreemptions(long)
	 * @see org.p2mdbg.model.P2mPackage#getCostSummary_Preemptions()
	 * @model
	 * @generated
	 */
	long getPreemptions();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.CostSummary#getPreemptions <em>Preemptions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Preemptions</em>' attribute.
	 * @see #getPreemptions()
	 * @generated
	 */
	void setPreemptions(long value);

	/**
	 * Returns the value of the '<em><b>Page Refs Put</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Page Refs Put</em>' attribute.
	 * @see #setPageRefsPut(long)
	 * @see org.p2mdbg.model.P2mPackage#getCostSummary_PageRefsPut()
	 * @model
	 * @generated
	 */
	long getPageRefsPut();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.CostSummary#getPageRefsPut <em>Page Refs Put</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Page Refs Put</em>' attribute.
	 * @see #getPageRefsPut()
	 * @generated
	 */
	void setPageRefsPut(long value);

	/**
	 * Returns the value of the '<em><b>Hypercalls</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hypercalls</em>' attribute.
	 * @see #setHypercalls(long)
	 * @see org.p2mdbg.model.P2mPackage#getCostSummary_Hypercalls()
	 * @model
	 * @generated
	 */
	long getHypercalls();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.CostSummary#getHypercalls <em>Hypercalls</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hypercalls</em>' attribute.
	 * @see #getHypercalls()
	 * @generated
	 */
	void setHypercalls(long value);

	/**
	 * Returns the value of the '<em><b>Multicall Batches</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Multicall Batches</em>' attribute.
	 * @see #setMulticallBatches(long)
	 * @see org.p2mdbg.model.P2mPackage#getCostSummary_MulticallBatches()
	 * @model
	 * @generated
	 */
	long getMulticallBatches();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.CostSummary#getMulticallBatches <em>Multicall Batches</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Multicall Batches</em>' attribute.
	 * @see #getMulticallBatches()
	 * @generated
	 */
	void setMulticallBatches(long value);

	/**
	 * Returns the value of the '<em><b>Trapped Writes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Trapped Writes</em>' attribute.
	 * @see #setTrappedWrites(long)
	 * @see org.p2mdbg.model.P2mPackage#getCostSummary_TrappedWrites()
	 * @model
	 * @generated
	 */
	long getTrappedWrites();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.CostSummary#getTrappedWrites <em>Trapped Writes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Trapped Writes</em>' attribute.
	 * @see #getTrappedWrites()
	 * @generated
	 */
	void setTrappedWrites(long value);

	/**
	 * Returns the value of the '<em><b>Direct Writes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Direct Writes</em>' attribute.
	 * @see #setDirectWrites(long)
	 * @see org.p2mdbg.model.P2mPackage#getCostSummary_DirectWrites()
	 * @model
	 * @generated
	 */
	long getDirectWrites();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.CostSummary#getDirectWrites <em>Direct Writes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Direct Writes</em>' attribute.
	 * @see #getDirectWrites()
	 * @generated
	 */
	void setDirectWrites(long value);

	/**
	 * Returns the value of the '<em><b>Ipis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ipis</em>' attribute.
	 * @see #setIpis(long)
	 * @see org.p2mdbg.model.P2mPackage#getCostSummary_Ipis()
	 * @model
	 * @generated
	 */
	long getIpis();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.CostSummary#getIpis <em>Ipis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ipis</em>' attribute.
	 * @see #getIpis()
	 * @generated
	 */
	void setIpis(long value);

	/**
	 * Returns the value of the '<em><b>Cr3 Loads</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cr3 Loads</em>' attribute.
	 * @see #setCr3Loads(long)
	 * @see org.p2mdbg.model.P2mPackage#getCostSummary_Cr3Loads()
	 * @model
	 * @generated
	 */
	long getCr3Loads();

	/**
	 * Sets the value of the '{@link org.p2mdbg.model.CostSummary#getCr3Loads <em>Cr3 Loads</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cr3 Loads</em>' attribute.
	 * @see #getCr3Loads()
	 * @generated
	 */
	void setCr3Loads(long value);

} // CostSummary
