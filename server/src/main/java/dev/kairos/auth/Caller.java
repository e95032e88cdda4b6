package dev.kairos.auth;

/**
 * The authenticated parties of one request: the integration (partner token) and, for B2B calls,
 * the person (user token).
 *
 * @param partner the partner token's integration; never null once the request is authenticated
 * @param user the signed-in user, or null for partner-only calls (online booking)
 */
public record Caller(Partner partner, User user) {

    /** @param chainId the chain this token is limited to, or null for any chain */
    public record Partner(long id, Long chainId) {
        boolean mayAccessChain(long chain) {
            return chainId == null || chainId == chain;
        }
    }

    public record User(long id, long chainId, boolean owner, String login) {}

    public Long userId() {
        return user == null ? null : user.id();
    }

    public Long partnerId() {
        return partner == null ? null : partner.id();
    }
}
