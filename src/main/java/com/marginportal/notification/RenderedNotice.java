package com.marginportal.notification;

/** A notice as the client will read it. */
record RenderedNotice(String subject, String text, String html) {
}
