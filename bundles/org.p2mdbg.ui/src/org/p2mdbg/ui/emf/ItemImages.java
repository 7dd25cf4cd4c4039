package org.p2mdbg.ui.emf;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;

/** Turns the image objects of item providers (URLs or URIs) into SWT images, cached and disposed together. */
final class ItemImages {
    private final Map<String, Image> cache = new HashMap<>();

    Image get(Object key) {
        if (key instanceof Image image) {
            return image;
        }
        String url = key instanceof URL u ? u.toExternalForm() : key instanceof URI u ? u.toString() : null;
        if (url == null) {
            return null;
        }
        return cache.computeIfAbsent(url, ItemImages::load);
    }

    private static Image load(String url) {
        try (InputStream in = new URL(url).openStream()) {
            return new Image(Display.getCurrent(), in);
        } catch (IOException | SWTException e) {
            return null;   // an item without a loadable icon is shown with text only
        }
    }

    void dispose() {
        cache.values().stream().filter(i -> i != null).forEach(Image::dispose);
        cache.clear();
    }
}
