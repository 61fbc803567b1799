package com.marginportal.workflow;

import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.marginportal.importing.ImportInput;
import com.marginportal.importing.ImportKind;
import com.marginportal.importing.ImportRequest;
import com.marginportal.importing.ImportResult;
import com.marginportal.importing.ImportService;
import com.marginportal.importing.ImportSource;
import com.marginportal.risk.RiskCaseQueries;
import com.marginportal.risk.RiskFixture;
import com.marginportal.support.SimulatedClock;
import com.marginportal.support.TestSmtp;
import com.marginportal.workflow.ContactForm.Channel;
import com.marginportal.workflow.ContactForm.Plan;

import org.flowable.job.api.Job;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The breach-path simulation (issue 11): many accounts on seeded random price paths over several simulated
 * trading days, with the application's clock and Flowable's moved together. Warnings, margin calls, liquidations,
 * restorations and re-breaches come from the prices (imported as price files, sometimes the same file twice);
 * besides them: SMTP outages of random length, clients becoming HIGH risk (the 60% financing-ratio line),
 * advisors recording contacts (reached or not) and follow-ups, managers deciding (extension, close, forced
 * liquidation) or acting from the board, escalation reviews, and node restarts (the async executor stopped while
 * work piles up, then started). After every step, once quiescent (due timers fired, async jobs run, due notices
 * dispatched, the reconciler run), {@link BreachInvariants} must hold.
 * <p>
 * {@code -Dsimulation.seed=N} replays a run (the seed is printed at the start and in every failure);
 * {@code -Dsimulation.invariants=a,b} checks only those; {@code -Dsimulation.accounts}, {@code .days},
 * {@code .steps-per-day} size it; {@code -Dsimulation.keep-going=true} runs to the end and reports every
 * violation. The soak variant is {@link BreachSimulationBenchmark} ({@code -Pbench} or {@code -Dsimulation.soak=true}).
 * The CI scenario must also reach every {@link #REQUIRED} path, or its invariants were held to less than they claim;
 * {@code -Dsimulation.search=N} looks for seeds that do.
 */
class BreachSimulationModuleIT extends WorkflowModuleSupport {

    private static final ZoneId MARKET = ZoneId.of("Asia/Shanghai");
    private static final int MAX_REPORTED = 40;
    /**
     * The paths the CI scenario must take, or its invariants were held to less than they claim: every breach notice,
     * every decision and board action, both contact outcomes, each fault, a class change and a re-breach.
     */
    static final List<String> REQUIRED = List.of("notice: WARNING", "notice: MARGIN_CALL", "notice: LIQUIDATION",
            "notice: EXTENSION", "notice: RESOLUTION", "decision: liquidate", "decision: extend", "decision: close",
            "board: close", "board: extend", "contact: reached", "contact: not reached", "SMTP outage", "node restart",
            "same price file twice", "client becomes HIGH", "re-breach after resolution",
            "margin call on a later day than its warning", "deadline passed with the contact open");

    @Autowired
    private ImportService imports;
    @Autowired
    private CaseActions caseActions;
    @Autowired
    private DeadlineExtensions extensions;
    @Autowired
    private CaseBoard board;
    @Autowired
    private CaseDashboard dashboard;
    @Autowired
    private RiskCaseQueries riskCases;
    @Autowired
    private BreachProcessReconciler reconciler;
    @Autowired
    private SpringProcessEngineConfiguration engine;
    @Autowired
    private ObjectMapper json;

    /**
     * The scenario `./mvnw verify` runs: every invariant held for it and it reached every {@link #REQUIRED} path
     * (2026-12-07, thirteenth session, tasks taken in the order of their cases: told 30 warnings, 17 margin calls, 5
     * liquidations, 3 extensions, 47 resolutions; the margin call whose deadline passes with its contact open is the
     * scripted epilogue's). The seed
     * before 2026-12-07 never reached an extension, a restart or a board action; 3 of 12 random seeds reached every
     * path.
     */
    static final long CI_SEED = -7002328098798114925L;

    /** The run's size and seed (the soak variant overrides). */
    record Settings(long seed, int accounts, int days, int stepsPerDay, boolean keepGoing, List<String> invariants,
                    boolean ciScenario) {

        static Settings fromSystemProperties(boolean soak) {
            soak = soak || Boolean.getBoolean("simulation.soak");
            String seed = System.getProperty("simulation.seed");
            String selected = System.getProperty("simulation.invariants", "");
            // ./mvnw verify replays one known scenario (CI must be reproducible); the soak, or -Dsimulation.seed=random,
            // explores a new seed each run
            long chosen = seed != null && !seed.isBlank() && !"random".equals(seed.strip()) ? Long.parseLong(seed.strip())
                    : soak || "random".equals(seed == null ? null : seed.strip()) ? new Random().nextLong() : CI_SEED;
            return new Settings(chosen,
                    Integer.getInteger("simulation.accounts", soak ? 80 : 30),
                    Integer.getInteger("simulation.days", soak ? 10 : 3),
                    Integer.getInteger("simulation.steps-per-day", soak ? 8 : 6),
                    Boolean.getBoolean("simulation.keep-going"),
                    Arrays.stream(selected.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList(),
                    chosen == CI_SEED && !soak && System.getProperty("simulation.accounts") == null
                            && System.getProperty("simulation.days") == null
                            && System.getProperty("simulation.steps-per-day") == null);
        }
    }

    Settings settings() {
        return Settings.fromSystemProperties(false);
    }

    @AfterEach
    void realTimeAgain() {
        SimulatedClock.reset();
        engine.getClock().reset();
        TestSmtp.up();
        if (!engine.getAsyncExecutor().isActive()) {
            engine.getAsyncExecutor().start();
        }
    }

    @Test
    void breachPathsKeepTheInvariants() {
        Settings s = settings();
        if (Integer.getInteger("simulation.search", 0) > 0) {
            searchSeeds(s, Integer.getInteger("simulation.search"));
            return;
        }
        System.out.println("[simulation] seed " + s.seed() + " (replay with -Dsimulation.seed=" + s.seed() + "), "
                + s.accounts() + " accounts, " + s.days() + " days x " + s.stepsPerDay() + " steps, invariants "
                + (s.invariants().isEmpty() ? "all" : s.invariants()));
        try {
            new Run(s).simulate();
        } catch (AssertionError | RuntimeException e) {
            System.out.println("[simulation] FAILED with seed " + s.seed());
            throw e;
        }
    }

    /**
     * {@code -Dsimulation.search=N}: N runs on random seeds, each printing the paths it missed; a seed that misses
     * none and holds every invariant can be the next {@link #CI_SEED}.
     */
    private void searchSeeds(Settings s, int runs) {
        for (int i = 0; i < runs; i++) {
            Settings run = new Settings(new Random().nextLong(), s.accounts(), s.days(), s.stepsPerDay(), false,
                    s.invariants(), false);
            try {
                Set<String> reached = new Run(run).simulate();
                System.out.println("[simulation] search: seed " + run.seed() + " missed "
                        + REQUIRED.stream().filter(r -> !reached.contains(r)).toList());
            } catch (AssertionError | RuntimeException e) {
                System.out.println("[simulation] search: seed " + run.seed() + " failed: " + e.getMessage());
            }
            realTimeAgain();
        }
    }

    /** One simulated account: its fixture, price, class and cash top-ups. */
    private static final class SimAccount {
        final RiskFixture fixture;
        final List<Map.Entry<Instant, String>> classes = new ArrayList<>();
        BigDecimal price;

        SimAccount(RiskFixture fixture, BigDecimal price, Instant from) {
            this.fixture = fixture;
            this.price = price;
            classes.add(Map.entry(from, "MEDIUM"));
        }

        String riskClass() {
            return classes.get(classes.size() - 1).getValue();
        }

        String riskClassAt(Instant at) {
            String result = classes.get(0).getValue();
            for (Map.Entry<Instant, String> change : classes) {
                if (!change.getKey().isAfter(at)) {
                    result = change.getValue();
                }
            }
            return result;
        }
    }

    private final class Run implements BreachInvariants.World {

        private final Settings s;
        /**
         * Three streams from the seed, so what the world does (faults, clock) and the market (prices, classes,
         * top-ups) take the same path whatever the people's draws, which depend on the tasks open at the moment.
         */
        private final Random faults;
        private final Random market;
        private final Random people;
        /** Managers decide each way in turn (extension, close, forced liquidation): every decision path is taken. */
        private int decisions;
        private final List<SimAccount> accounts = new ArrayList<>();
        private final Map<Long, SimAccount> byClient = new ConcurrentHashMap<>();
        private final BreachInvariants invariants;
        private final List<String> violations = new ArrayList<>();
        private final Map<String, String> firstByInvariant = new TreeMap<>();
        private final List<BreachInvariants.Delivered> delivered = new ArrayList<>();
        private final Map<String, Integer> harvested = new java.util.HashMap<>();
        private final Set<String> reached = new java.util.TreeSet<>();
        private String where = "setup";
        private int smtpDownSteps;
        private boolean drained;

        Run(Settings s) {
            this.s = s;
            Random seeds = new Random(s.seed());
            this.faults = new Random(seeds.nextLong());
            this.market = new Random(seeds.nextLong());
            this.people = new Random(seeds.nextLong());
            this.invariants = new BreachInvariants(jdbc, history, runtime, management, riskCases, board, dashboard, json,
                    calendars::calendar, s.invariants());
        }

        /** Runs the scenario; answers the paths it reached. */
        Set<String> simulate() {
            startClockAtTheNextTradingMorning();
            for (int i = 0; i < s.accounts(); i++) {
                accounts.add(newAccount());
            }
            importPrices(false);
            settle();
            check();
            int step = 0;
            for (int day = 1; day <= s.days(); day++) {
                for (int i = 1; i <= s.stepsPerDay(); i++) {
                    where = "day " + day + " step " + i + " (#" + ++step + ", " + ZonedDateTime.ofInstant(
                            SimulatedClock.now(), MARKET).toLocalDateTime() + ")";
                    step();
                    if (i < s.stepsPerDay()) {
                        passTime(Duration.ofMinutes(25 + faults.nextInt(40)));
                    }
                }
                where = "night after day " + day;
                nextTradingMorning();
                settle();
                check();
            }
            neglectedMarginCall();
            boardExtension();
            where = "the end (every price back up, SMTP up for hours)";
            smtpUp();
            smtpDownSteps = 0;
            accounts.forEach(a -> a.price = new BigDecimal("13.50"));
            importPrices(false);
            settle();
            for (int i = 0; i < 8; i++) {
                passTime(Duration.ofMinutes(30));
            }
            drained = true;
            check();
            return report();
        }

        /**
         * Scripted after the random days: one more client falls to a margin call and nobody calls her, nobody acts
         * at all, until her deadline has passed with the contact open — the managers then decide
         * (decidedOnTheDeadline). Random runs reach that path rarely (2 of 14 seeds on 2026-12-07); CI does not leave
         * it to chance, and the random paths before stay as their seed makes them.
         */
        private void neglectedMarginCall() {
            where = "epilogue: a margin call nobody calls about";
            newMarginCall();
            for (int night = 0; night < 5 && !deadlinePassedWithTheContactOpen(); night++) {
                nextTradingMorning();
            }
            log((deadlinePassedWithTheContactOpen()
                    ? "its deadline passed with the contact open" : "its deadline did not pass"));
            check();
        }

        /**
         * Scripted only when the random days did not get there: a board extension needs a case in its top-up period
         * (follow-up or awaiting the deadline) at the moment of a board action, and whether one sits there then
         * depends on when the engine's jobs ran — the CI seed missed it in about one isolated run of four. So a client
         * falls to a margin call, is reached, and the manager extends her deadline on the board.
         */
        private void boardExtension() {
            if (reachedSoFar().contains("board: extend")) {
                return;
            }
            where = "epilogue: a margin call extended on the board";
            SimAccount a = newMarginCall();
            Map<String, Object> process = jdbc.sql("""
                    SELECT cp.case_id, cp.process_instance_id FROM risk_case r JOIN case_process cp ON cp.case_id = r.id
                     WHERE r.account_id = ? AND cp.ended_at IS NULL""").param(a.fixture.accountId).query().singleRow();
            long caseId = ((Number) process.get("case_id")).longValue();
            String processId = (String) process.get("process_instance_id");
            Task contact = taskService.createTaskQuery().processInstanceId(processId).taskDefinitionKey("contactClient")
                    .singleResult();
            as(advisor, () -> caseTasks.completeContact(contact.getId(), new ContactForm(Channel.values()[0], true,
                    Plan.values()[0], null, "客户已知悉")));
            reached.add("contact: reached");
            settle();
            as(manager, () -> extensions.extend(caseId,
                    calendars.calendar().deadline(afterHeldDeadline(processId), 1).toLocalDate(), "看板延期"));
            reached.add("board: extend");
            log("case " + caseId + " extended on the board");
            settle();
            check();
        }

        /** One more client, at 127.14%: below the margin-call line, above liquidation; her case opened and settled. */
        private SimAccount newMarginCall() {
            SimAccount a = newAccount();
            accounts.add(a);
            a.price = new BigDecimal("8.90");
            importPrices(false);
            settle();
            return a;
        }

        private boolean deadlinePassedWithTheContactOpen() {
            return reachedSoFar().contains("deadline passed with the contact open");
        }

        // ------------------------------------------------------------ one step

        private void step() {
            smtpWeather();
            classChanges();
            boolean restart = faults.nextInt(100) < 8;
            if (restart) {
                log("node restart: async executor stopped");
                reached.add("node restart");
                stopExecutor();
            }
            topUps();
            movePrices();
            importPrices(faults.nextInt(100) < 15);
            if (restart) {
                engine.getAsyncExecutor().start();
                log("node restart: async executor started again");
            }
            settle();
            actOnTasks();
            boardActions();
            settle();
            check();
        }

        private void smtpWeather() {
            if (smtpDownSteps > 0) {
                if (--smtpDownSteps == 0) {
                    smtpUp();
                    log("SMTP back");
                }
            } else if (faults.nextInt(100) < 15) {
                smtpDownSteps = 1 + faults.nextInt(4);
                smtpDown();
                log("SMTP down for " + smtpDownSteps + " step(s)");
                reached.add("SMTP outage");
            }
        }

        private void classChanges() {
            for (SimAccount a : accounts) {
                boolean turns = market.nextInt(100) < 4; // drawn for every account: the stream stays aligned
                if (turns && !"HIGH".equals(a.riskClass())) {
                    setRiskClass(a, "HIGH");
                }
            }
        }

        private void topUps() {
            for (SimAccount a : accounts) {
                boolean tops = market.nextInt(100) < 6;
                int amount = 10_000 + 5_000 * market.nextInt(7);
                if (tops && a.fixture.openCases() > 0) {
                    jdbc.sql("UPDATE credit_account SET cash = cash + ? WHERE id = ?").params(amount, a.fixture.accountId)
                            .update();
                }
            }
        }

        /** A random walk with shocks, per account, between 6.80 and 13.50. */
        private void movePrices() {
            double all = market.nextGaussian() * 0.02;
            for (SimAccount a : accounts) {
                double move = all + market.nextGaussian() * 0.03;
                int shock = market.nextInt(100);
                if (shock < 6) {
                    move -= 0.09;
                } else if (shock < 11) {
                    move += 0.08;
                }
                double next = Math.max(6.80, Math.min(13.50, a.price.doubleValue() * Math.exp(move)));
                a.price = BigDecimal.valueOf(next).setScale(2, RoundingMode.HALF_UP);
            }
        }

        /** One price file for every simulated security (its import rescans); sometimes the same file twice. */
        private void importPrices(boolean twice) {
            LocalDate today = LocalDate.ofInstant(SimulatedClock.now(), MARKET);
            StringBuilder csv = new StringBuilder("code,price,price_date\n");
            accounts.forEach(a -> csv.append(a.fixture.securityCode).append(',').append(a.price.toPlainString())
                    .append(',').append(today).append('\n'));
            byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < (twice ? 2 : 1); i++) {
                ImportResult result = as(admin, () -> imports.importFile(new ImportRequest(ImportKind.PRICES,
                        ImportSource.API, "simulation-prices.csv", "UTF-8"), (ImportInput) () ->
                        new java.io.ByteArrayInputStream(bytes)));
                if (result.errorCount() > 0) {
                    throw new IllegalStateException("price file rejected: " + result.message() + " " + result.errors());
                }
            }
            if (twice) {
                log("the same price file imported twice");
                reached.add("same price file twice");
            }
        }

        /** Advisors and managers work on some of the open tasks of the simulated cases. */
        private void actOnTasks() {
            Map<String, Long> caseOf = myCases();
            Set<String> neglected = neglectedProcesses();
            // in the order of the cases, then of the steps: task ids are time-based UUIDs, whose text order follows
            // the wall clock's low bits (it wraps every ~7 minutes), and the simulated clock gives every task of a
            // step the same create time — ordered by either, the people's draws met other tasks from run to run
            List<Task> open = taskService.createTaskQuery().processDefinitionKey(CaseVocabulary.PROCESS_KEY).list()
                    .stream().filter(t -> caseOf.containsKey(t.getProcessInstanceId()))
                    .sorted(Comparator.comparing((Task t) -> caseOf.get(t.getProcessInstanceId()))
                            .thenComparing(Task::getCreateTime).thenComparing(Task::getTaskDefinitionKey))
                    .toList();
            for (Task t : open) {
                if (taskService.createTaskQuery().taskId(t.getId()).count() == 0) {
                    continue; // ended by an earlier action of this step
                }
                int dice = people.nextInt(100);
                try {
                    switch (t.getTaskDefinitionKey()) {
                        case "contactClient" -> {
                            if (neglected.contains(t.getProcessInstanceId())) {
                                continue; // the call that is never made: its deadline comes with the task open
                            }
                            if (dice < 55) {
                                boolean reached = people.nextInt(100) < 70;
                                Plan plan = reached ? Plan.values()[people.nextInt(4)] : null;
                                as(advisor, () -> caseTasks.completeContact(t.getId(), new ContactForm(
                                        Channel.values()[people.nextInt(4)], reached, plan, null,
                                        reached ? "客户已知悉" : "未接通")));
                                this.reached.add(reached ? "contact: reached" : "contact: not reached");
                            }
                        }
                        case "followUp" -> {
                            if (dice < 25) {
                                as(advisor, () -> caseTasks.complete(t.getId()));
                            }
                        }
                        case "managerDecision" -> {
                            if (dice < 60) {
                                int kind = decisions % 3;
                                ManagerDecision decision = kind == 0 ? ManagerDecision.extend(calendars.calendar()
                                        .deadline(afterHeldDeadline(t.getProcessInstanceId()), 1 + people.nextInt(2))
                                        .toInstant(), "客户资金在途")
                                        : kind == 1 ? ManagerDecision.close("客户已当面处理")
                                        : ManagerDecision.liquidate("未按期补足");
                                as(manager, () -> caseTasks.decide(t.getId(), decision));
                                decisions++;
                                reached.add("decision: " + (kind == 0 ? "extend" : kind == 1 ? "close" : "liquidate"));
                            }
                        }
                        case "escalationReview" -> {
                            if (dice < 50) {
                                as(manager, () -> caseTasks.complete(t.getId()));
                            }
                        }
                        case "decisionEscalation" -> {
                            if (dice < 50) {
                                as(admin, () -> caseTasks.complete(t.getId()));
                            }
                        }
                        default -> { }
                    }
                } catch (RuntimeException refused) {
                    // e.g. a second extension: refused, nothing changes (the invariants check that); the next
                    // decision is taken the next way
                    if ("managerDecision".equals(t.getTaskDefinitionKey())) {
                        decisions++;
                    }
                    log("action on " + t.getTaskDefinitionKey() + " refused: " + refused.getMessage());
                }
            }
        }

        /**
         * Managers' board actions: close a case, or extend the deadline of one in its top-up period (an extension
         * before the contact is DeadlineExtensionsIT's: here it would keep the neglected clients' deadlines from
         * passing with the contact open, decidedOnTheDeadline).
         */
        private void boardActions() {
            for (SimAccount a : accounts) {
                Long caseId = jdbc.sql("""
                        SELECT r.id FROM risk_case r JOIN case_process cp ON cp.case_id = r.id
                         WHERE r.account_id = ? AND cp.ended_at IS NULL""").param(a.fixture.accountId)
                        .query(Long.class).optional().orElse(null);
                int dice = people.nextInt(100); // drawn for every account: the stream stays aligned
                if (caseId == null) {
                    continue;
                }
                try {
                    if (dice < 3) {
                        as(manager, () -> caseActions.close(caseId, "经理在看板上关闭"));
                        reached.add("board: close");
                    } else if (dice < 6) {
                        Map<String, Object> row = jdbc.sql("""
                                SELECT process_instance_id, current_step FROM case_process WHERE case_id = ?""")
                                .param(caseId).query().singleRow();
                        if (List.of("followUp", "awaitDeadline").contains(row.get("current_step"))) {
                            String processId = (String) row.get("process_instance_id");
                            as(manager, () -> extensions.extend(caseId,
                                    calendars.calendar().deadline(afterHeldDeadline(processId), 1).toLocalDate(), "看板延期"));
                            reached.add("board: extend");
                        }
                    }
                } catch (RuntimeException refused) {
                    log("board action on case " + caseId + " refused: " + refused.getMessage());
                }
            }
        }

        /** A manager extends from the later of now and the deadline the case holds: an extension moves it later. */
        private Instant afterHeldDeadline(String processId) {
            Object held = processId == null ? null
                    : engine.getRuntimeService().getVariable(processId, "deadline");
            Instant now = SimulatedClock.now();
            return held instanceof java.util.Date d && d.toInstant().isAfter(now) ? d.toInstant() : now;
        }

        // ------------------------------------------------------------ time, quiescence, checks

        /**
         * Monday 09:35 of the next week of five trading days: a seed then takes the same path whatever the day the
         * suite runs (nights and weekends fall on the same steps), so the CI scenario keeps reaching its paths.
         */
        private void startClockAtTheNextTradingMorning() {
            ZonedDateTime now = ZonedDateTime.now(MARKET);
            LocalDate monday = now.toLocalDate().with(java.time.temporal.TemporalAdjusters.next(DayOfWeek.MONDAY));
            while (!fullTradingWeek(monday)) {
                monday = monday.plusWeeks(1);
            }
            moveClocks(Duration.between(now.toInstant(), monday.atTime(9, 35).atZone(MARKET).toInstant()));
        }

        private boolean fullTradingWeek(LocalDate monday) {
            return java.util.stream.IntStream.range(0, 5).allMatch(d -> calendars.calendar().isTradingDay(monday.plusDays(d)));
        }

        private void nextTradingMorning() {
            ZonedDateTime now = ZonedDateTime.ofInstant(SimulatedClock.now(), MARKET);
            ZonedDateTime morning = now.toLocalDate().plusDays(1).atTime(9, 35).atZone(MARKET);
            while (morning.getDayOfWeek() == DayOfWeek.SATURDAY || morning.getDayOfWeek() == DayOfWeek.SUNDAY) {
                morning = morning.plusDays(1);
            }
            passTime(Duration.between(now.toInstant(), morning.toInstant()));
        }

        /** Lets time pass in ticks of a few minutes, the dispatcher running at each (as its schedule would). */
        private void passTime(Duration total) {
            Duration left = total;
            while (!left.isNegative() && !left.isZero()) {
                Duration tick = Duration.ofMinutes(Math.min(left.toMinutes(), 2 + faults.nextInt(9)));
                if (tick.isZero()) {
                    tick = left;
                }
                moveClocks(tick);
                left = left.minus(tick);
                dispatcher.dispatchDue();
                if (left.compareTo(Duration.ofHours(3)) > 0) { // overnight: skip ahead in big strides
                    moveClocks(left.minus(Duration.ofHours(3)));
                    left = Duration.ofHours(3);
                }
            }
            settle();
        }

        private void moveClocks(Duration by) {
            Instant now = SimulatedClock.shift(by);
            engine.getClock().setCurrentTime(Date.from(now));
        }

        /**
         * Quiescence: due timers fired, async jobs run, due notices dispatched, the reconciler run (and what it
         * started run too).
         */
        private void settle() {
            for (int round = 0; round < 30; round++) {
                runJobs();
                Date now = engine.getClock().getCurrentTime();
                Set<String> mine = myProcesses();
                List<Job> due = management.createTimerJobQuery().list().stream()
                        .filter(j -> mine.contains(j.getProcessInstanceId()) && j.getDuedate() != null
                                && !j.getDuedate().after(now)).toList();
                if (due.isEmpty()) {
                    break;
                }
                for (Job timer : due) {
                    try {
                        management.moveTimerToExecutableJob(timer.getId());
                    } catch (RuntimeException takenMeanwhile) {
                        // the executor's own timer acquisition was faster
                    }
                }
            }
            dispatcher.dispatchDue();
            reconciler.reconcile();
            runJobs();
            dispatcher.dispatchDue();
        }

        /**
         * Stops the async executor as a node going down would. On its way down it hands back the jobs it had acquired,
         * and one of its own threads may finish such a job at that moment (an optimistic-locking failure, seen once in
         * a full run): it is asked to stop again until it has.
         */
        private void stopExecutor() {
            for (int attempt = 1; engine.getAsyncExecutor().isActive(); attempt++) {
                try {
                    engine.getAsyncExecutor().shutdown();
                } catch (org.flowable.common.engine.api.FlowableOptimisticLockingException raced) {
                    if (attempt == 5) {
                        throw raced;
                    }
                    log("node restart: a job finished while the executor handed it back; stopping again");
                }
            }
        }

        /** Waits until no executable job of the simulated processes is left (runs stragglers itself). */
        private void runJobs() {
            try {
                await().pollInterval(Duration.ofMillis(50)).atMost(Duration.ofSeconds(3)).until(() -> myJobs().isEmpty());
            } catch (org.awaitility.core.ConditionTimeoutException slow) {
                for (Job job : myJobs()) { // e.g. after a restart the executor's hints are gone
                    try {
                        management.executeJob(job.getId());
                    } catch (RuntimeException e) {
                        // locked by the executor, or failed: it retries (a dead letter is an invariant violation)
                    }
                }
                await().atMost(Duration.ofSeconds(90)).until(() -> myJobs().isEmpty());
            }
        }

        private List<Job> myJobs() {
            Set<String> mine = myProcesses();
            return management.createJobQuery().list().stream().filter(j -> mine.contains(j.getProcessInstanceId()))
                    .toList();
        }

        /** The cases of every third account: their advisor never records the call (decidedOnTheDeadline). */
        private Set<String> neglectedProcesses() {
            return processesOf(java.util.stream.IntStream.range(0, accounts.size()).filter(i -> i % 3 == 0)
                    .mapToObj(i -> accounts.get(i).fixture.accountId).toList());
        }

        private Set<String> myProcesses() {
            return processesOf(accounts.stream().map(a -> a.fixture.accountId).toList());
        }

        /** The simulated accounts' processes, each with its case. */
        private Map<String, Long> myCases() {
            Map<String, Long> cases = new HashMap<>();
            jdbc.sql("""
                    SELECT cp.process_instance_id, cp.case_id FROM case_process cp JOIN risk_case r ON r.id = cp.case_id
                     WHERE r.account_id IN (:ids) AND cp.process_instance_id IS NOT NULL""")
                    .param("ids", accounts.stream().map(a -> a.fixture.accountId).toList())
                    .query(rs -> {
                        cases.put(rs.getString(1), rs.getLong(2));
                    });
            return cases;
        }

        private Set<String> processesOf(List<Long> accountIds) {
            return new HashSet<>(jdbc.sql("""
                    SELECT cp.process_instance_id FROM case_process cp JOIN risk_case r ON r.id = cp.case_id
                     WHERE r.account_id IN (:ids) AND cp.process_instance_id IS NOT NULL""").param("ids", accountIds)
                    .query(String.class).list());
        }

        private void check() {
            harvest();
            List<String> found = as(admin, () -> invariants.check(this));
            for (String v : found) {
                String invariant = v.substring(1, v.indexOf(']'));
                firstByInvariant.putIfAbsent(invariant, v);
                if (!violations.contains(v)) {
                    violations.add(v);
                }
            }
            if (!found.isEmpty() && !s.keepGoing()) {
                report();
            }
        }

        private Set<String> report() {
            if (violations.isEmpty()) {
                Set<String> all = reachedSoFar();
                System.out.println("[simulation] seed " + s.seed() + ": every invariant held ("
                        + invariants.selected() + "); notices sent by type: " + sentByType() + "; reached: " + all);
                List<String> missed = REQUIRED.stream().filter(r -> !all.contains(r)).toList();
                if (s.ciScenario() && !missed.isEmpty()) {
                    throw new AssertionFailedError("The CI scenario (seed " + s.seed() + ") held every invariant but"
                            + " never reached " + missed + ": those paths went untested. Choose a CI_SEED whose run"
                            + " reaches " + REQUIRED + " (find one with -Dsimulation.search=10).");
                }
                return all;
            }
            StringBuilder text = new StringBuilder("Breach invariants violated (seed " + s.seed()
                    + ", replay with -Dsimulation.seed=" + s.seed() + "); first per invariant:\n");
            firstByInvariant.values().forEach(v -> text.append("  ").append(v).append('\n'));
            text.append("all (").append(violations.size()).append("):\n");
            violations.stream().limit(MAX_REPORTED).forEach(v -> text.append("  ").append(v).append('\n'));
            System.out.println("[simulation] " + text);
            violations.forEach(v -> System.out.println("[simulation] violation " + v));
            throw new AssertionFailedError(text.toString());
        }

        /** What the run did and its clients were told: the paths the invariants were held to. */
        private Set<String> reachedSoFar() {
            Set<String> all = new java.util.TreeSet<>(reached);
            sentByType().keySet().forEach(type -> all.add("notice: " + type));
            long reBreached = jdbc.sql("SELECT COUNT(*) FROM (SELECT account_id FROM risk_case WHERE account_id IN (:ids)"
                    + " GROUP BY account_id HAVING COUNT(*) > 1) t").param("ids", accounts.stream()
                    .map(a -> a.fixture.accountId).toList()).query(Long.class).single();
            if (reBreached > 0) {
                all.add("re-breach after resolution");
            }
            // the deadline then counts from the margin call, not from the warning (marginCallDeadlineFromItsScan)
            long laterMarginCalls = jdbc.sql("""
                    SELECT COUNT(*) FROM risk_case_event o
                      JOIN risk_case_event e ON e.case_id = o.case_id AND e.event_type = 'ESCALATED' AND e.level = 'MARGIN_CALL'
                      JOIN risk_case c ON c.id = o.case_id
                     WHERE o.event_type = 'OPENED' AND o.level = 'WARNING' AND c.account_id IN (:ids)
                       AND DATE(o.occurred_at + INTERVAL 8 HOUR) < DATE(e.occurred_at + INTERVAL 8 HOUR)""")
                    .param("ids", accounts.stream().map(a -> a.fixture.accountId).toList()).query(Long.class).single();
            if (laterMarginCalls > 0) {
                all.add("margin call on a later day than its warning");
            }
            // on the deadline the managers decide, contacted or not (decidedOnTheDeadline)
            long withdrawnAtDeadline = jdbc.sql("""
                    SELECT COUNT(*) FROM ACT_HI_TASKINST t
                      JOIN ACT_HI_PROCINST p ON p.ID_ = t.PROC_INST_ID_
                      JOIN risk_case c ON c.id = p.BUSINESS_KEY_
                     WHERE t.TASK_DEF_KEY_ = 'contactClient' AND t.DELETE_REASON_ LIKE '%contactDeadlinePassed%'
                       AND c.account_id IN (:ids)""")
                    .param("ids", accounts.stream().map(a -> a.fixture.accountId).toList()).query(Long.class).single();
            if (withdrawnAtDeadline > 0) {
                all.add("deadline passed with the contact open");
            }
            return all;
        }

        /** What the run's clients were told, so a reader sees which kinds of notice the invariants were held to. */
        private Map<String, Long> sentByType() {
            String clients = accounts.stream().map(a -> Long.toString(a.fixture.clientId))
                    .collect(java.util.stream.Collectors.joining(","));
            Map<String, Long> sent = new java.util.TreeMap<>();
            jdbc.sql("SELECT notice_type, COUNT(*) FROM notification WHERE status = 'SENT' AND client_id IN (" + clients
                    + ") GROUP BY notice_type").query(rs -> {
                        sent.put(rs.getString(1), rs.getLong(2));
                    });
            return sent;
        }

        /** GreenMail forgets its messages when stopped: what arrived so far is kept first. */
        private void smtpDown() {
            harvest();
            TestSmtp.down();
            harvested.clear();
        }

        private void smtpUp() {
            TestSmtp.up();
        }

        /** Copies the messages that arrived since the last look (GreenMail's store only grows while it runs). */
        private void harvest() {
            for (SimAccount a : accounts) {
                List<jakarta.mail.internet.MimeMessage> all = TestSmtp.messagesTo(a.fixture.email);
                int seen = harvested.getOrDefault(a.fixture.email, 0);
                for (int i = seen; i < all.size(); i++) {
                    delivered.add(BreachInvariants.Delivered.of(a.fixture.email, all.get(i)));
                }
                harvested.put(a.fixture.email, all.size());
            }
        }

        private void log(String what) {
            System.out.println("[simulation] " + where + ": " + what);
        }

        // ------------------------------------------------------------ accounts

        private SimAccount newAccount() {
            RiskFixture fixture = new RiskFixture(jdbc, branch.id(), advisor); // the test's own branch
            jdbc.sql("""
                    INSERT INTO client_classification (client_id, dimension, computed_value, reasons, computed_at,
                           thresholds_version) VALUES (?, 'RISK_LEVEL', 'MEDIUM', '[]', CURRENT_TIMESTAMP, 1)""")
                    .param(fixture.clientId).update();
            SimAccount account = new SimAccount(fixture,
                    BigDecimal.valueOf(9.8 + market.nextDouble() * 2.2).setScale(2, RoundingMode.HALF_UP),
                    Instant.EPOCH);
            setRiskClass(account, "MEDIUM");
            byClient.put(fixture.clientId, account);
            return account;
        }

        /** A manager's override of the risk level (wins over the computed one, which a reclassification may change). */
        private void setRiskClass(SimAccount a, String riskClass) {
            jdbc.sql("DELETE FROM classification_override WHERE client_id = ? AND dimension = 'RISK_LEVEL'")
                    .param(a.fixture.clientId).update();
            jdbc.sql("""
                    INSERT INTO classification_override (client_id, dimension, override_value, reason, overridden_by,
                           overridden_at, valid_until) VALUES (?, 'RISK_LEVEL', ?, '模拟', ?, CURRENT_TIMESTAMP, NULL)""")
                    .params(a.fixture.clientId, riskClass, manager).update();
            if (!riskClass.equals(a.riskClass()) || a.classes.size() == 1 && !"MEDIUM".equals(riskClass)) {
                a.classes.add(Map.entry(SimulatedClock.now(), riskClass));
                log("client " + a.fixture.clientId + " becomes " + riskClass);
                reached.add("client becomes " + riskClass);
            }
        }

        // ------------------------------------------------------------ World

        @Override
        public long seed() {
            return s.seed();
        }

        @Override
        public String where() {
            return where;
        }

        @Override
        public List<BreachInvariants.Account> accounts() {
            return accounts.stream().map(a -> new BreachInvariants.Account(a.fixture.accountId, a.fixture.clientId,
                    a.fixture.email, a.fixture.securityCode)).toList();
        }

        @Override
        public String riskClassAt(long clientId, Instant at) {
            SimAccount a = byClient.get(clientId);
            return a == null ? null : a.riskClassAt(at);
        }

        @Override
        public boolean drained() {
            return drained;
        }

        @Override
        public List<BreachInvariants.Delivered> delivered() {
            return delivered;
        }
    }
}
