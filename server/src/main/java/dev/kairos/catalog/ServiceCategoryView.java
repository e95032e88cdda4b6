package dev.kairos.catalog;

import java.util.LinkedHashMap;
import java.util.Map;

/** A service category in Altegio's shape. */
public final class ServiceCategoryView {

    private ServiceCategoryView() {}

    public static Map<String, Object> of(ServiceCategory c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("salon_service_id", c.id());
        m.put("title", c.title());
        m.put("api_id", c.apiId());
        m.put("weight", c.weight());
        m.put("staff", c.staffIds());
        return m;
    }
}
