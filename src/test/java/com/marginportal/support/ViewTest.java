package com.marginportal.support;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Browser-less view tests (Karibu-Testing) on the real application context and MariaDB.
 * {@link #login(String)} signs a demo user in for both Spring Security and Vaadin's view access control.
 */
public abstract class ViewTest extends IntegrationTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("com.marginportal");

    @Autowired
    private ApplicationContext context;
    @Autowired
    private UserDetailsService users;

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    protected UserDetails login(String username) {
        UserDetails user = users.loadUserByUsername(username);
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        FakeRequest request = fakeRequest(VaadinServletRequest.getCurrent().getHttpServletRequest());
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> user.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
        return user;
    }

    private static FakeRequest fakeRequest(ServletRequest request) {
        while (request instanceof ServletRequestWrapper wrapper) {
            request = wrapper.getRequest();
        }
        return (FakeRequest) request;
    }

    protected void navigate(String location) {
        UI.getCurrent().navigate(location);
    }

    /** The view the router actually shows (after any access-control reroute). */
    protected Class<? extends Component> currentView() {
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0).getClass()
                .asSubclass(Component.class);
    }
}
