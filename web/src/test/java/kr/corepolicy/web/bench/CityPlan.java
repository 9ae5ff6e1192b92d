package kr.corepolicy.web.bench;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import kr.corepolicy.domain.account.Position;
import kr.corepolicy.domain.account.Role;
import kr.corepolicy.domain.organization.OrgUnitType;
import kr.corepolicy.domain.task.FundSource;
import kr.corepolicy.domain.task.KpiDirection;
import kr.corepolicy.domain.task.TaskSource;
import kr.corepolicy.domain.task.TaskTerm;

/**
 * The generated city in memory, before anything is written: the org chart (시 → 실·국 → 과 → 팀, and a few
 * 사업소), its people with their positions and roles, the seven strategies with their T/Fs, and the tasks with
 * their KPIs, milestones and fund plans. Scale 1 is about Gyeongju's task portfolio (50 tasks, 125 people);
 * scale 40 is the 40× city (2,000 tasks, 5,000 people). The same scale and seed give the same plan; ids are
 * given here, from 1 in each table, in the order rows are made.
 *
 * <p>The shape follows the domain's rules: a division sits under a bureau or office, a team under a
 * division or agency ({@code OrgUnitType.canBeChildOf}); every task is owned by a department
 * ({@code OrgUnitType.isDepartment}), and its officer is a staff member of one of that department's teams, whose
 * team leader reviews and whose department head decides (과장 전결, the delegation table's default).
 */
final class CityPlan {

    static final int STRATEGIES = 7;
    static final int TASKS_PER_SCALE = 50;
    static final int PEOPLE_PER_SCALE = 125;
    static final int DEPARTMENTS_PER_SCALE = 6;
    static final int YEARS = 10;

    record Unit(long id, String code, String nameKo, String nameEn, OrgUnitType type, Unit parent, int sortOrder) {
    }

    /** A person; the user name is settled at the end (a few get the demo's names), the roles as they are given. */
    static final class Person {
        final long id;
        String username;
        final String name;
        final Unit unit;
        final Position position;
        final Set<Role> roles = EnumSet.noneOf(Role.class);

        Person(long id, String name, Unit unit, Position position) {
            this.id = id;
            this.username = String.format("e%05d", id);
            this.name = name;
            this.unit = unit;
            this.position = position;
        }
    }

    /** A department (과, 실 or 사업소) with its head and its teams. */
    record Department(Unit unit, Person head, List<Team> teams) {
    }

    record Team(Unit unit, Person leader, List<Person> staff) {
    }

    record Strategy(long id, int number, String nameKo, String nameEn, Person tfLeader, Unit coordinating,
            List<Person> members) {
    }

    record Kpi(long id, int sortOrder, String name, String unit, KpiDirection direction, long baseline,
            long finalTarget, int decimals) {
    }

    record Milestone(long id, int year, int quarter, String content) {
    }

    record FundPlan(int year, FundSource source, long amountWon) {
    }

    record Task(long id, String number, String title, Strategy strategy, Department owner, Team team, Person officer,
            LocalDate start, LocalDate end, TaskTerm term, List<Department> collaborators, Set<TaskSource> sources,
            List<Milestone> milestones, List<Kpi> kpis, List<FundPlan> funds) {
    }

    final double scale;
    final long seed;
    final YearMonth until;
    final int firstYear;
    final List<Unit> units = new ArrayList<>();
    final List<Person> people = new ArrayList<>();
    final List<Department> departments = new ArrayList<>();
    final List<Strategy> strategies = new ArrayList<>();
    final List<Task> tasks = new ArrayList<>();
    Person mayor;
    Person deputy;
    Person planner;
    Person admin;

    private final Random random;
    private final KoreanNames names;
    private final Map<Unit, Person> directors = new LinkedHashMap<>();

    private CityPlan(double scale, long seed, YearMonth until) {
        if (!(scale > 0) || scale > 200) {
            throw new IllegalArgumentException("scale must be above 0 and at most 200: " + scale);
        }
        this.scale = scale;
        this.seed = seed;
        this.until = until;
        this.firstYear = until.getYear() - YEARS + 1;
        this.random = new Random(seed);
        this.names = new KoreanNames(random);
    }

    /** The plan of a city of {@code scale} × Gyeongju, reporting from ten years before {@code until} up to it. */
    static CityPlan of(double scale, long seed, YearMonth until) {
        CityPlan plan = new CityPlan(scale, seed, until);
        plan.orgChart();
        plan.strategies();
        plan.tasks();
        plan.settleNames();
        return plan;
    }

    private Unit unit(String code, String nameKo, String nameEn, OrgUnitType type, Unit parent, int sortOrder) {
        if (parent == null ? type != OrgUnitType.CITY : !type.canBeChildOf(parent.type())) {
            throw new IllegalStateException(type + " under " + (parent == null ? "nothing" : parent.type()));
        }
        Unit u = new Unit(units.size() + 1L, code, nameKo, nameEn, type, parent, sortOrder);
        units.add(u);
        return u;
    }

    private Person person(Unit unit, Position position, Role... roles) {
        Person p = new Person(people.size() + 1L, names.person(), unit, position);
        p.roles.addAll(List.of(roles));
        people.add(p);
        return p;
    }

    private void orgChart() {
        Unit city = unit("CITY", "한빛시", "Hanbit City", OrgUnitType.CITY, null, 0);
        mayor = person(city, Position.MAYOR, Role.EXECUTIVE);
        deputy = person(city, Position.DEPUTY_MAYOR, Role.EXECUTIVE);
        int departmentCount = Math.max(4, (int) Math.round(DEPARTMENTS_PER_SCALE * scale));
        int agencies = Math.min(KoreanNames.AGENCY_WORDS.size(), (int) (scale / 8));
        int divisions = departmentCount - agencies;
        // 기획조정실: the planning office (정책기획팀 runs the cycle) and the IT division (the administrator).
        Unit office = unit("OFF01", "기획조정실", "Planning and Coordination Office", OrgUnitType.OFFICE, city, 1);
        directors.put(office, person(office, Position.BUREAU_DIRECTOR, Role.EXECUTIVE));
        Department planning = department(office, "DIV001", names.unique("기획예산", "과"), 1, "정책기획팀");
        Department it = department(office, "DIV002", names.unique("정보통신", "과"), 2, "정보시스템팀");
        planning.teams().get(0).staff().add(person(planning.teams().get(0).unit(), Position.STAFF));
        planner = planning.teams().get(0).staff().get(0);
        planning.teams().get(0).staff().forEach(p -> p.roles.add(Role.PLANNER));
        it.teams().get(0).staff().add(person(it.teams().get(0).unit(), Position.STAFF));
        admin = it.teams().get(0).staff().get(0);
        admin.roles.add(Role.ADMIN);
        int bureaus = Math.max(1, (int) Math.round((divisions - 2) / 6.0));
        List<Unit> bureauUnits = new ArrayList<>();
        for (int b = 0; b < bureaus; b++) {
            Unit bureau = unit(String.format("BUR%02d", b + 1), names.unit(KoreanNames.BUREAU_WORDS, b, "국"),
                    null, OrgUnitType.BUREAU, city, b + 2);
            directors.put(bureau, person(bureau, Position.BUREAU_DIRECTOR, Role.EXECUTIVE));
            bureauUnits.add(bureau);
        }
        for (int d = 2; d < divisions; d++) {
            Unit bureau = bureauUnits.get((d - 2) % bureaus);
            department(bureau, String.format("DIV%03d", d + 1), names.randomUnit(KoreanNames.DIVISION_WORDS, "과"),
                    d + 1, null);
        }
        for (int a = 0; a < agencies; a++) {
            Unit agency = unit(String.format("AGY%02d", a + 1), names.unique(KoreanNames.AGENCY_WORDS.get(a), ""),
                    null, OrgUnitType.AGENCY, city, 100 + a);
            departments.add(staffed(agency, Position.DIVISION_HEAD, null));
        }
        // The rest of the people are staff (주무관), spread over the teams: every team has at least one.
        List<Team> teams = departments.stream().flatMap(d -> d.teams().stream()).toList();
        for (Team t : teams) {
            if (t.staff().isEmpty()) {
                t.staff().add(person(t.unit(), Position.STAFF));
            }
        }
        long target = Math.round(PEOPLE_PER_SCALE * scale);
        while (people.size() < target) {
            Team t = teams.get(random.nextInt(teams.size()));
            t.staff().add(person(t.unit(), Position.STAFF));
        }
    }

    /** A division with its head and three to five teams, each with its leader; the first team may be named. */
    private Department department(Unit parent, String code, String name, int sortOrder, String firstTeam) {
        Unit division = unit(code, name, null, OrgUnitType.DIVISION, parent, sortOrder);
        Department d = staffed(division, Position.DIVISION_HEAD, firstTeam);
        departments.add(d);
        return d;
    }

    private Department staffed(Unit unit, Position headPosition, String firstTeam) {
        Person head = person(unit, headPosition, Role.DEPARTMENT_HEAD);
        List<Team> teams = new ArrayList<>();
        int count = 3 + random.nextInt(3);
        // Team names are unique within their department (every division has its 기획팀), not in the city.
        List<String> words = new ArrayList<>(KoreanNames.TEAM_WORDS);
        Collections.shuffle(words, random);
        for (int i = 0; i < count; i++) {
            String name = i == 0 && firstTeam != null ? firstTeam : words.get(i) + "팀";
            Unit team = unit(unit.code() + "-T" + (i + 1), name, null, OrgUnitType.TEAM, unit, i + 1);
            teams.add(new Team(team, person(team, Position.TEAM_LEADER, Role.TEAM_LEADER), new ArrayList<>()));
        }
        return new Department(unit, head, teams);
    }

    private static final String[][] STRATEGY_NAMES = {
        {"품격있는 역사문화관광도시", "A historic city of culture and tourism"},
        {"미래를 여는 첨단산업도시", "A city of advanced industry"},
        {"활력넘치는 일자리경제도시", "A city of jobs and a lively economy"},
        {"모두가 행복한 복지도시", "A city of welfare for all"},
        {"안전하고 깨끗한 녹색도시", "A safe and green city"},
        {"살기좋은 스마트도시", "A liveable smart city"},
        {"시민과 함께하는 열린행정", "Open administration with the citizens"}};

    private void strategies() {
        List<Person> directorList = new ArrayList<>(directors.values());
        for (int s = 0; s < STRATEGIES; s++) {
            Person leader = directorList.get(s % directorList.size());
            leader.roles.add(Role.TF_LEADER);
            List<Department> under = departments.stream().filter(d -> d.unit().parent() == leader.unit).toList();
            Department coordinating = under.isEmpty() ? departments.get(s % departments.size()) : under.get(0);
            List<Person> members = new ArrayList<>();
            for (int m = 0; m < 3 + random.nextInt(4); m++) {
                Person head = departments.get(random.nextInt(departments.size())).head();
                if (!members.contains(head)) {
                    members.add(head);
                }
            }
            strategies.add(new Strategy(s + 1L, s + 1, STRATEGY_NAMES[s][0], STRATEGY_NAMES[s][1], leader,
                    coordinating.unit(), members));
        }
    }

    private long kpiIds;
    private long milestoneIds;

    private void tasks() {
        int count = (int) Math.round(TASKS_PER_SCALE * scale);
        int[] perStrategy = new int[STRATEGIES];
        for (int i = 0; i < count; i++) {
            // Strategies are not the same size: the first ones (culture, industry) carry more tasks.
            int s = i < STRATEGIES ? i : Math.min(STRATEGIES - 1, (int) (random.nextDouble() * random.nextDouble()
                    * STRATEGIES * 1.6));
            Strategy strategy = strategies.get(s);
            int n = ++perStrategy[s];
            if (n > 999) {
                throw new IllegalArgumentException("more than 999 tasks under one strategy: lower the scale");
            }
            // Task 1-1 (whose people get the demo's sign-ins) is owned outside the planning office.
            Department owner = i == 0 ? departments.get(2 + random.nextInt(departments.size() - 2))
                    : departments.get(random.nextInt(departments.size()));
            Team team = owner.teams().get(random.nextInt(owner.teams().size()));
            Person officer = team.staff().get(random.nextInt(team.staff().size()));
            officer.roles.add(Role.OFFICER);
            TaskTerm term = pickTerm();
            LocalDate start;
            LocalDate end;
            switch (term) {
                case LONG -> {
                    start = LocalDate.of(firstYear, 1, 1).plusMonths(random.nextInt(12));
                    end = start.plusYears(9 + random.nextInt(4)).minusDays(1);
                }
                case MEDIUM -> {
                    start = LocalDate.of(firstYear + random.nextInt(YEARS - 4), 1 + random.nextInt(12), 1);
                    end = start.plusYears(5 + random.nextInt(4)).minusDays(1);
                }
                default -> {
                    start = LocalDate.of(firstYear + random.nextInt(YEARS), 1 + random.nextInt(12), 1);
                    end = start.plusYears(1 + random.nextInt(3)).minusDays(1);
                }
            }
            if (start.isAfter(until.atEndOfMonth())) {
                start = until.atDay(1);
            }
            List<Department> collaborators = new ArrayList<>();
            for (int c = random.nextInt(3); c > 0; c--) {
                Department other = departments.get(random.nextInt(departments.size()));
                if (other != owner && !collaborators.contains(other)) {
                    collaborators.add(other);
                }
            }
            Set<TaskSource> sources = EnumSet.noneOf(TaskSource.class);
            for (int c = 1 + random.nextInt(2); c > 0; c--) {
                sources.add(TaskSource.values()[random.nextInt(TaskSource.values().length)]);
            }
            tasks.add(new Task(i + 1L, strategy.number() + "-" + n, names.taskTitle(), strategy, owner, team, officer,
                    start, end, term, collaborators, sources, milestones(start, end), kpis(start, end),
                    funds(start, end)));
        }
    }

    private TaskTerm pickTerm() {
        double r = random.nextDouble();
        return r < 0.5 ? TaskTerm.LONG : r < 0.9 ? TaskTerm.MEDIUM : TaskTerm.SHORT;
    }

    private static final String[] MILESTONES = {"기본계획 수립", "실시설계 용역", "국비 신청", "착공", "중간 점검",
        "시범 운영", "준공", "성과 평가"};

    private List<Milestone> milestones(LocalDate start, LocalDate end) {
        List<Milestone> result = new ArrayList<>();
        int count = 2 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            int year = start.getYear() + random.nextInt(end.getYear() - start.getYear() + 1);
            result.add(new Milestone(++milestoneIds, year, 1 + random.nextInt(4), MILESTONES[i % MILESTONES.length]));
        }
        return result;
    }

    private static final String[][] KPIS = {
        {"관광객 수", "만명", "0"}, {"사업 공정률", "%", "1"}, {"일자리 창출", "명", "0"}, {"민간투자 유치", "억원", "1"},
        {"시설 이용자 수", "명", "0"}, {"시민 만족도", "점", "1"}, {"교육 이수자", "명", "0"}, {"온실가스 감축량", "톤", "1"}};

    private List<Kpi> kpis(LocalDate start, LocalDate end) {
        List<Kpi> result = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            String[] k = KPIS[random.nextInt(KPIS.length)];
            long baseline = random.nextInt(1000);
            long target = baseline + 10 + random.nextInt(5000);
            result.add(new Kpi(++kpiIds, i, k[0] + (i == 0 ? "" : " " + (i + 1)), k[1], KpiDirection.HIGHER, baseline,
                    target, Integer.parseInt(k[2])));
        }
        return result;
    }

    private List<FundPlan> funds(LocalDate start, LocalDate end) {
        List<FundPlan> result = new ArrayList<>();
        List<FundSource> sources = new ArrayList<>(List.of(FundSource.values()));
        int kinds = 1 + random.nextInt(3);
        for (int year = start.getYear(); year <= end.getYear(); year++) {
            for (int k = 0; k < kinds; k++) {
                result.add(new FundPlan(year, sources.get(k), (1 + random.nextInt(500)) * 10_000_000L));
            }
        }
        return result;
    }

    /**
     * The demo's sign-ins where the city has them: {@code mayor}, {@code deputy}, {@code planner}, {@code admin},
     * and the officer of task 1-1 ({@code officer}), their team leader ({@code teamlead}) and department head
     * ({@code head}); the first strategy's T/F leader is {@code tfleader}. Everyone else is e00042.
     */
    private void settleNames() {
        mayor.username = "mayor";
        deputy.username = "deputy";
        planner.username = "planner";
        admin.username = "admin";
        Task first = tasks.get(0);
        first.officer().username = "officer";
        first.team().leader().username = "teamlead";
        first.owner().head().username = "head";
        Person tfLeader = strategies.get(0).tfLeader();
        if (tfLeader.username.startsWith("e")) {
            tfLeader.username = "tfleader";
        }
    }

    /** The unit name the approval line shows for a person: their unit's Korean name. */
    static String unitName(Person p) {
        return p.unit.nameKo();
    }
}
