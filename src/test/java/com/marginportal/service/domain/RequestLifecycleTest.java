package com.marginportal.service.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marginportal.classification.domain.Dimension;

import org.junit.jupiter.api.Test;

/** open → in progress → done; done is final; closing needs a score; drafts of requests and plans validate. */
class RequestLifecycleTest {

    @Test
    void aRequestMovesForwardOnlyAndStaysClosed() {
        assertThat(RequestStatus.OPEN.start()).isEqualTo(RequestStatus.IN_PROGRESS);
        assertThat(RequestStatus.IN_PROGRESS.close()).isEqualTo(RequestStatus.DONE);
        assertThat(RequestStatus.OPEN.close()).as("answered at once").isEqualTo(RequestStatus.DONE);
        assertThatThrownBy(RequestStatus.IN_PROGRESS::start).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(RequestStatus.DONE::start).isInstanceOf(RequestClosedException.class);
        assertThatThrownBy(RequestStatus.DONE::close).isInstanceOf(RequestClosedException.class);
    }

    @Test
    void closingNeedsASatisfactionScoreFromOneToFive() {
        assertThatThrownBy(() -> new Closing(null, "done")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("satisfaction");
        assertThatThrownBy(() -> new Closing(0, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Closing(6, null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Closing(5, "  ")).isEqualTo(new Closing(5, null));
    }

    @Test
    void aRequestNeedsContent() {
        assertThatThrownBy(() -> new NewRequest(1, RequestType.COMPLAINT, ServiceChannel.PHONE, " "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NewRequest(1, RequestType.COMPLAINT, ServiceChannel.PHONE, "x".repeat(2001)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new NewRequest(1, RequestType.OTHER, ServiceChannel.EMAIL, " 咨询 ").content()).isEqualTo("咨询");
    }

    @Test
    void aPlanTargetsAClassifiedValueOfItsDimension() {
        assertThatThrownBy(() -> new PlanDraft("x", Dimension.RISK_LEVEL, "HIGH_NET_WORTH", null, 7, true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PlanDraft("x", Dimension.RISK_LEVEL, Dimension.UNCLASSIFIED, null, 7, true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PlanDraft(" ", Dimension.RISK_LEVEL, "HIGH", null, 7, true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new PlanDraft(" 周度 ", Dimension.RISK_LEVEL, "HIGH", null, 7, true).name()).isEqualTo("周度");
    }
}
