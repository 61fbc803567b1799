package com.marginportal.notification.web;

import java.util.Optional;

import com.marginportal.notification.Acknowledgement;
import com.marginportal.notification.AcknowledgeableNotice;
import com.marginportal.notification.NoticeAcknowledgements;
import com.marginportal.security.web.SecurityConfiguration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The client's public page behind the link in a risk notice (no login: the signed token is the credential).
 * GET shows the notice and the button and changes nothing, so mail scanners that open links acknowledge
 * nothing; POST (the button) records the acknowledgement. A link used already says when the client confirmed
 * (a second click or a later visit must not read as a failure); every kind of bad token — forged, tampered
 * with, expired, unknown — gets the same neutral page with the same status, naming no notice.
 */
@Controller
@RequestMapping(SecurityConfiguration.ACKNOWLEDGEMENT_PATH)
class AcknowledgementController {

    private static final Logger log = LoggerFactory.getLogger(AcknowledgementController.class);
    private static final HttpStatus INVALID = HttpStatus.NOT_FOUND;

    private final NoticeAcknowledgements acknowledgements;
    private final AcknowledgementPage page;

    AcknowledgementController(NoticeAcknowledgements acknowledgements, AcknowledgementPage page) {
        this.acknowledgements = acknowledgements;
        this.page = page;
    }

    @GetMapping("/{token}")
    ResponseEntity<String> show(@PathVariable String token) {
        Optional<AcknowledgeableNotice> notice = acknowledgements.open(token);
        return notice.map(n -> html(HttpStatus.OK, page.notice(n))).orElseGet(() -> earlier(token));
    }

    @PostMapping("/{token}")
    ResponseEntity<String> acknowledge(@PathVariable String token) {
        Optional<Acknowledgement> done;
        try {
            done = acknowledgements.acknowledge(token);
        } catch (RuntimeException e) { // not the client's fault, and not a reason to call the link invalid
            log.error("Could not record an acknowledgement", e);
            return html(HttpStatus.SERVICE_UNAVAILABLE, page.unavailable());
        }
        return done.map(a -> html(HttpStatus.OK, page.done(a))).orElseGet(() -> earlier(token));
    }

    private ResponseEntity<String> earlier(String token) {
        return acknowledgements.earlier(token).map(a -> html(HttpStatus.OK, page.already(a))).orElseGet(this::invalid);
    }

    /** Anything else under the path (no token, extra segments, other methods) looks like a bad token. */
    @RequestMapping({"", "/", "/**"})
    ResponseEntity<String> other() {
        return invalid();
    }

    private ResponseEntity<String> invalid() {
        return html(INVALID, page.invalid());
    }

    private static ResponseEntity<String> html(HttpStatus status, String body) {
        return ResponseEntity.status(status)
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                .header("X-Robots-Tag", "noindex, nofollow")
                .body(body);
    }
}
