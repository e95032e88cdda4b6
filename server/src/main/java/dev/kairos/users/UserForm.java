package dev.kairos.users;

import java.util.ArrayList;
import java.util.List;

/**
 * What the invite and edit forms sent, as typed, to show again when refused. Numbers that do not
 * read as ids become ids no location or role has, so the same rules refuse them.
 */
record UserForm(String name, String email, String phone, String roleId, List<String> locationIds) {

    UserForm {
        name = name == null ? "" : name;
        email = email == null ? "" : email;
        phone = phone == null ? "" : phone;
        roleId = roleId == null ? "" : roleId;
        locationIds = locationIds == null ? List.of() : List.copyOf(locationIds);
    }

    static UserForm of(Account a) {
        return new UserForm(
                a.name(),
                a.email(),
                a.phone(),
                a.roleId() == null ? "" : String.valueOf(a.roleId()),
                a.locationIds().stream().map(String::valueOf).toList());
    }

    public boolean hasLocation(long id) {
        return locationIds.contains(String.valueOf(id));
    }

    public boolean hasRole(long id) {
        return roleId.equals(String.valueOf(id));
    }

    UserRequest invitation() {
        return new UserRequest(name, email, phone, id(roleId), ids(), null);
    }

    UserRequest change() {
        return new UserRequest(name, null, phone, id(roleId), ids(), null);
    }

    private List<Long> ids() {
        List<Long> ids = new ArrayList<>();
        locationIds.forEach(l -> ids.add(id(l)));
        return ids;
    }

    private static Long id(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }
}
