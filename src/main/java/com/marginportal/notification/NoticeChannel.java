package com.marginportal.notification;

/** How a notice reaches the client. Only e-mail today; kept in every row so the log stays readable later. */
public enum NoticeChannel {
    EMAIL
}
