package com.marginportal.home.ui;

import com.marginportal.risk.domain.BreachReason;
import com.vaadin.flow.component.Component;

/**
 * A breach task's level as the work lists show it: "警戒", and "警戒 · 融资比例" when its case crossed the financing-ratio
 * line — the ratio beside it is the maintenance ratio, which such a case did not cross.
 */
final class LevelText {

    private LevelText() {
    }

    static String of(Component c, String level, String reason) {
        if (level == null) {
            return "";
        }
        String text = c.getTranslation("level." + level);
        return BreachReason.FINANCING_RATIO.name().equals(reason) ? text + " · " + c.getTranslation("reason." + reason) : text;
    }
}
