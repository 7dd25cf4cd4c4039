/**
 */
package org.p2mdbg.model.provider;


import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.p2mdbg.model.CostSummary;
import org.p2mdbg.model.P2mPackage;

import org.p2mdbg.model.edit.ModelItemProviderAdapter;

/**
 * This is the item provider adapter for a {@link org.p2mdbg.model.CostSummary} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class CostSummaryItemProvider 
	extends ModelItemProviderAdapter
	implements
		IEditingDomainItemProvider,
		IStructuredItemContentProvider,
		ITreeItemContentProvider,
		IItemLabelProvider,
		IItemPropertySource {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CostSummaryItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addPteReadsPropertyDescriptor(object);
			addPteWritesPropertyDescriptor(object);
			addTableAllocsPropertyDescriptor(object);
			addTableFreesPropertyDescriptor(object);
			addTlbFlushesPropertyDescriptor(object);
			addIotlbFlushesPropertyDescriptor(object);
			addIotlbFlushesAddedPropertyDescriptor(object);
			addIotlbFlushesModifiedPropertyDescriptor(object);
			addCacheCleansPropertyDescriptor(object);
			addPreemptChecksPropertyDescriptor(object);
			addPreemptionsPropertyDescriptor(object);
			addPageRefsPutPropertyDescriptor(object);
			addHypercallsPropertyDescriptor(object);
			addMulticallBatchesPropertyDescriptor(object);
			addTrappedWritesPropertyDescriptor(object);
			addDirectWritesPropertyDescriptor(object);
			addIpisPropertyDescriptor(object);
			addCr3LoadsPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Pte Reads feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPteReadsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CostSummary_pteReads_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CostSummary_pteReads_feature", "_UI_CostSummary_type"),
				 P2mPackage.Literals.COST_SUMMARY__PTE_READS,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Pte Writes feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPteWritesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CostSummary_pteWrites_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CostSummary_pteWrites_feature", "_UI_CostSummary_type"),
				 P2mPackage.Literals.COST_SUMMARY__PTE_WRITES,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Table Allocs feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTableAllocsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CostSummary_tableAllocs_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CostSummary_tableAllocs_feature", "_UI_CostSummary_type"),
				 P2mPackage.Literals.COST_SUMMARY__TABLE_ALLOCS,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Table Frees feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTableFreesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CostSummary_tableFrees_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CostSummary_tableFrees_feature", "_UI_CostSummary_type"),
				 P2mPackage.Literals.COST_SUMMARY__TABLE_FREES,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Tlb Flushes feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTlbFlushesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CostSummary_tlbFlushes_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CostSummary_tlbFlushes_feature", "_UI_CostSummary_type"),
				 P2mPackage.Literals.COST_SUMMARY__TLB_FLUSHES,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Iotlb Flushes feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addIotlbFlushesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CostSummary_iotlbFlushes_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CostSummary_iotlbFlushes_feature", "_UI_CostSummary_type"),
				 P2mPackage.Literals.COST_SUMMARY__IOTLB_FLUSHES,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Iotlb Flushes Added feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addIotlbFlushesAddedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CostSummary_iotlbFlushesAdded_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CostSummary_iotlbFlushesAdded_feature", "_UI_CostSummary_type"),
				 P2mPackage.Literals.COST_SUMMARY__IOTLB_FLUSHES_ADDED,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Iotlb Flushes Modified feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addIotlbFlushesModifiedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CostSummary_iotlbFlushesModified_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CostSummary_iotlbFlushesModified_feature", "_UI_CostSummary_type"),
				 P2mPackage.Literals.COST_SUMMARY__IOTLB_FLUSHES_MODIFIED,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Cache Cleans feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCacheCleansPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CostSummary_cacheCleans_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CostSummary_cacheCleans_feature", "_UI_CostSummary_type"),
				 P2mPackage.Literals.COST_SUMMARY__CACHE_CLEANS,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Preempt Checks feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPreemptChecksPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CostSummary_preemptChecks_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CostSummary_preemptChecks_feature", "_UI_CostSummary_type"),
				 P2mPackage.Literals.COST_SUMMARY__PREEMPT_CHECKS,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Preemptions feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPreemptionsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CostSummary_preemptions_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CostSummary_preemptions_feature", "_UI_CostSummary_type"),
				 P2mPackage.Literals.COST_SUMMARY__PREEMPTIONS,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Page Refs Put feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPageRefsPutPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CostSummary_pageRefsPut_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CostSummary_pageRefsPut_feature", "_UI_CostSummary_type"),
				 P2mPackage.Literals.COST_SUMMARY__PAGE_REFS_PUT,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Hypercalls feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addHypercallsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CostSummary_hypercalls_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CostSummary_hypercalls_feature", "_UI_CostSummary_type"),
				 P2mPackage.Literals.COST_SUMMARY__HYPERCALLS,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Multicall Batches feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addMulticallBatchesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CostSummary_multicallBatches_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CostSummary_multicallBatches_feature", "_UI_CostSummary_type"),
				 P2mPackage.Literals.COST_SUMMARY__MULTICALL_BATCHES,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Trapped Writes feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTrappedWritesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CostSummary_trappedWrites_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CostSummary_trappedWrites_feature", "_UI_CostSummary_type"),
				 P2mPackage.Literals.COST_SUMMARY__TRAPPED_WRITES,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Direct Writes feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDirectWritesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CostSummary_directWrites_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CostSummary_directWrites_feature", "_UI_CostSummary_type"),
				 P2mPackage.Literals.COST_SUMMARY__DIRECT_WRITES,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Ipis feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addIpisPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CostSummary_ipis_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CostSummary_ipis_feature", "_UI_CostSummary_type"),
				 P2mPackage.Literals.COST_SUMMARY__IPIS,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Cr3 Loads feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCr3LoadsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_CostSummary_cr3Loads_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_CostSummary_cr3Loads_feature", "_UI_CostSummary_type"),
				 P2mPackage.Literals.COST_SUMMARY__CR3_LOADS,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This returns CostSummary.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/CostSummary"));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean shouldComposeCreationImage() {
		return true;
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		CostSummary costSummary = (CostSummary)object;
		return getString("_UI_CostSummary_type") + " " + costSummary.getPteReads();
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(CostSummary.class)) {
			case P2mPackage.COST_SUMMARY__PTE_READS:
			case P2mPackage.COST_SUMMARY__PTE_WRITES:
			case P2mPackage.COST_SUMMARY__TABLE_ALLOCS:
			case P2mPackage.COST_SUMMARY__TABLE_FREES:
			case P2mPackage.COST_SUMMARY__TLB_FLUSHES:
			case P2mPackage.COST_SUMMARY__IOTLB_FLUSHES:
			case P2mPackage.COST_SUMMARY__IOTLB_FLUSHES_ADDED:
			case P2mPackage.COST_SUMMARY__IOTLB_FLUSHES_MODIFIED:
			case P2mPackage.COST_SUMMARY__CACHE_CLEANS:
			case P2mPackage.COST_SUMMARY__PREEMPT_CHECKS:
			case P2mPackage.COST_SUMMARY__PREEMPTIONS:
			case P2mPackage.COST_SUMMARY__PAGE_REFS_PUT:
			case P2mPackage.COST_SUMMARY__HYPERCALLS:
			case P2mPackage.COST_SUMMARY__MULTICALL_BATCHES:
			case P2mPackage.COST_SUMMARY__TRAPPED_WRITES:
			case P2mPackage.COST_SUMMARY__DIRECT_WRITES:
			case P2mPackage.COST_SUMMARY__IPIS:
			case P2mPackage.COST_SUMMARY__CR3_LOADS:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return P2mEditPlugin.INSTANCE;
	}

}
