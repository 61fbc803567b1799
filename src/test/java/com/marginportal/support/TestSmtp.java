package com.marginportal.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The one in-JVM SMTP server (GreenMail) of a test run, on a fixed free port so that it can be stopped ("SMTP
 * down") and started again where the application expects it. It keeps every message of the run: tests pick
 * theirs by recipient, which every fixture makes unique.
 */
public final class TestSmtp {

    public static final int PORT = freePort();
    private static final GreenMail SERVER = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    private TestSmtp() {
    }

    /** Points a Spring test context's mail sender at this server. */
    public static void register(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
    }

    /** As {@link #register}, through the portal's TCP_NODELAY sockets counted (sessions per dispatch run). */
    public static void registerCounted(DynamicPropertyRegistry registry) {
        register(registry);
        registry.add("spring.mail.properties.mail.smtp.socketFactory.class",
                () -> "com.marginportal.notification.CountingSocketFactory");
    }

    public static synchronized void up() {
        if (!SERVER.isRunning()) {
            SERVER.start();
        }
    }

    public static synchronized void down() {
        if (SERVER.isRunning()) {
            SERVER.stop();
        }
    }

    /** Every message received so far, oldest first. */
    public static List<MimeMessage> all() {
        return Arrays.asList(SERVER.getReceivedMessages());
    }

    /** Every message received for this address. */
    public static List<MimeMessage> messagesTo(String address) {
        return Arrays.stream(SERVER.getReceivedMessages()).filter(m -> isFor(m, address)).toList();
    }

    private static boolean isFor(MimeMessage message, String address) {
        try {
            Address[] to = message.getRecipients(Message.RecipientType.TO);
            return to != null && Arrays.stream(to).anyMatch(a -> ((InternetAddress) a).getAddress().equals(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port for GreenMail", e);
        }
    }
}
