package dev.kairos.demo;

import dev.kairos.catalog.BookingRules;
import dev.kairos.catalog.BookingType;
import dev.kairos.catalog.CatalogWriter;
import dev.kairos.catalog.Prepaid;
import dev.kairos.catalog.Pricing;
import dev.kairos.catalog.ServiceDefinition;
import dev.kairos.catalog.Timing;
import dev.kairos.demo.DemoSites.Site;
import dev.kairos.demo.SeededSite.SeededService;
import dev.kairos.directory.LocationOpened;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Writes a demo location with its opening hours, resources, service catalog and appointment labels. */
@Component
class DemoCatalogWriter {

    private final Rows rows;
    private final CatalogWriter catalog;
    private final ApplicationEventPublisher events;

    DemoCatalogWriter(Rows rows, CatalogWriter catalog, ApplicationEventPublisher events) {
        this.rows = rows;
        this.catalog = catalog;
        this.events = events;
    }

    /** Writes the location and tells the modules that set up every new location (its notification rules). */
    long location(long chainId, Site site) {
        long id = rows.db()
                .sql("""
                        insert into locations (chain_id, title, time_zone, country, city, address, phone, currency, default_region)
                        values (:chain, :title, :zone, :country, :city, :address, :phone, :currency, :region) returning id
                        """)
                .param("chain", chainId)
                .param("title", site.title())
                .param("zone", site.zone())
                .param("country", site.country())
                .param("city", site.city())
                .param("address", site.address())
                .param("phone", site.phone())
                .param("currency", site.currency())
                .param("region", site.region())
                .query(Long.class)
                .single();
        events.publishEvent(new LocationOpened(id, chainId));
        return id;
    }

    void hours(long locationId, Site site, LocalDate closedDay) {
        List<Hours> hours = new ArrayList<>();
        for (short day = 1; day <= 5; day++) {
            hours.add(new Hours(locationId, day, site.opens(), site.closes()));
        }
        hours.add(new Hours(locationId, (short) 6, site.saturdayOpens(), site.saturdayCloses()));
        rows.insert("""
                insert into location_hours (location_id, day_of_week, opens_at, closes_at)
                values (:locationId, :dayOfWeek, :opensAt, :closesAt)
                """, hours);
        rows.db()
                .sql("insert into location_special_days (location_id, day) values (:location, :day)")
                .param("location", locationId)
                .param("day", closedDay)
                .update();
    }

    /** Two treatment rooms and one laser device, by resource key. */
    Resources resources(long locationId) {
        Resources resources = new Resources(new LinkedHashMap<>(), new LinkedHashMap<>());
        resource(resources, "room", locationId, "Treatment room", List.of("Room 1", "Room 2"));
        resource(resources, "laser", locationId, "Laser device", List.of("Laser 1"));
        return resources;
    }

    private void resource(Resources into, String key, long locationId, String title, List<String> instanceTitles) {
        long id = rows.db()
                .sql("insert into resources (location_id, title) values (:location, :title) returning id")
                .param("location", locationId)
                .param("title", title)
                .query(Long.class)
                .single();
        into.ids().put(key, id);
        into.instances()
                .put(
                        key,
                        instanceTitles.stream()
                                .map(t -> rows.db()
                                        .sql("""
                        insert into resource_instances (resource_id, location_id, title) values (:resource, :location, :title)
                        returning id
                        """)
                                        .param("resource", id)
                                        .param("location", locationId)
                                        .param("title", t)
                                        .query(Long.class)
                                        .single())
                                .toList());
    }

    Map<String, SeededService> services(long locationId) {
        List<Long> categoryIds = rows.nextIds("service_categories", DemoServices.CATEGORIES.size());
        Map<String, Long> categories = new LinkedHashMap<>();
        List<CatalogWriter.Category> categoryRows = new ArrayList<>();
        for (int i = 0; i < DemoServices.CATEGORIES.size(); i++) {
            String title = DemoServices.CATEGORIES.get(i);
            categories.put(title, categoryIds.get(i));
            categoryRows.add(new CatalogWriter.Category(categoryIds.get(i), locationId, title, 10 - i));
        }
        catalog.insertCategories(categoryRows);
        List<Long> serviceIds = rows.nextIds("services", DemoServices.ALL.size());
        Map<String, SeededService> services = new LinkedHashMap<>();
        List<CatalogWriter.NewService> serviceRows = new ArrayList<>();
        for (int i = 0; i < DemoServices.ALL.size(); i++) {
            DemoServices.Spec spec = DemoServices.ALL.get(i);
            services.put(spec.key(), new SeededService(serviceIds.get(i), spec));
            serviceRows.add(new CatalogWriter.NewService(
                    serviceIds.get(i), locationId, definition(categories.get(spec.category()), spec)));
        }
        catalog.insertServices(serviceRows);
        return services;
    }

    private static ServiceDefinition definition(long categoryId, DemoServices.Spec spec) {
        Timing timing = new Timing(
                Duration.ofMinutes(spec.minutes()),
                Duration.ofMinutes(spec.bufferBefore()),
                Duration.ofMinutes(spec.bufferAfter()),
                Duration.ofMinutes(spec.technicalBreak()));
        Pricing pricing =
                new Pricing(BigDecimal.valueOf(spec.priceMin()), BigDecimal.valueOf(spec.priceMax()), BigDecimal.ZERO);
        BookingRules defaults = BookingRules.defaults();
        BookingRules booking = new BookingRules(
                BookingType.valueOf(spec.bookingType().toUpperCase(Locale.ROOT)),
                spec.customerBooking(),
                true,
                spec.requiresStaff(),
                defaults.customerMustSelectStaff(),
                defaults.useStaffFromLocation(),
                spec.capacity(),
                null,
                null,
                null,
                defaults.allowWaitlist(),
                defaults.allowQueue());
        return new ServiceDefinition(
                categoryId, spec.title(), "", "", 0, true, timing, pricing, booking, Prepaid.FORBIDDEN);
    }

    void serviceResources(Map<String, SeededService> services, Map<String, Long> resources) {
        catalog.linkResources(services.values().stream()
                .filter(s -> s.spec().resource() != null)
                .map(s -> new CatalogWriter.ResourceRow(
                        s.id(), resources.get(s.spec().resource())))
                .toList());
    }

    List<Long> labels(long locationId) {
        List<String[]> labels = List.of(
                new String[] {"VIP", "#c62828"},
                new String[] {"First visit", "#1565c0"},
                new String[] {"Paid online", "#2e7d32"},
                new String[] {"Follow-up", "#f9a825"});
        return labels.stream()
                .map(l -> rows.db()
                        .sql("""
                        insert into appointment_categories (location_id, title, color) values (:location, :title, :color)
                        returning id
                        """)
                        .param("location", locationId)
                        .param("title", l[0])
                        .param("color", l[1])
                        .query(Long.class)
                        .single())
                .toList();
    }

    /**
     * The resources of a location by key ("room", "laser").
     *
     * @param instances instance ids by resource key
     */
    record Resources(Map<String, Long> ids, Map<String, List<Long>> instances) {}

    private record Hours(long locationId, short dayOfWeek, LocalTime opensAt, LocalTime closesAt) {}
}
