package dev.kairos.webhooks;

import java.util.List;

/**
 * {@code GET /hooks_settings/{cid}}: Altegio's configuration object, flags as 0/1, plus whether a
 * shared bearer token is set (the token itself is never shown).
 */
record HooksSettingsView(
        List<String> urls,
        int active,
        int salon,
        int serviceCategory,
        int service,
        int master,
        int client,
        int record,
        int schedule,
        int financesOperation,
        boolean bearerTokenSet) {

    static HooksSettingsView of(WebhookSettings.Stored stored) {
        HookSettings s = stored.settings();
        return new HooksSettingsView(
                s.urls(),
                bit(s.active()),
                bit(s.resources().contains(Resource.COMPANY)),
                bit(s.resources().contains(Resource.SERVICE_CATEGORY)),
                bit(s.resources().contains(Resource.SERVICE)),
                bit(s.resources().contains(Resource.STAFF)),
                bit(s.resources().contains(Resource.CLIENT)),
                bit(s.resources().contains(Resource.RECORD)),
                bit(s.resources().contains(Resource.SCHEDULE)),
                bit(s.resources().contains(Resource.FINANCES_OPERATION)),
                stored.hasBearerToken());
    }

    private static int bit(boolean on) {
        return on ? 1 : 0;
    }
}
