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
import dev.kairos.directory.DirectoryWriter;
import dev.kairos.directory.LocationOpened;
import dev.kairos.directory.TimeSlot;
import dev.kairos.labels.LabelWriter;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
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
    private final DirectoryWriter directory;
    private final LabelWriter labels;
    private final ApplicationEventPublisher events;

    DemoCatalogWriter(
            Rows rows,
            CatalogWriter catalog,
            DirectoryWriter directory,
            LabelWriter labels,
            ApplicationEventPublisher events) {
        this.labels = labels;
        this.rows = rows;
        this.catalog = catalog;
        this.directory = directory;
        this.events = events;
    }

    /** Writes the location and tells the modules that set up every new location (its notification rules). */
    long location(long chainId, Site site) {
        long id = directory.insertLocation(
                chainId,
                new DirectoryWriter.NewLocation(
                        site.title(),
                        site.zone(),
                        site.country(),
                        site.city(),
                        site.address(),
                        site.phone(),
                        site.currency(),
                        site.region()));
        events.publishEvent(new LocationOpened(id, chainId));
        return id;
    }

    void hours(long locationId, Site site, LocalDate closedDay) {
        List<DirectoryWriter.Hours> hours = new ArrayList<>();
        for (short day = 1; day <= 5; day++) {
            hours.add(
                    new DirectoryWriter.Hours(locationId, DayOfWeek.of(day), TimeSlot.of(site.opens(), site.closes())));
        }
        hours.add(new DirectoryWriter.Hours(
                locationId, DayOfWeek.SATURDAY, TimeSlot.of(site.saturdayOpens(), site.saturdayCloses())));
        directory.insertHours(hours);
        directory.insertClosedDays(List.of(new DirectoryWriter.ClosedDay(locationId, closedDay)));
    }

    /** Two treatment rooms and one laser device, by resource key. */
    Resources resources(long locationId) {
        Map<String, List<String>> planned = new LinkedHashMap<>();
        planned.put("room", List.of("Treatment room", "Room 1", "Room 2"));
        planned.put("laser", List.of("Laser device", "Laser 1"));
        Iterator<Long> resourceIds = rows.nextIds("resources", planned.size()).iterator();
        int instanceCount =
                planned.values().stream().mapToInt(t -> t.size() - 1).sum();
        Iterator<Long> instanceIds =
                rows.nextIds("resource_instances", instanceCount).iterator();
        Resources resources = new Resources(new LinkedHashMap<>(), new LinkedHashMap<>());
        List<DirectoryWriter.NewResource> resourceRows = new ArrayList<>();
        List<DirectoryWriter.NewInstance> instanceRows = new ArrayList<>();
        planned.forEach((key, titles) -> {
            long id = resourceIds.next();
            resources.ids().put(key, id);
            resourceRows.add(new DirectoryWriter.NewResource(id, locationId, titles.get(0)));
            List<Long> instances = new ArrayList<>();
            for (String title : titles.subList(1, titles.size())) {
                long instance = instanceIds.next();
                instances.add(instance);
                instanceRows.add(new DirectoryWriter.NewInstance(instance, id, locationId, title));
            }
            resources.instances().put(key, instances);
        });
        directory.insertResources(resourceRows);
        directory.insertInstances(instanceRows);
        return resources;
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
        List<String[]> planned = List.of(
                new String[] {"VIP", "#c62828"},
                new String[] {"First visit", "#1565c0"},
                new String[] {"Paid online", "#2e7d32"},
                new String[] {"Follow-up", "#f9a825"});
        List<Long> ids = rows.nextIds("appointment_categories", planned.size());
        List<LabelWriter.NewCategory> categories = new ArrayList<>();
        for (int i = 0; i < planned.size(); i++) {
            categories.add(new LabelWriter.NewCategory(ids.get(i), locationId, planned.get(i)[0], planned.get(i)[1]));
        }
        labels.insertAppointmentCategories(categories);
        return ids;
    }

    /**
     * The resources of a location by key ("room", "laser").
     *
     * @param instances instance ids by resource key
     */
    record Resources(Map<String, Long> ids, Map<String, List<Long>> instances) {}
}
