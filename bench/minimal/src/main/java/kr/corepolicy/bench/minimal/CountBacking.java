package kr.corepolicy.bench.minimal;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** The page's bean: the number of greetings, read once per request. */
@Named
@RequestScoped
public class CountBacking {

    @EJB
    private Greetings greetings;

    private Long count;

    public long getCount() {
        if (count == null) {
            count = greetings.count();
        }
        return count;
    }
}
