package com.marginportal.notification;

import java.util.List;

import com.marginportal.notification.CaseNoticeOrder.CaseNotice;
import com.marginportal.notification.CaseNoticeOrder.Supersession;

import org.junit.jupiter.api.Test;

import static com.marginportal.notification.NoticeStatus.FAILED;
import static com.marginportal.notification.NoticeStatus.PENDING;
import static com.marginportal.notification.NoticeStatus.SENDING;
import static com.marginportal.notification.NoticeStatus.SENT;
import static com.marginportal.notification.NoticeStatus.SUPERSEDED;
import static com.marginportal.notification.NoticeType.EXTENSION;
import static com.marginportal.notification.NoticeType.LIQUIDATION;
import static com.marginportal.notification.NoticeType.MARGIN_CALL;
import static com.marginportal.notification.NoticeType.PERIODIC_REPORT;
import static com.marginportal.notification.NoticeType.RESOLUTION;
import static com.marginportal.notification.NoticeType.WARNING;
import static org.assertj.core.api.Assertions.assertThat;

class CaseNoticeOrderTest {

    @Test
    void aStricterOrEqualLevelSupersedesAnEarlierRiskNotice() {
        assertThat(CaseNoticeOrder.supersedes(MARGIN_CALL, WARNING)).isTrue();
        assertThat(CaseNoticeOrder.supersedes(LIQUIDATION, WARNING)).isTrue();
        assertThat(CaseNoticeOrder.supersedes(LIQUIDATION, MARGIN_CALL)).isTrue();
        assertThat(CaseNoticeOrder.supersedes(WARNING, WARNING)).isTrue();
        assertThat(CaseNoticeOrder.supersedes(LIQUIDATION, LIQUIDATION)).isTrue();

        assertThat(CaseNoticeOrder.supersedes(WARNING, MARGIN_CALL)).as("a milder level says less").isFalse();
        assertThat(CaseNoticeOrder.supersedes(MARGIN_CALL, LIQUIDATION)).isFalse();
    }

    @Test
    void anExtensionRestatesTheDemandWithTheNewDeadlineSoItRanksWithAMarginCall() {
        assertThat(CaseNoticeOrder.supersedes(EXTENSION, MARGIN_CALL)).as("a stale deadline").isTrue();
        assertThat(CaseNoticeOrder.supersedes(EXTENSION, WARNING)).isTrue();
        assertThat(CaseNoticeOrder.supersedes(EXTENSION, EXTENSION)).as("a second extension").isTrue();
        assertThat(CaseNoticeOrder.supersedes(LIQUIDATION, EXTENSION)).isTrue();
        assertThat(CaseNoticeOrder.supersedes(RESOLUTION, EXTENSION)).isTrue();
        assertThat(CaseNoticeOrder.supersedes(EXTENSION, LIQUIDATION)).as("the client is told of liquidation first")
                .isFalse();
    }

    @Test
    void theResolutionSupersedesWarningAndMarginCallButNeverTheLiquidationNotice() {
        assertThat(CaseNoticeOrder.supersedes(RESOLUTION, WARNING)).isTrue();
        assertThat(CaseNoticeOrder.supersedes(RESOLUTION, MARGIN_CALL)).isTrue();
        assertThat(CaseNoticeOrder.supersedes(RESOLUTION, LIQUIDATION)).as("the client is told of liquidation first")
                .isFalse();
    }

    @Test
    void aResolutionOrAReportIsNeverSuperseded() {
        for (NoticeType later : NoticeType.values()) {
            assertThat(CaseNoticeOrder.supersedes(later, RESOLUTION)).isFalse();
            assertThat(CaseNoticeOrder.supersedes(later, PERIODIC_REPORT)).isFalse();
            assertThat(CaseNoticeOrder.supersedes(PERIODIC_REPORT, later)).isFalse();
        }
    }

    @Test
    void eachLateNoticeMadeObsoleteNamesTheNearestLaterNoticeThatReplacesIt() {
        List<CaseNotice> notices = List.of(new CaseNotice(1, WARNING, FAILED, 8),
                new CaseNotice(2, MARGIN_CALL, PENDING, 1), new CaseNotice(3, LIQUIDATION, PENDING, 0),
                new CaseNotice(4, RESOLUTION, PENDING, 0));

        assertThat(CaseNoticeOrder.obsolete(notices))
                .containsExactly(new Supersession(1, 2), new Supersession(2, 3));
    }

    @Test
    void aNoticeNeverTriedGoesOutInItsTurnSoTheClientHasEveryStep() {
        List<CaseNotice> notices = List.of(new CaseNotice(1, WARNING, PENDING, 0),
                new CaseNotice(2, MARGIN_CALL, PENDING, 0), new CaseNotice(3, RESOLUTION, PENDING, 0));

        assertThat(CaseNoticeOrder.obsolete(notices)).isEmpty();
    }

    @Test
    void sentInFlightAndAlreadySupersededNoticesAreLeftAsTheyAre() {
        List<CaseNotice> notices = List.of(new CaseNotice(1, WARNING, SENT, 3),
                new CaseNotice(2, WARNING, SENDING, 2), new CaseNotice(3, WARNING, SUPERSEDED, 1),
                new CaseNotice(4, MARGIN_CALL, PENDING, 0));

        assertThat(CaseNoticeOrder.obsolete(notices)).isEmpty();
    }

    @Test
    void aLiquidationNoticeWaitsInFrontOfTheResolutionEvenWhenItFailed() {
        assertThat(CaseNoticeOrder.obsolete(List.of(new CaseNotice(5, LIQUIDATION, FAILED, 8),
                new CaseNotice(6, RESOLUTION, PENDING, 0)))).isEmpty();
    }

    @Test
    void aRiskNoticeWrittenAfterItsCaseWasResolvedIsReplacedByTheResolutionEvenUntried() {
        List<CaseNotice> notices = List.of(new CaseNotice(7, RESOLUTION, SENT, 1),
                new CaseNotice(8, LIQUIDATION, PENDING, 0));

        assertThat(CaseNoticeOrder.obsolete(notices)).containsExactly(new Supersession(8, 7));
    }

    @Test
    void aSingleNoticeIsNeverObsolete() {
        for (NoticeType type : NoticeType.values()) {
            assertThat(CaseNoticeOrder.obsolete(List.of(new CaseNotice(9, type, FAILED, 8)))).isEmpty();
        }
    }
}
