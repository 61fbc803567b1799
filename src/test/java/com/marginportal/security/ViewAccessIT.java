package com.marginportal.security;

import java.util.List;
import java.util.stream.Stream;

import com.marginportal.classification.ui.RecommendationsView;
import com.marginportal.classification.ui.SegmentMatrixView;
import com.marginportal.client.ui.AdvisorBooksView;
import com.marginportal.client.ui.ClientListView;
import com.marginportal.importing.ui.ImportView;
import com.marginportal.risk.ui.LineProfilesView;
import com.marginportal.risk.ui.RiskCasesView;
import com.marginportal.workflow.ui.BoardView;
import com.marginportal.workflow.ui.CaseView;
import com.marginportal.workflow.ui.DashboardView;
import com.marginportal.workflow.ui.IncidentsView;
import com.marginportal.workflow.ui.DiagramOverviewView;
import com.marginportal.administration.ui.BranchesView;
import com.marginportal.administration.ui.UserAdminView;
import com.marginportal.administration.ui.AuditLogView;
import com.marginportal.service.ui.ContactPlansView;
import com.marginportal.service.ui.ServiceView;
import com.marginportal.support.ViewTest;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each role reaches exactly its views, and the navigation offers exactly those. */
class ViewAccessIT extends ViewTest {

    static Stream<Arguments> access() {
        return Stream.of(
                Arguments.of("advisor1", "clients", ClientListView.class, true),
                Arguments.of("advisor1", "advisors", AdvisorBooksView.class, false),
                Arguments.of("advisor1", "admin/users", UserAdminView.class, false),
                Arguments.of("advisor1", "admin/audit", AuditLogView.class, false),
                Arguments.of("advisor1", "risk/cases", RiskCasesView.class, true),
                Arguments.of("advisor1", "board", BoardView.class, false),
                Arguments.of("advisor1", "board/diagram", DiagramOverviewView.class, false),
                Arguments.of("advisor1", "board/case/1", CaseView.class, false),
                Arguments.of("manager1", "board", BoardView.class, true),
                Arguments.of("manager1", "board/diagram", DiagramOverviewView.class, true),
                Arguments.of("admin", "board", BoardView.class, true),
                Arguments.of("advisor1", "risk/lines", LineProfilesView.class, false),
                Arguments.of("manager1", "risk/cases", RiskCasesView.class, true),
                Arguments.of("manager1", "risk/lines", LineProfilesView.class, false),
                Arguments.of("admin", "risk/lines", LineProfilesView.class, true),
                Arguments.of("admin", "admin/imports", ImportView.class, true),
                Arguments.of("admin", "admin/recommendations", RecommendationsView.class, true),
                Arguments.of("manager1", "admin/recommendations", RecommendationsView.class, false),
                Arguments.of("advisor1", "admin/recommendations", RecommendationsView.class, false),
                Arguments.of("manager1", "admin/imports", ImportView.class, false),
                Arguments.of("manager1", "clients", ClientListView.class, true),
                Arguments.of("manager1", "advisors", AdvisorBooksView.class, true),
                Arguments.of("manager1", "admin/users", UserAdminView.class, false),
                Arguments.of("manager1", "admin/audit", AuditLogView.class, false),
                Arguments.of("admin", "clients", ClientListView.class, true),
                Arguments.of("admin", "advisors", AdvisorBooksView.class, true),
                Arguments.of("admin", "admin/users", UserAdminView.class, true),
                Arguments.of("admin", "admin/audit", AuditLogView.class, true),
                Arguments.of("admin", "admin/branches", BranchesView.class, true),
                Arguments.of("manager1", "admin/branches", BranchesView.class, false),
                Arguments.of("advisor1", "admin/branches", BranchesView.class, false),
                Arguments.of("advisor1", "segments", SegmentMatrixView.class, true),
                Arguments.of("manager1", "segments", SegmentMatrixView.class, true),
                Arguments.of("admin", "segments", SegmentMatrixView.class, true),
                Arguments.of("advisor1", "service", ServiceView.class, true),
                Arguments.of("manager1", "service", ServiceView.class, true),
                Arguments.of("advisor1", "service/plans", ContactPlansView.class, false),
                Arguments.of("manager1", "service/plans", ContactPlansView.class, false),
                Arguments.of("admin", "service/plans", ContactPlansView.class, true),
                Arguments.of("advisor1", "dashboard", DashboardView.class, true),
                Arguments.of("manager1", "dashboard", DashboardView.class, true),
                Arguments.of("admin", "dashboard", DashboardView.class, true),
                Arguments.of("advisor1", "incidents", IncidentsView.class, false),
                Arguments.of("manager1", "incidents", IncidentsView.class, true),
                Arguments.of("admin", "incidents", IncidentsView.class, true),
                Arguments.of("advisor1", "my-day", com.marginportal.home.ui.MyDayView.class, true),
                Arguments.of("advisor1", "manager-day", com.marginportal.home.ui.ManagerDayView.class, false),
                Arguments.of("manager1", "manager-day", com.marginportal.home.ui.ManagerDayView.class, true),
                Arguments.of("admin", "manager-day", com.marginportal.home.ui.ManagerDayView.class, true),
                Arguments.of("manager1", "mail-log", com.marginportal.notification.ui.MailLogView.class, true),
                Arguments.of("advisor1", "mail-log", com.marginportal.notification.ui.MailLogView.class, false));
    }

    @ParameterizedTest(name = "{0} → {1}: {3}")
    @MethodSource
    void access(String user, String route, Class<? extends Component> view, boolean allowed) {
        login(user);
        if (allowed) {
            navigate(route);
            assertThat(currentView()).isEqualTo(view);
        } else {
            // Karibu's rendering of Vaadin's access-denied navigation error
            assertThatThrownBy(() -> navigate(route)).isInstanceOf(MockAccessDeniedException.class);
        }
    }

    @Test
    void anonymousUsersDoNotReachAnyView() {
        navigate("clients");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .noneMatch(target -> target instanceof ClientListView);
    }

    @ParameterizedTest(name = "{0} sees {1}")
    @CsvSource(delimiter = ';', value = {
            "advisor1; 我的工作台,风险看板,我的任务,客户服务,客户档案,客户分群,风险案例",
            "manager1; 待我处理,我的工作台,风险看板,我的任务,处置看板,流程总览,异常处理,邮件发送记录,客户服务,客户档案,客户分群,风险案例,客户经理",
            "admin; 待我处理,我的工作台,风险看板,我的任务,处置看板,流程总览,异常处理,邮件发送记录,客户服务,客户档案,客户分群,风险案例,客户经理,风控线设置,分类规则设置,服务推荐目录,联系计划设置,数据导入,用户管理,审计日志,营业部管理"})
    void navigationListsOnlyPermittedViews(String user, String expectedItems) {
        login(user);
        navigate("clients");
        List<String> items = _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
        assertThat(items).containsExactly(expectedItems.split(","));
    }
}
