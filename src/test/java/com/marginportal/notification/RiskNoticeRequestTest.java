package com.marginportal.notification;

import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RiskNoticeRequestTest {

    private final RiskNoticeRequest valid = NoticeRequests.marginCall(null);

    @Test
    void normalisesLanguageDeadlineZoneAndBlankKeys() {
        RiskNoticeRequest r = copy(valid.maskedAccountNumber(), valid.topUpDeadline().withZoneSameInstant(ZoneId.of("UTC")), " ");

        assertThat(r.language()).isEqualTo("zh-CN");
        assertThat(r.topUpDeadline()).isEqualTo(ZonedDateTime.of(2026, 11, 27, 15, 0, 0, 0, ZoneId.of("Asia/Shanghai")));
        assertThat(r.dedupKey()).isNull();
    }

    @Test
    void rejectsAnUnmaskedAccountNumber() {
        assertThatThrownBy(() -> copy("990000012345", valid.topUpDeadline(), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("masked");
        assertThatThrownBy(() -> copy("99000****12345", valid.topUpDeadline(), null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMarginCallNeedsItsDeadline() {
        assertThatThrownBy(() -> copy(valid.maskedAccountNumber(), null, null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("topUpDeadline");
    }

    /** An extension moves the deadline later, and only an extension names the deadline it moves. */
    @Test
    void theDeadlineHeldIsAnExtensionsAndBeforeItsNewOne() {
        RiskNoticeRequest extension = NoticeRequests.of(NoticeType.EXTENSION, null, "a@example.com", null);
        ZonedDateTime deadline = extension.topUpDeadline();
        assertThatThrownBy(() -> held(extension, deadline)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("heldDeadline");
        assertThatThrownBy(() -> held(extension, deadline.plusDays(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> held(valid, deadline.minusDays(1))).as("a margin call extends nothing")
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(held(extension, null).heldDeadline()).isNull();
    }

    @Test
    void rejectsSomethingThatIsNotAnAddress() {
        assertThatThrownBy(() -> NoticeRequests.of(NoticeType.WARNING, null, "not an address", null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static RiskNoticeRequest held(RiskNoticeRequest v, ZonedDateTime held) {
        return new RiskNoticeRequest(v.type(), v.caseId(), v.clientId(), v.branchId(), v.recipientEmail(),
                v.recipientName(), v.language(), v.maskedAccountNumber(), v.advisorName(), v.advisorPhone(), v.figures(),
                v.lines(), v.crossedLines(), v.topUpAmount(), v.topUpDeadline(), held, v.outcome(), v.dedupKey());
    }

    private RiskNoticeRequest copy(String account, ZonedDateTime deadline, String dedupKey) {
        RiskNoticeRequest v = valid;
        return new RiskNoticeRequest(v.type(), v.caseId(), v.clientId(), v.branchId(), v.recipientEmail(),
                v.recipientName(), v.language(), account, v.advisorName(), v.advisorPhone(), v.figures(), v.lines(), v.crossedLines(),
                v.topUpAmount(), deadline, v.heldDeadline(), v.outcome(), dedupKey);
    }
}
