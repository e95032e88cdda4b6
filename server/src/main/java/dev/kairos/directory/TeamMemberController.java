package dev.kairos.directory;

import dev.kairos.auth.Caller;
import dev.kairos.web.ApiException;
import dev.kairos.web.Envelope;
import dev.kairos.wire.Paging;
import dev.kairos.wire.QueryParams;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Team members: Altegio's {@code /company/{cid}/staff}, the deprecated {@code /staff/{cid}} and the
 * canonical {@code /locations/{id}/team_members}. Members are changed at their home location only.
 */
@RestController
@RequestMapping("/api/v1")
class TeamMemberController {

    private final TeamMembers members;
    private final DirectoryAccess access;
    private final TeamAdmin team;

    TeamMemberController(TeamMembers members, DirectoryAccess access, TeamAdmin team) {
        this.members = members;
        this.access = access;
        this.team = team;
    }

    @GetMapping({
        "/company/{cid}/staff",
        "/company/{cid}/staff/{id}",
        "/locations/{cid}/team_members",
        "/locations/{cid}/team_members/{id}"
    })
    Envelope<List<Map<String, Object>>> list(
            Caller caller,
            @PathVariable long cid,
            @PathVariable(required = false) Long id,
            HttpServletRequest request) {
        access.read(caller, cid);
        if (id != null && id != 0) {
            return Envelope.counted(List.of(TeamMemberView.brief(access.member(cid, id))), 1);
        }
        return page(members.atLocation(cid), request, TeamMemberView::brief);
    }

    /**
     * Deprecated, partner token enough: without a user who may see the location, only bookable
     * members. An id of 0 (or none) is the list, one page of it when {@code page}/{@code count} ask.
     */
    @GetMapping({"/staff/{cid}", "/staff/{cid}/{id}"})
    Envelope<?> legacy(
            Caller caller,
            @PathVariable long cid,
            @PathVariable(required = false) Long id,
            HttpServletRequest request) {
        boolean staffView = access.maySee(caller, cid);
        if (id == null || id == 0) {
            return page(staffView ? members.atLocation(cid) : members.bookable(cid), request, TeamMemberView::full);
        }
        TeamMember member = access.member(cid, id);
        if (!staffView && !member.bookable()) {
            throw ApiException.notFound("Staff");
        }
        return Envelope.of(TeamMemberView.full(member));
    }

    private static Envelope<List<Map<String, Object>>> page(
            List<TeamMember> all, HttpServletRequest request, Function<TeamMember, Map<String, Object>> view) {
        Paging paging = Paging.lenient(new QueryParams(request), Paging.WHOLE_LIST, Paging.WHOLE_LIST);
        return Envelope.counted(paging.of(all).stream().map(view).toList(), all.size());
    }

    @PostMapping("/company/{cid}/staff/quick")
    @ResponseStatus(HttpStatus.CREATED)
    Envelope<Map<String, Object>> quickCreate(
            Caller caller, @PathVariable long cid, @RequestBody TeamMemberRequest request) {
        return Envelope.of(TeamMemberView.quick(team.create(caller, cid, request)));
    }

    @PostMapping({"/staff/{cid}", "/locations/{cid}/team_members"})
    @ResponseStatus(HttpStatus.CREATED)
    Envelope<Map<String, Object>> create(
            Caller caller, @PathVariable long cid, @RequestBody TeamMemberRequest request) {
        return Envelope.of(TeamMemberView.full(team.create(caller, cid, request)));
    }

    @PutMapping({"/staff/{cid}/{id}", "/locations/{cid}/team_members/{id}"})
    Envelope<Map<String, Object>> update(
            Caller caller, @PathVariable long cid, @PathVariable long id, @RequestBody TeamMemberRequest request) {
        return Envelope.of(TeamMemberView.full(team.update(caller, cid, id, request)));
    }

    @DeleteMapping({"/staff/{cid}/{id}", "/locations/{cid}/team_members/{id}"})
    ResponseEntity<Void> delete(Caller caller, @PathVariable long cid, @PathVariable long id) {
        team.delete(caller, cid, id);
        return ResponseEntity.noContent().build();
    }
}
