package kr.corepolicy.web.faces.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kr.corepolicy.service.inbox.InboxCounts;
import kr.corepolicy.service.platform.DatabaseStatus;
import kr.corepolicy.service.work.MyWorkService;
import kr.corepolicy.service.work.WorkViews.MyWork;
import kr.corepolicy.web.faces.Shared;

/** The home page: my work (내 업무), who I am, the system status for administrators. */
@Named("home")
@RequestScoped
public class HomeBacking {

    @Inject
    private DatabaseStatus database;

    @Inject
    @Shared
    private MyWorkService myWork;

    @Inject
    private ShellBacking shell;

    private MyWork work;

    public DatabaseStatus getDatabase() {
        return database;
    }

    /**
     * Before the page is rendered: reads my work, and gives its counts (waiting, returned, unread) to the header,
     * which then shows the same numbers as the page instead of the ones the session keeps.
     */
    public void load() {
        MyWork mine = getWork();
        shell.countedFresh(new InboxCounts(mine.waiting(), mine.returned(), mine.unread()));
    }

    /** What the signed-in user must do now (read once per request). */
    public MyWork getWork() {
        if (work == null) {
            work = myWork.mine();
        }
        return work;
    }
}
