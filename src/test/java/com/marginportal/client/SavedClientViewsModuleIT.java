package com.marginportal.client;

import java.util.function.Supplier;

import com.marginportal.support.ModuleSlice;
import com.marginportal.support.SignedIn;
import com.marginportal.support.StaffFixture;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Saved client list views on MariaDB: per signed-in user, validated names, at most 20 per user. A slice of the client
 * module; the staff are the test's own.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, verifyAutomatically = false)
class SavedClientViewsModuleIT extends ModuleSlice {

    @Autowired
    private SavedClientViews views;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private JdbcClient jdbc;

    private String advisor;
    private String otherAdvisor;
    private String manager;

    @BeforeEach
    void staff() {
        StaffFixture.Branch branch = new StaffFixture(jdbc).branch(2);
        advisor = branch.advisor(1);
        otherAdvisor = branch.advisor(2);
        manager = branch.manager();
    }

    @Test
    void aUserSavesReplacesAndDeletesOwnViewsAndNeverSeesOrDeletesAnotherUsers() {
        SavedClientView mine = as(advisor, () -> views.save("  高风险客户 ", "risk=HIGH", "TOTAL_ASSETS:desc"));
        assertThat(mine.name()).isEqualTo("高风险客户");
        assertThat(as(advisor, views::list)).containsExactly(mine);

        SavedClientView replaced = as(advisor, () -> views.save("高风险客户", "risk=HIGH&scale=HIGH_NET_WORTH", null));
        assertThat(replaced.id()).as("the same name replaces").isEqualTo(mine.id());
        assertThat(as(advisor, views::list)).containsExactly(
                new SavedClientView(mine.id(), "高风险客户", "risk=HIGH&scale=HIGH_NET_WORTH", null));

        SavedClientView theirs = as(otherAdvisor, () -> views.save("高风险客户", "risk=LOW", null));
        assertThat(theirs.id()).as("another user's view of the same name is another view").isNotEqualTo(mine.id());
        assertThat(as(otherAdvisor, views::list)).extracting(SavedClientView::id).doesNotContain(mine.id());
        assertThat(as(otherAdvisor, () -> views.delete(mine.id()))).as("another user's view").isFalse();
        assertThat(as(advisor, views::list)).extracting(SavedClientView::id).contains(mine.id());

        assertThat(as(advisor, () -> views.delete(mine.id()))).isTrue();
        assertThat(as(advisor, views::list)).extracting(SavedClientView::id).doesNotContain(mine.id());
        assertThat(as(otherAdvisor, views::list)).extracting(SavedClientView::id).contains(theirs.id());
    }

    @Test
    void namesAreCheckedAndNothingIsStoredForABadOne() {
        int before = rows();
        assertRejected("   ", SavedViewRejected.Problem.NAME_EMPTY);
        assertRejected("x".repeat(SavedClientViews.MAX_NAME + 1), SavedViewRejected.Problem.NAME_TOO_LONG);
        assertRejected("a\nb", SavedViewRejected.Problem.NAME_CONTROL_CHARACTER);
        assertRejected("a\u0000b", SavedViewRejected.Problem.NAME_CONTROL_CHARACTER);
        assertThat(rows()).isEqualTo(before);
        assertThat(as(manager, () -> views.save("名".repeat(SavedClientViews.MAX_NAME), "", null)).name())
                .hasSize(SavedClientViews.MAX_NAME);
    }

    @Test
    void atMostTwentyViewsPerUser() {
        as(manager, () -> {
            for (int i = 1; i <= SavedClientViews.MAX_PER_USER; i++) {
                views.save("view " + i, "q=" + i, null);
            }
            return null;
        });
        assertThatThrownBy(() -> as(manager, () -> views.save("one too many", "", null)))
                .isInstanceOfSatisfying(SavedViewRejected.class,
                        e -> assertThat(e.problem()).isEqualTo(SavedViewRejected.Problem.TOO_MANY));
        assertThat(as(manager, () -> views.save("view 3", "q=three", null)).filterQuery())
                .as("replacing one still works").isEqualTo("q=three");
        assertThat(as(manager, views::list)).hasSize(SavedClientViews.MAX_PER_USER);
        assertThat(as(otherAdvisor, () -> views.save("another user's own", "", null))).as("the limit is per user").isNotNull();
    }

    private void assertRejected(String name, SavedViewRejected.Problem problem) {
        assertThatThrownBy(() -> as(manager, () -> views.save(name, "q=x", null)))
                .isInstanceOfSatisfying(SavedViewRejected.class, e -> assertThat(e.problem()).isEqualTo(problem));
    }

    private int rows() {
        return jdbc.sql("SELECT COUNT(*) FROM saved_client_view").query(Integer.class).single();
    }

    private <T> T as(String username, Supplier<T> call) {
        return SignedIn.as(users, username, call);
    }
}
