package dev.kairos.auth;

/** What a role may do at the locations it covers. Stored by name in {@code roles.rights}. */
public enum Right {
    MANAGE_SETTINGS,
    MANAGE_STAFF,
    MANAGE_SERVICES,
    MANAGE_SCHEDULE,
    VIEW_CLIENTS,
    MANAGE_CLIENTS,
    VIEW_RECORDS,
    EDIT_RECORDS,
    DELETE_RECORDS,
    DELETE_PAID_RECORDS,
    DELETE_ARRIVED_RECORDS,
    OVERBOOK,
    EXPORT,
    IMPORT,
    VIEW_ACTIVITY_LOG,
    MANAGE_USERS,
    SEE_FINANCES
}
