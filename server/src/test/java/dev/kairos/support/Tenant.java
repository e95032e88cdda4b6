package dev.kairos.support;

/**
 * A chain made for one test: two locations in different zones and the people who work there.
 *
 * @param owner owns the chain: every right everywhere
 * @param adminA an administrator with every right at location A only
 * @param viewerA may only view records, clients and finances at location A
 * @param partnerOnly the partner token with no user, as online booking sends it
 */
public record Tenant(
        long chainId,
        long locationA,
        long locationB,
        Login owner,
        Login adminA,
        Login viewerA,
        Login partnerOnly,
        String partnerToken) {

    /** The tokens of one party. */
    public record Login(String partnerToken, String userToken, long userId, String login, String password) {

        public String header() {
            return userToken == null ? "Bearer " + partnerToken : "Bearer " + partnerToken + ", User " + userToken;
        }
    }
}
