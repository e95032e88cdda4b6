package dev.kairos.questionnaires;

/**
 * Why an answer was refused, naming the question as the client saw it.
 *
 * @param questionId null when the answer named no question of the form
 */
public record AnswerFault(Long questionId, String question, Kind kind) {

    /** The kinds of fault; {@link #key()} names the page's message, {@link #message()} the API's. */
    public enum Kind {
        REQUIRED("is required"),
        NOT_AN_OPTION("is not one of the options"),
        NOT_A_NUMBER("must be a number"),
        NOT_A_DATE("must be a date (YYYY-MM-DD)"),
        NOT_YES_NO("must be yes or no"),
        TOO_LONG("is too long"),
        WRONG_TYPE("has an answer of the wrong type"),
        UNKNOWN("is not a question this booking asks"),
        TWICE("is answered twice"),
        MIXED_VERSIONS("mixes two versions of the questionnaire");

        private final String message;

        Kind(String message) {
            this.message = message;
        }

        public String message() {
            return message;
        }

        public String key() {
            return "answer.fault." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** The field of the API's error envelope: {@code answers[<question id>]}. */
    public String field() {
        return "answers[" + (questionId == null ? "" : questionId) + "]";
    }

    /** For people: {@code Answer to "Allergies?" is required}. */
    public String message() {
        return question == null ? "An answer " + kind.message() : "Answer to \"" + question + "\" " + kind.message();
    }
}
