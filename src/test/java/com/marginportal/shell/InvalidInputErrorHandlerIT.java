package com.marginportal.shell;

import com.marginportal.client.NewContact;
import com.marginportal.security.PlainText.InvalidTextException;
import com.marginportal.support.ViewTest;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;

import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.fail;

/** A form refused for a control character tells the user which field and which character, in their language. */
class InvalidInputErrorHandlerIT extends ViewTest {

    @Test
    void theRefusalReachesTheUserWithFieldAndCharacter() {
        login("advisor1");
        InvalidTextException refused = null;
        try {
            new NewContact("PHONE", true, "回电\r\n请回复", null);
            fail("the subject holds CR/LF");
        } catch (InvalidTextException e) {
            refused = e;
        }
        // Vaadin hands a listener's exception to the session's error handler, wrapped
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new IllegalStateException("listener failed", refused)));
        expectNotifications("未保存：字段“subject”含有不允许的控制字符（U+000D (carriage return)），请删除后重试。");
    }
}
