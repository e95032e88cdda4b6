package dev.kairos.directory;

import dev.kairos.auth.Access;
import dev.kairos.auth.Right;
import dev.kairos.auth.SessionUser;
import dev.kairos.refusal.Fault;
import dev.kairos.web.ApiException;
import jakarta.servlet.http.HttpServletResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The team pages of a location ({@code /admin/locations/{id}/team}): the members, fired and hidden
 * ones marked; adding one; a member's details and position (those who manage the staff), her
 * weekly hours here and her changes on single dates (those who manage the schedule). Every form
 * goes through {@link TeamAdmin}, the API's own rules; a refused form is shown again as typed.
 */
@Controller
@RequestMapping("/admin/locations/{locationId}/team")
class TeamPage {

    private static final List<String> MEMBER =
            List.of("name", "position_id", "specialization", "phone", "email", "hidden", "fired");

    /** How far ahead a member's changes on single dates are listed. */
    private static final int DAYS_AHEAD = 366;

    private final TeamAdmin team;
    private final TeamMembers members;
    private final Positions positions;
    private final Schedules schedules;
    private final ScheduleOverrides overrides;
    private final LocationSettings settings;
    private final Locations locations;
    private final Access access;
    private final MessageSource messages;

    TeamPage(
            TeamAdmin team,
            TeamMembers members,
            Positions positions,
            Schedules schedules,
            ScheduleOverrides overrides,
            LocationSettings settings,
            Locations locations,
            Access access,
            MessageSource messages) {
        this.team = team;
        this.members = members;
        this.positions = positions;
        this.schedules = schedules;
        this.overrides = overrides;
        this.settings = settings;
        this.locations = locations;
        this.access = access;
        this.messages = messages;
    }

    /** A date on which a member works other hours than her week, or not at all. */
    record DayRow(LocalDate date, boolean off, String hours) {}

    @GetMapping
    String list(@AuthenticationPrincipal SessionUser user, @PathVariable long locationId, Model model) {
        return listPage(user, locationId, PageForm.of("new", Map.of()), model);
    }

    @PostMapping
    String create(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @RequestParam Map<String, String> params,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        PageForm form = PageForm.of("new", LocationSettingsPage.typed(params, MEMBER));
        return form.submit(
                response,
                messages,
                () -> {
                    TeamMember made = team.create(user.caller(), locationId, request(form));
                    return done(redirect, locationId, made.id(), "team.notice.created", made.name());
                },
                refused -> listPage(user, locationId, refused, model));
    }

    @GetMapping("/{memberId}")
    String member(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @PathVariable long memberId,
            @RequestParam(name = "position", required = false) Long position,
            Locale locale,
            Model model) {
        return memberPage(user, locationId, memberId, null, position, locale, model);
    }

    @PostMapping("/{memberId}")
    String update(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @PathVariable long memberId,
            @RequestParam Map<String, String> params,
            Locale locale,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        PageForm form = PageForm.of("member", LocationSettingsPage.typed(params, MEMBER));
        return form.submit(
                response,
                messages,
                () -> {
                    TeamMember saved = team.update(user.caller(), locationId, memberId, request(form));
                    return done(redirect, locationId, memberId, "team.notice.saved", saved.name());
                },
                refused -> memberPage(user, locationId, memberId, refused, null, locale, model));
    }

    @PostMapping("/{memberId}/delete")
    String delete(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @PathVariable long memberId,
            RedirectAttributes redirect) {
        TeamMember gone = team.delete(user.caller(), locationId, memberId);
        redirect.addFlashAttribute("notice", "team.notice.deleted");
        redirect.addFlashAttribute("noticeTitle", gone.name());
        return "redirect:/admin/locations/" + locationId + "/team";
    }

    @PostMapping("/{memberId}/positions")
    String addPosition(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @PathVariable long memberId,
            @RequestParam Map<String, String> params,
            Locale locale,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        PageForm form = PageForm.of("position", LocationSettingsPage.typed(params, List.of("title")));
        return form.submit(
                response,
                messages,
                () -> {
                    Position made = team.addPosition(user.caller(), locationId, form.value("title"), null);
                    redirect.addFlashAttribute("notice", "team.notice.position");
                    redirect.addFlashAttribute("noticeTitle", made.title());
                    return "redirect:/admin/locations/" + locationId + "/team/" + memberId + "?position=" + made.id();
                },
                refused -> memberPage(user, locationId, memberId, refused, null, locale, model));
    }

    @PostMapping("/{memberId}/hours")
    String week(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @PathVariable long memberId,
            @RequestParam Map<String, String> params,
            Locale locale,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        PageForm form = PageForm.of("hours", LocationSettingsPage.typed(params, LocationSettingsPage.dayFields()));
        List<WeeklyEntry> entries = new ArrayList<>();
        for (int day = 1; day <= 7; day++) {
            int d = day;
            HoursText.read(form.value("day" + day)).forEach(s -> entries.add(new WeeklyEntry(d, s.from(), s.to())));
        }
        return form.submit(
                response,
                messages,
                () -> {
                    team.replaceWeek(user.caller(), locationId, memberId, entries);
                    return done(redirect, locationId, memberId, "team.notice.hours", "");
                },
                refused -> memberPage(user, locationId, memberId, refused, null, locale, model));
    }

    @PostMapping("/{memberId}/days")
    String day(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @PathVariable long memberId,
            @RequestParam Map<String, String> params,
            Locale locale,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        PageForm form = PageForm.of("day", LocationSettingsPage.typed(params, List.of("date", "off", "hours")));
        List<SlotBody> slots = form.checked("off") ? List.of() : HoursText.read(form.value("hours"));
        if (!form.checked("off") && slots.isEmpty()) {
            response.setStatus(422);
            return memberPage(
                    user, locationId, memberId, form.refused("hours", Fault.required(), messages), null, locale, model);
        }
        ScheduleChange change = new ScheduleChange(
                List.of(new ScheduleChange.ToSet(null, memberId, List.of(form.value("date")), slots, null)), null);
        return form.submit(
                response,
                messages,
                () -> {
                    team.changeSchedule(user.caller(), locationId, change);
                    return done(redirect, locationId, memberId, "team.notice.day", form.value("date"));
                },
                refused -> memberPage(user, locationId, memberId, refused, null, locale, model));
    }

    @PostMapping("/{memberId}/days/{date}/delete")
    String clearDay(
            @AuthenticationPrincipal SessionUser user,
            @PathVariable long locationId,
            @PathVariable long memberId,
            @PathVariable LocalDate date,
            RedirectAttributes redirect) {
        team.clearDay(user.caller(), locationId, memberId, date);
        return done(redirect, locationId, memberId, "team.notice.day-removed", date.toString());
    }

    private String listPage(SessionUser user, long locationId, PageForm form, Model model) {
        Location location = open(user, locationId, model);
        model.addAttribute("members", members.atLocation(locationId));
        model.addAttribute("form", form);
        model.addAttribute("positions", positions.ofChain(location.chainId()));
        return "directory/team";
    }

    private String memberPage(
            SessionUser user,
            long locationId,
            long memberId,
            PageForm refused,
            Long chosenPosition,
            Locale locale,
            Model model) {
        Location location = open(user, locationId, model);
        TeamMember member = members.findAt(locationId, memberId)
                .filter(m -> !m.deleted())
                .orElseThrow(() -> ApiException.notFound("Staff"));
        model.addAttribute("member", member);
        model.addAttribute("home", member.locationId() == locationId);
        model.addAttribute("positions", positions.ofChain(location.chainId()));
        Map<String, String> stored = details(member, members.contact(memberId));
        if (chosenPosition != null
                && positions.find(location.chainId(), chosenPosition).isPresent()) {
            stored.put("position_id", String.valueOf(chosenPosition));
        }
        model.addAttribute("details", PageForm.shown(refused, "member", stored));
        model.addAttribute("position", PageForm.shown(refused, "position", Map.of()));
        Map<String, String> week = new LinkedHashMap<>();
        Map<DayOfWeek, List<TimeSlot>> hours = schedules.weeklyHours(memberId, locationId);
        for (DayOfWeek d : DayOfWeek.values()) {
            week.put("day" + d.getValue(), HoursText.of(hours.get(d)));
        }
        model.addAttribute("hours", PageForm.shown(refused, "hours", week));
        model.addAttribute("day", PageForm.shown(refused, "day", Map.of()));
        model.addAttribute("days", LocationSettingsPage.weekRows(locale));
        LocalDate today = settings.today(location);
        model.addAttribute(
                "changes",
                overrides
                        .of(List.of(memberId), locationId, today, today.plusDays(DAYS_AHEAD))
                        .getOrDefault(memberId, Map.of())
                        .values()
                        .stream()
                        .sorted(java.util.Comparator.comparing(DayOverride::date))
                        .map(o -> new DayRow(o.date(), o.isDayOff(), HoursText.of(o.slots())))
                        .toList());
        return "directory/member";
    }

    /** The location, once the person may work on its team: manage its staff or its schedule. */
    private Location open(SessionUser user, long locationId, Model model) {
        Location location = locations.find(locationId).orElseThrow(() -> ApiException.notFound("Location"));
        if (!access.holds(user.caller(), locationId, Right.MANAGE_STAFF)
                && !access.holds(user.caller(), locationId, Right.MANAGE_SCHEDULE)) {
            throw ApiException.forbidden();
        }
        model.addAttribute("user", user);
        model.addAttribute("location", location);
        model.addAttribute("section", "team");
        return location;
    }

    private static Map<String, String> details(TeamMember m, TeamMembers.Contact contact) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("name", m.name());
        v.put(
                "position_id",
                m.position() == null ? "" : String.valueOf(m.position().id()));
        v.put("specialization", m.specialization());
        v.put("phone", contact.phone());
        v.put("email", contact.email());
        v.put("hidden", String.valueOf(m.hidden()));
        v.put("fired", String.valueOf(m.fired()));
        return v;
    }

    /** The request a member form stands for; a position that cannot be read is left for the rules to refuse. */
    private static TeamMemberRequest request(PageForm form) {
        String position = form.value("position_id").strip();
        Long positionId;
        try {
            positionId = position.isEmpty() ? 0L : Long.parseLong(position);
        } catch (NumberFormatException e) {
            positionId = -1L;
        }
        return new TeamMemberRequest(
                form.value("name"),
                form.value("specialization").strip(),
                null,
                null,
                null,
                null,
                positionId,
                form.checked("hidden"),
                form.checked("fired"),
                null,
                form.value("phone").strip(),
                null,
                form.value("email").strip());
    }

    private static String done(
            RedirectAttributes redirect, long locationId, long memberId, String notice, String title) {
        redirect.addFlashAttribute("notice", notice);
        redirect.addFlashAttribute("noticeTitle", title);
        return "redirect:/admin/locations/" + locationId + "/team/" + memberId;
    }
}
