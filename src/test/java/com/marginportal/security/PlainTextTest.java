package com.marginportal.security;

import java.time.Instant;
import java.util.function.Consumer;

import com.marginportal.classification.domain.RecommendationDraft;
import com.marginportal.client.NewContact;
import com.marginportal.security.PlainText.InvalidTextException;
import com.marginportal.service.domain.Closing;
import com.marginportal.service.domain.NewRequest;
import com.marginportal.service.domain.RequestType;
import com.marginportal.service.domain.ServiceChannel;
import com.marginportal.workflow.ContactForm;
import com.marginportal.workflow.ManagerDecision;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one control-character check, and the portal's free-text inputs that use it. */
class PlainTextTest {

    @Test
    void singleLineValuesRefuseEveryControlCharacter() {
        for (String bad : new String[]{"a\nb", "a\rb", "a\u0000b", "a\tb", "a\u001bb", "a\u007fb", "a\u0085b"}) {
            assertThat(PlainText.problem(bad, false)).as(PlainText.escape(bad)).isPresent();
        }
        assertThat(PlainText.problem("陈志远 Chen-Zhiyuan O'Neil, 100%", false)).isEmpty();
        assertThat(PlainText.problem(null, false)).isEmpty();
    }

    @Test
    void multiLineNotesKeepTabAndLineBreaksOnly() {
        assertThat(PlainText.problem("第一行\r\n第二行\tend", true)).isEmpty();
        assertThat(PlainText.problem("a\u0000b", true)).hasValueSatisfying(p -> assertThat(p).contains("U+0000 (NUL)"));
        assertThat(PlainText.problem("a\u0007b", true)).hasValueSatisfying(p -> assertThat(p).contains("U+0007"));
    }

    @Test
    void theRefusalNamesTheFieldAndShowsTheValueEscaped() {
        assertThatThrownBy(() -> PlainText.requireSingleLine("subject", "Margin call\r\nBcc: x@evil.example"))
                .isInstanceOf(InvalidTextException.class)
                .hasMessage("subject: 'Margin call\\r\\nBcc: x@evil.example' contains the control character U+000D (carriage return)"
                        + " (not allowed in a single-line value)")
                .satisfies(e -> assertThat(((InvalidTextException) e).field()).isEqualTo("subject"));
        assertThat(PlainText.escape("a\u0000b\u001bc\td")).isEqualTo("a\\0b\\u001Bc\\td");
    }

    @Test
    void everyFreeTextInputOfThePortalRefusesControlCharacters() {
        refused("content", () -> new NewRequest(1, RequestType.values()[0], ServiceChannel.values()[0], "call me\u0000"));
        refused("resolution", () -> new Closing(5, "done\u0007"));
        refused("subject", () -> new NewContact("PHONE", true, "call\r\nback", null));
        refused("note", () -> new NewContact("PHONE", true, "call back", "ok\u0000"));
        refused("note", () -> new ContactForm(ContactForm.Channel.PHONE, false, null, null, "no answer\u001b[31m"));
        refused("reason", () -> new ManagerDecision(ManagerDecision.Kind.CLOSE, null, "settled\u0000"));
        refused("titleEn", () -> new RecommendationDraft(null, null, null, null, "标题", "title\nsecond", null, null,
                null, 1, true));
        // line breaks in notes are fine
        assertThatCode(() -> new NewContact("PHONE", true, "call back", "line one\r\nline two")).doesNotThrowAnyException();
        assertThatCode(() -> new ManagerDecision(ManagerDecision.Kind.CLOSE, null, "settled\nby phone")).doesNotThrowAnyException();
        assertThatCode(() -> new ManagerDecision(ManagerDecision.Kind.EXTENSION, Instant.now(), "one\tmore day"))
                .doesNotThrowAnyException();
    }

    private static void refused(String field, Runnable input) {
        assertThatThrownBy(input::run).as(field).isInstanceOf(InvalidTextException.class)
                .satisfies((Consumer<Throwable>) e -> assertThat(((InvalidTextException) e).field()).isEqualTo(field));
    }
}
