package com.marginportal.risk.domain;

import java.util.Objects;

public record Breach(BreachLevel level, BreachReason reason) {

    public Breach {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(reason, "reason");
    }
}
