package com.marginportal.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import com.marginportal.classification.ClientSegments;
import com.marginportal.classification.domain.Dimension;

import org.springframework.stereotype.Component;

/**
 * The default recommendations: the seed article's service per segment ({@code report/recommendations*.properties},
 * key = dimension.value), taken from the client's effective classification. Needs first — the report serves
 * passive clients — then risk, asset scale and trading behaviour.
 */
@Component
class SegmentRecommendations implements ReportRecommendations {

    static final List<Dimension> ORDER = List.of(Dimension.NEEDS, Dimension.RISK_LEVEL, Dimension.ASSET_SCALE,
            Dimension.TRADING_BEHAVIOUR);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ClientSegments segments;

    SegmentRecommendations(ClientSegments segments) {
        this.segments = segments;
    }

    @Override
    public List<String> forClient(long clientId, String language) {
        return texts(segments.effective(clientId), language);
    }

    static List<String> texts(Map<Dimension, String> segments, String language) {
        ResourceBundle texts = bundle(language);
        List<String> result = new ArrayList<>();
        for (Dimension dimension : ORDER) {
            String value = segments.get(dimension);
            if (value != null && texts.containsKey(dimension.name() + "." + value)) {
                result.add(texts.getString(dimension.name() + "." + value));
            }
        }
        return result;
    }

    static ResourceBundle bundle(String language) {
        Locale locale = language != null && language.toLowerCase(Locale.ROOT).startsWith("en")
                ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        try {
            return ResourceBundle.getBundle("report.recommendations", locale, SegmentRecommendations.class.getClassLoader(),
                    NO_FALLBACK);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("report/recommendations.properties is missing", e);
        }
    }
}
