package kr.corepolicy.web.rest.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import kr.corepolicy.service.report.ReportViews.PeriodView;
import kr.corepolicy.service.report.ReportViews.ReportRow;
import kr.corepolicy.service.report.ReportingPeriodService;
import kr.corepolicy.web.rest.Parameters;

/** Reporting periods: the list; opening, closing and reopening (planning office); the late list. */
@Path("periods")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class PeriodsResource {

    @Inject
    private ReportingPeriodService periods;

    @GET
    public List<PeriodView> list() {
        return periods.periods();
    }

    @GET
    @Path("{id: \\d+}")
    public PeriodView period(@PathParam("id") long id) {
        return periods.period(id);
    }

    /** Opens a period: every active task gets its report (201). */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response open(PeriodInput input, @Context UriInfo uri) {
        PeriodInput body = Parameters.require(input);
        PeriodView opened = periods.open(body.kind(), (int) Parameters.required("year", toLong(body.year())),
                (int) Parameters.required("number", toLong(body.number())), body.dueDate(),
                body.graceDays() == null ? 0 : body.graceDays());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(opened.id())).build())
                .entity(opened).build();
    }

    /** Moves the due date or the grace days of a period (audited). */
    @PUT
    @Path("{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public PeriodView reschedule(@PathParam("id") long id, PeriodInput input) {
        PeriodInput body = Parameters.require(input);
        return periods.reschedule(id, body.dueDate(), body.graceDays() == null ? 0 : body.graceDays());
    }

    @POST
    @Path("{id: \\d+}/close")
    public PeriodView close(@PathParam("id") long id) {
        return periods.close(id);
    }

    @POST
    @Path("{id: \\d+}/reopen")
    public PeriodView reopen(@PathParam("id") long id) {
        return periods.reopen(id);
    }

    /** The reports of the period not submitted after the due date. */
    @GET
    @Path("{id: \\d+}/late")
    public List<ReportRow> late(@PathParam("id") long id) {
        return periods.lateList(id);
    }

    private static Long toLong(Integer value) {
        return value == null ? null : value.longValue();
    }
}
