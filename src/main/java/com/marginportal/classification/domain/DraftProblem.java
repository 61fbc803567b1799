package com.marginportal.classification.domain;

import java.util.List;

/**
 * One reason a catalogue entry cannot be saved: the field at fault and a message key with its figures,
 * so the settings view can mark the field and say why in the user's language.
 */
public record DraftProblem(String field, String key, List<Object> args) {

    public DraftProblem {
        args = List.copyOf(args);
    }

    static DraftProblem of(String field, String key, Object... args) {
        return new DraftProblem(field, key, List.of(args));
    }

    @Override
    public String toString() {
        return field + ": " + key + (args.isEmpty() ? "" : " " + args);
    }
}
