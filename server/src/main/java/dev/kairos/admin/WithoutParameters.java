package dev.kairos.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The request without some of its parameters: the filter the server could read, once the fields it
 * refused are set aside, so that one bad field does not cost the user the others.
 */
final class WithoutParameters extends HttpServletRequestWrapper {

    private final Set<String> hidden;

    WithoutParameters(HttpServletRequest request, Set<String> hidden) {
        super(request);
        this.hidden = Set.copyOf(hidden);
    }

    @Override
    public String getParameter(String name) {
        return hidden.contains(name) ? null : super.getParameter(name);
    }

    @Override
    public String[] getParameterValues(String name) {
        return hidden.contains(name) ? null : super.getParameterValues(name);
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        Map<String, String[]> kept = new LinkedHashMap<>(super.getParameterMap());
        kept.keySet().removeAll(hidden);
        return Collections.unmodifiableMap(kept);
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(getParameterMap().keySet());
    }
}
