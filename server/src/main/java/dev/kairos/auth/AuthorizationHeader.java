package dev.kairos.auth;

import java.util.Locale;

/**
 * The Altegio {@code Authorization} header, {@code Bearer <partner>, User <user>}, parsed
 * leniently: parts split on commas, keywords in any case, extra spaces ignored, the user part
 * optional.
 */
record AuthorizationHeader(String partnerToken, String userToken) {

    static AuthorizationHeader parse(String header) {
        String partner = null;
        String user = null;
        if (header != null) {
            for (String part : header.split(",")) {
                String[] words = part.strip().split("\\s+", 2);
                if (words.length < 2 || words[1].isBlank()) {
                    continue;
                }
                String keyword = words[0].toLowerCase(Locale.ROOT);
                if (keyword.equals("bearer")) {
                    partner = words[1].strip();
                } else if (keyword.equals("user")) {
                    user = words[1].strip();
                }
            }
        }
        return new AuthorizationHeader(partner, user);
    }
}
