package com.marginportal.notification;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.mail.MailProperties;
import org.springframework.stereotype.Component;

/**
 * The embedded default's mail server: an in-process SMTP server (GreenMail) on spring.mail.port, so that a demo
 * start delivers the clients' notices with no setup and the mail log shows them as sent. Only where GreenMail is on
 * the classpath (never in the production jar) and {@code portal.mail.embedded=true} (never in the mariadb profile).
 */
@Component
@ConditionalOnClass(name = "com.icegreen.greenmail.util.GreenMail")
@ConditionalOnProperty(name = "portal.mail.embedded", havingValue = "true")
class EmbeddedMailServer implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMailServer.class);

    private final GreenMail server;

    EmbeddedMailServer(MailProperties mail) {
        int port = mail.getPort() == null ? 25 : mail.getPort();
        if (!free(port)) {
            log.warn("Embedded mail server not started: port {} is taken (another SMTP server receives the notices)", port);
            server = null;
            return;
        }
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        log.info("Embedded mail server (demo only) receives the portal's e-mails on 127.0.0.1:{}; see 邮件发送记录", port);
    }

    private static boolean free(int port) {
        try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    @Override
    public void destroy() {
        if (server != null) {
            server.stop();
        }
    }
}
