package dev.kairos.web;

import java.util.Map;

/**
 * What an admin error page shows besides the error: the navigation of the location whose page
 * failed, when the signed-in person may work there. Implemented where locations are known; the error
 * page in {@code web} only asks.
 */
public interface ErrorPageNavigation {

    /**
     * The model attributes that draw the navigation ({@code location}, {@code section}) for a failed
     * request to {@code uri} by {@code principal}; empty when the page names no location the person
     * may see.
     */
    Map<String, Object> of(String uri, Object principal);
}
