package com.marginportal.notification;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The context class loader of the sending threads: it remembers JavaMail's service files. jakarta.mail 2.1 finds
 * its StreamProvider with a new ServiceLoader at every encode and decode (StreamProvider.provider(), about 16
 * times a notice: subject, names, each part), and each time ServiceLoader asks every jar of the class path and
 * reopens the file it finds, uncached: a quarter of the sending threads' CPU in the crash-day profile. Here the
 * first search per file name goes to the application's class loader and its answer is kept in memory; every other
 * request (classes, other resources) goes to the application's class loader as before, so the same classes and the
 * same provider are found. A service file does not change while the application runs.
 */
final class MailServiceLookups extends ClassLoader {

    private static final String SERVICES = "META-INF/services/jakarta.mail.";

    private final ConcurrentMap<String, List<URL>> found = new ConcurrentHashMap<>();

    MailServiceLookups(ClassLoader parent) {
        super(parent);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        if (!name.startsWith(SERVICES)) {
            return super.getResources(name);
        }
        List<URL> urls = found.get(name);
        if (urls == null) {
            urls = inMemory(Collections.list(super.getResources(name)));
            found.putIfAbsent(name, urls);
        }
        return Collections.enumeration(urls);
    }

    /** Each file's bytes, read once, behind a URL that serves them from memory. */
    private static List<URL> inMemory(List<URL> files) throws IOException {
        List<URL> copies = new ArrayList<>(files.size());
        for (URL file : files) {
            byte[] bytes;
            try (InputStream in = file.openStream()) {
                bytes = in.readAllBytes();
            }
            copies.add(kept(file, bytes));
        }
        return List.copyOf(copies);
    }

    private static URL kept(URL file, byte[] bytes) throws MalformedURLException {
        return new URL(null, "kept:" + file, new URLStreamHandler() {
            @Override
            protected URLConnection openConnection(URL u) {
                return new URLConnection(u) {
                    @Override
                    public void connect() {
                        connected = true;
                    }

                    @Override
                    public InputStream getInputStream() {
                        return new ByteArrayInputStream(bytes);
                    }
                };
            }
        });
    }
}
