package com.marginportal.home;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One list read page by page from several sources that each keep their own order in the database (the inbox's breach
 * tasks in Flowable, the plans' contacts in their table). Rows {@code [offset, offset + limit)} of the merged list are
 * among the first {@code offset + limit} rows of each source, so a page reads that many from each and merges them:
 * exact at any depth, with no state between pages; a page deep in a long list costs the rows before it.
 */
final class MergedPages {

    /** One ordered source: its first {@code n} rows. */
    @FunctionalInterface
    interface Source<T> {
        List<T> first(int n);
    }

    private MergedPages() {
    }

    /** Ties go to the earlier source, so the merged order is the same for every page. */
    static <T> List<T> page(List<Source<T>> sources, Comparator<? super T> order, int offset, int limit) {
        if (limit <= 0 || sources.isEmpty()) {
            return List.of();
        }
        int wanted = Math.addExact(offset, limit);
        List<List<T>> heads = sources.stream().map(s -> s.first(wanted)).toList();
        int[] next = new int[heads.size()];
        List<T> page = new ArrayList<>(Math.min(limit, 1000));
        for (int position = 0; position < wanted; position++) {
            int from = -1;
            for (int s = 0; s < heads.size(); s++) {
                if (next[s] < heads.get(s).size() && (from < 0
                        || order.compare(heads.get(s).get(next[s]), heads.get(from).get(next[from])) < 0)) {
                    from = s;
                }
            }
            if (from < 0) {
                break; // every source is exhausted
            }
            T row = heads.get(from).get(next[from]++);
            if (position >= offset) {
                page.add(row);
            }
        }
        return page;
    }
}
