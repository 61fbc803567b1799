package com.marginportal.report;

import java.util.List;

/**
 * What the monthly report recommends to a client: short texts in the client's language ("zh-CN" or "en"), most
 * relevant first. {@link SegmentRecommendations} is the default (one fixed text per segment); a bean backed by the
 * recommendation catalogue replaces it by being declared {@code @Primary}.
 */
public interface ReportRecommendations {

    List<String> forClient(long clientId, String language);
}
