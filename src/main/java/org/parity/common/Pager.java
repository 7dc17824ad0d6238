package org.parity.common;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One page of a list that is paged in the database: which page this is, how many there are, and the
 * links of the pagination (the first and last page, and two either side of this one; gaps elided).
 * Links keep every other parameter of the current request and change only {@code parameter}.
 *
 * @param parameter the query parameter that names the page ("page", "tasksPage")
 * @param page      this page, from 1
 * @param size      rows per page
 * @param total     rows in all
 */
public record Pager(String parameter, int page, int size, long total) {

    /** The page to show for a requested number: at least 1, at most the last page. */
    public static Pager of(String parameter, Integer requested, int size, long total) {
        int pages = pages(total, size);
        int page = requested == null || requested < 1 ? 1 : Math.min(requested, pages);
        return new Pager(parameter, page, size, total);
    }

    /** The requested page before the total is known (for the row offset of the query). */
    public static int requested(Integer requested) {
        return requested == null || requested < 1 ? 1 : requested;
    }

    public int pages() {
        return pages(total, size);
    }

    public long offset() {
        return (long) (page - 1) * size;
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }

    /** The page numbers to link, with null where pages are left out. */
    public List<Integer> items() {
        List<Integer> items = new ArrayList<>();
        int last = pages();
        for (int n = 1; n <= last; n++) {
            if (n == 1 || n == last || Math.abs(n - page) <= 2) {
                items.add(n);
            } else if (items.isEmpty() || items.get(items.size() - 1) != null) {
                items.add(null);
            }
        }
        return items;
    }

    /** The link to page n: the current request's path and parameters with only the page parameter changed. */
    public String href(int n) {
        HttpServletRequest request =
                ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(request.getRequestURI());
        request.getParameterMap().forEach((name, values) -> {
            if (!name.equals(parameter) && !name.equals("_csrf")) {
                link.queryParam(name, (Object[]) values);
            }
        });
        return link.queryParam(parameter, n).encode().build().toUriString();
    }

    private static int pages(long total, int size) {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
