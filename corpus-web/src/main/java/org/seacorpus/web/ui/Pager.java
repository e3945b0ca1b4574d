package org.seacorpus.web.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import org.seacorpus.web.chart.Numbers;

/**
 * Links to the pages of a long list: first, previous, a few around the current one, next and last, each an
 * address that reproduces that page.
 *
 * @param from  the first item shown (1-based)
 * @param to    the last item shown
 * @param total items that can be paged through
 */
public record Pager(long from, long to, long total, List<Link> links) {
    /** A link, or the current page (href null), or a gap (label "…"). */
    public record Link(String label, String href, boolean current) {
    }

    public static Pager of(long total, int offset, int limit, int shown, IntFunction<String> url) {
        List<Link> links = new ArrayList<>();
        long pages = (total + limit - 1) / limit;
        long current = offset / limit;
        if (pages > 1) {
            if (current > 0) {
                links.add(new Link("‹ previous", url.apply(Math.max(0, offset - limit)), false));
            }
            long lo = Math.max(0, current - 3);
            long hi = Math.min(pages - 1, current + 3);
            if (lo > 0) {
                links.add(new Link("1", url.apply(0), false));
                if (lo > 1) {
                    links.add(new Link("…", null, false));
                }
            }
            for (long p = lo; p <= hi; p++) {
                links.add(new Link(Long.toString(p + 1), p == current ? null : url.apply((int) (p * limit)),
                        p == current));
            }
            if (hi < pages - 1) {
                if (hi < pages - 2) {
                    links.add(new Link("…", null, false));
                }
                links.add(new Link(Long.toString(pages), url.apply((int) ((pages - 1) * limit)), false));
            }
            if (current < pages - 1) {
                links.add(new Link("next ›", url.apply(offset + limit), false));
            }
        }
        return new Pager(shown == 0 ? 0 : offset + 1L, (long) offset + shown, total, links);
    }

    public String range() {
        return Numbers.count(from) + "–" + Numbers.count(to);
    }
}
