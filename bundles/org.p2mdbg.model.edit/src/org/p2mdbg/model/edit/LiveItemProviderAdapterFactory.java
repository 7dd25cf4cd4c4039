package org.p2mdbg.model.edit;

import org.eclipse.emf.common.notify.Adapter;
import org.p2mdbg.model.provider.P2mItemProviderAdapterFactory;

/**
 * The item providers to use over the live model (org.p2mdbg.model.live): the generated ones, with
 * labels that read like a debugger's and a {@code hasChildren} that answers from counts, so that a
 * viewer showing an expand arrow does not make the objects it has not opened yet.
 */
public class LiveItemProviderAdapterFactory extends P2mItemProviderAdapterFactory {
    @Override public Adapter createTableAdapter() {
        if (tableItemProvider == null) {
            tableItemProvider = new LiveTableItemProvider(this);
        }
        return tableItemProvider;
    }

    @Override public Adapter createDescriptorAdapter() {
        if (descriptorItemProvider == null) {
            descriptorItemProvider = new LiveDescriptorItemProvider(this);
        }
        return descriptorItemProvider;
    }

    @Override public Adapter createDescriptorFieldAdapter() {
        if (descriptorFieldItemProvider == null) {
            descriptorFieldItemProvider = new LiveDescriptorFieldItemProvider(this);
        }
        return descriptorFieldItemProvider;
    }

    @Override public Adapter createOperationAdapter() {
        if (operationItemProvider == null) {
            operationItemProvider = new LiveOperationItemProvider(this);
        }
        return operationItemProvider;
    }

    @Override public Adapter createStepAdapter() {
        if (stepItemProvider == null) {
            stepItemProvider = new LiveStepItemProvider(this);
        }
        return stepItemProvider;
    }

    @Override public Adapter createDeviceAdapter() {
        if (deviceItemProvider == null) {
            deviceItemProvider = new LiveDeviceItemProvider(this);
        }
        return deviceItemProvider;
    }

    @Override public Adapter createIommuContextAdapter() {
        if (iommuContextItemProvider == null) {
            iommuContextItemProvider = new LiveIommuContextItemProvider(this);
        }
        return iommuContextItemProvider;
    }

    @Override public Adapter createPvAddressSpaceAdapter() {
        if (pvAddressSpaceItemProvider == null) {
            pvAddressSpaceItemProvider = new LivePvAddressSpaceItemProvider(this);
        }
        return pvAddressSpaceItemProvider;
    }

    @Override public Adapter createVlptAdapter() {
        if (vlptItemProvider == null) {
            vlptItemProvider = new LiveVlptItemProvider(this);
        }
        return vlptItemProvider;
    }

    @Override public Adapter createVlptSlotAdapter() {
        if (vlptSlotItemProvider == null) {
            vlptSlotItemProvider = new LiveVlptSlotItemProvider(this);
        }
        return vlptSlotItemProvider;
    }
}
