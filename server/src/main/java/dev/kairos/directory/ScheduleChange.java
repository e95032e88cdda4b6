package dev.kairos.directory;

import java.util.List;

/**
 * The body of {@code PUT /company/{cid}/staff/schedule}. Each entry names its member as
 * {@code staff_id} or {@code team_member_id}; setting no slots makes the dates days off, and so
 * does deleting them.
 */
record ScheduleChange(List<ToSet> schedulesToSet, List<ToDelete> schedulesToDelete) {

    record ToSet(Long staffId, Long teamMemberId, List<String> dates, List<SlotBody> slots, Integer offDayType) {
        Long member() {
            return staffId != null ? staffId : teamMemberId;
        }
    }

    record ToDelete(Long staffId, Long teamMemberId, List<String> dates) {
        Long member() {
            return staffId != null ? staffId : teamMemberId;
        }
    }
}
