package com.marginportal.security;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The arguments of an {@link AuditText} in their column: a JSON array of strings. */
final class AuditArgs {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AuditArgs() {
    }

    /** The column's text; null when it would not fit (the entry is then shown as its English details). */
    static String write(List<String> args, int max) {
        try {
            String json = JSON.writeValueAsString(args);
            return json.length() <= max ? json : null;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> read(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }
}
