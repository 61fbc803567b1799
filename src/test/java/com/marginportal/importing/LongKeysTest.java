package com.marginportal.importing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LongKeysTest {

    @Test
    void remembersTheFirstRowOfEveryKeyAcrossGrowth() {
        LongKeys keys = new LongKeys();
        for (int i = 0; i < 100_000; i++) {
            assertThat(keys.firstRow(i * 7919L, i + 2)).isZero();
        }
        assertThat(keys.firstRow(Long.MIN_VALUE, 3)).isZero();
        assertThat(keys.size()).isEqualTo(100_001);
        assertThat(keys.firstRow(7919L * 500, 99)).isEqualTo(502);
        assertThat(keys.firstRow(LongKeys.hash("T-1"), 5)).isZero();
        assertThat(keys.firstRow(LongKeys.hash("T-1"), 6)).isEqualTo(5);
        assertThat(LongKeys.hash("T-1")).isNotEqualTo(LongKeys.hash("T-2"));
    }

    @Test
    void indexFindsIdsAndTheirValues() {
        LongIndex index = new LongIndex();
        for (long id = 1; id <= 3000; id++) {
            index.add(id * 10, id);
        }
        assertThat(index.contains(20)).isTrue();
        assertThat(index.contains(25)).isFalse();
        assertThat(index.valueAt(index.indexOf(30000))).isEqualTo(3000);
    }
}
