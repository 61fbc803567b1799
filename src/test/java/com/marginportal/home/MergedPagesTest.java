package com.marginportal.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** Pages of a list merged from ordered sources: every row once, in order, whatever the page size. */
class MergedPagesTest {

    private static final Comparator<String> BY_NUMBER = Comparator.comparingInt(s -> Integer.parseInt(s.substring(1)));

    @Test
    void thePagesTogetherAreTheWholeMergedListInOrder() {
        List<String> breach = IntStream.range(0, 40).mapToObj(i -> "b" + i * 3).toList();
        List<String> contacts = IntStream.range(0, 75).mapToObj(i -> "c" + i * 2).toList();
        List<MergedPages.Source<String>> sources = List.of(source(breach), source(contacts));
        for (int size : List.of(1, 7, 50, 200)) {
            List<String> all = new ArrayList<>();
            for (int offset = 0; offset < 130; offset += size) {
                all.addAll(MergedPages.page(sources, BY_NUMBER, offset, size));
            }
            assertThat(all).hasSize(115).isSortedAccordingTo(BY_NUMBER).containsAll(breach).containsAll(contacts);
        }
    }

    @Test
    void equalRowsComeFromTheEarlierSourceFirstOnEveryPage() {
        List<MergedPages.Source<String>> sources = List.of(source(List.of("b1", "b2")), source(List.of("c1", "c2")));
        assertThat(MergedPages.page(sources, BY_NUMBER, 0, 4)).containsExactly("b1", "c1", "b2", "c2");
        assertThat(MergedPages.page(sources, BY_NUMBER, 1, 2)).containsExactly("c1", "b2");
        assertThat(MergedPages.page(sources, BY_NUMBER, 4, 2)).isEmpty();
        assertThat(MergedPages.page(List.of(), BY_NUMBER, 0, 2)).isEmpty();
    }

    private static MergedPages.Source<String> source(List<String> rows) {
        return n -> rows.subList(0, Math.min(n, rows.size()));
    }
}
