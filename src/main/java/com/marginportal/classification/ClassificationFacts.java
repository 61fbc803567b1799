package com.marginportal.classification;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.function.BiConsumer;

import com.marginportal.TimeConfiguration;
import com.marginportal.classification.domain.ClientFacts;
import com.marginportal.classification.domain.FactsFromActivity;
import com.marginportal.client.ClientActivity;
import com.marginportal.client.ClientActivityQuery;
import com.marginportal.risk.EffectiveLines;
import com.marginportal.risk.domain.RiskLines;

import org.springframework.stereotype.Component;

/** The rules' input per client over the analysis period: for every client, or for some (same figures). */
@Component
class ClassificationFacts {

    static final int PERIOD_MONTHS = 6;
    private static final int TRADING_DAYS_IN_PERIOD = 122;

    private final ClientActivityQuery activity;
    private final EffectiveLines lines;
    private final Clock clock;

    ClassificationFacts(ClientActivityQuery activity, EffectiveLines lines, Clock clock) {
        this.activity = activity;
        this.lines = lines;
        this.clock = clock;
    }

    /** Clients a full pass covers (those with a credit account). */
    int count() {
        return activity.count();
    }

    /** Every client's facts, in client-number order. */
    void forEach(BiConsumer<ClientActivity, ClientFacts> consumer) {
        activity.forEach(since(), adapt(consumer, lines.lookup()));
    }

    /** The facts of some clients (those with a credit account), in client-number order. */
    void forEach(long[] clientIds, BiConsumer<ClientActivity, ClientFacts> consumer) {
        activity.forEach(since(), clientIds, adapt(consumer, lines.lookup(clientIds)));
    }

    private Instant since() {
        return ZonedDateTime.ofInstant(clock.instant(), TimeConfiguration.MARKET_ZONE).minusMonths(PERIOD_MONTHS).toInstant();
    }

    /**
     * @param effective the lines each client is held to now (its case's, or its class's profile with its agreement):
     *                  the reasons name the ratio against the same lines as the scan and the client 360 view
     */
    private static java.util.function.Consumer<ClientActivity> adapt(BiConsumer<ClientActivity, ClientFacts> consumer,
                                                                     EffectiveLines.Lookup effective) {
        return a -> {
            RiskLines held = effective.forClient(a.clientId()).lines();
            consumer.accept(a, FactsFromActivity.facts(a.riskTolerance(), a.advisoryAgreement(), held.warning(),
                    held.marginCall(), a.financingRatio(), a.maintenanceRatio(), a.totalAssets(), a.longMarketValue(),
                    a.volatileValue(), a.trades(), a.tradedAmount(), a.boughtAmount(), a.contacts(),
                    a.advisorInitiatedContacts(), PERIOD_MONTHS, TRADING_DAYS_IN_PERIOD));
        };
    }
}
