package com.marginportal.risk;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.marginportal.client.AccountValuation;
import com.marginportal.risk.domain.RiskLines;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** Which lines hold an account: special agreement, else its risk class's profile, else the default. */
class LineBookTest {

    private static final RiskLineProfile DEFAULT = profile(1, "1.40", "1.30", "1.10", null, true);
    private static final RiskLineProfile HIGH = profile(2, "1.50", "1.30", "1.20", "HIGH", false);

    @Test
    void theDefaultProfileHoldsClientsWithoutAClassProfile() {
        LineBook book = new LineBook(List.of(DEFAULT, HIGH), Map.of(7L, "MEDIUM"));
        assertThat(book.linesFor(account(7, null)).profileId()).isEqualTo(1L);
        assertThat(book.linesFor(account(8, null)).lines().warning()).isEqualByComparingTo("1.40");
    }

    @Test
    void aRiskClassProfileHoldsItsClients() {
        LineBook book = new LineBook(List.of(DEFAULT, HIGH), Map.of(7L, "HIGH"));
        LineBook.Choice choice = book.linesFor(account(7, null));
        assertThat(choice.profileId()).isEqualTo(2L);
        assertThat(choice.lines().warning()).isEqualByComparingTo("1.50");
        assertThat(choice.lines().liquidation()).isEqualByComparingTo("1.20");
    }

    @Test
    void aSpecialAgreementReplacesTheRatioLinesOfTheProfile() {
        LineBook book = new LineBook(List.of(DEFAULT, HIGH), Map.of());
        RiskLines lines = book.linesFor(account(7, new BigDecimal[] {d("1.60"), d("1.45"), d("1.25")})).lines();
        assertThat(lines.warning()).isEqualByComparingTo("1.60");
        assertThat(lines.topUpTarget()).isEqualByComparingTo("1.60");
        assertThat(lines.topUpDeadlineDays()).isEqualTo(2);
    }

    @Test
    void anInvalidAgreementFallsBackToTheProfile() {
        LineBook book = new LineBook(List.of(DEFAULT), Map.of());
        assertThat(book.linesFor(account(7, new BigDecimal[] {d("1.20"), d("1.45"), d("1.25")})).lines().warning())
                .isEqualByComparingTo("1.40");
        assertThat(book.linesFor(7, d("1.20"), d("1.45"), d("1.25")).specialAgreement()).isFalse();
    }

    @Test
    void aClientsLinesWithoutAValuationFollowTheSameRules() {
        LineBook book = new LineBook(List.of(DEFAULT, HIGH), Map.of(7L, "HIGH"));
        assertThat(book.linesFor(7, null, null, null).lines().warning()).isEqualByComparingTo("1.50");
        assertThat(book.linesFor(7, d("1.60"), null, null).specialAgreement()).as("an incomplete agreement").isFalse();
        LineBook.Choice agreed = book.linesFor(7, d("1.60"), d("1.45"), d("1.25"));
        assertThat(agreed.specialAgreement()).isTrue();
        assertThat(agreed.lines().liquidation()).isEqualByComparingTo("1.25");
        assertThat(book.profileFor(8).isDefault()).isTrue();
    }

    @Test
    void withoutADefaultProfileNothingCanBeScanned() {
        assertThatIllegalStateException().isThrownBy(() -> new LineBook(List.of(HIGH), Map.of()));
    }

    private static AccountValuation account(long clientId, BigDecimal[] special) {
        BigDecimal z = BigDecimal.ZERO;
        return new AccountValuation(1, 100 + clientId, clientId, 1, null, z, z, z, z, z, z, z, null, z, null, null, null,
                special == null ? null : special[0], special == null ? null : special[1], special == null ? null : special[2]);
    }

    private static RiskLineProfile profile(long id, String w, String mc, String liq, String riskClass, boolean isDefault) {
        return new RiskLineProfile(id, "p" + id, null, new RiskLines(d(w), d(mc), d(liq), d(w), 2, null), riskClass, isDefault, 0,
                Instant.EPOCH, "system");
    }

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }
}
