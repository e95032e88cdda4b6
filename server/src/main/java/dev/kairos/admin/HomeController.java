package dev.kairos.admin;

import dev.kairos.auth.Access;
import dev.kairos.auth.SessionUser;
import dev.kairos.directory.Location;
import dev.kairos.directory.LocationSettings;
import dev.kairos.directory.Locations;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page and the first page after it: the locations this person may work at. */
@Controller
class HomeController {

    private final Access access;
    private final Locations locations;
    private final LocationSettings settings;

    HomeController(Access access, Locations locations, LocationSettings settings) {
        this.access = access;
        this.locations = locations;
        this.settings = settings;
    }

    @GetMapping("/")
    String root() {
        return "redirect:/admin";
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/admin")
    String home(@AuthenticationPrincipal SessionUser user, Model model) {
        List<Location> visible = access.visibleLocations(user.caller()).stream()
                .map(id -> locations.find(id).orElse(null))
                .filter(l -> l != null)
                .toList();
        model.addAttribute("user", user);
        model.addAttribute("locations", visible);
        model.addAttribute("mayOpenLocations", settings.mayOpen(user.caller()));
        return "admin/home";
    }
}
