package kr.corepolicy.web.rest.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import kr.corepolicy.domain.report.AttachmentPolicy;
import kr.corepolicy.domain.report.ReportState;
import kr.corepolicy.service.approval.ApprovalViews.LineStep;
import kr.corepolicy.service.report.AttachmentService;
import kr.corepolicy.service.report.ReportService;
import kr.corepolicy.service.report.ReportViews.AttachmentView;
import kr.corepolicy.service.report.ReportViews.ReportDetail;
import kr.corepolicy.service.report.ReportViews.ReportRow;
import kr.corepolicy.service.report.ReportingPeriodService;
import kr.corepolicy.service.shared.Page;
import kr.corepolicy.web.rest.Parameters;

/** Progress reports: the list, one report, drafts, the proposed line, submission, the late consent. */
@Path("reports")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReportsResource {

    @Inject
    private ReportService reports;

    @Inject
    private ReportingPeriodService periods;

    @Inject
    private AttachmentService attachments;

    /**
     * Reports filtered by {@code period} (id), {@code task} (id), {@code status} (not-started, draft,
     * in-approval, returned, approved), {@code mine=true} (my department's and my own); {@code page} from 0,
     * {@code size} up to 200.
     */
    @GET
    public Page<ReportRow> list(@QueryParam("period") Long period, @QueryParam("task") Long task,
            @QueryParam("status") String status, @QueryParam("mine") boolean mine,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        return reports.reports(period, task, Parameters.parse(ReportState.class, "status", status), mine,
                Parameters.integer("page", page, 0), Parameters.integer("size", size, 50));
    }

    @GET
    @Path("{id: \\d+}")
    public ReportDetail report(@PathParam("id") long id) {
        return reports.report(id);
    }

    /** Saves a first draft of a task's report for a period (201 with its address). */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(ReportInput input, @Context UriInfo uri) {
        ReportInput body = Parameters.require(input);
        ReportDetail created = reports.create(Parameters.required("taskId", body.taskId()),
                Parameters.required("periodId", body.periodId()));
        ReportDetail saved = reports.save(created.id(), created.version(), body.content());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(saved.id())).build()).entity(saved)
                .build();
    }

    /** Saves the draft; {@code version} is the one the client read (409 when stale). */
    @PUT
    @Path("{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ReportDetail save(@PathParam("id") long id, ReportInput input) {
        ReportInput body = Parameters.require(input);
        return reports.save(id, Parameters.required("version", body.version()), body.content());
    }

    /** The line proposed to the caller for this report. */
    @GET
    @Path("{id: \\d+}/line")
    public List<LineStep> line(@PathParam("id") long id) {
        return reports.proposeLine(id);
    }

    /** 상신: sends the report on its approval line. */
    @POST
    @Path("{id: \\d+}/submit")
    @Consumes(MediaType.APPLICATION_JSON)
    public ReportDetail submit(@PathParam("id") long id, SubmitInput input) {
        SubmitInput body = Parameters.require(input);
        return reports.submit(id, Parameters.required("version", body.version()), body.line());
    }

    /** The files of the report. */
    @GET
    @Path("{id: \\d+}/attachments")
    public List<AttachmentView> attachments(@PathParam("id") long id) {
        reports.report(id);
        return attachments.of(id);
    }

    /**
     * Attaches the request body as the file {@code name} (PDF, HWP/HWPX, Office, JPEG, PNG; at most 20 MB; the
     * content must be of the type the name says). 201 with the attachment.
     */
    @POST
    @Path("{id: \\d+}/attachments")
    @Consumes(MediaType.WILDCARD)
    public Response attach(@PathParam("id") long id, @QueryParam("name") String name, InputStream body,
            @Context UriInfo uri) throws IOException {
        byte[] content = body.readNBytes(AttachmentPolicy.MAX_BYTES + 1);
        AttachmentView added = attachments.add(id, name, content);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(added.id())).build()).entity(added)
                .type(MediaType.APPLICATION_JSON).build();
    }

    /** The file itself, as a download under the name it was attached with. */
    @GET
    @Path("{id: \\d+}/attachments/{attachment: \\d+}")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("id") long id, @PathParam("attachment") long attachment) {
        AttachmentService.Download file = attachments.download(id, attachment);
        String encoded = URLEncoder.encode(file.attachment().name(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(file.content(), file.attachment().contentType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    @DELETE
    @Path("{id: \\d+}/attachments/{attachment: \\d+}")
    public Response detach(@PathParam("id") long id, @PathParam("attachment") long attachment) {
        attachments.remove(id, attachment);
        return Response.noContent().build();
    }

    /** The planning office consents to a submission after the grace period. */
    @POST
    @Path("{id: \\d+}/late-consent")
    public ReportDetail consentLate(@PathParam("id") long id) {
        periods.consentToLateSubmission(id);
        return reports.report(id);
    }
}
