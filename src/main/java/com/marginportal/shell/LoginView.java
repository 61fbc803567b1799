package com.marginportal.shell;

import com.marginportal.security.SignInRefused;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.springframework.security.web.WebAttributes;

@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();

    public LoginView() {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(loginI18n());

        H1 title = new H1(getTranslation("app.title"));
        title.addClassName("login-title");
        Paragraph hint = new Paragraph(getTranslation("login.hint"));
        hint.addClassName("login-hint");
        add(title, login, hint, new LanguageSwitch());
    }

    private LoginI18n loginI18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle(getTranslation("login.title"));
        form.setUsername(getTranslation("login.username"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean failed = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        if (failed) {
            // Spring Security's failure handler keeps the reason in the session: say why when it is not the password
            Object reason = sessionAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            LoginI18n i18n = loginI18n();
            String key = SignInRefused.messageKey(reason instanceof Throwable t ? t : null);
            if (!"login.error.message".equals(key)) {
                i18n.getErrorMessage().setTitle(getTranslation("login.refused.title"));
                i18n.getErrorMessage().setMessage(getTranslation(key));
            }
            login.setI18n(i18n);
            if (sessionAttribute(SignInRefused.FAILED_NAME_ATTRIBUTE) instanceof String typed) {
                keepName(typed);
            }
        }
        login.setError(failed);
    }

    private static Object sessionAttribute(String name) {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null || session.getSession() == null ? null : session.getSession().getAttribute(name);
    }

    /** The name typed before the failed attempt, back in its field (as a value, never as markup); the password next. */
    private void keepName(String typed) {
        login.getElement().executeJs("""
                const fill = tries => {
                  const name = this.querySelector('#vaadinLoginUsername');
                  const password = this.querySelector('#vaadinLoginPassword');
                  if (name && password) { name.value = $0; password.focus(); }
                  else if (tries > 0) setTimeout(() => fill(tries - 1), 50);
                };
                fill(40);""", typed);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " | " + getTranslation("app.title");
    }
}
