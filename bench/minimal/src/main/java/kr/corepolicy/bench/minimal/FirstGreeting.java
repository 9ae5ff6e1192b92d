package kr.corepolicy.bench.minimal;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

/** Writes one row when the application starts, so that the database is used before the first request. */
@Singleton
@Startup
public class FirstGreeting {

    @EJB
    private Greetings greetings;

    @PostConstruct
    void insert() {
        greetings.add("hello");
    }
}
