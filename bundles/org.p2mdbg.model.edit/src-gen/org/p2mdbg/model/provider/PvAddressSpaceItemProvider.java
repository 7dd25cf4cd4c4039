/**
 */
package org.p2mdbg.model.provider;


import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.p2mdbg.core.mem.Mfn;

import org.p2mdbg.model.P2mPackage;
import org.p2mdbg.model.PvAddressSpace;

/**
 * This is the item provider adapter for a {@link org.p2mdbg.model.PvAddressSpace} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class PvAddressSpaceItemProvider extends TranslationTablesItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PvAddressSpaceItemProvider(AdapterFactory adapterFactory) {
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

			addSwapperPgDirMfnPropertyDescriptor(object);
			addPgdMfnPropertyDescriptor(object);
			addUserPgdMfnPropertyDescriptor(object);
			addPgdTypePropertyDescriptor(object);
			addPinnedPropertyDescriptor(object);
			addLinuxPinnedPropertyDescriptor(object);
			addCr3CpusPropertyDescriptor(object);
			addCr3CpuListPropertyDescriptor(object);
			addCpumaskPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Swapper Pg Dir Mfn feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSwapperPgDirMfnPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PvAddressSpace_swapperPgDirMfn_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PvAddressSpace_swapperPgDirMfn_feature", "_UI_PvAddressSpace_type"),
				 P2mPackage.Literals.PV_ADDRESS_SPACE__SWAPPER_PG_DIR_MFN,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Pgd Mfn feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPgdMfnPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PvAddressSpace_pgdMfn_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PvAddressSpace_pgdMfn_feature", "_UI_PvAddressSpace_type"),
				 P2mPackage.Literals.PV_ADDRESS_SPACE__PGD_MFN,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the User Pgd Mfn feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addUserPgdMfnPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PvAddressSpace_userPgdMfn_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PvAddressSpace_userPgdMfn_feature", "_UI_PvAddressSpace_type"),
				 P2mPackage.Literals.PV_ADDRESS_SPACE__USER_PGD_MFN,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Pgd Type feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPgdTypePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PvAddressSpace_pgdType_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PvAddressSpace_pgdType_feature", "_UI_PvAddressSpace_type"),
				 P2mPackage.Literals.PV_ADDRESS_SPACE__PGD_TYPE,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Pinned feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPinnedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PvAddressSpace_pinned_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PvAddressSpace_pinned_feature", "_UI_PvAddressSpace_type"),
				 P2mPackage.Literals.PV_ADDRESS_SPACE__PINNED,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Linux Pinned feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLinuxPinnedPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PvAddressSpace_linuxPinned_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PvAddressSpace_linuxPinned_feature", "_UI_PvAddressSpace_type"),
				 P2mPackage.Literals.PV_ADDRESS_SPACE__LINUX_PINNED,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Cr3 Cpus feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCr3CpusPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PvAddressSpace_cr3Cpus_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PvAddressSpace_cr3Cpus_feature", "_UI_PvAddressSpace_type"),
				 P2mPackage.Literals.PV_ADDRESS_SPACE__CR3_CPUS,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Cr3 Cpu List feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCr3CpuListPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PvAddressSpace_cr3CpuList_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PvAddressSpace_cr3CpuList_feature", "_UI_PvAddressSpace_type"),
				 P2mPackage.Literals.PV_ADDRESS_SPACE__CR3_CPU_LIST,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Cpumask feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCpumaskPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_PvAddressSpace_cpumask_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_PvAddressSpace_cpumask_feature", "_UI_PvAddressSpace_type"),
				 P2mPackage.Literals.PV_ADDRESS_SPACE__CPUMASK,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This returns PvAddressSpace.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/PvAddressSpace"));
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
		Mfn labelValue = ((PvAddressSpace)object).getPgdMfn();
		String label = labelValue == null ? null : labelValue.toString();
		return label == null || label.length() == 0 ?
			getString("_UI_PvAddressSpace_type") :
			getString("_UI_PvAddressSpace_type") + " " + label;
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

		switch (notification.getFeatureID(PvAddressSpace.class)) {
			case P2mPackage.PV_ADDRESS_SPACE__SWAPPER_PG_DIR_MFN:
			case P2mPackage.PV_ADDRESS_SPACE__PGD_MFN:
			case P2mPackage.PV_ADDRESS_SPACE__USER_PGD_MFN:
			case P2mPackage.PV_ADDRESS_SPACE__PGD_TYPE:
			case P2mPackage.PV_ADDRESS_SPACE__PINNED:
			case P2mPackage.PV_ADDRESS_SPACE__LINUX_PINNED:
			case P2mPackage.PV_ADDRESS_SPACE__CR3_CPUS:
			case P2mPackage.PV_ADDRESS_SPACE__CR3_CPU_LIST:
			case P2mPackage.PV_ADDRESS_SPACE__CPUMASK:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
		}
		super.notifyChanged(notification);
	}

}
