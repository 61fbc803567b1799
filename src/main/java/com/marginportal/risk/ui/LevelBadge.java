package com.marginportal.risk.ui;

import java.util.Locale;

import com.marginportal.risk.domain.BreachLevel;
import com.vaadin.flow.component.html.Span;

/** 警戒 / 追保 / 平仓 in the colours of the ratio bands. */
class LevelBadge extends Span {

    LevelBadge(BreachLevel level) {
        setText(getTranslation("level." + level.name()));
        addClassNames("badge", "ratio-" + level.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
}
