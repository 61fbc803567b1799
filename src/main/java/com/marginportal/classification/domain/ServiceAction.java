package com.marginportal.classification.domain;

/** What kind of service a recommendation offers (the seed article's per-segment services). */
public enum ServiceAction {
    PRODUCT, FINANCING, RISK_WARNING, RISK_CONTROL, INFORMATION, TOOLS, RESEARCH, ADVISORY, EDUCATION, VIP
}
