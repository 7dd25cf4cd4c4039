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

import org.p2mdbg.model.P2mPackage;
import org.p2mdbg.model.VlptSlot;

/**
 * This is the item provider adapter for a {@link org.p2mdbg.model.VlptSlot} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class VlptSlotItemProvider extends DescriptorItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public VlptSlotItemProvider(AdapterFactory adapterFactory) {
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

			addXenSecondMfnPropertyDescriptor(object);
			addCopyPropertyDescriptor(object);
			addP2mRootMfnPropertyDescriptor(object);
			addP2mIndexPropertyDescriptor(object);
			addP2mEntryPropertyDescriptor(object);
			addIpaStartPropertyDescriptor(object);
			addIpaEndPropertyDescriptor(object);
			addCurrentPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Xen Second Mfn feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addXenSecondMfnPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_VlptSlot_xenSecondMfn_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_VlptSlot_xenSecondMfn_feature", "_UI_VlptSlot_type"),
				 P2mPackage.Literals.VLPT_SLOT__XEN_SECOND_MFN,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Copy feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCopyPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_VlptSlot_copy_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_VlptSlot_copy_feature", "_UI_VlptSlot_type"),
				 P2mPackage.Literals.VLPT_SLOT__COPY,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the P2m Root Mfn feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addP2mRootMfnPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_VlptSlot_p2mRootMfn_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_VlptSlot_p2mRootMfn_feature", "_UI_VlptSlot_type"),
				 P2mPackage.Literals.VLPT_SLOT__P2M_ROOT_MFN,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the P2m Index feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addP2mIndexPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_VlptSlot_p2mIndex_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_VlptSlot_p2mIndex_feature", "_UI_VlptSlot_type"),
				 P2mPackage.Literals.VLPT_SLOT__P2M_INDEX,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the P2m Entry feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addP2mEntryPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_VlptSlot_p2mEntry_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_VlptSlot_p2mEntry_feature", "_UI_VlptSlot_type"),
				 P2mPackage.Literals.VLPT_SLOT__P2M_ENTRY,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Ipa Start feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addIpaStartPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_VlptSlot_ipaStart_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_VlptSlot_ipaStart_feature", "_UI_VlptSlot_type"),
				 P2mPackage.Literals.VLPT_SLOT__IPA_START,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Ipa End feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addIpaEndPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_VlptSlot_ipaEnd_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_VlptSlot_ipaEnd_feature", "_UI_VlptSlot_type"),
				 P2mPackage.Literals.VLPT_SLOT__IPA_END,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Current feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCurrentPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_VlptSlot_current_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_VlptSlot_current_feature", "_UI_VlptSlot_type"),
				 P2mPackage.Literals.VLPT_SLOT__CURRENT,
				 false,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This returns VlptSlot.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/VlptSlot"));
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
		VlptSlot vlptSlot = (VlptSlot)object;
		return getString("_UI_VlptSlot_type") + " " + vlptSlot.getIndex();
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

		switch (notification.getFeatureID(VlptSlot.class)) {
			case P2mPackage.VLPT_SLOT__XEN_SECOND_MFN:
			case P2mPackage.VLPT_SLOT__COPY:
			case P2mPackage.VLPT_SLOT__P2M_ROOT_MFN:
			case P2mPackage.VLPT_SLOT__P2M_INDEX:
			case P2mPackage.VLPT_SLOT__P2M_ENTRY:
			case P2mPackage.VLPT_SLOT__IPA_START:
			case P2mPackage.VLPT_SLOT__IPA_END:
			case P2mPackage.VLPT_SLOT__CURRENT:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
		}
		super.notifyChanged(notification);
	}

}
