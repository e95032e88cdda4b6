package dev.kairos.directory;

import dev.kairos.auth.Caller;
import dev.kairos.web.ApiException;
import dev.kairos.web.Envelope;
import dev.kairos.wire.Paging;
import dev.kairos.wire.QueryParams;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
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
    Envelope<List<TeamMemberView.Brief>> list(
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
    @GetMapping({"/staff/{cid}", "/staff/{cid}/0"})
    Envelope<List<TeamMemberView.Full>> legacyList(Caller caller, @PathVariable long cid, HttpServletRequest request) {
        boolean staffView = access.maySee(caller, cid);
        return page(staffView ? members.atLocation(cid) : members.bookable(cid), request, TeamMemberView::full);
    }

    /** Deprecated, partner token enough: one member, who must be bookable unless the caller may see the location. */
    @GetMapping("/staff/{cid}/{id}")
    Envelope<TeamMemberView.Full> legacyOne(Caller caller, @PathVariable long cid, @PathVariable long id) {
        boolean staffView = access.maySee(caller, cid);
        TeamMember member = access.member(cid, id);
        if (!staffView && !member.bookable()) {
            throw ApiException.notFound("Staff");
        }
        return Envelope.of(TeamMemberView.full(member));
    }

    private static <V> Envelope<List<V>> page(
            List<TeamMember> all, HttpServletRequest request, Function<TeamMember, V> view) {
        Paging paging = Paging.lenient(new QueryParams(request), Paging.WHOLE_LIST, Paging.WHOLE_LIST);
        return Envelope.counted(paging.of(all).stream().map(view).toList(), all.size());
    }

    @PostMapping("/company/{cid}/staff/quick")
    @ResponseStatus(HttpStatus.CREATED)
    Envelope<TeamMemberView.Quick> quickCreate(
            Caller caller, @PathVariable long cid, @RequestBody TeamMemberRequest request) {
        return Envelope.of(TeamMemberView.quick(team.create(caller, cid, request)));
    }

    @PostMapping({"/staff/{cid}", "/locations/{cid}/team_members"})
    @ResponseStatus(HttpStatus.CREATED)
    Envelope<TeamMemberView.Full> create(
            Caller caller, @PathVariable long cid, @RequestBody TeamMemberRequest request) {
        return Envelope.of(TeamMemberView.full(team.create(caller, cid, request)));
    }

    @PutMapping({"/staff/{cid}/{id}", "/locations/{cid}/team_members/{id}"})
    Envelope<TeamMemberView.Full> update(
            Caller caller, @PathVariable long cid, @PathVariable long id, @RequestBody TeamMemberRequest request) {
        return Envelope.of(TeamMemberView.full(team.update(caller, cid, id, request)));
    }

    @DeleteMapping({"/staff/{cid}/{id}", "/locations/{cid}/team_members/{id}"})
    ResponseEntity<Void> delete(Caller caller, @PathVariable long cid, @PathVariable long id) {
        team.delete(caller, cid, id);
        return ResponseEntity.noContent().build();
    }
}
