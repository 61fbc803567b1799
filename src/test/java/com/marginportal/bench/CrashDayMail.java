package com.marginportal.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import javax.net.SocketFactory;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.marginportal.notification.BenchmarkMailThreads;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeBodyPart;

/** The crash-day benchmark's SMTP server (GreenMail, in this JVM) and its JavaMail-alone baseline. */
final class CrashDayMail {

    /** {@code messages} handed over in {@code nanos}. */
    record Rate(String how, int messages, long nanos) {

        double perSecond() {
            return messages / (nanos / 1e9);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s: %,d messages, %.2f ms each", how, messages, nanos / 1e6 / messages);
        }
    }

    private CrashDayMail() {
    }

    static GreenMail start() {
        try (ServerSocket probe = new ServerSocket(0)) {
            int port = probe.getLocalPort();
            probe.close();
            // the server's threads inherit the class loader of the thread that makes them: JavaMail's service files
            // from memory, as on the portal's sending threads (else half of GreenMail's CPU, taken from the portal)
            return BenchmarkMailThreads.startWithCachedMailServices(() -> {
                GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
                server.start();
                return server;
            });
        } catch (IOException e) {
            throw new IllegalStateException("no free port for GreenMail", e);
        }
    }

    /**
     * JavaMail alone, no database, messages like a notice (UTF-8 text + HTML, ~3 KB): over one session with
     * TCP_NODELAY ({@code reuse}), or as the portal sent before issue 14 (a new session per message, Nagle on).
     */
    static Rate javaMailAlone(GreenMail server, int messages, boolean reuse) throws Exception {
        Properties props = new Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put("mail.smtp.port", Integer.toString(server.getSmtp().getPort()));
        if (reuse) {
            props.put("mail.smtp.socketFactory", new NoDelay());
        }
        Session session = Session.getInstance(props);
        String body = "您的信用账户维持担保比例已低于追保线。".repeat(40);
        long start = System.nanoTime();
        Transport transport = null;
        for (int i = 0; i < messages; i++) {
            MimeMessage m = new MimeMessage(session);
            m.setFrom(new InternetAddress("noreply@marginportal.local", "融资融券风险提示", "UTF-8"));
            m.setRecipient(Message.RecipientType.TO, new InternetAddress("baseline" + i + "@bench.local"));
            m.setSubject("【追加担保物通知】基准 " + i, "UTF-8");
            MimeMultipart alternative = new MimeMultipart("alternative");
            MimeBodyPart text = new MimeBodyPart();
            text.setText(body, StandardCharsets.UTF_8.name());
            MimeBodyPart html = new MimeBodyPart();
            html.setContent("<p>" + body + "</p>", "text/html; charset=UTF-8");
            alternative.addBodyPart(text);
            alternative.addBodyPart(html);
            m.setContent(alternative);
            m.saveChanges();
            if (transport == null) {
                transport = session.getTransport("smtp");
                transport.connect();
            }
            transport.sendMessage(m, m.getAllRecipients());
            if (!reuse) {
                transport.close();
                transport = null;
            }
        }
        if (transport != null) {
            transport.close();
        }
        return new Rate(reuse ? "one session, TCP_NODELAY" : "a new session per message, Nagle on (as before)",
                messages, System.nanoTime() - start);
    }

    /** The same as the portal's factory (package-private there). */
    static final class NoDelay extends SocketFactory {
        @Override
        public Socket createSocket() throws IOException {
            Socket s = new Socket();
            s.setTcpNoDelay(true);
            return s;
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            throw new UnsupportedOperationException();
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
            throw new UnsupportedOperationException();
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
            throw new UnsupportedOperationException();
        }

        @Override
        public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
            throw new UnsupportedOperationException();
        }
    }
}
