package dev.kairos.notifications;

/**
 * The wording of one kind of message: Thymeleaf templates for the subject and the plain-text body
 * (TEXT mode) and the HTML body (HTML mode). An SMS has only the text.
 */
record MessageTemplate(String subject, String text, String html) {

    /** The longest template kept: far beyond any message, short of abuse. */
    static final int MAX_TEXT = 20_000;

    static final int MAX_HTML = 50_000;

    static final int MAX_SUBJECT = 1_000;
}
