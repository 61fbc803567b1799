package com.marginportal.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.management.MemoryMXBean;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.management.ObjectName;

/**
 * The live heap of this JVM: used heap after full collections, repeated until two in a row agree (finalizers and
 * soft references settle over several), and the class histogram of the live objects (what {@code jcmd
 * GC.class_histogram} prints) for a before/after difference.
 */
final class HeapProbe {

    /** One class's live instances and bytes. */
    record ClassCount(String className, long instances, long bytes) {
    }

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
    private static final Pattern HISTOGRAM_LINE = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+).*$");
    private static final long STABLE_BYTES = 256 * 1024;

    private HeapProbe() {
    }

    /** Used heap in bytes after full GCs, once two consecutive readings differ by less than 256 KiB. */
    static long liveHeap() throws InterruptedException {
        long previous = Long.MAX_VALUE;
        long used = 0;
        for (int i = 0; i < 12; i++) {
            System.gc();
            Thread.sleep(300);
            used = MEMORY.getHeapMemoryUsage().getUsed();
            if (Math.abs(previous - used) < STABLE_BYTES) {
                return used;
            }
            previous = used;
        }
        return used;
    }

    /** The live objects by class (the diagnostic command runs a full GC first). */
    static Map<String, ClassCount> histogram() throws Exception {
        return parse(histogramText());
    }

    /**
     * The histogram kept in a file, not on the heap: parsed before the second one is taken, its own objects would
     * count as growth.
     */
    static Path histogramToFile() throws Exception {
        Path file = Files.createTempFile("histogram", ".txt");
        Files.writeString(file, histogramText());
        return file;
    }

    static Map<String, ClassCount> read(Path file) throws IOException {
        return parse(Files.readString(file));
    }

    private static String histogramText() throws Exception {
        return (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {null}, new String[] {String[].class.getName()});
    }

    private static Map<String, ClassCount> parse(String text) {
        Map<String, ClassCount> counts = new HashMap<>();
        for (String line : text.split("\n")) {
            Matcher m = HISTOGRAM_LINE.matcher(line);
            if (m.matches()) {
                counts.merge(m.group(3), new ClassCount(m.group(3), Long.parseLong(m.group(1)), Long.parseLong(m.group(2))),
                        (a, b) -> new ClassCount(a.className(), a.instances() + b.instances(), a.bytes() + b.bytes()));
            }
        }
        return counts;
    }

    /** The classes that grew most in bytes from {@code before} to {@code after}: instances and bytes added. */
    static List<ClassCount> growth(Map<String, ClassCount> before, Map<String, ClassCount> after, int top) {
        return after.values().stream().map(a -> {
            ClassCount b = before.getOrDefault(a.className(), new ClassCount(a.className(), 0, 0));
            return new ClassCount(a.className(), a.instances() - b.instances(), a.bytes() - b.bytes());
        }).sorted(Comparator.comparingLong(ClassCount::bytes).reversed()).limit(top).toList();
    }
}
