package com.marginportal.client.ui;

import java.util.List;
import java.util.stream.Stream;

import com.marginportal.security.PortalUser;
import com.marginportal.support.ViewTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.dom.Element;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client 360 view's own parts and what other features contribute (shell.DetailSection) stand where they
 * always stood: the suitability check closes the profile, classification and recommendations follow the account,
 * trading behaviour comes between the trades and the contact history, the service and workflow tabs after it.
 */
class ClientDetailLayoutIT extends ViewTest {

    @Autowired
    private JdbcClient jdbc;

    @Test
    void ownPartsAndContributedSectionsStandInTheirPlaces() {
        PortalUser me = (PortalUser) login("advisor1");
        long clientId = jdbc.sql("""
                SELECT c.id FROM client c JOIN credit_account a ON a.client_id = c.id
                 WHERE c.advisor_id = ? ORDER BY c.id""").param(me.id()).query(Long.class).list().get(0);
        navigate("clients/" + clientId);

        HorizontalLayout panels = _get(HorizontalLayout.class, spec -> spec.withClasses("panels"));
        List<Component> shown = panels.getChildren().toList();
        assertThat(shown).extracting(ClientDetailLayoutIT::heading)
                .containsExactly("客户资料", heading(shown.get(1)), "客户分类", "服务推荐");
        assertThat(heading(shown.get(1))).startsWith("信用账户");
        List<String> profileFacts = descendants(shown.get(0).getElement())
                .filter(e -> e.hasAttribute("data-fact")).map(e -> e.getAttribute("data-fact")).toList();
        assertThat(profileFacts).endsWith("client.openedOn", "client.suitability");

        List<String> tabs = _find(Tab.class).stream().map(Tab::getLabel).toList();
        assertThat(tabs.get(0)).startsWith("持仓（");
        assertThat(tabs.subList(1, tabs.size())).containsExactly("维持担保比例走势", "近期交易", "交易行为分析",
                "联系与服务记录", "服务请求", "处置记录", "客户时间线");
    }

    private static Stream<Element> descendants(Element element) {
        return element.getChildren().flatMap(child -> Stream.concat(Stream.of(child), descendants(child)));
    }

    private static String heading(Component panel) {
        return panel.getChildren().filter(H3.class::isInstance).map(h -> ((H3) h).getText()).findFirst().orElse("");
    }
}
