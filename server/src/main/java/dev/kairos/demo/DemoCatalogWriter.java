package dev.kairos.demo;

import dev.kairos.demo.DemoSites.Site;
import dev.kairos.demo.SeededSite.SeededService;
import dev.kairos.directory.LocationOpened;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Writes a demo location with its opening hours, resources, service catalog and appointment labels. */
@Component
class DemoCatalogWriter {

    private final Rows rows;
    private final ApplicationEventPublisher events;

    DemoCatalogWriter(Rows rows, ApplicationEventPublisher events) {
        this.rows = rows;
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

    /** Two treatment rooms and one laser device; instance ids by resource key. */
    Map<String, List<Long>> resources(long locationId) {
        Map<String, List<Long>> instances = new LinkedHashMap<>();
        instances.put("room", resource(locationId, "Treatment room", List.of("Room 1", "Room 2")));
        instances.put("laser", resource(locationId, "Laser device", List.of("Laser 1")));
        return instances;
    }

    private List<Long> resource(long locationId, String title, List<String> instanceTitles) {
        long id = rows.db()
                .sql("insert into resources (location_id, title) values (:location, :title) returning id")
                .param("location", locationId)
                .param("title", title)
                .query(Long.class)
                .single();
        return instanceTitles.stream()
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
                .toList();
    }

    Map<String, SeededService> services(long locationId) {
        Map<String, Long> categories = new LinkedHashMap<>();
        for (int i = 0; i < DemoServices.CATEGORIES.size(); i++) {
            String title = DemoServices.CATEGORIES.get(i);
            categories.put(
                    title,
                    rows.db()
                            .sql("""
                            insert into service_categories (location_id, title, weight) values (:location, :title, :weight) returning id
                            """)
                            .param("location", locationId)
                            .param("title", title)
                            .param("weight", 10 - i)
                            .query(Long.class)
                            .single());
        }
        Map<String, SeededService> services = new LinkedHashMap<>();
        for (DemoServices.Spec spec : DemoServices.ALL) {
            services.put(
                    spec.key(), new SeededService(service(locationId, categories.get(spec.category()), spec), spec));
        }
        return services;
    }

    private long service(long locationId, long categoryId, DemoServices.Spec spec) {
        return rows.db()
                .sql("""
                        insert into services (location_id, category_id, title, duration_seconds, price_min, price_max,
                                              buffer_before_seconds, buffer_after_seconds, technical_break_seconds,
                                              booking_type, allow_customer_booking, allow_walk_in, requires_staff,
                                              max_concurrent_bookings)
                        values (:location, :category, :title, :duration, :priceMin, :priceMax, :before, :after, :break,
                                :bookingType, :customerBooking, true, :requiresStaff, :capacity)
                        returning id
                        """)
                .param("location", locationId)
                .param("category", categoryId)
                .param("title", spec.title())
                .param("duration", spec.minutes() * 60)
                .param("priceMin", BigDecimal.valueOf(spec.priceMin()))
                .param("priceMax", BigDecimal.valueOf(spec.priceMax()))
                .param("before", spec.bufferBefore() * 60)
                .param("after", spec.bufferAfter() * 60)
                .param("break", spec.technicalBreak() * 60)
                .param("bookingType", spec.bookingType())
                .param("customerBooking", spec.customerBooking())
                .param("requiresStaff", spec.requiresStaff())
                .param("capacity", spec.capacity())
                .query(Long.class)
                .single();
    }

    void serviceResources(Map<String, SeededService> services, Map<String, List<Long>> instances) {
        services.values().stream().filter(s -> s.spec().resource() != null).forEach(s -> rows.db()
                .sql("""
                        insert into service_resources (service_id, resource_id)
                        select :service, resource_id from resource_instances where id = :instance
                        """)
                .param("service", s.id())
                .param("instance", instances.get(s.spec().resource()).get(0))
                .update());
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

    private record Hours(long locationId, short dayOfWeek, LocalTime opensAt, LocalTime closesAt) {}
}
