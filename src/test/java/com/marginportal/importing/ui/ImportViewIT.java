package com.marginportal.importing.ui;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.marginportal.support.ViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;

/** The admin's upload: preview in the chosen charset, all-or-nothing import with a per-row report. */
class ImportViewIT extends ViewTest {

    @Autowired
    private JdbcClient jdbc;

    /** Regression: a file over the upload limit got a bare "文件过大" (or a 413 without a word) — now the limit and what to do. */
    @Test
    void theUploadRefusesAFileOverTheLimitSayingTheLimitAndWhatToDo() {
        login("admin");
        navigate("admin/imports");
        Upload upload = _get(Upload.class, spec -> spec.withId("import-upload"));
        assertThat(upload.getMaxFileSize()).isEqualTo(200 * 1024 * 1024);
        assertThat(upload.getI18n().getError().getFileIsTooBig()).startsWith("文件超过上传上限 200 MB").contains("拆分");
        assertThat(_get(ComboBox.class, spec -> spec.withId("import-kind")).getPlaceholder()).isEqualTo("请选择");
    }

    @Test
    void aGbkFileIsRefusedAsUtf8AndPreviewedAsGbk() {
        login("admin");
        navigate("admin/imports");
        String code = jdbc.sql("SELECT code FROM security ORDER BY code").query(String.class).list().get(0);
        byte[] gbk = ("代码,价格,日期\n" + code + ",12.340,2026-11-25\n").getBytes(Charset.forName("GBK"));
        upload("prices.csv", gbk);
        assertThat(text("import-outcome")).startsWith("无法读取该文件").contains("UTF-8");
        assertThat(_get(Button.class, spec -> spec.withId("import-run")).isEnabled()).isFalse();

        _get(Select.class, spec -> spec.withId("import-charset")).setValue("GBK");
        Grid<?> preview = _get(Grid.class, spec -> spec.withId("import-preview"));
        assertThat(_size(preview)).isOne();
        assertThat(preview.getColumns().get(0).getHeaderText()).isEqualTo("代码");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFileWithABadRowChangesNothingAndSaysWhere() {
        login("admin");
        navigate("admin/imports");
        String code = jdbc.sql("SELECT code FROM security ORDER BY code").query(String.class).list().get(1);
        BigDecimal before = price(code);
        upload("prices.csv", ("code,price,price_date\n" + code + ",9.990,2026-11-25\n" + code + "X,abc,2026-11-25\n")
                .getBytes(StandardCharsets.UTF_8));
        ((ComboBox<Object>) _get(ComboBox.class, spec -> spec.withId("import-kind")))
                .setValue(com.marginportal.importing.ImportKind.PRICES);
        _click(_get(Button.class, spec -> spec.withId("import-run")));

        assertThat(text("import-outcome")).startsWith("未导入");
        Grid<com.marginportal.importing.RowError> errors = _get(Grid.class, spec -> spec.withId("import-errors"));
        assertThat(_size(errors)).isPositive();
        assertThat(_get(errors, 0).row()).isEqualTo(3);
        assertThat(price(code)).as("all or nothing").isEqualByComparingTo(before);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aGoodFileIsImportedAndLogged() {
        login("admin");
        navigate("admin/imports");
        String code = jdbc.sql("SELECT code FROM security ORDER BY code").query(String.class).list().get(2);
        BigDecimal current = price(code);
        long batchesBefore = jdbc.sql("SELECT COUNT(*) FROM import_batch").query(Long.class).single();
        upload("prices.csv", ("code,price,price_date\n" + code + "," + current.toPlainString() + ",2026-11-25\n")
                .getBytes(StandardCharsets.UTF_8));
        ((ComboBox<Object>) _get(ComboBox.class, spec -> spec.withId("import-kind")))
                .setValue(com.marginportal.importing.ImportKind.PRICES);
        _click(_get(Button.class, spec -> spec.withId("import-run")));

        assertThat(text("import-outcome")).startsWith("导入成功：1 行");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM import_batch").query(Long.class).single()).isEqualTo(batchesBefore + 1);
        assertThat(jdbc.sql("SELECT trigger_type FROM risk_scan ORDER BY id DESC LIMIT 1").query(String.class).single())
                .as("an imported price triggers a scan").isEqualTo("IMPORT");
        Grid<?> log = _get(Grid.class, spec -> spec.withId("import-batches"));
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(log, 0))
                .as("source and result in words").contains("文件上传", "导入成功").doesNotContain("UPLOAD", "SUCCEEDED");
    }

    @Test
    @SuppressWarnings("unchecked")
    void choosingAKindShowsItsColumnsAndOffersATemplate() {
        login("admin");
        navigate("admin/imports");
        assertThat(_find(Div.class, spec -> spec.withId("import-format"))).as("hidden until a kind is chosen").isEmpty();

        ((ComboBox<Object>) _get(ComboBox.class, spec -> spec.withId("import-kind")))
                .setValue(com.marginportal.importing.ImportKind.PRICES);

        assertThat(text("import-columns")).startsWith("文件列").contains("code", "price_date / 日期 / 价格日期 *");
        assertThat(_get(Anchor.class, spec -> spec.withId("import-template")).getHref()).isNotBlank();
    }

    /** A link with {@code ?kind=} (the calendar's warning, the first steps) opens with that kind and its columns. */
    @Test
    void aLinkNamingTheKindOpensWithItChosen() {
        login("admin");
        com.vaadin.flow.component.UI.getCurrent().navigate("admin/imports",
                com.vaadin.flow.router.QueryParameters.of("kind", "holidays"));
        assertThat(_get(ComboBox.class, spec -> spec.withId("import-kind")).getValue())
                .isEqualTo(com.marginportal.importing.ImportKind.HOLIDAYS);
        assertThat(text("import-columns")).startsWith("文件列");

        navigate("clients");
        com.vaadin.flow.component.UI.getCurrent().navigate("admin/imports",
                com.vaadin.flow.router.QueryParameters.of("kind", "no-such-kind"));
        assertThat(_get(ComboBox.class, spec -> spec.withId("import-kind")).getValue()).as("nothing chosen").isNull();
    }

    private void upload(String name, byte[] content) {
        _upload(_get(Upload.class, spec -> spec.withId("import-upload")), name, "text/csv", content);
        MockVaadin.clientRoundtrip();
    }

    private String text(String id) {
        return _get(Paragraph.class, spec -> spec.withId(id)).getText();
    }

    private BigDecimal price(String code) {
        return jdbc.sql("SELECT price FROM security_price WHERE code = ?").param(code).query(BigDecimal.class).single();
    }
}
