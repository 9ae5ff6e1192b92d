package kr.corepolicy.web.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import kr.corepolicy.domain.approval.Capacity;
import kr.corepolicy.domain.approval.DocumentStatus;
import kr.corepolicy.domain.approval.DocumentType;
import kr.corepolicy.domain.approval.StepKind;
import kr.corepolicy.domain.approval.StepState;
import kr.corepolicy.domain.notification.MailState;
import kr.corepolicy.domain.notification.NotificationKind;
import kr.corepolicy.domain.report.PeriodKind;
import kr.corepolicy.domain.report.PeriodState;
import kr.corepolicy.domain.task.TaskStatus;
import kr.corepolicy.web.bench.CityPlan.Person;
import kr.corepolicy.web.bench.CityPlan.Task;

/**
 * Writes a {@link CityPlan} and its ten years of reporting with JDBC batches, in the order of the foreign keys,
 * committing every few thousand rows. The reports are made period by period (in the order of their due dates),
 * task by task, from one {@link Random} seeded with the plan's seed, so the same seed writes the same rows.
 *
 * <p>What the rows obey (the domain's rules, checked by {@code CityGeneratorIT}): every report of a closed
 * period is approved through its own document (uk_progress_report_document), on the line the application would
 * propose — the officer drafts, the team leader reviews, each collaborating department's head consents, the
 * department head decides (전결) — every step signed in order, after the submission; a report carries only a
 * reportable status, reasons and countermeasures when not on track, next steps unless done, 100 % when done,
 * KPI actuals of the task's KPIs (not negative) and funds with executed ≤ secured in the task's years; a task
 * once done is not reported again, and its status is that of its official report (the approved one of the latest
 * period). The open periods (this month and this quarter) hold every state: approved, on the line, returned,
 * drafts and reports not started.
 */
final class CityWriter {

    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final int BATCH = 2_000;

    private final CityPlan plan;
    private final Connection c;
    private final String passwordHash;
    private final Random random;
    private final Map<String, Long> documentNumbers = new LinkedHashMap<>();
    private final Map<Long, TaskStatus> officialStatus = new HashMap<>();
    private final Map<Long, Object[]> officialKey = new HashMap<>();
    private final Map<String, Long> counts = new LinkedHashMap<>();
    private final Instant now;

    private long documentIds;
    private long stepIds;
    private long reportIds;
    private long notificationIds;
    private int pending;

    private PreparedStatement document;
    private PreparedStatement step;
    private PreparedStatement report;
    private PreparedStatement actual;
    private PreparedStatement fund;
    private PreparedStatement notification;

    record Period(long id, PeriodKind kind, int year, int number, LocalDate firstDay, LocalDate lastDay,
            LocalDate due, int grace, boolean open) {

        String label() {
            return kind == PeriodKind.QUARTERLY ? year + "년 " + number + "분기" : year + "년 " + number + "월";
        }
    }

    CityWriter(CityPlan plan, Connection c, String passwordHash) {
        this.plan = plan;
        this.c = c;
        this.passwordHash = passwordHash;
        this.random = new Random(plan.seed * 7919 + 17);
        this.now = plan.until.atEndOfMonth().atTime(18, 0).atZone(SEOUL).toInstant();
    }

    /** Writes everything and answers the rows written, table by table. */
    Map<String, Long> write() throws SQLException {
        c.setAutoCommit(false);
        organisation();
        portfolio();
        List<Period> periods = periods();
        reports(periods);
        counters();
        taskStatuses();
        c.commit();
        return counts;
    }

    private void count(String table, long n) {
        counts.merge(table, n, Long::sum);
    }

    private static Timestamp at(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(SEOUL).toInstant();
    }

    private void organisation() throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO org_unit (id, code, name_ko, name_en, unit_type, "
                + "parent_id, sort_order, active, version) VALUES (?, ?, ?, ?, ?, ?, ?, TRUE, 0)")) {
            for (CityPlan.Unit u : plan.units) {
                ps.setLong(1, u.id());
                ps.setString(2, u.code());
                ps.setString(3, u.nameKo());
                ps.setString(4, u.nameEn());
                ps.setString(5, u.type().name());
                if (u.parent() == null) {
                    ps.setNull(6, Types.BIGINT);
                } else {
                    ps.setLong(6, u.parent().id());
                }
                ps.setInt(7, u.sortOrder());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        count("org_unit", plan.units.size());
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO user_account (id, username, display_name, "
                + "org_unit_id, position, email, password_hash, active, failed_sign_ins, preferred_language, version) "
                + "VALUES (?, ?, ?, ?, ?, NULL, ?, TRUE, 0, 'KO', 0)");
                PreparedStatement roles = c.prepareStatement("INSERT INTO user_role (user_id, role_name) VALUES (?, ?)")) {
            for (Person p : plan.people) {
                ps.setLong(1, p.id);
                ps.setString(2, p.username);
                ps.setString(3, p.name);
                ps.setLong(4, p.unit.id());
                ps.setString(5, p.position.name());
                ps.setString(6, passwordHash);
                ps.addBatch();
                for (var role : p.roles) {
                    roles.setLong(1, p.id);
                    roles.setString(2, role.name());
                    roles.addBatch();
                    count("user_role", 1);
                }
            }
            ps.executeBatch();
            roles.executeBatch();
        }
        count("user_account", plan.people.size());
        c.commit();
    }

    private void portfolio() throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO strategy (id, strategy_number, name_ko, name_en, "
                + "description_ko, vision, demo, version) VALUES (?, ?, ?, ?, ?, ?, FALSE, 0)");
                PreparedStatement tf = c.prepareStatement("INSERT INTO task_force (id, strategy_id, name_ko, "
                        + "leader_id, coordinating_unit_id, version) VALUES (?, ?, ?, ?, ?, 0)");
                PreparedStatement member = c.prepareStatement("INSERT INTO task_force_member (task_force_id, user_id) "
                        + "VALUES (?, ?)")) {
            for (CityPlan.Strategy st : plan.strategies) {
                s.setLong(1, st.id());
                s.setInt(2, st.number());
                s.setString(3, st.nameKo());
                s.setString(4, st.nameEn());
                s.setString(5, "전략 " + st.number() + ": " + st.nameKo());
                s.setString(6, "시민과 함께 여는 한빛시의 미래");
                s.addBatch();
                tf.setLong(1, st.id());
                tf.setLong(2, st.id());
                tf.setString(3, "전략" + st.number() + " T/F");
                tf.setLong(4, st.tfLeader().id);
                tf.setLong(5, st.coordinating().id());
                tf.addBatch();
                for (Person m : st.members()) {
                    member.setLong(1, st.id());
                    member.setLong(2, m.id);
                    member.addBatch();
                }
            }
            s.executeBatch();
            tf.executeBatch();
            member.executeBatch();
        }
        count("strategy", plan.strategies.size());
        try (PreparedStatement t = c.prepareStatement("INSERT INTO policy_task (id, management_number, title, summary, "
                + "strategy_id, owning_unit_id, officer_id, start_date, end_date, term, status, demo, version) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, 0)");
                PreparedStatement collab = c.prepareStatement("INSERT INTO task_collaborator (task_id, org_unit_id) "
                        + "VALUES (?, ?)");
                PreparedStatement source = c.prepareStatement("INSERT INTO task_source (task_id, source) VALUES (?, ?)");
                PreparedStatement milestone = c.prepareStatement("INSERT INTO task_milestone (id, task_id, plan_year, "
                        + "plan_quarter, content) VALUES (?, ?, ?, ?, ?)");
                PreparedStatement kpi = c.prepareStatement("INSERT INTO task_kpi (id, task_id, sort_order, name, unit, "
                        + "direction, baseline, how_measured) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement target = c.prepareStatement("INSERT INTO task_kpi_target (kpi_id, target_year, "
                        + "target_value) VALUES (?, ?, ?)");
                PreparedStatement funds = c.prepareStatement("INSERT INTO task_fund_plan (task_id, fiscal_year, source, "
                        + "amount_won) VALUES (?, ?, ?, ?)")) {
            for (Task task : plan.tasks) {
                t.setLong(1, task.id());
                t.setString(2, task.number());
                t.setString(3, task.title());
                t.setString(4, task.title() + " 사업을 " + task.start().getYear() + "년부터 " + task.end().getYear()
                        + "년까지 추진한다.");
                t.setLong(5, task.strategy().id());
                t.setLong(6, task.owner().unit().id());
                t.setLong(7, task.officer().id);
                t.setDate(8, Date.valueOf(task.start()));
                t.setDate(9, Date.valueOf(task.end()));
                t.setString(10, task.term().name());
                t.setString(11, TaskStatus.INITIAL.name());
                t.addBatch();
                for (CityPlan.Department d : task.collaborators()) {
                    collab.setLong(1, task.id());
                    collab.setLong(2, d.unit().id());
                    collab.addBatch();
                    count("task_collaborator", 1);
                }
                for (var s : task.sources()) {
                    source.setLong(1, task.id());
                    source.setString(2, s.name());
                    source.addBatch();
                    count("task_source", 1);
                }
                for (CityPlan.Milestone m : task.milestones()) {
                    milestone.setLong(1, m.id());
                    milestone.setLong(2, task.id());
                    milestone.setInt(3, m.year());
                    milestone.setInt(4, m.quarter());
                    milestone.setString(5, m.content());
                    milestone.addBatch();
                    count("task_milestone", 1);
                }
                for (CityPlan.Kpi k : task.kpis()) {
                    kpi.setLong(1, k.id());
                    kpi.setLong(2, task.id());
                    kpi.setInt(3, k.sortOrder());
                    kpi.setString(4, k.name());
                    kpi.setString(5, k.unit());
                    kpi.setString(6, k.direction().name());
                    kpi.setBigDecimal(7, BigDecimal.valueOf(k.baseline()));
                    kpi.setString(8, "담당부서 집계");
                    kpi.addBatch();
                    count("task_kpi", 1);
                    int years = task.end().getYear() - task.start().getYear() + 1;
                    for (int y = 0; y < years; y++) {
                        target.setLong(1, k.id());
                        target.setInt(2, task.start().getYear() + y);
                        target.setBigDecimal(3, BigDecimal.valueOf(k.baseline()
                                + (k.finalTarget() - k.baseline()) * (y + 1) / years));
                        target.addBatch();
                        count("task_kpi_target", 1);
                    }
                }
                for (CityPlan.FundPlan f : task.funds()) {
                    funds.setLong(1, task.id());
                    funds.setInt(2, f.year());
                    funds.setString(3, f.source().name());
                    funds.setLong(4, f.amountWon());
                    funds.addBatch();
                    count("task_fund_plan", 1);
                }
            }
            t.executeBatch();
            collab.executeBatch();
            source.executeBatch();
            milestone.executeBatch();
            kpi.executeBatch();
            target.executeBatch();
            funds.executeBatch();
        }
        count("policy_task", plan.tasks.size());
        c.commit();
    }

    /**
     * Ten years of monthly and quarterly periods up to {@code until}, opened by the planning office on their first
     * day; all closed after their deadline but this month's and this quarter's.
     */
    private List<Period> periods() throws SQLException {
        List<Period> periods = new ArrayList<>();
        long id = 0;
        for (int year = plan.firstYear; year <= plan.until.getYear(); year++) {
            for (PeriodKind kind : PeriodKind.values()) {
                for (int n = 1; n <= kind.perYear(); n++) {
                    YearMonth first = YearMonth.of(year, kind == PeriodKind.MONTHLY ? n : (n - 1) * 3 + 1);
                    if (first.isAfter(plan.until)) {
                        continue;
                    }
                    YearMonth last = kind == PeriodKind.MONTHLY ? first : first.plusMonths(2);
                    boolean open = !last.isBefore(plan.until) || kind == PeriodKind.MONTHLY && first.equals(plan.until);
                    LocalDate lastDay = last.atEndOfMonth();
                    periods.add(new Period(++id, kind, year, n, first.atDay(1), lastDay,
                            lastDay.plusDays(kind == PeriodKind.MONTHLY ? 7 : 10), 3, open));
                }
            }
        }
        periods.sort((a, b) -> a.due().compareTo(b.due()) != 0 ? a.due().compareTo(b.due())
                : Long.compare(a.id(), b.id()));
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO reporting_period (id, kind, period_year, period_no, "
                + "due_date, grace_days, state, opened_by, opened_at, closed_by, closed_at, version) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
            for (Period p : periods) {
                ps.setLong(1, p.id());
                ps.setString(2, p.kind().name());
                ps.setInt(3, p.year());
                ps.setInt(4, p.number());
                ps.setDate(5, Date.valueOf(p.due()));
                ps.setInt(6, p.grace());
                ps.setString(7, (p.open() ? PeriodState.OPEN : PeriodState.CLOSED).name());
                ps.setString(8, plan.planner.username);
                ps.setTimestamp(9, at(at(p.firstDay(), 9, 0)));
                ps.setString(10, p.open() ? null : plan.planner.username);
                ps.setTimestamp(11, p.open() ? null : at(at(p.due().plusDays(p.grace() + 1), 9, 30)));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        count("reporting_period", periods.size());
        c.commit();
        return periods;
    }

    /** What happened to a report of an open period. */
    private enum Outcome { APPROVED, IN_PROGRESS, RETURNED, DRAFT, NOT_STARTED }

    private void reports(List<Period> periods) throws SQLException {
        Map<Long, TaskStatus[]> timelines = new HashMap<>();
        for (Task t : plan.tasks) {
            timelines.put(t.id(), timeline(t));
        }
        document = c.prepareStatement("INSERT INTO approval_document (id, doc_type, subject_id, title, drafter_username, "
                + "drafter_name, status, round_no, submitted_at, decided_at, doc_number, doc_year, drafter_unit, "
                + "version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
        step = c.prepareStatement("INSERT INTO approval_step (id, document_id, round_no, seq, kind, assignee_username, "
                + "assignee_name, assignee_position, assignee_unit, state, signer_username, signer_name, signed_at, "
                + "capacity, signature_comment, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
        report = c.prepareStatement("INSERT INTO progress_report (id, task_id, period_id, document_id, reported_status, "
                + "progress_percent, results, delay_reasons, countermeasures, next_steps, saved_by, saved_at, version) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
        actual = c.prepareStatement("INSERT INTO report_kpi_actual (report_id, sort_order, kpi_id, kpi_name, kpi_unit, "
                + "actual_value) VALUES (?, ?, ?, ?, ?, ?)");
        fund = c.prepareStatement("INSERT INTO report_fund_figure (report_id, sort_order, fiscal_year, source, "
                + "requested_won, secured_won, executed_won) VALUES (?, ?, ?, ?, ?, ?, ?)");
        notification = c.prepareStatement("INSERT INTO notification (id, recipient, kind, subject, detail, link, "
                + "created_at, read_at, mail_to, mail_state, mail_attempts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, 0)");
        try {
            for (Period p : periods) {
                for (Task t : plan.tasks) {
                    if (p.firstDay().isAfter(t.end()) || p.lastDay().isBefore(t.start())) {
                        continue;
                    }
                    // As of the period's end, the task's end or this month's end, whichever comes first.
                    LocalDate asOf = p.lastDay().isAfter(t.end()) ? t.end() : p.lastDay();
                    asOf = asOf.isAfter(plan.until.atEndOfMonth()) ? plan.until.atEndOfMonth() : asOf;
                    TaskStatus status = timelines.get(t.id())[monthIndex(YearMonth.from(asOf))];
                    report(p, t, status, asOf);
                }
            }
            flush();
        } finally {
            for (PreparedStatement ps : List.of(document, step, report, actual, fund, notification)) {
                ps.close();
            }
        }
    }

    private int monthIndex(YearMonth month) {
        return (month.getYear() - plan.firstYear) * 12 + month.getMonthValue() - 1;
    }

    /**
     * The task's status month by month, as its reports tell it: on track, now and then partly on track or on
     * hold and back, done-and-continuing towards the end, and done in the month it ends (when that has come).
     */
    private TaskStatus[] timeline(Task t) {
        TaskStatus[] months = new TaskStatus[monthIndex(plan.until) + 1];
        Random r = new Random(plan.seed * 31 + t.id());
        TaskStatus s = TaskStatus.ON_TRACK;
        YearMonth end = YearMonth.from(t.end());
        for (int i = 0; i < months.length; i++) {
            YearMonth m = YearMonth.of(plan.firstYear, 1).plusMonths(i);
            double x = r.nextDouble();
            s = switch (s) {
                case ON_TRACK -> x < 0.03 ? TaskStatus.PARTLY : x < 0.035 ? TaskStatus.ON_HOLD : s;
                case PARTLY -> x < 0.25 ? TaskStatus.ON_TRACK : x < 0.28 ? TaskStatus.ON_HOLD : s;
                case ON_HOLD -> x < 0.15 ? TaskStatus.ON_TRACK : s;
                default -> s;
            };
            if (s != TaskStatus.DONE_CONTINUING && !m.isBefore(end.minusMonths(12)) && x > 0.9) {
                s = TaskStatus.DONE_CONTINUING;
            }
            if (m.equals(end)) {
                s = TaskStatus.DONE;
            }
            months[i] = s;
        }
        return months;
    }

    private void report(Period p, Task t, TaskStatus status, LocalDate asOf) throws SQLException {
        Outcome outcome = Outcome.APPROVED;
        if (p.open()) {
            double x = random.nextDouble();
            outcome = x < 0.40 ? Outcome.APPROVED : x < 0.60 ? Outcome.IN_PROGRESS : x < 0.65 ? Outcome.RETURNED
                    : x < 0.85 ? Outcome.DRAFT : Outcome.NOT_STARTED;
        }
        long reportId = ++reportIds;
        String title = title(p, t);
        Person officer = t.officer();
        // Submitted up to five days before the due date (a closed period), or in the last days (an open one).
        LocalDate day = p.open() ? plan.until.atEndOfMonth().minusDays(random.nextInt(5))
                : p.due().minusDays(random.nextInt(6));
        Instant submitted = at(day, 9 + random.nextInt(8), random.nextInt(60));
        Long documentId = null;
        if (outcome == Outcome.APPROVED || outcome == Outcome.IN_PROGRESS || outcome == Outcome.RETURNED) {
            documentId = document(reportId, p, t, title, submitted, outcome);
        }
        int progress = progress(t, status, asOf);
        report.setLong(1, reportId);
        report.setLong(2, t.id());
        report.setLong(3, p.id());
        if (documentId == null) {
            report.setNull(4, Types.BIGINT);
        } else {
            report.setLong(4, documentId);
        }
        boolean written = outcome != Outcome.NOT_STARTED;
        report.setString(5, written ? status.name() : null);
        if (written) {
            report.setInt(6, progress);
        } else {
            report.setNull(6, Types.INTEGER);
        }
        report.setString(7, written ? p.label() + " " + t.title() + " 추진: 공정률 " + progress + "%, "
                + t.milestones().get(random.nextInt(t.milestones().size())).content() + " 진행" : null);
        boolean explain = written && status.needsExplanation();
        report.setString(8, explain ? "예산 확보 지연 및 관계기관 협의 장기화" : null);
        report.setString(9, explain ? "관계기관 협의체 운영, 추경 편성 요청" : null);
        report.setString(10, written && status != TaskStatus.DONE ? "다음 기간: 세부 추진계획에 따라 계속 추진" : null);
        report.setString(11, written ? officer.username : null);
        report.setTimestamp(12, written ? at(submitted.minusSeconds(3600)) : null);
        report.addBatch();
        count("progress_report", 1);
        if (written) {
            figures(reportId, p, t, progress);
        }
        if (p.open()) {
            notify(officer.username, NotificationKind.PERIOD_OPENED, p.label() + " " + t.number() + " " + t.title(),
                    p.due().toString(), "REPORT:" + reportId, at(p.firstDay(), 9, 0));
        }
        if (outcome == Outcome.APPROVED) {
            official(t, p, status, lastDecidedAt);
        }
        pending++;
        if (pending >= BATCH) {
            flush();
        }
    }

    private static String title(Period p, Task t) {
        String title = p.label() + " 추진실적 보고 (" + t.number() + " " + t.title() + ")";
        return title.length() <= 200 ? title : title.substring(0, 198) + "…)";
    }

    private int progress(Task t, TaskStatus status, LocalDate asOf) {
        if (status == TaskStatus.DONE) {
            return 100;
        }
        double span = t.end().toEpochDay() - t.start().toEpochDay() + 1.0;
        double done = (asOf.toEpochDay() - t.start().toEpochDay() + 1.0) / span;
        int p = (int) Math.round(done * 100) - (status.needsExplanation() ? 10 : 0);
        return Math.max(0, Math.min(99, p));
    }

    private void figures(long reportId, Period p, Task t, int progress) throws SQLException {
        int order = 0;
        for (CityPlan.Kpi k : t.kpis()) {
            BigDecimal value = BigDecimal.valueOf(k.baseline() + (k.finalTarget() - k.baseline()) * progress / 100.0)
                    .setScale(k.decimals(), RoundingMode.HALF_UP);
            actual.setLong(1, reportId);
            actual.setInt(2, order++);
            actual.setLong(3, k.id());
            actual.setString(4, k.name());
            actual.setString(5, k.unit());
            actual.setBigDecimal(6, value);
            actual.addBatch();
            count("report_kpi_actual", 1);
        }
        order = 0;
        double yearShare = p.lastDay().getMonthValue() / 12.0;
        for (CityPlan.FundPlan f : t.funds()) {
            if (f.year() != p.year()) {
                continue;
            }
            long secured = f.amountWon() * (60 + random.nextInt(41)) / 100 / 1_000_000 * 1_000_000;
            long executed = (long) (secured * yearShare * (0.8 + random.nextDouble() * 0.2)) / 1_000 * 1_000;
            fund.setLong(1, reportId);
            fund.setInt(2, order++);
            fund.setInt(3, f.year());
            fund.setString(4, f.source().name());
            fund.setLong(5, f.amountWon());
            fund.setLong(6, secured);
            fund.setLong(7, Math.min(executed, secured));
            fund.addBatch();
            count("report_fund_figure", 1);
        }
    }

    private Instant lastDecidedAt;

    /** The report's document on the line the application proposes, in the state the outcome says. */
    private long document(long reportId, Period p, Task t, String title, Instant submitted, Outcome outcome)
            throws SQLException {
        long id = ++documentIds;
        Person drafter = t.officer();
        List<Person> reviewers = List.of(t.team().leader());
        List<Person> consents = t.collaborators().stream().map(CityPlan.Department::head).toList();
        Person decider = t.owner().head();
        String department = t.owner().unit().nameKo();
        boolean returnedOnce = outcome == Outcome.APPROVED && random.nextInt(20) == 0;
        int year = submitted.atZone(SEOUL).getYear();
        long running = documentNumbers.merge(department + "\u0000" + year, 1L, Long::sum);
        Instant time = submitted;
        int round = 1;
        if (returnedOnce || outcome == Outcome.RETURNED) {
            time = returned(id, round, reviewers, consents, decider, time);
            if (outcome == Outcome.RETURNED) {
                notify(drafter.username, NotificationKind.RETURNED, title, "보완 후 재상신 바랍니다",
                        "APPROVAL_DOCUMENT:" + id, time);
            } else {
                round = 2;
                time = time.plusSeconds(3600L * (2 + random.nextInt(20)));
            }
        }
        Instant lastSubmission = time;
        Instant decided = null;
        if (outcome == Outcome.IN_PROGRESS) {
            // On the line: waiting for the review, or (the review signed) for the consents, else the decision.
            boolean atReview = random.nextBoolean();
            int seq = 0;
            for (Person r : reviewers) {
                if (atReview) {
                    pendingStep(id, round, seq++, StepKind.REVIEW, r, StepState.PENDING, title, drafter, time);
                } else {
                    time = signed(id, round, seq++, StepKind.REVIEW, r, Capacity.SELF, time, title, drafter, true);
                }
            }
            for (Person h : consents) {
                pendingStep(id, round, seq++, StepKind.CONSENT, h, atReview ? StepState.WAITING : StepState.PENDING,
                        title, drafter, time);
            }
            pendingStep(id, round, seq, StepKind.DECISION, decider,
                    atReview || !consents.isEmpty() ? StepState.WAITING : StepState.PENDING, title, drafter, time);
        } else if (outcome == Outcome.APPROVED) {
            // Reviews one after another, then every consent at once, then the decision (전결).
            boolean tell = !p.lastDay().isBefore(plan.until.minusMonths(6).atDay(1));
            int seq = 0;
            for (Person r : reviewers) {
                time = signed(id, round, seq++, StepKind.REVIEW, r, Capacity.SELF, time, title, drafter, tell);
            }
            Instant latest = time;
            for (Person h : consents) {
                Instant signedAt = signed(id, round, seq++, StepKind.CONSENT, h, Capacity.SELF, time, title, drafter,
                        tell);
                latest = signedAt.isAfter(latest) ? signedAt : latest;
            }
            decided = signed(id, round, seq, StepKind.DECISION, decider, Capacity.DELEGATED, latest, title, drafter,
                    tell);
            if (tell) {
                notify(drafter.username, NotificationKind.APPROVED, title, decider.name, "APPROVAL_DOCUMENT:" + id,
                        decided);
            }
        }
        DocumentStatus status = switch (outcome) {
            case APPROVED -> DocumentStatus.APPROVED;
            case RETURNED -> DocumentStatus.RETURNED;
            default -> DocumentStatus.IN_PROGRESS;
        };
        document.setLong(1, id);
        document.setString(2, DocumentType.PROGRESS_REPORT.name());
        document.setLong(3, reportId);
        document.setString(4, title);
        document.setString(5, drafter.username);
        document.setString(6, drafter.name);
        document.setString(7, status.name());
        document.setInt(8, round);
        document.setTimestamp(9, at(lastSubmission));
        document.setTimestamp(10, at(decided));
        document.setString(11, department + "-" + running);
        document.setInt(12, year);
        document.setString(13, department);
        document.addBatch();
        count("approval_document", 1);
        lastDecidedAt = decided;
        return id;
    }

    /** Round {@code round} returned by the first reviewer: the rest of the line cancelled. */
    private Instant returned(long id, int round, List<Person> reviewers, List<Person> consents, Person decider,
            Instant submitted) throws SQLException {
        Instant at = submitted.plusSeconds(600L + random.nextInt(20_000));
        int seq = 0;
        stepRow(id, round, seq++, StepKind.REVIEW, reviewers.get(0), StepState.RETURNED, reviewers.get(0), at,
                Capacity.SELF, "실적 수치 보완 바랍니다");
        for (Person h : consents) {
            stepRow(id, round, seq++, StepKind.CONSENT, h, StepState.CANCELLED, null, null, null, null);
        }
        stepRow(id, round, seq, StepKind.DECISION, decider, StepState.CANCELLED, null, null, null, null);
        return at;
    }

    private Instant signed(long id, int round, int seq, StepKind kind, Person who, Capacity capacity, Instant after,
            String title, Person drafter, boolean tell) throws SQLException {
        Instant at = after.plusSeconds(300L + random.nextInt(30_000));
        stepRow(id, round, seq, kind, who, StepState.APPROVED, who, at, capacity, null);
        if (tell) {
            notify(who.username, NotificationKind.ARRIVED, title, drafter.name, "APPROVAL_DOCUMENT:" + id, after);
        }
        return at;
    }

    private void pendingStep(long id, int round, int seq, StepKind kind, Person who, StepState state, String title,
            Person drafter, Instant since) throws SQLException {
        stepRow(id, round, seq, kind, who, state, null, null, null, null);
        if (state == StepState.PENDING) {
            notify(who.username, NotificationKind.ARRIVED, title, drafter.name, "APPROVAL_DOCUMENT:" + id, since);
        }
    }

    private void stepRow(long documentId, int round, int seq, StepKind kind, Person who, StepState state, Person signer,
            Instant signedAt, Capacity capacity, String comment) throws SQLException {
        step.setLong(1, ++stepIds);
        step.setLong(2, documentId);
        step.setInt(3, round);
        step.setInt(4, seq);
        step.setString(5, kind.name());
        step.setString(6, who.username);
        step.setString(7, who.name);
        step.setString(8, who.position.name());
        step.setString(9, CityPlan.unitName(who));
        step.setString(10, state.name());
        step.setString(11, signer == null ? null : signer.username);
        step.setString(12, signer == null ? null : signer.name);
        step.setTimestamp(13, at(signedAt));
        step.setString(14, capacity == null ? null : capacity.name());
        step.setString(15, comment);
        step.addBatch();
        count("approval_step", 1);
    }

    private void notify(String recipient, NotificationKind kind, String subject, String detail, String link,
            Instant createdAt) throws SQLException {
        notification.setLong(1, ++notificationIds);
        notification.setString(2, recipient);
        notification.setString(3, kind.name());
        notification.setString(4, subject.length() <= 300 ? subject : subject.substring(0, 300));
        notification.setString(5, detail);
        notification.setString(6, link);
        notification.setTimestamp(7, at(createdAt));
        boolean old = createdAt.isBefore(now.minusSeconds(30L * 86_400));
        notification.setTimestamp(8, old ? at(createdAt.plusSeconds(3_600)) : null);
        notification.setString(9, MailState.NONE.name());
        notification.addBatch();
        count("notification", 1);
    }

    /** The official report of a task: the approved one of the latest period, of two ending together the later decision. */
    private void official(Task t, Period p, TaskStatus status, Instant decided) {
        Object[] key = officialKey.get(t.id());
        boolean later = key == null || p.lastDay().isAfter((LocalDate) key[0])
                || p.lastDay().equals(key[0]) && decided.isAfter((Instant) key[1]);
        if (later) {
            officialKey.put(t.id(), new Object[] {p.lastDay(), decided});
            officialStatus.put(t.id(), status);
        }
    }

    private void flush() throws SQLException {
        for (PreparedStatement ps : List.of(document, step, report, actual, fund, notification)) {
            ps.executeBatch();
        }
        c.commit();
        pending = 0;
    }

    /** The running numbers of 문서번호 given, so the application's next number of a department and year follows them. */
    private void counters() throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO document_counter (prefix, counter_year, last_no) "
                + "VALUES (?, ?, ?)")) {
            for (Map.Entry<String, Long> e : documentNumbers.entrySet()) {
                String[] key = e.getKey().split("\u0000");
                ps.setString(1, key[0]);
                ps.setInt(2, Integer.parseInt(key[1]));
                ps.setLong(3, e.getValue());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        count("document_counter", documentNumbers.size());
    }

    /** Each task takes the status of its official report; a task without one keeps the initial status. */
    private void taskStatuses() throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE policy_task SET status = ? WHERE id = ?")) {
            for (Map.Entry<Long, TaskStatus> e : officialStatus.entrySet()) {
                if (e.getValue() != TaskStatus.INITIAL) {
                    ps.setString(1, e.getValue().name());
                    ps.setLong(2, e.getKey());
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
    }

}
