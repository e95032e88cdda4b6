package dev.kairos.admin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Map;

/** The request without its query: the unfiltered list to show beside a filter that could not be read. */
final class EmptyQuery extends HttpServletRequestWrapper {

    EmptyQuery(HttpServletRequest request) {
        super(request);
    }

    @Override
    public String getParameter(String name) {
        return null;
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return Map.of();
    }
}
