package kr.corepolicy.web.rest.organization;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import kr.corepolicy.service.organization.OrganizationService;

/** The active units of the organisation chart, in chart order. */
@Path("org/units")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class OrgUnitsResource {

    /** One unit: its code, names, kind (CITY, BUREAU, OFFICE, HEADQUARTERS, AGENCY, DIVISION, TEAM), parent. */
    public record Unit(Long id, String code, String nameKo, String nameEn, String type, String parentCode,
            boolean department) {
    }

    @Inject
    private OrganizationService organization;

    @GET
    public List<Unit> units() {
        return organization.units().stream()
                .map(u -> new Unit(u.id(), u.code(), u.nameKo(), u.nameEn(), u.type().name(), u.parentCode(),
                        u.department()))
                .toList();
    }
}
