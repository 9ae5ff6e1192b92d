package kr.corepolicy.service.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** The one clock every service reads, so that tests can move time (reminders, lockouts, due dates). */
@ApplicationScoped
public class ClockProducer {

    /** Korean local time: dates that users see and deadlines are in this zone. */
    public static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(SEOUL);
    }
}
