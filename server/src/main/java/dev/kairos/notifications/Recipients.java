package dev.kairos.notifications;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where a message goes: the client's or team member's own address, or for the location's staff the
 * address set in the notification settings, else every user who may edit the location's appointments.
 */
@Component
class Recipients {

    private final JdbcClient db;

    Recipients(JdbcClient db) {
        this.db = db;
    }

    /** The addresses (emails or E.164 phones); empty when there is nobody to tell. */
    List<String> of(Target target, Channel channel, Facts facts) {
        return switch (target) {
            case CLIENT ->
                one(
                        channel == Channel.EMAIL
                                ? facts.client().email()
                                : facts.client().phone());
            case TEAM_MEMBER ->
                one(
                        channel == Channel.EMAIL
                                ? facts.member().email()
                                : facts.member().phone());
            case LOCATION -> channel == Channel.SMS ? one(facts.place().staffPhone()) : staffEmails(facts.place());
        };
    }

    private List<String> staffEmails(Facts.Place place) {
        if (!place.staffEmail().isBlank()) {
            return one(place.staffEmail());
        }
        return db
                .sql("""
                        select distinct coalesce(nullif(u.email, ''), u.login) from users u
                         where u.chain_id = :chain
                           and (u.is_owner or exists (
                                   select 1 from user_locations ul join roles r on r.id = ul.role_id
                                    where ul.user_id = u.id and ul.location_id = :location
                                      and 'EDIT_RECORDS' = any(r.rights)))
                         order by 1
                        """)
                .param("chain", place.chainId())
                .param("location", place.id())
                .query(String.class)
                .list()
                .stream()
                .filter(address -> address.contains("@"))
                .toList();
    }

    private static List<String> one(String address) {
        return address == null || address.isBlank() ? List.of() : List.of(address.strip());
    }
}
