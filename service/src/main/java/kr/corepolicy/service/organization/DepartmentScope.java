package kr.corepolicy.service.organization;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import kr.corepolicy.domain.account.Role;
import kr.corepolicy.domain.account.UserAccount;
import kr.corepolicy.domain.task.PolicyTask;
import kr.corepolicy.service.account.Accounts;

/**
 * The department-scope policy: who belongs to which department, and what that lets the signed-in user touch.
 * Services ask it instead of working it out themselves; the membership rule itself is the domain's
 * ({@link UserAccount#worksIn}, {@link UserAccount#homeDepartment}, {@link UserAccount#sharesDepartmentWith}).
 * <ul>
 * <li>the planning office and the administrator edit every task; the owning department edits its own;</li>
 * <li>the planning office and the executives read every report and document, decided or not;</li>
 * <li>a member of the owning department writes its task's report; the drafter's department reads its
 * documents.</li>
 * </ul>
 */
@Stateless
@RolesAllowed(Role.Names.USER)
@DeclareRoles({Role.Names.PLANNER, Role.Names.EXECUTIVE, Role.Names.ADMIN})
public class DepartmentScope {

    @Inject
    private Accounts accounts;

    @Resource
    private SessionContext context;

    /**
     * The JPQL condition "{@code unitPath} is the unit {@code :parameter} or a unit directly under it", for the
     * queries that list a department's people. Unlike {@link UserAccount#worksIn} it also counts a division placed
     * under an office or agency as part of that office or agency, as those lists always have.
     */
    public static String unitOrDirectlyUnder(String unitPath, String parameter) {
        return "(" + unitPath + " = :" + parameter + " or " + unitPath + ".parent = :" + parameter + ")";
    }

    /** The signed-in user's account, with their unit. */
    public UserAccount me() {
        return accounts.require(context.getCallerPrincipal().getName());
    }

    /** The planning office and the administrator edit every task, planning fields included. */
    public boolean editsEveryTask() {
        return context.isCallerInRole(Role.Names.PLANNER) || context.isCallerInRole(Role.Names.ADMIN);
    }

    /** The planning office and the executives read every report and approval document, decided or not. */
    public boolean readsEveryDocument() {
        return context.isCallerInRole(Role.Names.PLANNER) || context.isCallerInRole(Role.Names.EXECUTIVE);
    }

    /** Whether the signed-in user works in the department that owns {@code task}. */
    public boolean ownsTask(PolicyTask task) {
        return worksInOwningDepartment(me(), task);
    }

    /** Whether {@code person} works in the department that owns {@code task} (it writes the task's reports). */
    public static boolean worksInOwningDepartment(UserAccount person, PolicyTask task) {
        return person.worksIn(task.getOwningUnit());
    }

    /**
     * Whether the signed-in user works in the same department as {@code username} (a drafter's department reads
     * the drafter's documents); an unknown user shares nobody's.
     */
    public boolean sharesDepartmentWith(String username) {
        UserAccount me = me();
        return accounts.find(username).map(me::sharesDepartmentWith).orElse(false);
    }
}
