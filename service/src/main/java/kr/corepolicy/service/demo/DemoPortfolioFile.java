package kr.corepolicy.service.demo;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import kr.corepolicy.domain.account.Position;
import kr.corepolicy.domain.account.Role;
import kr.corepolicy.domain.task.FundSource;
import kr.corepolicy.domain.task.KpiDirection;
import kr.corepolicy.domain.task.TaskSource;
import kr.corepolicy.domain.task.TaskStatus;
import kr.corepolicy.domain.task.TaskTerm;
import kr.corepolicy.service.platform.ClockProducer;
import kr.corepolicy.service.task.TaskDraft;
import kr.corepolicy.service.task.TaskViews.FundLineView;
import kr.corepolicy.service.task.TaskViews.KpiView;
import kr.corepolicy.service.task.TaskViews.MilestoneView;

/**
 * Reads {@value #RESOURCE}: the fictional Gyeongju portfolio (7 strategies, 49 tasks) of demo mode.
 *
 * <p>The file is written as of the autumn of {@value #WRITTEN_FOR}: its tasks' periods, statuses, KPI targets and
 * fund plans read right for reports of that year. The demo's reports are always of the last two months
 * ({@link DemoSchedule}), so the demo moves every date and year of the file by {@link #yearShift(Instant)} years: a
 * task that the file has ending in 2025 is not reported "on track, 98 %" two years after its end, and every KPI has
 * a target for the year its reports are in.
 */
public final class DemoPortfolioFile {

    public static final String RESOURCE = "/demo/gyeongju-portfolio.json";

    /** The year whose autumn the file's statuses, progress and funds describe. */
    public static final int WRITTEN_FOR = 2023;

    /** A demo employee beyond the fixed demo sign-ins. */
    public record Person(String username, String name, String unitCode, Position position, List<Role> roles) {
    }

    /** A strategy, its task force and its tasks. */
    public record StrategyEntry(int number, String nameKo, String nameEn, String descriptionKo,
            String descriptionEn, String vision, String taskForceName, String leader, String coordinatingUnit,
            List<String> members, List<TaskDraft> tasks) {
    }

    public record Portfolio(List<Person> people, List<StrategyEntry> strategies) {
    }

    private DemoPortfolioFile() {
    }

    /** The file as it is written (its own years). */
    public static Portfolio load() {
        return load(0);
    }

    /** The file with every date and year moved by {@code yearShift} years. */
    public static Portfolio load(int yearShift) {
        try (InputStream in = DemoPortfolioFile.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            try (JsonReader reader = Json.createReader(in)) {
                return parse(reader.readObject(), yearShift);
            }
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * How many years the demo moves the file's dates at {@code now}: from {@value #WRITTEN_FOR} to the year of the
     * demo's latest reporting month.
     */
    public static int yearShift(Instant now) {
        List<DemoSchedule.PeriodDates> history = new DemoSchedule(ClockProducer.SEOUL).periods(now);
        return history.get(history.size() - 1).month().getYear() - WRITTEN_FOR;
    }

    static Portfolio parse(JsonObject root) {
        return parse(root, 0);
    }

    static Portfolio parse(JsonObject root, int yearShift) {
        List<Person> people = new ArrayList<>();
        for (JsonObject p : root.getJsonArray("people").getValuesAs(JsonObject.class)) {
            people.add(new Person(p.getString("username"), p.getString("name"), p.getString("unit"),
                    Position.valueOf(p.getString("position")),
                    strings(p.getJsonArray("roles")).stream().map(Role::valueOf).toList()));
        }
        List<StrategyEntry> strategies = new ArrayList<>();
        for (JsonObject s : root.getJsonArray("strategies").getValuesAs(JsonObject.class)) {
            int number = s.getInt("number");
            JsonObject tf = s.getJsonObject("taskForce");
            List<TaskDraft> tasks = new ArrayList<>();
            for (JsonObject t : s.getJsonArray("tasks").getValuesAs(JsonObject.class)) {
                tasks.add(task(number, t, yearShift));
            }
            strategies.add(new StrategyEntry(number, s.getString("nameKo"), s.getString("nameEn", null),
                    s.getString("descriptionKo", null), s.getString("descriptionEn", null), s.getString("vision", null),
                    tf.getString("nameKo"), tf.getString("leader"), tf.getString("coordinatingUnit"),
                    strings(tf.getJsonArray("members")), tasks));
        }
        return new Portfolio(people, strategies);
    }

    private static TaskDraft task(int strategyNumber, JsonObject t, int shift) {
        Set<TaskSource> sources = EnumSet.noneOf(TaskSource.class);
        strings(t.getJsonArray("sources")).forEach(s -> sources.add(TaskSource.valueOf(s)));
        List<MilestoneView> milestones = new ArrayList<>();
        for (JsonObject m : t.getJsonArray("milestones").getValuesAs(JsonObject.class)) {
            milestones.add(new MilestoneView(m.getInt("year") + shift, m.getInt("quarter"), m.getString("content")));
        }
        List<KpiView> kpis = new ArrayList<>();
        for (JsonObject k : t.getJsonArray("kpis").getValuesAs(JsonObject.class)) {
            Map<Integer, BigDecimal> targets = new TreeMap<>();
            k.getJsonObject("targets").forEach((year, value) -> targets.put(Integer.parseInt(year) + shift, number(value)));
            kpis.add(new KpiView(k.getString("name"), k.getString("unit"), KpiDirection.valueOf(k.getString("direction")),
                    k.containsKey("baseline") ? number(k.get("baseline")) : null, k.getString("howMeasured", null),
                    targets));
        }
        List<FundLineView> funds = new ArrayList<>();
        for (JsonObject f : t.getJsonArray("funds").getValuesAs(JsonObject.class)) {
            funds.add(new FundLineView(f.getInt("year") + shift, FundSource.valueOf(f.getString("source")),
                    f.getJsonNumber("amount").longValueExact()));
        }
        return new TaskDraft(t.getString("number"), t.getString("title"), t.getString("titleEn", null),
                t.getString("summary", null), strategyNumber, t.getString("owningUnit"), t.getString("officer", null),
                strings(t.getJsonArray("collaboratingUnits")), sources, LocalDate.parse(t.getString("start")).plusYears(shift),
                LocalDate.parse(t.getString("end")).plusYears(shift), TaskTerm.valueOf(t.getString("term")),
                TaskStatus.valueOf(t.getString("status")), milestones, kpis, funds);
    }

    private static BigDecimal number(JsonValue value) {
        return new BigDecimal(value.toString());
    }

    private static List<String> strings(JsonArray array) {
        return array == null ? List.of() : array.getValuesAs(JsonString.class).stream().map(JsonString::getString)
                .toList();
    }
}
