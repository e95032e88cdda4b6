package dev.kairos.wire;

import dev.kairos.refusal.Fault;
import dev.kairos.refusal.Refusal;
import java.util.List;

/**
 * The {@code page} (from 1) and {@code count} of a list request. The offset is a long, so a page
 * far past the end is an empty page, never an overflow.
 */
public record Paging(int page, int count) {

    /** The count of a list that is sent whole unless a page is asked for: team members, services. */
    public static final int WHOLE_LIST = 1000;

    public Paging {
        if (page < 1 || count < 1) {
            throw new IllegalArgumentException("page and count start at 1");
        }
    }

    /**
     * Reads {@code page} and {@code count} as Altegio's deprecated lists do: out-of-range values are
     * brought into range rather than refused.
     */
    public static Paging lenient(QueryParams q, int defaultCount, int maxCount) {
        return new Paging(
                Math.max(1, q.intValue("page", 1)), Math.max(1, Math.min(q.intValue("count", defaultCount), maxCount)));
    }

    /**
     * Reads {@code page} and {@code count}, refusing a page below 1 or a count outside
     * {@code 1..maxCount} with 422.
     */
    public static Paging strict(QueryParams q, int defaultCount, int maxCount) {
        int page = q.intValue("page", 1);
        int count = q.intValue("count", defaultCount);
        if (page < 1) {
            throw Refusal.invalid("page", Fault.of("fault.at-least-one", "must be 1 or more"))
                    .exception();
        }
        if (count < 1 || count > maxCount) {
            throw Refusal.invalid("count", Fault.between(1, maxCount)).exception();
        }
        return new Paging(page, count);
    }

    /** How many rows come before this page. */
    public long offset() {
        return (long) (page - 1) * count;
    }

    /** This page of a list that is already in memory. */
    public <T> List<T> of(List<T> all) {
        int from = (int) Math.min(all.size(), offset());
        return all.subList(from, Math.min(all.size(), from + count));
    }
}
