package com.marginportal.classification.ui;

import com.marginportal.classification.ClassificationService;
import com.marginportal.classification.domain.Dimension;
import com.marginportal.support.ViewTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The 360 view's classification panel: values with reasons; a manager's override needs a reason. */
class ClassificationPanelIT extends ViewTest {

    @Autowired
    private ClassificationService classifications;
    @Autowired
    private JdbcClient jdbc;

    private long client;

    @BeforeEach
    void classify() {
        classifications.recalculateAll();
        client = jdbc.sql("SELECT id FROM client WHERE branch_id = 1 AND id < 90000000 ORDER BY id DESC")
                .query(Long.class).list().get(0);
    }

    @Test
    void anAdvisorSeesTheFourClassesWithReasonsButCannotOverride() {
        login(jdbc.sql("SELECT u.username FROM client c JOIN app_user u ON u.id = c.advisor_id WHERE c.id = ?")
                .param(client).query(String.class).single());
        navigate("clients/" + client);
        assertThat(_find(Span.class, spec -> spec.withClasses("class-badge"))).hasSize(4);
        assertThat(_find(Button.class, spec -> spec.withId("classification-override"))).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aManagerOverridesWithAReason() {
        login("manager1");
        navigate("clients/" + client);
        _click(_get(Button.class, spec -> spec.withId("classification-override")));
        ((Select<Dimension>) _get(Select.class, spec -> spec.withId("override-dimension"))).setValue(Dimension.ASSET_SCALE);
        ((Select<String>) _get(Select.class, spec -> spec.withId("override-value"))).setValue("HIGH_NET_WORTH");
        _click(_get(Button.class, spec -> spec.withId("override-save")));
        TextArea reason = _get(TextArea.class, spec -> spec.withId("override-reason"));
        assertThat(reason.isInvalid()).as("no reason, no override").isTrue();

        reason.setValue("家族账户合并管理，按高净值客户服务");
        _click(_get(Button.class, spec -> spec.withId("override-save")));
        Span scale = _find(Span.class, spec -> spec.withClasses("class-badge")).stream()
                .filter(s -> "ASSET_SCALE".equals(s.getElement().getAttribute("data-dimension"))).findFirst().orElseThrow();
        assertThat(scale.getText()).isEqualTo("高净值");
        assertThat(jdbc.sql("SELECT override_value FROM classification_override WHERE client_id = ? AND dimension = 'ASSET_SCALE'")
                .param(client).query(String.class).single()).isEqualTo("HIGH_NET_WORTH");
    }
}
