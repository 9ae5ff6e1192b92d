package kr.corepolicy.domain.strategy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import kr.corepolicy.domain.account.UserAccount;
import kr.corepolicy.domain.organization.OrgUnit;
import kr.corepolicy.domain.shared.InvalidInputException;
import kr.corepolicy.domain.shared.Texts;

/** 전략 T/F: the task force of one strategy — a leader, members from several departments, a coordinating office. */
@Entity
@Table(name = "task_force")
public class TaskForce {

    public static final int NAME_MAX = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "strategy_id", nullable = false, unique = true)
    private Strategy strategy;

    @Column(name = "name_ko", nullable = false, length = NAME_MAX)
    private String nameKo;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "leader_id")
    private UserAccount leader;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "coordinating_unit_id")
    private OrgUnit coordinatingUnit;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "task_force_member", joinColumns = @JoinColumn(name = "task_force_id"),
            inverseJoinColumns = @JoinColumn(name = "user_id"))
    @OrderBy("displayName")
    private Set<UserAccount> members = new LinkedHashSet<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected TaskForce() {
        // for JPA
    }

    public TaskForce(Strategy strategy, String nameKo) {
        this.strategy = Objects.requireNonNull(strategy, "strategy");
        this.nameKo = Texts.required("nameKo", nameKo, NAME_MAX);
    }

    /** Appoints the leader (T/F팀장); the leader is not also counted as a member. */
    public void appointLeader(UserAccount newLeader) {
        this.leader = Objects.requireNonNull(newLeader, "leader");
        members.remove(newLeader);
    }

    /** The office that coordinates the task force's work (총괄부서): a department. */
    public void coordinateBy(OrgUnit unit) {
        if (unit != null && !unit.getType().isDepartment()) {
            throw new InvalidInputException("coordinatingUnit", "taskForce.coordinatorNotDepartment",
                    "coordinating unit must be a department: " + unit.getCode(), unit.getNameKo());
        }
        this.coordinatingUnit = unit;
    }

    public void addMember(UserAccount member) {
        if (member.equals(leader)) {
            throw new InvalidInputException("members", "taskForce.leaderIsMember", "the leader is not a member",
                    member.getDisplayName());
        }
        members.add(member);
    }

    public void removeMember(UserAccount member) {
        members.remove(member);
    }

    /** The departments the members come from, in order of first appearance. */
    public Set<OrgUnit> memberDepartments() {
        Set<OrgUnit> departments = new LinkedHashSet<>();
        for (UserAccount member : members) {
            departments.add(member.homeDepartment());
        }
        return departments;
    }

    public Long getId() {
        return id;
    }

    public Strategy getStrategy() {
        return strategy;
    }

    public String getNameKo() {
        return nameKo;
    }

    public UserAccount getLeader() {
        return leader;
    }

    public OrgUnit getCoordinatingUnit() {
        return coordinatingUnit;
    }

    public Set<UserAccount> getMembers() {
        return Collections.unmodifiableSet(members);
    }

    public long getVersion() {
        return version;
    }
}
