package kr.corepolicy.web.faces.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kr.corepolicy.service.platform.DatabaseStatus;

/** The home page. */
@Named("home")
@RequestScoped
public class HomeBacking {

    @Inject
    private DatabaseStatus database;

    public DatabaseStatus getDatabase() {
        return database;
    }
}
