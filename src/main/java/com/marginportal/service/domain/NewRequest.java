package com.marginportal.service.domain;

import java.util.Objects;

import com.marginportal.security.PlainText;

/** A client's request or feedback as an advisor records it. */
public record NewRequest(long clientId, RequestType type, ServiceChannel channel, String content) {

    public static final int MAX_CONTENT = 2000;

    public NewRequest {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(channel, "channel");
        if (content == null || content.isBlank()) {
            throw new IllegalArgumentException("a request needs its content");
        }
        content = PlainText.requireMultiLine("content", content.strip());
        if (content.length() > MAX_CONTENT) {
            throw new IllegalArgumentException("content is longer than " + MAX_CONTENT + " characters");
        }
    }
}
