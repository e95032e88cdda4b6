package dev.kairos.web;

import java.util.regex.Pattern;

/**
 * The words a refusal shows when nothing more precise is known, and the guard that keeps internals
 * (SQL, database errors, Java class names) out of every message a client or person reads.
 */
final class StatusMessages {

    private static final Pattern CLASS_NAME = Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.){2,}[A-Za-z_$][\\w$]*");
    private static final Pattern INTERNALS = Pattern.compile(
            "(?i)\\b(sql|jdbc|postgres\\w*|psql|hibernate|jooq|jackson|exception|stack ?trace)\\b|ERROR:|Detail:|`");
    private static final int MAX_LENGTH = 300;

    private StatusMessages() {}

    /** The message of a refusal with this status when no better one is at hand. */
    static String of(int status) {
        return switch (status) {
            case 400 -> "The request is malformed: the URL, a header or the body was refused";
            case 401 -> "Authentication needed.";
            case 403 -> "Access denied.";
            case 404 -> "Not found";
            case 405 -> "This method is not supported here";
            case 406 -> "This resource answers JSON only";
            case 408 -> "The request took too long to arrive";
            case 413 -> "Request body is too large";
            case 414 -> "The URL is too long";
            case 415 -> "Send JSON (Content-Type: application/json)";
            case 429 -> "Too many requests";
            case 431 -> "The request headers are too large";
            case 503 -> "The service is unavailable for a moment; try again";
            default -> status >= 500 ? "Internal error" : "The request was refused";
        };
    }

    /**
     * {@code candidate} if it is fit to show (present, one line, no internals), else the status's
     * own message. Server errors never show their cause.
     */
    static String safe(String candidate, int status) {
        if (status >= 500 || candidate == null || candidate.isBlank()) {
            return of(status);
        }
        String line = candidate.strip();
        int cut = line.indexOf('\n');
        line = cut > 0 ? line.substring(0, cut) : line;
        if (CLASS_NAME.matcher(line).find() || INTERNALS.matcher(line).find()) {
            return of(status);
        }
        return line.length() > MAX_LENGTH ? line.substring(0, MAX_LENGTH) + "…" : line;
    }
}
