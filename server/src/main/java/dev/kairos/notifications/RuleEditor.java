package dev.kairos.notifications;

import dev.kairos.audit.ActivityLog;
import dev.kairos.auth.Access;
import dev.kairos.auth.Caller;
import dev.kairos.auth.Right;
import dev.kairos.catalog.Services;
import dev.kairos.refusal.Fault;
import dev.kairos.refusal.Refusal;
import dev.kairos.refusal.Refused;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and changes notification rules for the API and the settings page alike: reading needs
 * {@code VIEW_RECORDS}, changing {@code MANAGE_SETTINGS}; every change is logged.
 */
@Service
public class RuleEditor {

    private final NotificationRules rules;
    private final Services services;
    private final Access access;
    private final ActivityLog activity;
    private final Clock clock;

    RuleEditor(NotificationRules rules, Services services, Access access, ActivityLog activity, Clock clock) {
        this.rules = rules;
        this.services = services;
        this.access = access;
        this.activity = activity;
        this.clock = clock;
    }

    /**
     * The location's default rules ({@code serviceId} null) or a service's own.
     *
     * @throws Refused 403 without the right, 404 for a service of another location
     */
    @Transactional(readOnly = true)
    public List<Rule> list(Caller caller, long locationId, Long serviceId) {
        access.require(caller, locationId, Right.VIEW_RECORDS);
        requireService(locationId, serviceId);
        return rules.list(locationId, serviceId);
    }

    /** @throws Refused 403 without the right, 404 for a rule of another location */
    @Transactional(readOnly = true)
    Rule get(Caller caller, long locationId, long ruleId) {
        access.require(caller, locationId, Right.VIEW_RECORDS);
        return find(locationId, ruleId);
    }

    /** @throws Refused 422 for a bad body, 409 when the same rule exists already */
    @Transactional
    Rule create(Caller caller, long locationId, Long serviceId, RuleBody body) {
        access.require(caller, locationId, Right.MANAGE_SETTINGS);
        requireService(locationId, serviceId);
        Rule wanted = body.over(null, locationId, serviceId);
        requireUnique(wanted);
        long id = rules.insert(wanted);
        log(caller, "created", id, wanted);
        return find(locationId, id);
    }

    @Transactional
    Rule update(Caller caller, long locationId, long ruleId, RuleBody body) {
        access.require(caller, locationId, Right.MANAGE_SETTINGS);
        Rule current = find(locationId, ruleId);
        Rule wanted = body.over(current, locationId, current.serviceId());
        requireUnique(wanted);
        rules.update(current, wanted, clock.instant());
        log(caller, "updated", ruleId, wanted);
        return find(locationId, ruleId);
    }

    @Transactional
    void delete(Caller caller, long locationId, long ruleId) {
        access.require(caller, locationId, Right.MANAGE_SETTINGS);
        Rule current = find(locationId, ruleId);
        rules.delete(ruleId);
        log(caller, "deleted", ruleId, current);
    }

    private Rule find(long locationId, long ruleId) {
        return rules.find(locationId, ruleId)
                .orElseThrow(() -> Refusal.notFound("Notification rule").exception());
    }

    private void requireService(long locationId, Long serviceId) {
        if (serviceId != null && services.find(locationId, serviceId).isEmpty()) {
            throw Refusal.notFound("Service").exception();
        }
    }

    private void requireUnique(Rule rule) {
        if (rules.duplicates(rule)) {
            throw Refusal.conflict(Fault.of("refusal.notify.rule-exists", "The same rule exists already"))
                    .exception();
        }
    }

    private void log(Caller caller, String action, long id, Rule rule) {
        activity.record(
                rule.locationId(),
                caller,
                action,
                "notification_rule",
                id,
                Map.of(
                        "event", rule.event().wireName(),
                        "target", rule.target().wireName(),
                        "channel", rule.channel().wireName(),
                        "offset_minutes", rule.offsetMinutes(),
                        "active", rule.active()));
    }
}
