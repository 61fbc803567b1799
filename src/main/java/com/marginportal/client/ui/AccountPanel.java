package com.marginportal.client.ui;

import com.marginportal.client.AccountSummary;
import com.marginportal.client.DisplayLines;
import com.marginportal.client.domain.MarginFigures;
import com.marginportal.shell.Badge;
import com.marginportal.shell.Facts;
import com.marginportal.shell.Formats;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** Credit account summary, computed live by the exchange formulas. */
class AccountPanel extends VerticalLayout {

    /** @param linesInForce the lines the ratio is coloured by, and where they come from */
    AccountPanel(AccountSummary account, DisplayLines lines, String linesInForce) {
        addClassName("panel");
        setPadding(false);
        setSpacing(false);
        MarginFigures f = account.figures();
        RatioBadge ratio = new RatioBadge(f.maintenanceRatio(), lines);
        ratio.setId("maintenance-ratio");
        Span held = new Span(linesInForce);
        held.setId("lines-in-force");
        Facts facts = new Facts()
                .add("account.ratio", ratio)
                .add("account.linesInForce", held)
                .add("account.cash", Formats.money(f.cash(), getLocale()))
                .add("account.longValue", Formats.money(f.longMarketValue(), getLocale()))
                .add("account.totalAssets", Formats.money(f.totalAssets(), getLocale()))
                .add("account.financingDebt", Formats.money(f.financingDebt(), getLocale()))
                .add("account.shortLiability", Formats.money(f.shortLiability(), getLocale()))
                .add("account.interest", Formats.money(f.interestAndFees(), getLocale()))
                .add("account.totalDebt", Formats.money(f.totalDebt(), getLocale()))
                .add("account.netAssets", Formats.money(f.netAssets(), getLocale()))
                .add("account.availableMargin", Formats.money(f.availableMargin(), getLocale()))
                .add("account.creditLimit", Formats.money(account.creditLimit(), getLocale()))
                .add("account.creditUsage", Formats.percent(f.creditLimitUsage()))
                .add("account.financingRatio", Formats.percent(f.financingRatio()))
                .add("account.concentration", Formats.percent(f.top1Concentration()))
                .add("account.financingMarginRatio", Formats.percent(account.financingMarginRatio()))
                .add("account.expiry", expiry(account));
        if (account.hasSpecialAgreement()) {
            facts.add("account.specialLines", new Span(Formats.lines(account.specialWarningLine(),
                    account.specialMarginCallLine(), account.specialLiquidationLine())));
        }
        add(new H3(getTranslation("client.section.account", String.valueOf(account.accountId()))), facts);
    }

    /** The expiry date; a contract expiring soon or expired stands out, as the advisor must have it renewed. */
    private Span expiry(AccountSummary account) {
        String date = Formats.date(account.contractExpiry());
        long days = account.daysToExpiry();
        Span expiry = switch (account.contractState()) {
            case IN_FORCE -> new Span(getTranslation("account.expiryValue", date, days));
            case EXPIRING -> Badge.of(getTranslation("account.expiring", date, days), "");
            case EXPIRED -> Badge.of(getTranslation("account.expired", date, -days), "error");
        };
        expiry.setId("contract-expiry");
        return expiry;
    }
}
