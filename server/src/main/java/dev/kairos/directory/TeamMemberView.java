package dev.kairos.directory;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import tools.jackson.databind.annotation.JsonSerialize;

/** Team members in the Altegio staff shapes. */
public final class TeamMemberView {

    private TeamMemberView() {}

    /** A member's position, {@code {id, title}}; written {@code []} where the member has none. */
    @Schema(name = "StaffPosition")
    public record PositionRef(long id, String title) {

        static PositionRef of(TeamMember m) {
            return m.position() == null
                    ? null
                    : new PositionRef(m.position().id(), m.position().title());
        }
    }

    /** The position inside a B2B record: {@code {id, title, services_binding_type}}, or {@code []}. */
    @Schema(name = "StaffRecordPosition")
    public record RecordPosition(long id, String title, int servicesBindingType) {}

    /** Altegio's image group of a member: always the empty object, Kairos keeps one avatar. */
    @JsonPropertyOrder
    @Schema(name = "StaffImageGroup")
    public record ImageGroup() {}

    /** {@code GET /company/{cid}/staff}: the short object. */
    @Schema(name = "StaffBrief")
    public record Brief(
            long id,
            String name,
            long companyId,
            String specialization,

            @Schema(description = "{id, title}, or [] when the member has no position")
            @JsonSerialize(nullsUsing = EmptyArrayWhenNull.class)
            PositionRef position,

            String avatar,
            String avatarBig,
            int fired,
            int status,
            int hidden,
            Long userId,
            String apiId,
            int weight,
            List<Long> locationIds) {}

    /** {@code GET /staff/{cid}/{id}}: the fuller object. */
    @Schema(name = "Staff")
    public record Full(
            long id,
            String apiId,
            String name,
            long companyId,
            String specialization,

            @Schema(description = "{id, title}, or [] when the member has no position")
            @JsonSerialize(nullsUsing = EmptyArrayWhenNull.class)
            PositionRef position,

            int showRating,
            BigDecimal rating,
            int votesCount,
            Long userId,
            String avatar,
            String avatarBig,
            int commentsCount,
            int weight,
            String information,
            int hidden,
            int fired,
            int status,
            ImageGroup imageGroup,
            boolean hasAccessTimetable,
            List<Long> locationIds) {}

    /** The staff object of online booking ({@code book_staff}) and of a client's record. */
    @Schema(name = "BookableStaff")
    public record ForBooking(
            long id,
            String name,
            String specialization,

            @Schema(description = "{id, title}, or [] when the member has no position")
            @JsonSerialize(nullsUsing = EmptyArrayWhenNull.class)
            PositionRef position,

            int showRating,
            BigDecimal rating,
            int votesCount,
            String avatar,
            int commentsCount,
            int weight,
            String information) {}

    /** The staff object inside a B2B record ({@code GET /records}). */
    @Schema(name = "RecordStaff")
    public record ForRecord(
            long id,
            String apiId,
            String name,
            String specialization,

            @Schema(description = "{id, title, services_binding_type}, or [] when the member has no position")
            @JsonSerialize(nullsUsing = EmptyArrayWhenNull.class)
            RecordPosition position,

            String avatar,
            String avatarBig,
            BigDecimal rating,
            int votesCount) {}

    /** {@code POST /company/{cid}/staff/quick}: the created member. */
    @Schema(name = "StaffQuick")
    public record Quick(
            long id,
            String name,
            long companyId,
            String specialization,
            String avatar,
            String avatarBig,

            @Schema(description = "{id, title}, or [] when the member has no position")
            @JsonSerialize(nullsUsing = EmptyArrayWhenNull.class)
            PositionRef position) {}

    static Brief brief(TeamMember m) {
        return new Brief(
                m.id(),
                m.name(),
                m.locationId(),
                m.specialization(),
                PositionRef.of(m),
                m.avatar(),
                m.avatar(),
                flag(m.fired()),
                flag(m.deleted()),
                flag(m.hidden()),
                m.userId(),
                m.apiId(),
                m.weight(),
                m.locationIds());
    }

    public static Full full(TeamMember m) {
        return new Full(
                m.id(),
                m.apiId(),
                m.name(),
                m.locationId(),
                m.specialization(),
                PositionRef.of(m),
                1,
                m.rating(),
                m.votesCount(),
                m.userId(),
                m.avatar(),
                m.avatar(),
                0,
                m.weight(),
                m.information(),
                flag(m.hidden()),
                flag(m.fired()),
                flag(m.deleted()),
                new ImageGroup(),
                m.userId() != null,
                m.locationIds());
    }

    public static ForBooking forBooking(TeamMember m) {
        return new ForBooking(
                m.id(),
                m.name(),
                m.specialization(),
                PositionRef.of(m),
                1,
                m.rating(),
                m.votesCount(),
                m.avatar(),
                0,
                m.weight(),
                m.information());
    }

    public static ForRecord forRecord(TeamMember m) {
        return new ForRecord(
                m.id(),
                m.apiId(),
                m.name(),
                m.specialization(),
                m.position() == null
                        ? null
                        : new RecordPosition(m.position().id(), m.position().title(), 0),
                m.avatar(),
                m.avatar(),
                m.rating(),
                m.votesCount());
    }

    static Quick quick(TeamMember m) {
        return new Quick(
                m.id(), m.name(), m.locationId(), m.specialization(), m.avatar(), m.avatar(), PositionRef.of(m));
    }

    private static int flag(boolean value) {
        return value ? 1 : 0;
    }
}
