package com.marginportal.classification.ui;

import java.math.BigDecimal;

import com.marginportal.classification.ClassificationService;
import com.marginportal.support.ViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The classification rules settings: bad thresholds are explained and not saved; a preview says who would move. */
class ThresholdsViewIT extends ViewTest {

    @Autowired
    private ClassificationService classifications;
    @Autowired
    private JdbcClient jdbc;

    /** "5000000" and "500000" differ by a zero the eye misses: the amount is read back with its grouping and unit. */
    @Test
    void anAmountThresholdIsReadBackGroupedWithItsUnit() {
        login("admin");
        navigate("admin/classification");
        BigDecimalField highNetWorth = _get(BigDecimalField.class, spec -> spec.withId("threshold-highNetWorthAssets"));
        highNetWorth.setValue(new BigDecimal("50000000"));

        assertThat(highNetWorth.getHelperText()).isEqualTo("50,000,000.00 元");
        assertThat(_get(BigDecimalField.class, spec -> spec.withId("threshold-mediumAssets")).getHelperText())
                .endsWith(" 元").contains(",");
    }

    @Test
    void unorderedThresholdsAreExplainedAndNothingIsSaved() {
        login("admin");
        navigate("admin/classification");
        long versions = jdbc.sql("SELECT COUNT(*) FROM classification_thresholds").query(Long.class).single();
        BigDecimalField high = _get(BigDecimalField.class, spec -> spec.withId("threshold-highFinancingRatio"));
        high.setValue(new BigDecimal("10"));
        _click(_get(Button.class, spec -> spec.withId("thresholds-save")));
        assertThat(high.isInvalid()).isTrue();
        assertThat(high.getErrorMessage()).isEqualTo("必须高于对应的下限");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM classification_thresholds").query(Long.class).single()).isEqualTo(versions);
    }

    @Test
    void aPreviewSaysHowManyClientsWouldMove() {
        classifications.recalculateAll();
        login("admin");
        navigate("admin/classification");
        _get(BigDecimalField.class, spec -> spec.withId("threshold-mediumAssets")).setValue(new BigDecimal("100"));
        _click(_get(Button.class, spec -> spec.withId("thresholds-preview")));
        Div change = _get(Div.class, spec -> spec.withId("thresholds-change"));
        assertThat(_find(change, Paragraph.class)).isNotEmpty()
                .first().satisfies(p -> assertThat(p.getText()).matches("将有 [\\d,]+ 项分类改变（共 [\\d,]+ 位客户）"));
    }
}
