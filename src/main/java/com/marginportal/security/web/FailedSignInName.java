package com.marginportal.security.web;

import java.io.IOException;

import com.marginportal.security.SignInRefused;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps the name of a failed sign-in in the session for the login page to show again: Vaadin's form posts and
 * the page reloads empty, so a mistyped password cost the user the name too. Set only when the post failed (the
 * failure handler left its exception in the session), removed when one succeeds; never more than
 * {@link SignInRefused#MAX_REMEMBERED_NAME} characters.
 */
final class FailedSignInName extends OncePerRequestFilter {

    private final RequestMatcher loginPost;

    FailedSignInName(String loginPath) {
        this.loginPost = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, loginPath);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !loginPost.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String name = request.getParameter("username");
        chain.doFilter(request, response);
        HttpSession session = request.getSession(false);
        if (session == null) {
            return;
        }
        if (session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) != null && name != null && !name.isBlank()) {
            String kept = name.strip();
            session.setAttribute(SignInRefused.FAILED_NAME_ATTRIBUTE,
                    kept.length() > SignInRefused.MAX_REMEMBERED_NAME ? kept.substring(0, SignInRefused.MAX_REMEMBERED_NAME) : kept);
        } else {
            session.removeAttribute(SignInRefused.FAILED_NAME_ATTRIBUTE);
        }
    }
}
