package com.marginportal.client.ui;

import java.util.Locale;

import com.marginportal.client.ExportLabels;
import com.marginportal.client.segment.SegmentVocabulary;
import com.vaadin.flow.i18n.I18NProvider;

/**
 * The export's words in the language of the user who asked for it. Holds the provider and locale rather than
 * a component, so the download (served outside the UI's request cycle) translates without touching the UI.
 */
final class CsvLabels implements ExportLabels {

    private final I18NProvider i18n;
    private final Locale locale;
    private final SegmentVocabulary segments;

    CsvLabels(I18NProvider i18n, Locale locale, SegmentVocabulary segments) {
        this.i18n = i18n;
        this.locale = locale;
        this.segments = segments;
    }

    @Override
    public String header(Column column) {
        return switch (column) {
            case CLIENT_ID -> getTranslation("clients.col.id");
            case NAME -> getTranslation("clients.col.name");
            case ID_NUMBER -> getTranslation("client.idNumber");
            case PHONE -> getTranslation("clients.col.phone");
            case BRANCH -> getTranslation("clients.col.branch");
            case ADVISOR -> getTranslation("clients.col.advisor");
            case RISK_TOLERANCE -> getTranslation("clients.col.riskTolerance");
            case TOTAL_ASSETS -> getTranslation("clients.col.totalAssets");
            case MAINTENANCE_RATIO -> getTranslation("export.ratioPercent");
            case SUITABILITY_ISSUE -> getTranslation("clients.suitabilityIssue");
        };
    }

    @Override
    public String dimension(String dimension) {
        return getTranslation(segments.dimension(dimension).labelKey());
    }

    @Override
    public String value(String dimension, String value) {
        return getTranslation(segments.dimension(dimension).valueKey(value));
    }

    @Override
    public String yesNo(boolean value) {
        return value ? getTranslation("common.yes") : getTranslation("common.no");
    }

    private String getTranslation(String key) {
        return i18n.getTranslation(key, locale);
    }
}
