package dev.kairos.directory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Team members in the Altegio staff shapes. */
public final class TeamMemberView {

    private TeamMemberView() {}

    /** {@code GET /company/{cid}/staff}: the short object. */
    static Map<String, Object> brief(TeamMember m) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", m.id());
        view.put("name", m.name());
        view.put("company_id", m.locationId());
        view.put("specialization", m.specialization());
        view.put("position", position(m));
        view.put("avatar", m.avatar());
        view.put("avatar_big", m.avatar());
        view.put("fired", m.fired() ? 1 : 0);
        view.put("status", m.deleted() ? 1 : 0);
        view.put("hidden", m.hidden() ? 1 : 0);
        view.put("user_id", m.userId());
        view.put("api_id", m.apiId());
        view.put("weight", m.weight());
        view.put("location_ids", m.locationIds());
        return view;
    }

    /** {@code GET /staff/{cid}/{id}}: the fuller object. */
    public static Map<String, Object> full(TeamMember m) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", m.id());
        view.put("api_id", m.apiId());
        view.put("name", m.name());
        view.put("company_id", m.locationId());
        view.put("specialization", m.specialization());
        view.put("position", position(m));
        view.put("show_rating", 1);
        view.put("rating", m.rating());
        view.put("votes_count", m.votesCount());
        view.put("user_id", m.userId());
        view.put("avatar", m.avatar());
        view.put("avatar_big", m.avatar());
        view.put("comments_count", 0);
        view.put("weight", m.weight());
        view.put("information", m.information());
        view.put("hidden", m.hidden() ? 1 : 0);
        view.put("fired", m.fired() ? 1 : 0);
        view.put("status", m.deleted() ? 1 : 0);
        view.put("image_group", Map.of());
        view.put("has_access_timetable", m.userId() != null);
        view.put("location_ids", m.locationIds());
        return view;
    }

    /** The staff object of online booking ({@code book_staff}) and of a client's record. */
    public static Map<String, Object> forBooking(TeamMember m) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", m.id());
        view.put("name", m.name());
        view.put("specialization", m.specialization());
        view.put("position", position(m));
        view.put("show_rating", 1);
        view.put("rating", m.rating());
        view.put("votes_count", m.votesCount());
        view.put("avatar", m.avatar());
        view.put("comments_count", 0);
        view.put("weight", m.weight());
        view.put("information", m.information());
        return view;
    }

    /** The staff object inside a B2B record ({@code GET /records}). */
    public static Map<String, Object> forRecord(TeamMember m) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", m.id());
        view.put("api_id", m.apiId());
        view.put("name", m.name());
        view.put("specialization", m.specialization());
        view.put(
                "position",
                m.position() == null
                        ? List.of()
                        : Map.of("id", m.position().id(), "title", m.position().title(), "services_binding_type", 0));
        view.put("avatar", m.avatar());
        view.put("avatar_big", m.avatar());
        view.put("rating", m.rating());
        view.put("votes_count", m.votesCount());
        return view;
    }

    /** {@code POST /company/{cid}/staff/quick}: the created member. */
    static Map<String, Object> quick(TeamMember m) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", m.id());
        view.put("name", m.name());
        view.put("company_id", m.locationId());
        view.put("specialization", m.specialization());
        view.put("avatar", m.avatar());
        view.put("avatar_big", m.avatar());
        view.put("position", position(m));
        return view;
    }

    /** {@code {id, title}}, or {@code []} when the member has no position, as Altegio sends it. */
    private static Object position(TeamMember m) {
        return m.position() == null
                ? List.of()
                : Map.of("id", m.position().id(), "title", m.position().title());
    }
}
