package com.marginportal.security;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NaturalOrderTest {

    @Test
    void digitRunsCompareAsNumbers() {
        List<String> names = new ArrayList<>(List.of("advisor10", "advisor2", "admin", "advisor1", "manager5",
                "advisor20", "advisor02x", "integration"));
        names.sort(NaturalOrder.INSTANCE);
        assertThat(names).containsExactly("admin", "advisor1", "advisor2", "advisor02x", "advisor10", "advisor20",
                "integration", "manager5");
    }

    @Test
    void consistentWithEqualsForDistinctNames() {
        assertThat(NaturalOrder.INSTANCE.compare("a01", "a1")).isNotZero();
        assertThat(NaturalOrder.INSTANCE.compare("Advisor1", "advisor1")).isNotZero();
        assertThat(NaturalOrder.INSTANCE.compare("advisor1", "advisor1")).isZero();
    }
}
