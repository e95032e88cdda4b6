package dev.kairos.setup;

/**
 * The result of a setup run: what to print and the process exit code.
 *
 * @param exitCode 0 when the chain was created, 1 when it was refused
 * @param partnerToken null unless created
 * @param userToken null unless created
 */
public record SetupOutcome(int exitCode, String message, Long chainId, String partnerToken, String userToken) {

    static SetupOutcome refused(String message) {
        return new SetupOutcome(1, message, null, null, null);
    }

    public boolean created() {
        return exitCode == 0;
    }
}
