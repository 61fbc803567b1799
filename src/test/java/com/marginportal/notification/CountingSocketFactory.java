package com.marginportal.notification;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.SocketFactory;

/**
 * The shared test context's SMTP sockets (spring.mail.properties.mail.smtp.socketFactory.class, set in
 * IntegrationTest, so JavaMail calls {@link #getDefault()}): the portal's TCP_NODELAY sockets, counted, so a test
 * can tell how many sessions a dispatch run opened.
 */
public final class CountingSocketFactory extends SocketFactory {

    private static final AtomicInteger OPENED = new AtomicInteger();
    private static final CountingSocketFactory INSTANCE = new CountingSocketFactory();
    private final NoDelaySocketFactory sockets = new NoDelaySocketFactory();

    public static SocketFactory getDefault() {
        return INSTANCE;
    }

    static int opened() {
        return OPENED.get();
    }

    @Override
    public Socket createSocket() throws IOException {
        OPENED.incrementAndGet();
        return sockets.createSocket();
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        OPENED.incrementAndGet();
        return sockets.createSocket(host, port);
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        OPENED.incrementAndGet();
        return sockets.createSocket(host, port, localHost, localPort);
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        OPENED.incrementAndGet();
        return sockets.createSocket(host, port);
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
        OPENED.incrementAndGet();
        return sockets.createSocket(address, port, localAddress, localPort);
    }
}
