package dev.kairos.setup;

/**
 * What {@code --setup} needs: the chain's title and the owner's login and password.
 *
 * @throws IllegalArgumentException from {@link #of} when a value is missing or unusable
 */
public record SetupRequest(String chain, String login, String password) {

    /** Validates the values; {@code password} falls back to {@code passwordFromEnvironment}. */
    public static SetupRequest of(String chain, String login, String password, String passwordFromEnvironment) {
        String title = chain == null ? "" : chain.strip();
        String owner = login == null ? "" : login.strip();
        String secret = password != null && !password.isEmpty() ? password : passwordFromEnvironment;
        if (title.isEmpty() || title.length() > 200) {
            throw new IllegalArgumentException("--chain=\"Your business\" is required (1 to 200 characters)");
        }
        if (owner.length() < 3 || owner.length() > 200) {
            throw new IllegalArgumentException("--login=owner@example.com is required (3 to 200 characters)");
        }
        if (secret == null || secret.length() < 8) {
            throw new IllegalArgumentException(
                    "--password=... or the KAIROS_OWNER_PASSWORD environment variable is required (at least 8 characters)");
        }
        return new SetupRequest(title, owner, secret);
    }

    @Override
    public String toString() {
        return "SetupRequest[chain=" + chain + ", login=" + login + "]";
    }
}
