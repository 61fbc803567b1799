package com.marginportal.workflow;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The case history as the resolution record keeps it: a JSON array of entries, times as ISO instants (UTC). */
final class CaseHistoryJson {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private CaseHistoryJson() {
    }

    static String write(List<CaseHistoryEntry> entries) {
        try {
            return JSON.writeValueAsString(entries);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("case history cannot be written as JSON", e);
        }
    }

    static List<CaseHistoryEntry> read(String json) {
        try {
            return json == null || json.isBlank() ? List.of() : JSON.readValue(json, new TypeReference<>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable case history", e);
        }
    }

    /** False for a record written before the case history existed: its timeline lists the engine's steps. */
    static boolean isHistory(String json) {
        return json != null && (json.isBlank() || json.strip().equals("[]") || json.contains("\"kind\""));
    }
}
