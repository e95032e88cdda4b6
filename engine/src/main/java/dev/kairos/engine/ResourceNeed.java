package dev.kairos.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * One required resource: the services that need it and its instances. An instance serves the
 * booking if it is free during every one of those services (buffers are staff time, not
 * resource time).
 */
final class ResourceNeed {

    private final ResourceId resource;
    private final int[] services;
    private final ResourceInstance[] instances;

    ResourceNeed(ResourceId resource, int[] services, List<ResourceInstance> instances) {
        this.resource = resource;
        this.services = services;
        this.instances = instances.toArray(new ResourceInstance[0]);
    }

    static List<ResourceNeed> of(List<ServiceSpec> services, List<ResourceInstance> instances) {
        return services.stream()
                .flatMap(service -> service.requiredResources().stream())
                .distinct()
                .sorted(Comparator.comparingLong(ResourceId::value))
                .map(resource -> new ResourceNeed(
                        resource,
                        servicesNeeding(resource, services),
                        instances.stream()
                                .filter(instance -> instance.resource().equals(resource))
                                .toList()))
                .toList();
    }

    private static int[] servicesNeeding(ResourceId resource, List<ServiceSpec> services) {
        return IntStream.range(0, services.size())
                .filter(i -> services.get(i).requiredResources().contains(resource))
                .toArray();
    }

    ResourceId resource() {
        return resource;
    }

    /** How many instances are free for this booking, stopping once {@code enough} are found. */
    int countFree(long slotStart, DurationPlan plan, int enough) {
        int free = 0;
        for (int i = 0; i < instances.length && free < enough; i++) {
            if (isFree(instances[i], slotStart, plan)) {
                free++;
            }
        }
        return free;
    }

    List<ResourceInstanceId> freeInstances(long slotStart, DurationPlan plan) {
        List<ResourceInstanceId> free = new ArrayList<>(instances.length);
        for (ResourceInstance instance : instances) {
            if (isFree(instance, slotStart, plan)) {
                free.add(instance.id());
            }
        }
        return free;
    }

    private boolean isFree(ResourceInstance instance, long slotStart, DurationPlan plan) {
        for (int service : services) {
            if (instance.busy()
                    .overlapsSeconds(plan.segmentStart(slotStart, service), plan.segmentEnd(slotStart, service))) {
                return false;
            }
        }
        return true;
    }
}
