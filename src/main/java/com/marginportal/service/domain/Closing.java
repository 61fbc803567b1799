package com.marginportal.service.domain;

import com.marginportal.security.PlainText;

/**
 * How a request ends: the client's satisfaction (1 very dissatisfied … 5 very satisfied, mandatory: a request
 * cannot be closed without asking) and an optional note of what was done.
 */
public record Closing(Integer satisfaction, String resolution) {

    public static final int MAX_RESOLUTION = 2000;

    public Closing {
        if (satisfaction == null) {
            throw new IllegalArgumentException("a satisfaction score is required to close a request");
        }
        if (satisfaction < 1 || satisfaction > 5) {
            throw new IllegalArgumentException("satisfaction must be 1 to 5, not " + satisfaction);
        }
        resolution = resolution == null || resolution.isBlank() ? null : PlainText.requireMultiLine("resolution", resolution.strip());
        if (resolution != null && resolution.length() > MAX_RESOLUTION) {
            throw new IllegalArgumentException("resolution is longer than " + MAX_RESOLUTION + " characters");
        }
    }
}
