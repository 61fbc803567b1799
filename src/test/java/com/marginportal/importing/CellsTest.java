package com.marginportal.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CellsTest {

    private static final Column PRICE = Column.required("price");
    private static final Column NOTE = Column.optional("note");
    private final ErrorCollector errors = new ErrorCollector(10);
    private final Header header = Header.resolve(new SourceRow(1, List.of("price", "note")), List.of(PRICE, NOTE), errors);
    private final Cells cells = new Cells(header, errors);

    private Cells row(int number, String price) {
        return cells.on(new SourceRow(number, List.of(price, "")));
    }

    private BigDecimal price(String text) {
        return row(17, text).decimal(PRICE, 3, BigDecimal.ZERO, true, new BigDecimal("1000"));
    }

    @Test
    void aBadDecimalNamesRowColumnValueAndReason() {
        assertThat(price("12,3a")).isNull();
        assertThat(errors.kept()).extracting(RowError::message)
                .containsExactly("row 17, column price: '12,3a' is not a decimal number");
    }

    @Test
    void decimalsAcceptThousandsSeparatorsAndKeepTheirScale() {
        assertThat(price("12.3")).isEqualByComparingTo("12.3").hasToString("12.300");
        assertThat(price("1,000")).hasToString("1000.000");
        assertThat(errors.isEmpty()).isTrue();
    }

    @Test
    void decimalsOutsideScaleOrRangeAreErrors() {
        assertThat(price("1.2345")).isNull();
        assertThat(price("0")).isNull();
        assertThat(price("1000.001")).isNull();
        assertThat(price("12,3")).isNull();
        assertThat(errors.kept()).extracting(RowError::reason).containsExactly("has more than 3 decimal places",
                "must be greater than 0", "must be at most 1000", "is not a decimal number");
    }

    @Test
    void ratiosAreFractionsOrPercentages() {
        assertThat(row(2, "140%").ratio(PRICE, BigDecimal.ZERO, true, BigDecimal.TEN)).hasToString("1.4000");
        assertThat(row(2, "1.35").ratio(PRICE, BigDecimal.ZERO, true, BigDecimal.TEN)).hasToString("1.3500");
        assertThat(row(3, "abc%").ratio(PRICE, BigDecimal.ZERO, true, BigDecimal.TEN)).isNull();
        assertThat(errors.kept()).extracting(RowError::message).containsExactly("row 3, column price: 'abc%' is not a ratio (e.g. 1.4 or 140%)");
    }

    @Test
    void blankRequiredCellIsAnErrorBlankOptionalIsNull() {
        Cells c = row(5, "");
        assertThat(c.text(PRICE, 10)).isNull();
        assertThat(c.text(NOTE, 10)).isNull();
        assertThat(c.ok()).isFalse();
        assertThat(errors.kept()).extracting(RowError::message).containsExactly("row 5, column price: a value is required");
    }

    @Test
    void datesInThreeFormsStrictly() {
        assertThat(row(2, "2026-11-25").date(PRICE)).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(row(2, "20261125").date(PRICE)).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(row(2, "2026/1/5").date(PRICE)).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(row(4, "2026-02-30").date(PRICE)).isNull();
        assertThat(row(2, "2026-11-25 09:31:05").dateTime(PRICE)).isEqualTo(LocalDateTime.of(2026, 11, 25, 9, 31, 5));
        assertThat(row(2, "2026-11-25T09:31").dateTime(PRICE)).isEqualTo(LocalDateTime.of(2026, 11, 25, 9, 31));
        assertThat(errors.kept()).extracting(RowError::message)
                .containsExactly("row 4, column price: '2026-02-30' is not a date (use yyyy-MM-dd)");
    }

    @Test
    void flagsWholeNumbersAndChoices() {
        assertThat(row(2, "是").flag(PRICE)).isTrue();
        assertThat(row(2, "n").flag(PRICE)).isFalse();
        assertThat(row(2, "1,200").whole(PRICE, 1)).isEqualTo(1200L);
        assertThat(row(6, "1.5").whole(PRICE, 1)).isNull();
        assertThat(row(2, "long").oneOf(PRICE, List.of("LONG", "SHORT"), Map.of())).isEqualTo("LONG");
        assertThat(row(2, "空头").oneOf(PRICE, List.of("LONG", "SHORT"), Map.of("空头", "SHORT"))).isEqualTo("SHORT");
        assertThat(row(7, "up").oneOf(PRICE, List.of("LONG", "SHORT"), Map.of())).isNull();
        assertThat(errors.kept()).extracting(RowError::message).containsExactly(
                "row 6, column price: '1.5' is not a whole number", "row 7, column price: 'up' is not one of LONG, SHORT");
    }
}
