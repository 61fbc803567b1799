package com.marginportal.classification;

import com.marginportal.classification.domain.Dimension;

/**
 * Message keys of dimensions and values for views that show several dimensions side by side: MEDIUM is a value
 * of both risk level and asset scale, so there it reads "中风险" / "中等资产" instead of a bare "中等".
 */
public final class SegmentLabels {

    private SegmentLabels() {
    }

    public static String dimensionKey(Dimension dimension) {
        return "dimension." + dimension.name();
    }

    public static String valueKey(Dimension dimension, String value) {
        return "MEDIUM".equals(value) ? "class." + dimension.name() + ".MEDIUM" : "class." + value;
    }
}
