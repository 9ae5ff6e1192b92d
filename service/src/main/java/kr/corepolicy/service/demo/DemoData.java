package kr.corepolicy.service.demo;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import kr.corepolicy.domain.account.Position;
import kr.corepolicy.domain.account.Role;
import kr.corepolicy.domain.audit.AuditAction;
import kr.corepolicy.domain.organization.OrgUnitType;
import kr.corepolicy.domain.strategy.Strategy;
import kr.corepolicy.domain.strategy.TaskForce;
import kr.corepolicy.service.account.AccountService;
import kr.corepolicy.service.account.Accounts;
import kr.corepolicy.service.audit.AuditService;
import kr.corepolicy.service.organization.OrganizationService;
import kr.corepolicy.service.task.TaskDraft;
import kr.corepolicy.service.task.TaskService;

/** Writes the demo organisation, users, strategies, task forces and tasks in one transaction. */
@Stateless
public class DemoData {

    /** The demo sign-ins: the README, the start-up banner and the tests use these. */
    public static final String PASSWORD = "demo1234";

    /** A demo sign-in; the getters are for the sign-in page (Expression Language 5 reads no records). */
    public record DemoUser(String username, String name, String unitCode, Position position, List<Role> roles,
            String what) {

        public String getUsername() {
            return username;
        }

        public String getWhat() {
            return what;
        }
    }

    public static final List<DemoUser> USERS = List.of(
            new DemoUser("admin", "정보민", "D-ICT", Position.TEAM_LEADER, List.of(Role.ADMIN),
                    "administrator (정보통신과)"),
            new DemoUser("planner", "한기획", "T-PLAN", Position.STAFF, List.of(Role.PLANNER),
                    "policy planning office (기획예산실 정책기획팀)"),
            new DemoUser("officer", "김민지", "T-TOUR1", Position.STAFF, List.of(Role.OFFICER),
                    "task officer (관광정책과 관광기획팀)"),
            new DemoUser("teamlead", "이정훈", "T-TOUR1", Position.TEAM_LEADER, List.of(Role.TEAM_LEADER),
                    "team leader (관광기획팀장)"),
            new DemoUser("head", "박성호", "D-TOUR", Position.DIVISION_HEAD, List.of(Role.DEPARTMENT_HEAD),
                    "department head (관광정책과장)"),
            new DemoUser("collab", "최유진", "T-REGEN1", Position.STAFF, List.of(Role.OFFICER),
                    "collaborating department officer (도시재생과)"),
            new DemoUser("tfleader", "윤태식", "B-CONST", Position.BUREAU_DIRECTOR, List.of(Role.TF_LEADER),
                    "T/F leader (건설도시국장)"),
            new DemoUser("deputy", "오세영", "GJ", Position.DEPUTY_MAYOR, List.of(Role.EXECUTIVE),
                    "deputy mayor (부시장)"),
            new DemoUser("mayor", "서정민", "GJ", Position.MAYOR, List.of(Role.EXECUTIVE), "mayor (시장)"));

    private record Unit(String parent, String code, String ko, String en, OrgUnitType type) {
    }

    private static final List<Unit> UNITS = List.of(
            new Unit(null, "GJ", "경주시", "Gyeongju City", OrgUnitType.CITY),
            new Unit("GJ", "O-PLAN", "기획예산실", "Planning and Budget Office", OrgUnitType.OFFICE),
            new Unit("O-PLAN", "T-PLAN", "정책기획팀", "Policy Planning Team", OrgUnitType.TEAM),
            new Unit("O-PLAN", "T-BUDGET", "예산팀", "Budget Team", OrgUnitType.TEAM),
            new Unit("O-PLAN", "T-EVAL", "성과평가팀", "Performance Evaluation Team", OrgUnitType.TEAM),
            new Unit("GJ", "B-ADMIN", "자치행정국", "Autonomous Administration Bureau", OrgUnitType.BUREAU),
            new Unit("B-ADMIN", "D-GENADM", "행정지원과", "Administrative Support Division", OrgUnitType.DIVISION),
            new Unit("B-ADMIN", "D-ICT", "정보통신과", "Information and Communications Division",
                    OrgUnitType.DIVISION),
            new Unit("D-ICT", "T-ICT1", "정보화팀", "Informatization Team", OrgUnitType.TEAM),
            new Unit("GJ", "B-ECON", "경제산업국", "Economy and Industry Bureau", OrgUnitType.BUREAU),
            new Unit("B-ECON", "D-JOBS", "일자리경제과", "Jobs and Economy Division", OrgUnitType.DIVISION),
            new Unit("B-ECON", "D-ENERGY", "에너지정책과", "Energy Policy Division", OrgUnitType.DIVISION),
            new Unit("B-ECON", "D-INVEST", "투자유치과", "Investment Attraction Division", OrgUnitType.DIVISION),
            new Unit("B-ECON", "D-MOBIL", "미래차산업과", "Future Mobility Industry Division", OrgUnitType.DIVISION),
            new Unit("GJ", "B-CULT", "문화관광국", "Culture and Tourism Bureau", OrgUnitType.BUREAU),
            new Unit("B-CULT", "D-TOUR", "관광정책과", "Tourism Policy Division", OrgUnitType.DIVISION),
            new Unit("D-TOUR", "T-TOUR1", "관광기획팀", "Tourism Planning Team", OrgUnitType.TEAM),
            new Unit("D-TOUR", "T-TOUR2", "관광마케팅팀", "Tourism Marketing Team", OrgUnitType.TEAM),
            new Unit("B-CULT", "D-HERIT", "문화유산과", "Cultural Heritage Division", OrgUnitType.DIVISION),
            new Unit("B-CULT", "D-ARTS", "문화예술과", "Culture and Arts Division", OrgUnitType.DIVISION),
            new Unit("GJ", "B-WELF", "복지교육국", "Welfare and Education Bureau", OrgUnitType.BUREAU),
            new Unit("B-WELF", "D-WELF", "복지정책과", "Welfare Policy Division", OrgUnitType.DIVISION),
            new Unit("B-WELF", "D-FAMILY", "가족정책과", "Family Policy Division", OrgUnitType.DIVISION),
            new Unit("B-WELF", "D-SENIOR", "노인장애인과", "Senior and Disability Division", OrgUnitType.DIVISION),
            new Unit("GJ", "B-CONST", "건설도시국", "Construction and Urban Bureau", OrgUnitType.BUREAU),
            new Unit("B-CONST", "D-URBAN", "도시계획과", "Urban Planning Division", OrgUnitType.DIVISION),
            new Unit("B-CONST", "D-REGEN", "도시재생과", "Urban Regeneration Division", OrgUnitType.DIVISION),
            new Unit("D-REGEN", "T-REGEN1", "도시재생팀", "Urban Regeneration Team", OrgUnitType.TEAM),
            new Unit("B-CONST", "D-TRAFFIC", "교통행정과", "Transport Division", OrgUnitType.DIVISION),
            new Unit("GJ", "B-SAFE", "안전환경국", "Safety and Environment Bureau", OrgUnitType.BUREAU),
            new Unit("B-SAFE", "D-ENV", "환경정책과", "Environmental Policy Division", OrgUnitType.DIVISION),
            new Unit("B-SAFE", "D-PARK", "공원녹지과", "Parks and Green Spaces Division", OrgUnitType.DIVISION),
            new Unit("B-SAFE", "D-SAFETY", "안전정책과", "Safety Policy Division", OrgUnitType.DIVISION),
            new Unit("GJ", "A-AGRI", "농업기술센터", "Agricultural Technology Center", OrgUnitType.AGENCY),
            new Unit("A-AGRI", "D-AGRIPOL", "농업정책과", "Agricultural Policy Division", OrgUnitType.DIVISION),
            new Unit("A-AGRI", "D-RURAL", "농촌지원과", "Rural Support Division", OrgUnitType.DIVISION),
            new Unit("A-AGRI", "D-FISH", "해양수산과", "Marine and Fisheries Division", OrgUnitType.DIVISION),
            new Unit("GJ", "H-WATER", "맑은물사업본부", "Clean Water Headquarters", OrgUnitType.HEADQUARTERS),
            new Unit("H-WATER", "D-WATER", "상수도과", "Water Supply Division", OrgUnitType.DIVISION));

    @Inject
    private OrganizationService organization;

    @Inject
    private AccountService accounts;

    @Inject
    private Accounts directory;

    @Inject
    private AuditService audit;

    @Inject
    private TaskService tasks;

    @Inject
    private DemoReportingCycle reportingCycle;

    @Inject
    private Clock clock;

    @PersistenceContext
    private EntityManager em;

    /**
     * Loads the organisation and the demo users unless the organisation already has units, then the
     * portfolio unless there are strategies already (a demo database from before the portfolio existed gets it
     * too), and with a new portfolio its reporting history (two approved months): a database that has a portfolio
     * is never given reports.
     *
     * @return whether anything was loaded
     */
    public boolean loadIfEmpty() {
        boolean loaded = false;
        if (organization.countUnits() == 0) {
            int order = 0;
            for (Unit u : UNITS) {
                organization.addUnit(u.parent(), u.code(), u.ko(), u.en(), u.type(), order++);
            }
            for (DemoUser u : USERS) {
                accounts.createAtStartup(u.username(), u.name(), u.unitCode(), u.position(),
                        u.username() + "@demo.gyeongju.example", PASSWORD, u.roles().toArray(Role[]::new));
            }
            audit.record("system", AuditAction.DEMO_DATA_LOADED, null, UNITS.size() + " units, " + USERS.size()
                    + " users", null);
            loaded = true;
        }
        if (em.createQuery("select count(s) from Strategy s", Long.class).getSingleResult() == 0) {
            loadPortfolio();
            reportingCycle.run();
            loaded = true;
        }
        return loaded;
    }

    private void loadPortfolio() {
        // Moved to the years of the demo's reports (DemoPortfolioFile).
        DemoPortfolioFile.Portfolio portfolio = DemoPortfolioFile.load(DemoPortfolioFile.yearShift(clock.instant()));
        for (DemoPortfolioFile.Person p : portfolio.people()) {
            accounts.createAtStartup(p.username(), p.name(), p.unitCode(), p.position(),
                    p.username() + "@demo.gyeongju.example", PASSWORD, p.roles().toArray(Role[]::new));
        }
        int taskCount = 0;
        for (DemoPortfolioFile.StrategyEntry s : portfolio.strategies()) {
            Strategy strategy = new Strategy(s.number(), s.nameKo(), s.nameEn());
            strategy.describe(s.descriptionKo(), s.descriptionEn(), s.vision());
            strategy.markAsDemo();
            em.persist(strategy);
            TaskForce taskForce = new TaskForce(strategy, s.taskForceName());
            taskForce.appointLeader(directory.require(s.leader()));
            taskForce.coordinateBy(organization.findByCode(s.coordinatingUnit()).orElseThrow());
            s.members().forEach(m -> taskForce.addMember(directory.require(m)));
            em.persist(taskForce);
            em.flush();
            for (TaskDraft draft : s.tasks()) {
                tasks.createAtStartup(draft, true);
                taskCount++;
            }
        }
        audit.record("system", AuditAction.DEMO_DATA_LOADED, null, portfolio.people().size() + " more users, "
                + portfolio.strategies().size() + " strategies, " + taskCount + " tasks", null);
    }
}
