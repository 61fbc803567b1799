package com.marginportal.service.domain;

/** How a request reached us; the same codes as the contact history (contact_record.channel). */
public enum ServiceChannel {
    PHONE, WECHAT, SMS, EMAIL, IN_PERSON
}
