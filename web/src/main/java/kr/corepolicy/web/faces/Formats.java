package kr.corepolicy.web.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.Date;

/** Helpers for pages: {@code #{fmt.date(instant)}} gives f:convertDateTime a value it formats. */
@Named("fmt")
@ApplicationScoped
public class Formats {

    public Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }
}
