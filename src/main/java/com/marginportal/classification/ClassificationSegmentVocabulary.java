package com.marginportal.classification;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.marginportal.classification.domain.Dimension;
import com.marginportal.client.segment.SegmentDimension;
import com.marginportal.client.segment.SegmentVocabulary;

import org.springframework.stereotype.Component;

/**
 * The four dimensions in the client list's words: their short names in links ({@link SegmentParameters}), their
 * values as filters and the segment matrix show them ({@link SegmentMatrix#valuesOf}) and their message keys
 * ({@link SegmentLabels}), so the list reads links the segment views write and labels values as they do.
 */
@Component
class ClassificationSegmentVocabulary implements SegmentVocabulary {

    private static final List<SegmentDimension> DIMENSIONS = Arrays.stream(Dimension.values())
            .map(ClassificationSegmentVocabulary::dimension).toList();

    @Override
    public List<SegmentDimension> dimensions() {
        return DIMENSIONS;
    }

    @Override
    public String suitabilityParameter() {
        return SegmentParameters.SUITABILITY;
    }

    @Override
    public String suitabilityIssues() {
        return SegmentParameters.SUITABILITY_ISSUES;
    }

    private static SegmentDimension dimension(Dimension d) {
        List<String> values = SegmentMatrix.valuesOf(d);
        return new SegmentDimension(d.name(), SegmentParameters.name(d), SegmentLabels.dimensionKey(d), values,
                Dimension.UNCLASSIFIED, values.stream().collect(Collectors.toMap(Function.identity(),
                        v -> SegmentLabels.valueKey(d, v))));
    }
}
