package dev.kairos.admin;

import dev.kairos.support.PageTest;

/** A page test of the admin: the whole server, a real Chromium for the class, and a fresh {@link Desk} per test. */
abstract class PageIT extends PageTest {

    Desk desk() {
        return new Desk(port, fixtures);
    }
}
