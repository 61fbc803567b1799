package com.marginportal.workflow.ui;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads the JSON arrays of a resolution record (timeline, contacts) for display. */
final class ResolutionJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ResolutionJson() {
    }

    static List<Map<String, Object>> list(String json) {
        try {
            return json == null || json.isBlank() ? List.of() : JSON.readValue(json, new TypeReference<>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable resolution record", e);
        }
    }

    static Instant instant(Object text) {
        return text == null ? null : Instant.parse(text.toString());
    }
}
