package dev.kairos.bookingpage;

/**
 * The contact step's form: the choice so far (hidden), who books, and a key made when the form
 * was shown, so that submitting it twice books once.
 */
record ContactForm(
        long service, long staff, long time, String key, String fullname, String phone, String email, String comment) {

    static ContactForm empty(long service, long staff, long time, String key) {
        return new ContactForm(service, staff, time, key, "", "", "", "");
    }
}
