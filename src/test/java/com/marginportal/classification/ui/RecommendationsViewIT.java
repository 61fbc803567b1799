package com.marginportal.classification.ui;

import java.util.List;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.marginportal.classification.domain.Dimension;
import com.marginportal.classification.domain.Recommendation;
import com.marginportal.classification.domain.ServiceAction;
import com.marginportal.security.AuditLog;
import com.marginportal.support.ViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The recommendation catalogue settings: admins only; bad input is explained per field and nothing is saved. */
class RecommendationsViewIT extends ViewTest {

    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private AuditLog auditLog;

    @Test
    void onlyAdminsOpenTheCatalogue() {
        login("manager1");
        assertThatThrownBy(() -> navigate("admin/recommendations")).isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void invalidInputIsExplainedAndNothingIsSavedThenAValidEntryIsAddedAndDeactivated() {
        login("admin");
        navigate("admin/recommendations");
        Grid<Recommendation> grid = _get(Grid.class, spec -> spec.withId("rec-grid"));
        long entries = count();
        assertThat(_size(grid)).isEqualTo((int) entries);

        _click(_get(Button.class, spec -> spec.withId("rec-add")));
        ((Select<Dimension>) _get(Select.class, spec -> spec.withId("rec-dimension"))).setValue(Dimension.NEEDS);
        IntegerField priority = _get(IntegerField.class, spec -> spec.withId("rec-priority"));
        priority.setValue(9);
        _click(_get(Button.class, spec -> spec.withId("rec-save")));

        TextField titleZh = _get(TextField.class, spec -> spec.withId("rec-titleZh"));
        Select<String> value = _get(Select.class, spec -> spec.withId("rec-value"));
        assertThat(titleZh.isInvalid()).isTrue();
        assertThat(titleZh.getErrorMessage()).isEqualTo("必填");
        assertThat(value.getErrorMessage()).isEqualTo("请选择该维度下的一个分类");
        assertThat(priority.getErrorMessage()).isEqualTo("优先级须为 1 到 5 之间的整数");
        assertThat(count()).isEqualTo(entries);

        value.setValue("PASSIVE");
        titleZh.setValue("季度持仓回顾会");
        _get(TextField.class, spec -> spec.withId("rec-titleEn")).setValue("Quarterly portfolio review");
        _get(TextArea.class, spec -> spec.withId("rec-descriptionZh")).setValue("每季度与客户当面回顾持仓与目标。");
        _get(TextArea.class, spec -> spec.withId("rec-descriptionEn")).setValue("Review holdings and goals with the client every quarter.");
        ((Select<ServiceAction>) _get(Select.class, spec -> spec.withId("rec-action"))).setValue(ServiceAction.ADVISORY);
        priority.setValue(4);
        _click(_get(Button.class, spec -> spec.withId("rec-save")));

        assertThat(count()).isEqualTo(entries + 1);
        assertThat(_size(grid)).isEqualTo((int) entries + 1);
        long id = jdbc.sql("SELECT id FROM recommendation WHERE title_zh = '季度持仓回顾会'").query(Long.class).single();
        assertThat(auditLog.latest("RECOMMENDATION_CREATED", 1)).singleElement()
                .satisfies(e -> assertThat(e.entityId()).isEqualTo(String.valueOf(id)));
        String adminName = jdbc.sql("SELECT display_name FROM app_user WHERE username = 'admin'").query(String.class).single();
        List<Long> ids = grid.getListDataView().getItems().map(Recommendation::id).toList();
        assertThat(GridKt._getFormatted(grid, ids.indexOf(id), "updated")).as("who changed it, by name, not login")
                .startsWith(adminName + " · ");
        long seeded = jdbc.sql("SELECT MIN(id) FROM recommendation WHERE updated_by = 'system'").query(Long.class).single();
        assertThat(GridKt._getFormatted(grid, ids.indexOf(seeded), "updated")).startsWith("系统 · ");

        _click(toggle(grid, id));
        assertThat(jdbc.sql("SELECT active FROM recommendation WHERE id = ?").param(id).query(Boolean.class).single()).isFalse();
        assertThat(toggle(grid, id).getText()).as("now offers to reactivate").isEqualTo("启用");
        assertThat(auditLog.latest("RECOMMENDATION_DEACTIVATED", 1)).singleElement()
                .satisfies(e -> assertThat(e.entityId()).isEqualTo(String.valueOf(id)));
    }

    private static Button toggle(Grid<Recommendation> grid, long id) {
        int row = grid.getListDataView().getItems().map(Recommendation::id).toList().indexOf(id);
        return _get(_getCellComponent(grid, row, "actions"), Button.class, spec -> spec.withId("rec-toggle-" + id));
    }

    private long count() {
        return jdbc.sql("SELECT COUNT(*) FROM recommendation").query(Long.class).single();
    }
}
