package dev.kairos.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

/**
 * Numbered page links for a list: the first and last page, the current one with two on each side,
 * and a gap (a link with no number) where pages are left out.
 */
public final class PageLinks {

    private static final int AROUND = 2;

    /** One page link; {@code number} 0 is a gap, {@code current} the page shown. */
    public record Link(long number, String href, boolean current) {

        public boolean gap() {
            return number == 0;
        }
    }

    private PageLinks() {}

    public static List<Link> of(long current, long pages, LongFunction<String> href) {
        List<Link> links = new ArrayList<>();
        long last = 0;
        for (long n = 1; n <= pages; n++) {
            if (n == 1 || n == pages || Math.abs(n - current) <= AROUND) {
                if (n > last + 1) {
                    links.add(new Link(0, "", false));
                }
                links.add(new Link(n, href.apply(n), n == current));
                last = n;
            }
        }
        return links;
    }
}
