package com.marginportal.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The breach checks' reading of a resolution record's timeline knows every kind of case history row. */
class CaseVocabularyTest {

    private static Map<String, Object> entry(String kind, String factName, String factValue) {
        return Map.of("kind", kind, "facts", Map.of(factName, factValue));
    }

    @Test
    void aRiskNoticeIsQueuedOrCouldNotBeWrittenAResolutionNoticeIsNoStep() {
        assertThat(CaseVocabulary.stepOf(entry("NOTICE_QUEUED", "noticeType", "WARNING"))).isEqualTo("sendRiskNotice");
        assertThat(CaseVocabulary.stepOf(entry("NOTICE_NOT_WRITTEN", "noticeType", "LIQUIDATION")))
                .isEqualTo("riskNoticeNotWritten");
        assertThat(CaseVocabulary.stepOf(entry("NOTICE_QUEUED", "noticeType", "RESOLUTION"))).isNull();
        assertThat(CaseVocabulary.stepOf(entry("NOTICE_NOT_WRITTEN", "noticeType", "RESOLUTION"))).isNull();
    }

    @Test
    void everyHistoryKindIsAStepOrDeliberatelyNone() {
        for (CaseHistoryEntry.Kind kind : CaseHistoryEntry.Kind.values()) {
            String k = kind.name();
            String step = Arrays.asList("noticeType:MARGIN_CALL", "task:followUp").stream()
                    .map(f -> CaseVocabulary.stepOf(entry(k, f.split(":")[0], f.split(":")[1])))
                    .filter(s -> s != null).findFirst().orElse(null);
            assertThat(step != null || CaseVocabulary.NO_STEP.contains(k))
                    .as(k + ": map it in CaseVocabulary.stepOf or list it in NO_STEP").isTrue();
            assertThat(step != null && CaseVocabulary.NO_STEP.contains(k)).as(k + " both a step and none").isFalse();
        }
    }
}
