package com.marginportal.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.icegreen.greenmail.util.GreenMail;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;

import org.springframework.jdbc.core.simple.JdbcClient;

/** What the crash-day benchmark reads from the database, GreenMail and the JVM while and after the burst. */
final class CrashDayProbe {

    private static final String BREACH_PROCESSES = "PROC_DEF_ID_ LIKE 'marginBreach:%'";
    private static final Duration DUMP_AFTER = Duration.ofSeconds(20);
    /** Waiting ends early when nothing moved for this long (e.g. a start that keeps failing). */
    static final Duration STALL = Duration.ofSeconds(90);

    /** Counts when everything was there (nanoTime), or 0 for what never completed. */
    record Progress(long cases, long processes, long tasks, long received, long processesAt, long tasksAt,
                    long receivedAt, String threadDumpNote) {

        boolean complete() {
            return processesAt > 0 && tasksAt > 0 && receivedAt > 0;
        }

        long lastAt() {
            return Math.max(processesAt, Math.max(tasksAt, receivedAt));
        }
    }

    record Check(long cases, long casesWithoutOneProcess, long noEmail, long firstNoticesNotReceivedOnce,
                 long noticesReceivedTwice, long casesOutOfOrder, long sharedAddresses, long messages) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%,d cases; cases without exactly one process: %d; cases of clients "
                            + "without an e-mail address (no notice, by design): %,d; other cases whose first notice was "
                            + "not received exactly once: %d; notices received twice: %d; cases whose notices arrived "
                            + "out of order: %d (%,d messages received in all; %,d addresses received notices of "
                            + "several cases, whose order among each other is not promised)", cases,
                    casesWithoutOneProcess, noEmail, firstNoticesNotReceivedOnce, noticesReceivedTwice, casesOutOfOrder,
                    messages, sharedAddresses);
        }
    }

    private final JdbcClient jdbc;
    private final GreenMail smtp;

    CrashDayProbe(JdbcClient jdbc, GreenMail smtp) {
        this.jdbc = jdbc;
        this.smtp = smtp;
    }

    /**
     * The price factor at which about {@code breaches} accounts fall below the 140% warning line, from a valuation
     * at today's prices: an account's ratio (cash + long × f) / (financing + fees + short × f) reaches 1.40 at
     * f* = (1.4 (financing + fees) − cash) / (long − 1.4 short); the factor lies between the n-th and (n+1)-th
     * largest f*. (Clients of a stricter class breach a little earlier: the count is reported as opened.)
     */
    static double factorFor(JdbcClient jdbc, long runId, int breaches) {
        List<Double> around = jdbc.sql("""
                SELECT (1.4 * (total_debt - short_liability) - cash) / (long_market_value - 1.4 * short_liability) AS f
                  FROM account_valuation WHERE run_id = ? AND total_debt > 0
                   AND long_market_value - 1.4 * short_liability > 0
                 ORDER BY f DESC LIMIT 2 OFFSET ?""").params(runId, breaches - 1).query(Double.class).list();
        if (around.size() < 2) {
            throw new IllegalStateException("fewer than " + breaches + " accounts with debt: raise -Dbench.crash.clients");
        }
        return (around.get(0) + around.get(1)) / 2;
    }

    Progress awaitAll(long answered, Duration wait, Path dumpFile) throws InterruptedException {
        long cases = count("SELECT COUNT(*) FROM risk_case");
        long processesAt = 0, tasksAt = 0, receivedAt = 0, processes = 0, tasks = 0, received = 0;
        String dump = "none taken (all done within " + DUMP_AFTER.toSeconds() + " s)";
        long until = answered + wait.toNanos();
        long lastMove = answered;
        long lastSum = -1;
        while (System.nanoTime() < until && System.nanoTime() - lastMove < STALL.toNanos()
                && (processesAt == 0 || tasksAt == 0 || receivedAt == 0)) {
            processes = count("SELECT COUNT(*) FROM case_process WHERE process_instance_id IS NOT NULL");
            tasks = count("SELECT COUNT(DISTINCT cp.case_id) FROM case_process cp JOIN ACT_RU_TASK t"
                    + " ON t.PROC_INST_ID_ = cp.process_instance_id");
            long sentCases = count("SELECT COUNT(DISTINCT case_id) FROM notification WHERE status = 'SENT' AND case_id IS NOT NULL");
            long sent = count("SELECT COUNT(*) FROM notification WHERE status = 'SENT'");
            received = smtp.getReceivedMessages().length;
            long now = System.nanoTime();
            if (processes + tasks + received + sentCases != lastSum) {
                lastSum = processes + tasks + received + sentCases;
                lastMove = now;
            }
            processesAt = processesAt == 0 && processes >= cases ? now : processesAt;
            tasksAt = tasksAt == 0 && tasks >= cases ? now : tasksAt;
            // every notice written is out (clients without an e-mail address get none, by design: counted in check())
            receivedAt = receivedAt == 0 && processesAt > 0 && received >= sent
                    && count("SELECT COUNT(*) FROM notification WHERE status IN ('PENDING', 'SENDING')") == 0 ? now : receivedAt;
            if (dump.startsWith("none") && now - answered > DUMP_AFTER.toNanos()) {
                dump = threadDump(dumpFile);
            }
            Thread.sleep(250);
        }
        return new Progress(cases, processes, tasks, received, processesAt, tasksAt, receivedAt, dump);
    }

    double processesPerSecond() {
        return rate("SELECT COUNT(*), TIMESTAMPDIFF(MICROSECOND, MIN(START_TIME_), MAX(START_TIME_)) FROM ACT_HI_PROCINST WHERE "
                + BREACH_PROCESSES);
    }

    double noticesPerSecond() {
        return rate("SELECT COUNT(*), TIMESTAMPDIFF(MICROSECOND, MIN(sent_at), MAX(sent_at)) FROM notification WHERE status = 'SENT'");
    }

    /** Median and largest wait of the burst's notices from written (created_at) to accepted by the server (sent_at). */
    String noticeLatency() {
        List<Long> micros = jdbc.sql("SELECT TIMESTAMPDIFF(MICROSECOND, created_at, sent_at) FROM notification"
                + " WHERE status = 'SENT' ORDER BY 1").query(Long.class).list();
        if (micros.isEmpty()) {
            return "no notice sent";
        }
        return String.format(Locale.ROOT, "median %.0f ms, max %.0f ms over %,d notices", micros.get(micros.size() / 2) / 1e3,
                micros.get(micros.size() - 1) / 1e3, micros.size());
    }

    /**
     * The dispatcher's own capacity, after the burst and its checks: every sent notice due again at once (the same
     * rows, so the real path: batch claims, links, composing, SMTP, the SENT transaction), timed from the first to the
     * last hand-over. Returns notices/s, or 0 when they did not all go out within {@code wait}.
     */
    double drainRate(Duration wait) throws InterruptedException {
        int queued = jdbc.sql("UPDATE notification SET status = 'PENDING', next_attempt_at = UTC_TIMESTAMP(6), sent_at = NULL,"
                + " claim_token = NULL WHERE status = 'SENT'").update();
        long until = System.nanoTime() + wait.toNanos();
        while (count("SELECT COUNT(*) FROM notification WHERE status IN ('PENDING', 'SENDING')") > 0) {
            if (System.nanoTime() > until) {
                return 0;
            }
            Thread.sleep(200);
        }
        drained = queued;
        return noticesPerSecond();
    }

    private int drained;

    int drained() {
        return drained;
    }

    Check check() throws Exception {
        long cases = count("SELECT COUNT(*) FROM risk_case");
        long withoutOneProcess = count("SELECT COUNT(*) FROM risk_case c WHERE (SELECT COUNT(*) FROM ACT_HI_PROCINST p"
                + " WHERE p.BUSINESS_KEY_ = CAST(c.id AS CHAR) AND p." + BREACH_PROCESSES + ") <> 1");
        Set<Long> firstNotices = new HashSet<>(jdbc.sql("SELECT MIN(id) FROM notification WHERE case_id IS NOT NULL GROUP BY case_id")
                .query(Long.class).list());
        Map<Long, Integer> timesReceived = new HashMap<>();
        // the order promised is a case's (generated clients may share an address, and two clients' notices have none)
        Map<Long, Long> caseOf = new HashMap<>();
        jdbc.sql("SELECT id, case_id FROM notification WHERE case_id IS NOT NULL")
                .query((rs, i) -> caseOf.put(rs.getLong(1), rs.getLong(2))).list();
        Map<Long, List<Long>> byCase = new LinkedHashMap<>(); // a mailbox keeps arrival order
        Map<String, Set<Long>> casesByAddress = new HashMap<>();
        MimeMessage[] messages = smtp.getReceivedMessages();
        for (MimeMessage m : messages) {
            String[] id = m.getHeader("X-Portal-Notice-Id");
            if (id == null) {
                continue;
            }
            long noticeId = Long.parseLong(id[0]);
            timesReceived.merge(noticeId, 1, Integer::sum);
            byCase.computeIfAbsent(caseOf.get(noticeId), k -> new ArrayList<>()).add(noticeId);
            casesByAddress.computeIfAbsent(m.getRecipients(Message.RecipientType.TO)[0].toString(), k -> new HashSet<>())
                    .add(caseOf.get(noticeId));
        }
        long noEmail = count("SELECT COUNT(*) FROM risk_case r JOIN credit_account a ON a.id = r.account_id"
                + " JOIN client c ON c.id = a.client_id WHERE c.email IS NULL OR TRIM(c.email) = ''");
        long notOnce = (cases - noEmail - firstNotices.size())
                + firstNotices.stream().filter(id -> timesReceived.getOrDefault(id, 0) != 1).count();
        long twice = timesReceived.values().stream().filter(n -> n > 1).count();
        long outOfOrder = byCase.values().stream().filter(ids -> !ids.stream().sorted().toList().equals(ids)).count();
        long shared = casesByAddress.values().stream().filter(c -> c.size() > 1).count();
        return new Check(cases, withoutOneProcess, noEmail, notOnce, twice, outOfOrder, shared, messages.length);
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " / " + parts[1] + " / " + parts[2];
        } catch (Exception e) {
            return "unknown";
        }
    }

    /** All threads to a file; returns a summary of the portal's busy threads (name prefix, state, top portal frame). */
    private static String threadDump(Path file) {
        ThreadInfo[] threads = ManagementFactory.getThreadMXBean().dumpAllThreads(false, false, 40);
        StringBuilder all = new StringBuilder();
        Map<String, Integer> summary = new TreeMap<>();
        for (ThreadInfo t : threads) {
            all.append('"').append(t.getThreadName()).append("\" ").append(t.getThreadState()).append('\n');
            for (StackTraceElement e : t.getStackTrace()) {
                all.append("    at ").append(e).append('\n');
            }
            all.append('\n');
            String name = t.getThreadName().replaceAll("-?\\d+$", "").replaceAll("-\\d+-$", "-");
            if (name.startsWith("notice-") || name.startsWith("workflow-events") || name.startsWith("flowable")) {
                summary.merge(name + " " + t.getThreadState() + " in " + where(t.getStackTrace()), 1, Integer::sum);
            }
        }
        CrashDayBenchmark.writeQuietly(file, all.toString());
        StringBuilder note = new StringBuilder("at +" + DUMP_AFTER.toSeconds() + " s (" + file + "): ");
        summary.forEach((k, n) -> note.append(n).append(" × ").append(k).append("; "));
        return note.toString();
    }

    /** The innermost frame that says what the thread waits for: the JDBC driver, a socket, or portal code. */
    private static String where(StackTraceElement[] stack) {
        for (StackTraceElement e : stack) {
            String c = e.getClassName();
            if (c.startsWith("org.mariadb") || c.startsWith("com.marginportal") || c.startsWith("sun.nio.ch")
                    || c.startsWith("java.net") || c.startsWith("org.eclipse.angus")) {
                return c.substring(c.lastIndexOf('.') + 1) + "." + e.getMethodName();
            }
        }
        return stack.length == 0 ? "?" : stack[0].getClassName().replaceAll(".*\\.", "") + "." + stack[0].getMethodName();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private double rate(String sql) {
        return jdbc.sql(sql).query((rs, i) -> {
            long n = rs.getLong(1);
            long micros = rs.getLong(2);
            return micros <= 0 ? 0.0 : (n - 1) / (micros / 1e6);
        }).single();
    }
}
