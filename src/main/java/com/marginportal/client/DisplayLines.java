package com.marginportal.client;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Lines that colour a maintenance ratio by band. The configured default (warning 140%, margin call 130%, immediate
 * liquidation 110%) serves aggregates that span clients (the advisors' books); a client's own ratio (client list,
 * 360 view) is coloured by the lines the client is held to, risk.EffectiveLines, turned into DisplayLines.
 */
@ConfigurationProperties("portal.lines")
public record DisplayLines(@DefaultValue("1.40") BigDecimal warning,
                           @DefaultValue("1.30") BigDecimal marginCall,
                           @DefaultValue("1.10") BigDecimal liquidation) {

    public enum Band { NO_DEBT, SAFE, WARNING, MARGIN_CALL, LIQUIDATION }

    public DisplayLines {
        if (!(warning.compareTo(marginCall) > 0 && marginCall.compareTo(liquidation) > 0)) {
            throw new IllegalArgumentException("portal.lines must be ordered: warning > margin-call > liquidation");
        }
    }

    /** A breach is strictly below a line. */
    public Band band(BigDecimal ratio) {
        if (ratio == null) {
            return Band.NO_DEBT;
        }
        if (ratio.compareTo(liquidation) < 0) {
            return Band.LIQUIDATION;
        }
        if (ratio.compareTo(marginCall) < 0) {
            return Band.MARGIN_CALL;
        }
        return ratio.compareTo(warning) < 0 ? Band.WARNING : Band.SAFE;
    }
}
