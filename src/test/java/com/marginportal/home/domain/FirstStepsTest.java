package com.marginportal.home.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.marginportal.home.domain.FirstSteps.Step;

import org.junit.jupiter.api.Test;

/** The steps a new installation has left, in the order to do them; none once the portal watches accounts. */
class FirstStepsTest {

    @Test
    void anEmptyInstallationHasEveryStepLeftInOrder() {
        assertThat(new FirstSteps(0, 0, 0, 0, 0).left())
                .containsExactly(Step.BRANCHES, Step.STAFF, Step.CLIENTS, Step.VALUATION);
    }

    @Test
    void theStaffStepNeedsAnAdvisorAndABranchManager() {
        assertThat(new FirstSteps(1, 3, 0, 0, 0).done(Step.STAFF)).as("advisors, no manager to decide").isFalse();
        assertThat(new FirstSteps(1, 0, 1, 0, 0).done(Step.STAFF)).as("a manager, nobody to call").isFalse();
        assertThat(new FirstSteps(1, 1, 1, 0, 0).left()).containsExactly(Step.CLIENTS, Step.VALUATION);
    }

    @Test
    void clientsWithoutValuedAccountsAreNotYetWatched() {
        assertThat(new FirstSteps(2, 4, 1, 1_200, 0).left()).containsExactly(Step.VALUATION);
        assertThat(new FirstSteps(2, 4, 1, 1_200, 1_180).left()).isEmpty();
    }
}
