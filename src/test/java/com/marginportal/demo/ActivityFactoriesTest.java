package com.marginportal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import com.marginportal.demo.RatioPlan.Band;
import com.marginportal.demo.Rows.ClientRow;
import com.marginportal.demo.Rows.ContactRow;
import com.marginportal.demo.Rows.PositionRow;
import com.marginportal.demo.Rows.TradeRow;

import org.junit.jupiter.api.Test;

/** Trades and contact records. */
class ActivityFactoriesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private final SecurityCatalog catalog = AccountFactoryTest.CATALOG;
    private final AccountFactory accounts = new AccountFactory(catalog);
    private final ClientFactory clients = new ClientFactory(ClientFactoryTest.advisors());

    @Test
    void tradesHappenInSessionsOnWeekdaysAndMatchThePositions() {
        TradeFactory trades = new TradeFactory(catalog, 40);
        for (long n = 1; n <= 400; n++) {
            SplittableRandom r = new SplittableRandom(n);
            AccountBundle a = accounts.create(n, RatioPlan.draw(r), TODAY, r);
            List<TradeRow> rows = trades.create(a, n % 3 == 0 ? "SHORT" : "LONG", TODAY, r);
            assertThat(rows).hasSizeBetween(5, 40);
            Set<String> longs = codes(a, true);
            Set<String> financed = a.positions().stream().filter(p -> p.financedQuantity() > 0)
                    .map(PositionRow::securityCode).collect(Collectors.toSet());
            Set<String> shorts = codes(a, false);
            for (TradeRow t : rows) {
                ZonedDateTime at = t.tradedAt().atZone(MarketTime.ZONE);
                assertThat(at.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
                assertThat(at.toLocalDate()).isBetween(TODAY.minusMonths(6), TODAY.minusDays(1));
                assertThat(at.toLocalTime()).isBetween(LocalTime.of(9, 30), LocalTime.of(15, 0));
                assertThat(t.quantity() % 100).isZero();
                assertThat(t.amount()).isEqualByComparingTo(
                        t.price().multiply(BigDecimal.valueOf(t.quantity())).setScale(2,
                                RoundingMode.HALF_UP));
                switch (t.tradeType()) {
                    case "BUY", "SELL" -> assertThat(longs).contains(t.securityCode());
                    case "MARGIN_BUY", "SELL_TO_REPAY" -> assertThat(financed).contains(t.securityCode());
                    case "SHORT_SELL", "BUY_TO_COVER" -> assertThat(shorts).contains(t.securityCode());
                    default -> throw new AssertionError(t.tradeType());
                }
            }
            assertThat(rows).isSortedAccordingTo(Comparator.comparing(TradeRow::tradedAt));
            shorts.forEach(code -> assertThat(rows).anyMatch(
                    t -> t.tradeType().equals("SHORT_SELL") && t.securityCode().equals(code)));
        }
    }

    @Test
    void shortTermTradersTradeMoreThanLongTermOnes() {
        TradeFactory trades = new TradeFactory(catalog, 40);
        double shortTerm = 0;
        double longTerm = 0;
        for (long n = 1; n <= 200; n++) {
            SplittableRandom r = new SplittableRandom(n);
            AccountBundle a = accounts.create(n, RatioPlan.of(Band.HEALTHY, r), TODAY, r);
            shortTerm += trades.create(a, "SHORT", TODAY, r).size();
            longTerm += trades.create(a, "LONG", TODAY, r).size();
        }
        assertThat(shortTerm / 200).isGreaterThan(20);
        assertThat(longTerm / 200).isLessThan(12);
    }

    @Test
    void contactsAreByTheClientsAdvisorAndWarnDistressedAccounts() {
        ContactFactory contacts = new ContactFactory();
        for (long n = 1; n <= 300; n++) {
            SplittableRandom r = new SplittableRandom(n);
            ClientRow client = clients.create(n, TODAY, r);
            Band band = n % 2 == 0 ? Band.MARGIN_CALL : Band.HEALTHY;
            AccountBundle a = accounts.create(n, RatioPlan.of(band, r), TODAY, r);
            List<ContactRow> rows = contacts.create(client, a, TODAY, r);
            assertThat(rows).hasSizeBetween(band == Band.MARGIN_CALL ? 1 : 0, ContactFactory.MAX_CONTACTS);
            for (ContactRow c : rows) {
                assertThat(c.clientId()).isEqualTo(client.id());
                assertThat(c.advisorId()).isEqualTo(client.advisorId());
                assertThat(c.channel()).isIn("PHONE", "SMS", "EMAIL", "IN_PERSON", "WECHAT");
                assertThat(c.direction()).isIn("ADVISOR_INITIATED", "CLIENT_INITIATED");
                assertThat(c.contactedAt().atZone(MarketTime.ZONE).toLocalDate())
                        .isBetween(TODAY.minusMonths(6), TODAY.minusDays(1));
                assertThat(c.subject()).isNotBlank();
            }
            if (band == Band.MARGIN_CALL) {
                assertThat(rows).anyMatch(c -> c.subject().equals("风险提示"));
            }
        }
    }

    private static Set<String> codes(AccountBundle a, boolean isLong) {
        return a.positions().stream().filter(p -> p.isLong() == isLong).map(PositionRow::securityCode)
                .collect(Collectors.toSet());
    }
}
