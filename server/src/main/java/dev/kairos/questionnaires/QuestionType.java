package dev.kairos.questionnaires;

import java.util.Arrays;
import java.util.Optional;

/** What kind of answer a question takes; the wire and the database use {@link #wireName()}. */
public enum QuestionType {
    TEXT("text"),
    LONG_TEXT("long_text"),
    SINGLE_CHOICE("single_choice"),
    MULTIPLE_CHOICE("multiple_choice"),
    YES_NO("yes_no"),
    NUMBER("number"),
    DATE("date");

    private final String wireName;

    QuestionType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** Whether the question offers options to choose among. */
    public boolean hasOptions() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }

    public static Optional<QuestionType> of(String wireName) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(wireName)).findFirst();
    }

    static String names() {
        return String.join(
                ", ", Arrays.stream(values()).map(QuestionType::wireName).toList());
    }
}
