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

    @Test
    void rejectsSomethingThatIsNotAnAddress() {
        assertThatThrownBy(() -> NoticeRequests.of(NoticeType.WARNING, null, "not an address", null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private RiskNoticeRequest copy(String account, ZonedDateTime deadline, String dedupKey) {
        RiskNoticeRequest v = valid;
        return new RiskNoticeRequest(v.type(), v.caseId(), v.clientId(), v.branchId(), v.recipientEmail(),
                v.recipientName(), v.language(), account, v.advisorName(), v.advisorPhone(), v.figures(), v.lines(), v.crossedLines(),
                v.topUpAmount(), deadline, v.outcome(), dedupKey);
    }
}
