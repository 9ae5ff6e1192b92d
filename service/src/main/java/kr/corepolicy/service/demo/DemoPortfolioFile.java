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
import kr.corepolicy.service.task.TaskDraft;
import kr.corepolicy.service.task.TaskViews.FundLineView;
import kr.corepolicy.service.task.TaskViews.KpiView;
import kr.corepolicy.service.task.TaskViews.MilestoneView;

/** Reads {@value #RESOURCE}: the fictional Gyeongju portfolio (7 strategies, 49 tasks) of demo mode. */
public final class DemoPortfolioFile {

    public static final String RESOURCE = "/demo/gyeongju-portfolio.json";

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

    public static Portfolio load() {
        try (InputStream in = DemoPortfolioFile.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            try (JsonReader reader = Json.createReader(in)) {
                return parse(reader.readObject());
            }
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Portfolio parse(JsonObject root) {
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
                tasks.add(task(number, t));
            }
            strategies.add(new StrategyEntry(number, s.getString("nameKo"), s.getString("nameEn", null),
                    s.getString("descriptionKo", null), s.getString("descriptionEn", null), s.getString("vision", null),
                    tf.getString("nameKo"), tf.getString("leader"), tf.getString("coordinatingUnit"),
                    strings(tf.getJsonArray("members")), tasks));
        }
        return new Portfolio(people, strategies);
    }

    private static TaskDraft task(int strategyNumber, JsonObject t) {
        Set<TaskSource> sources = EnumSet.noneOf(TaskSource.class);
        strings(t.getJsonArray("sources")).forEach(s -> sources.add(TaskSource.valueOf(s)));
        List<MilestoneView> milestones = new ArrayList<>();
        for (JsonObject m : t.getJsonArray("milestones").getValuesAs(JsonObject.class)) {
            milestones.add(new MilestoneView(m.getInt("year"), m.getInt("quarter"), m.getString("content")));
        }
        List<KpiView> kpis = new ArrayList<>();
        for (JsonObject k : t.getJsonArray("kpis").getValuesAs(JsonObject.class)) {
            Map<Integer, BigDecimal> targets = new TreeMap<>();
            k.getJsonObject("targets").forEach((year, value) -> targets.put(Integer.valueOf(year), number(value)));
            kpis.add(new KpiView(k.getString("name"), k.getString("unit"), KpiDirection.valueOf(k.getString("direction")),
                    k.containsKey("baseline") ? number(k.get("baseline")) : null, k.getString("howMeasured", null),
                    targets));
        }
        List<FundLineView> funds = new ArrayList<>();
        for (JsonObject f : t.getJsonArray("funds").getValuesAs(JsonObject.class)) {
            funds.add(new FundLineView(f.getInt("year"), FundSource.valueOf(f.getString("source")),
                    f.getJsonNumber("amount").longValueExact()));
        }
        return new TaskDraft(t.getString("number"), t.getString("title"), t.getString("titleEn", null),
                t.getString("summary", null), strategyNumber, t.getString("owningUnit"), t.getString("officer", null),
                strings(t.getJsonArray("collaboratingUnits")), sources, LocalDate.parse(t.getString("start")),
                LocalDate.parse(t.getString("end")), TaskTerm.valueOf(t.getString("term")),
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
