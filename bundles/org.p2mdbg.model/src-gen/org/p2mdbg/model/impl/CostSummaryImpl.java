/**
 */
package org.p2mdbg.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.p2mdbg.model.CostSummary;
import org.p2mdbg.model.P2mPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Cost Summary</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.p2mdbg.model.impl.CostSummaryImpl#getPteReads <em>Pte Reads</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.CostSummaryImpl#getPteWrites <em>Pte Writes</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.CostSummaryImpl#getTableAllocs <em>Table Allocs</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.CostSummaryImpl#getTableFrees <em>Table Frees</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.CostSummaryImpl#getTlbFlushes <em>Tlb Flushes</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.CostSummaryImpl#getIotlbFlushes <em>Iotlb Flushes</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.CostSummaryImpl#getIotlbFlushesAdded <em>Iotlb Flushes Added</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.CostSummaryImpl#getIotlbFlushesModified <em>Iotlb Flushes Modified</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.CostSummaryImpl#getCacheCleans <em>Cache Cleans</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.CostSummaryImpl#getPreemptChecks <em>Preempt Checks</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.CostSummaryImpl#getPreemptions <em>Preemptions</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.CostSummaryImpl#getPageRefsPut <em>Page Refs Put</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.CostSummaryImpl#getHypercalls <em>Hypercalls</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.CostSummaryImpl#getMulticallBatches <em>Multicall Batches</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.CostSummaryImpl#getTrappedWrites <em>Trapped Writes</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.CostSummaryImpl#getDirectWrites <em>Direct Writes</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.CostSummaryImpl#getIpis <em>Ipis</em>}</li>
 *   <li>{@link org.p2mdbg.model.impl.CostSummaryImpl#getCr3Loads <em>Cr3 Loads</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CostSummaryImpl extends MinimalEObjectImpl.Container implements CostSummary {
	/**
	 * The default value of the '{@link #getPteReads() <em>Pte Reads</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPteReads()
	 * @generated
	 * @ordered
	 */
	protected static final long PTE_READS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getPteReads() <em>Pte Reads</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPteReads()
	 * @generated
	 * @ordered
	 */
	protected long pteReads = PTE_READS_EDEFAULT;

	/**
	 * The default value of the '{@link #getPteWrites() <em>Pte Writes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPteWrites()
	 * @generated
	 * @ordered
	 */
	protected static final long PTE_WRITES_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getPteWrites() <em>Pte Writes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPteWrites()
	 * @generated
	 * @ordered
	 */
	protected long pteWrites = PTE_WRITES_EDEFAULT;

	/**
	 * The default value of the '{@link #getTableAllocs() <em>Table Allocs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTableAllocs()
	 * @generated
	 * @ordered
	 */
	protected static final long TABLE_ALLOCS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getTableAllocs() <em>Table Allocs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTableAllocs()
	 * @generated
	 * @ordered
	 */
	protected long tableAllocs = TABLE_ALLOCS_EDEFAULT;

	/**
	 * The default value of the '{@link #getTableFrees() <em>Table Frees</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTableFrees()
	 * @generated
	 * @ordered
	 */
	protected static final long TABLE_FREES_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getTableFrees() <em>Table Frees</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTableFrees()
	 * @generated
	 * @ordered
	 */
	protected long tableFrees = TABLE_FREES_EDEFAULT;

	/**
	 * The default value of the '{@link #getTlbFlushes() <em>Tlb Flushes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTlbFlushes()
	 * @generated
	 * @ordered
	 */
	protected static final long TLB_FLUSHES_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getTlbFlushes() <em>Tlb Flushes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTlbFlushes()
	 * @generated
	 * @ordered
	 */
	protected long tlbFlushes = TLB_FLUSHES_EDEFAULT;

	/**
	 * The default value of the '{@link #getIotlbFlushes() <em>Iotlb Flushes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIotlbFlushes()
	 * @generated
	 * @ordered
	 */
	protected static final long IOTLB_FLUSHES_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getIotlbFlushes() <em>Iotlb Flushes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIotlbFlushes()
	 * @generated
	 * @ordered
	 */
	protected long iotlbFlushes = IOTLB_FLUSHES_EDEFAULT;

	/**
	 * The default value of the '{@link #getIotlbFlushesAdded() <em>Iotlb Flushes Added</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIotlbFlushesAdded()
	 * @generated
	 * @ordered
	 */
	protected static final long IOTLB_FLUSHES_ADDED_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getIotlbFlushesAdded() <em>Iotlb Flushes Added</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIotlbFlushesAdded()
	 * @generated
	 * @ordered
	 */
	protected long iotlbFlushesAdded = IOTLB_FLUSHES_ADDED_EDEFAULT;

	/**
	 * The default value of the '{@link #getIotlbFlushesModified() <em>Iotlb Flushes Modified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIotlbFlushesModified()
	 * @generated
	 * @ordered
	 */
	protected static final long IOTLB_FLUSHES_MODIFIED_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getIotlbFlushesModified() <em>Iotlb Flushes Modified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIotlbFlushesModified()
	 * @generated
	 * @ordered
	 */
	protected long iotlbFlushesModified = IOTLB_FLUSHES_MODIFIED_EDEFAULT;

	/**
	 * The default value of the '{@link #getCacheCleans() <em>Cache Cleans</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCacheCleans()
	 * @generated
	 * @ordered
	 */
	protected static final long CACHE_CLEANS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getCacheCleans() <em>Cache Cleans</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCacheCleans()
	 * @generated
	 * @ordered
	 */
	protected long cacheCleans = CACHE_CLEANS_EDEFAULT;

	/**
	 * The default value of the '{@link #getPreemptChecks() <em>Preempt Checks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreemptChecks()
	 * @generated
	 * @ordered
	 */
	protected static final long PREEMPT_CHECKS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getPreemptChecks() <em>Preempt Checks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreemptChecks()
	 * @generated
	 * @ordered
	 */
	protected long preemptChecks = PREEMPT_CHECKS_EDEFAULT;

	/**
	 * The default value of the '{@link #getPreemptions() <em>Preemptions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreemptions()
	 * @generated
	 * @ordered
	 */
	protected static final long PREEMPTIONS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getPreemptions() <em>Preemptions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreemptions()
	 * @generated
	 * @ordered
	 */
	protected long preemptions = PREEMPTIONS_EDEFAULT;

	/**
	 * The default value of the '{@link #getPageRefsPut() <em>Page Refs Put</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPageRefsPut()
	 * @generated
	 * @ordered
	 */
	protected static final long PAGE_REFS_PUT_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getPageRefsPut() <em>Page Refs Put</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPageRefsPut()
	 * @generated
	 * @ordered
	 */
	protected long pageRefsPut = PAGE_REFS_PUT_EDEFAULT;

	/**
	 * The default value of the '{@link #getHypercalls() <em>Hypercalls</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHypercalls()
	 * @generated
	 * @ordered
	 */
	protected static final long HYPERCALLS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getHypercalls() <em>Hypercalls</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHypercalls()
	 * @generated
	 * @ordered
	 */
	protected long hypercalls = HYPERCALLS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMulticallBatches() <em>Multicall Batches</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMulticallBatches()
	 * @generated
	 * @ordered
	 */
	protected static final long MULTICALL_BATCHES_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getMulticallBatches() <em>Multicall Batches</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMulticallBatches()
	 * @generated
	 * @ordered
	 */
	protected long multicallBatches = MULTICALL_BATCHES_EDEFAULT;

	/**
	 * The default value of the '{@link #getTrappedWrites() <em>Trapped Writes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrappedWrites()
	 * @generated
	 * @ordered
	 */
	protected static final long TRAPPED_WRITES_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getTrappedWrites() <em>Trapped Writes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrappedWrites()
	 * @generated
	 * @ordered
	 */
	protected long trappedWrites = TRAPPED_WRITES_EDEFAULT;

	/**
	 * The default value of the '{@link #getDirectWrites() <em>Direct Writes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirectWrites()
	 * @generated
	 * @ordered
	 */
	protected static final long DIRECT_WRITES_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getDirectWrites() <em>Direct Writes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirectWrites()
	 * @generated
	 * @ordered
	 */
	protected long directWrites = DIRECT_WRITES_EDEFAULT;

	/**
	 * The default value of the '{@link #getIpis() <em>Ipis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIpis()
	 * @generated
	 * @ordered
	 */
	protected static final long IPIS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getIpis() <em>Ipis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIpis()
	 * @generated
	 * @ordered
	 */
	protected long ipis = IPIS_EDEFAULT;

	/**
	 * The default value of the '{@link #getCr3Loads() <em>Cr3 Loads</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCr3Loads()
	 * @generated
	 * @ordered
	 */
	protected static final long CR3_LOADS_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getCr3Loads() <em>Cr3 Loads</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCr3Loads()
	 * @generated
	 * @ordered
	 */
	protected long cr3Loads = CR3_LOADS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CostSummaryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return P2mPackage.Literals.COST_SUMMARY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getPteReads() {
		return pteReads;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPteReads(long newPteReads) {
		long oldPteReads = pteReads;
		pteReads = newPteReads;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.COST_SUMMARY__PTE_READS, oldPteReads, pteReads));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getPteWrites() {
		return pteWrites;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPteWrites(long newPteWrites) {
		long oldPteWrites = pteWrites;
		pteWrites = newPteWrites;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.COST_SUMMARY__PTE_WRITES, oldPteWrites, pteWrites));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getTableAllocs() {
		return tableAllocs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTableAllocs(long newTableAllocs) {
		long oldTableAllocs = tableAllocs;
		tableAllocs = newTableAllocs;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.COST_SUMMARY__TABLE_ALLOCS, oldTableAllocs, tableAllocs));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getTableFrees() {
		return tableFrees;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTableFrees(long newTableFrees) {
		long oldTableFrees = tableFrees;
		tableFrees = newTableFrees;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.COST_SUMMARY__TABLE_FREES, oldTableFrees, tableFrees));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getTlbFlushes() {
		return tlbFlushes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTlbFlushes(long newTlbFlushes) {
		long oldTlbFlushes = tlbFlushes;
		tlbFlushes = newTlbFlushes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.COST_SUMMARY__TLB_FLUSHES, oldTlbFlushes, tlbFlushes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getIotlbFlushes() {
		return iotlbFlushes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIotlbFlushes(long newIotlbFlushes) {
		long oldIotlbFlushes = iotlbFlushes;
		iotlbFlushes = newIotlbFlushes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.COST_SUMMARY__IOTLB_FLUSHES, oldIotlbFlushes, iotlbFlushes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getIotlbFlushesAdded() {
		return iotlbFlushesAdded;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIotlbFlushesAdded(long newIotlbFlushesAdded) {
		long oldIotlbFlushesAdded = iotlbFlushesAdded;
		iotlbFlushesAdded = newIotlbFlushesAdded;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.COST_SUMMARY__IOTLB_FLUSHES_ADDED, oldIotlbFlushesAdded, iotlbFlushesAdded));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getIotlbFlushesModified() {
		return iotlbFlushesModified;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIotlbFlushesModified(long newIotlbFlushesModified) {
		long oldIotlbFlushesModified = iotlbFlushesModified;
		iotlbFlushesModified = newIotlbFlushesModified;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.COST_SUMMARY__IOTLB_FLUSHES_MODIFIED, oldIotlbFlushesModified, iotlbFlushesModified));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getCacheCleans() {
		return cacheCleans;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCacheCleans(long newCacheCleans) {
		long oldCacheCleans = cacheCleans;
		cacheCleans = newCacheCleans;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.COST_SUMMARY__CACHE_CLEANS, oldCacheCleans, cacheCleans));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getPreemptChecks() {
		return preemptChecks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPreemptChecks(long newPreemptChecks) {
		long oldPreemptChecks = preemptChecks;
		preemptChecks = newPreemptChecks;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.COST_SUMMARY__PREEMPT_CHECKS, oldPreemptChecks, preemptChecks));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getPreemptions() {
		return preemptions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPreemptions(long newPreemptions) {
		long oldPreemptions = preemptions;
		preemptions = newPreemptions;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.COST_SUMMARY__PREEMPTIONS, oldPreemptions, preemptions));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getPageRefsPut() {
		return pageRefsPut;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPageRefsPut(long newPageRefsPut) {
		long oldPageRefsPut = pageRefsPut;
		pageRefsPut = newPageRefsPut;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.COST_SUMMARY__PAGE_REFS_PUT, oldPageRefsPut, pageRefsPut));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getHypercalls() {
		return hypercalls;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHypercalls(long newHypercalls) {
		long oldHypercalls = hypercalls;
		hypercalls = newHypercalls;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.COST_SUMMARY__HYPERCALLS, oldHypercalls, hypercalls));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getMulticallBatches() {
		return multicallBatches;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMulticallBatches(long newMulticallBatches) {
		long oldMulticallBatches = multicallBatches;
		multicallBatches = newMulticallBatches;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.COST_SUMMARY__MULTICALL_BATCHES, oldMulticallBatches, multicallBatches));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getTrappedWrites() {
		return trappedWrites;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrappedWrites(long newTrappedWrites) {
		long oldTrappedWrites = trappedWrites;
		trappedWrites = newTrappedWrites;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.COST_SUMMARY__TRAPPED_WRITES, oldTrappedWrites, trappedWrites));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getDirectWrites() {
		return directWrites;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDirectWrites(long newDirectWrites) {
		long oldDirectWrites = directWrites;
		directWrites = newDirectWrites;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.COST_SUMMARY__DIRECT_WRITES, oldDirectWrites, directWrites));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getIpis() {
		return ipis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIpis(long newIpis) {
		long oldIpis = ipis;
		ipis = newIpis;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.COST_SUMMARY__IPIS, oldIpis, ipis));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getCr3Loads() {
		return cr3Loads;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCr3Loads(long newCr3Loads) {
		long oldCr3Loads = cr3Loads;
		cr3Loads = newCr3Loads;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, P2mPackage.COST_SUMMARY__CR3_LOADS, oldCr3Loads, cr3Loads));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case P2mPackage.COST_SUMMARY__PTE_READS:
				return getPteReads();
			case P2mPackage.COST_SUMMARY__PTE_WRITES:
				return getPteWrites();
			case P2mPackage.COST_SUMMARY__TABLE_ALLOCS:
				return getTableAllocs();
			case P2mPackage.COST_SUMMARY__TABLE_FREES:
				return getTableFrees();
			case P2mPackage.COST_SUMMARY__TLB_FLUSHES:
				return getTlbFlushes();
			case P2mPackage.COST_SUMMARY__IOTLB_FLUSHES:
				return getIotlbFlushes();
			case P2mPackage.COST_SUMMARY__IOTLB_FLUSHES_ADDED:
				return getIotlbFlushesAdded();
			case P2mPackage.COST_SUMMARY__IOTLB_FLUSHES_MODIFIED:
				return getIotlbFlushesModified();
			case P2mPackage.COST_SUMMARY__CACHE_CLEANS:
				return getCacheCleans();
			case P2mPackage.COST_SUMMARY__PREEMPT_CHECKS:
				return getPreemptChecks();
			case P2mPackage.COST_SUMMARY__PREEMPTIONS:
				return getPreemptions();
			case P2mPackage.COST_SUMMARY__PAGE_REFS_PUT:
				return getPageRefsPut();
			case P2mPackage.COST_SUMMARY__HYPERCALLS:
				return getHypercalls();
			case P2mPackage.COST_SUMMARY__MULTICALL_BATCHES:
				return getMulticallBatches();
			case P2mPackage.COST_SUMMARY__TRAPPED_WRITES:
				return getTrappedWrites();
			case P2mPackage.COST_SUMMARY__DIRECT_WRITES:
				return getDirectWrites();
			case P2mPackage.COST_SUMMARY__IPIS:
				return getIpis();
			case P2mPackage.COST_SUMMARY__CR3_LOADS:
				return getCr3Loads();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case P2mPackage.COST_SUMMARY__PTE_READS:
				setPteReads((Long)newValue);
				return;
			case P2mPackage.COST_SUMMARY__PTE_WRITES:
				setPteWrites((Long)newValue);
				return;
			case P2mPackage.COST_SUMMARY__TABLE_ALLOCS:
				setTableAllocs((Long)newValue);
				return;
			case P2mPackage.COST_SUMMARY__TABLE_FREES:
				setTableFrees((Long)newValue);
				return;
			case P2mPackage.COST_SUMMARY__TLB_FLUSHES:
				setTlbFlushes((Long)newValue);
				return;
			case P2mPackage.COST_SUMMARY__IOTLB_FLUSHES:
				setIotlbFlushes((Long)newValue);
				return;
			case P2mPackage.COST_SUMMARY__IOTLB_FLUSHES_ADDED:
				setIotlbFlushesAdded((Long)newValue);
				return;
			case P2mPackage.COST_SUMMARY__IOTLB_FLUSHES_MODIFIED:
				setIotlbFlushesModified((Long)newValue);
				return;
			case P2mPackage.COST_SUMMARY__CACHE_CLEANS:
				setCacheCleans((Long)newValue);
				return;
			case P2mPackage.COST_SUMMARY__PREEMPT_CHECKS:
				setPreemptChecks((Long)newValue);
				return;
			case P2mPackage.COST_SUMMARY__PREEMPTIONS:
				setPreemptions((Long)newValue);
				return;
			case P2mPackage.COST_SUMMARY__PAGE_REFS_PUT:
				setPageRefsPut((Long)newValue);
				return;
			case P2mPackage.COST_SUMMARY__HYPERCALLS:
				setHypercalls((Long)newValue);
				return;
			case P2mPackage.COST_SUMMARY__MULTICALL_BATCHES:
				setMulticallBatches((Long)newValue);
				return;
			case P2mPackage.COST_SUMMARY__TRAPPED_WRITES:
				setTrappedWrites((Long)newValue);
				return;
			case P2mPackage.COST_SUMMARY__DIRECT_WRITES:
				setDirectWrites((Long)newValue);
				return;
			case P2mPackage.COST_SUMMARY__IPIS:
				setIpis((Long)newValue);
				return;
			case P2mPackage.COST_SUMMARY__CR3_LOADS:
				setCr3Loads((Long)newValue);
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
			case P2mPackage.COST_SUMMARY__PTE_READS:
				setPteReads(PTE_READS_EDEFAULT);
				return;
			case P2mPackage.COST_SUMMARY__PTE_WRITES:
				setPteWrites(PTE_WRITES_EDEFAULT);
				return;
			case P2mPackage.COST_SUMMARY__TABLE_ALLOCS:
				setTableAllocs(TABLE_ALLOCS_EDEFAULT);
				return;
			case P2mPackage.COST_SUMMARY__TABLE_FREES:
				setTableFrees(TABLE_FREES_EDEFAULT);
				return;
			case P2mPackage.COST_SUMMARY__TLB_FLUSHES:
				setTlbFlushes(TLB_FLUSHES_EDEFAULT);
				return;
			case P2mPackage.COST_SUMMARY__IOTLB_FLUSHES:
				setIotlbFlushes(IOTLB_FLUSHES_EDEFAULT);
				return;
			case P2mPackage.COST_SUMMARY__IOTLB_FLUSHES_ADDED:
				setIotlbFlushesAdded(IOTLB_FLUSHES_ADDED_EDEFAULT);
				return;
			case P2mPackage.COST_SUMMARY__IOTLB_FLUSHES_MODIFIED:
				setIotlbFlushesModified(IOTLB_FLUSHES_MODIFIED_EDEFAULT);
				return;
			case P2mPackage.COST_SUMMARY__CACHE_CLEANS:
				setCacheCleans(CACHE_CLEANS_EDEFAULT);
				return;
			case P2mPackage.COST_SUMMARY__PREEMPT_CHECKS:
				setPreemptChecks(PREEMPT_CHECKS_EDEFAULT);
				return;
			case P2mPackage.COST_SUMMARY__PREEMPTIONS:
				setPreemptions(PREEMPTIONS_EDEFAULT);
				return;
			case P2mPackage.COST_SUMMARY__PAGE_REFS_PUT:
				setPageRefsPut(PAGE_REFS_PUT_EDEFAULT);
				return;
			case P2mPackage.COST_SUMMARY__HYPERCALLS:
				setHypercalls(HYPERCALLS_EDEFAULT);
				return;
			case P2mPackage.COST_SUMMARY__MULTICALL_BATCHES:
				setMulticallBatches(MULTICALL_BATCHES_EDEFAULT);
				return;
			case P2mPackage.COST_SUMMARY__TRAPPED_WRITES:
				setTrappedWrites(TRAPPED_WRITES_EDEFAULT);
				return;
			case P2mPackage.COST_SUMMARY__DIRECT_WRITES:
				setDirectWrites(DIRECT_WRITES_EDEFAULT);
				return;
			case P2mPackage.COST_SUMMARY__IPIS:
				setIpis(IPIS_EDEFAULT);
				return;
			case P2mPackage.COST_SUMMARY__CR3_LOADS:
				setCr3Loads(CR3_LOADS_EDEFAULT);
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
			case P2mPackage.COST_SUMMARY__PTE_READS:
				return pteReads != PTE_READS_EDEFAULT;
			case P2mPackage.COST_SUMMARY__PTE_WRITES:
				return pteWrites != PTE_WRITES_EDEFAULT;
			case P2mPackage.COST_SUMMARY__TABLE_ALLOCS:
				return tableAllocs != TABLE_ALLOCS_EDEFAULT;
			case P2mPackage.COST_SUMMARY__TABLE_FREES:
				return tableFrees != TABLE_FREES_EDEFAULT;
			case P2mPackage.COST_SUMMARY__TLB_FLUSHES:
				return tlbFlushes != TLB_FLUSHES_EDEFAULT;
			case P2mPackage.COST_SUMMARY__IOTLB_FLUSHES:
				return iotlbFlushes != IOTLB_FLUSHES_EDEFAULT;
			case P2mPackage.COST_SUMMARY__IOTLB_FLUSHES_ADDED:
				return iotlbFlushesAdded != IOTLB_FLUSHES_ADDED_EDEFAULT;
			case P2mPackage.COST_SUMMARY__IOTLB_FLUSHES_MODIFIED:
				return iotlbFlushesModified != IOTLB_FLUSHES_MODIFIED_EDEFAULT;
			case P2mPackage.COST_SUMMARY__CACHE_CLEANS:
				return cacheCleans != CACHE_CLEANS_EDEFAULT;
			case P2mPackage.COST_SUMMARY__PREEMPT_CHECKS:
				return preemptChecks != PREEMPT_CHECKS_EDEFAULT;
			case P2mPackage.COST_SUMMARY__PREEMPTIONS:
				return preemptions != PREEMPTIONS_EDEFAULT;
			case P2mPackage.COST_SUMMARY__PAGE_REFS_PUT:
				return pageRefsPut != PAGE_REFS_PUT_EDEFAULT;
			case P2mPackage.COST_SUMMARY__HYPERCALLS:
				return hypercalls != HYPERCALLS_EDEFAULT;
			case P2mPackage.COST_SUMMARY__MULTICALL_BATCHES:
				return multicallBatches != MULTICALL_BATCHES_EDEFAULT;
			case P2mPackage.COST_SUMMARY__TRAPPED_WRITES:
				return trappedWrites != TRAPPED_WRITES_EDEFAULT;
			case P2mPackage.COST_SUMMARY__DIRECT_WRITES:
				return directWrites != DIRECT_WRITES_EDEFAULT;
			case P2mPackage.COST_SUMMARY__IPIS:
				return ipis != IPIS_EDEFAULT;
			case P2mPackage.COST_SUMMARY__CR3_LOADS:
				return cr3Loads != CR3_LOADS_EDEFAULT;
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
		result.append(" (pteReads: ");
		result.append(pteReads);
		result.append(", pteWrites: ");
		result.append(pteWrites);
		result.append(", tableAllocs: ");
		result.append(tableAllocs);
		result.append(", tableFrees: ");
		result.append(tableFrees);
		result.append(", tlbFlushes: ");
		result.append(tlbFlushes);
		result.append(", iotlbFlushes: ");
		result.append(iotlbFlushes);
		result.append(", iotlbFlushesAdded: ");
		result.append(iotlbFlushesAdded);
		result.append(", iotlbFlushesModified: ");
		result.append(iotlbFlushesModified);
		result.append(", cacheCleans: ");
		result.append(cacheCleans);
		result.append(", preemptChecks: ");
		result.append(preemptChecks);
		result.append(", preemptions: ");
		result.append(preemptions);
		result.append(", pageRefsPut: ");
		result.append(pageRefsPut);
		result.append(", hypercalls: ");
		result.append(hypercalls);
		result.append(", multicallBatches: ");
		result.append(multicallBatches);
		result.append(", trappedWrites: ");
		result.append(trappedWrites);
		result.append(", directWrites: ");
		result.append(directWrites);
		result.append(", ipis: ");
		result.append(ipis);
		result.append(", cr3Loads: ");
		result.append(cr3Loads);
		result.append(')');
		return result.toString();
	}

} //CostSummaryImpl
