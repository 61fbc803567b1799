package com.marginportal.client.ui;

import java.math.BigDecimal;
import java.util.Locale;

import com.marginportal.client.DisplayLines;
import com.marginportal.shell.Formats;
import com.vaadin.flow.component.html.Span;

/** A maintenance ratio coloured by the band it falls in; "no debt" when there is nothing to divide by. */
class RatioBadge extends Span {

    RatioBadge(BigDecimal ratio, DisplayLines lines) {
        DisplayLines.Band band = ratio == null ? DisplayLines.Band.NO_DEBT : lines.band(ratio);
        setText(ratio == null ? getTranslation("ratio.noDebt") : Formats.percent(ratio));
        addClassNames("badge", "ratio-" + band.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        getElement().setAttribute("title", getTranslation("ratio.band." + band.name()));
    }
}
