package kr.corepolicy.web.rest.task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import kr.corepolicy.domain.account.Language;
import kr.corepolicy.domain.shared.InvalidInputException;
import kr.corepolicy.domain.task.TaskSource;
import kr.corepolicy.domain.task.TaskStatus;
import kr.corepolicy.domain.task.TaskTerm;
import kr.corepolicy.service.report.ReportService;
import kr.corepolicy.service.report.ReportViews.TaskReports;
import kr.corepolicy.service.shared.Page;
import kr.corepolicy.service.task.PortfolioService;
import kr.corepolicy.service.task.TaskFilter;
import kr.corepolicy.service.task.TaskImportService;
import kr.corepolicy.service.task.TaskImportService.ImportResult;
import kr.corepolicy.service.task.TaskService;
import kr.corepolicy.service.task.TaskSort;
import kr.corepolicy.service.task.TaskViews.TaskCard;
import kr.corepolicy.service.task.TaskViews.TaskRow;
import kr.corepolicy.service.task.TaskWorkbook;
import kr.corepolicy.web.i18n.Messages;
import kr.corepolicy.web.rest.Parameters;

/** Policy tasks: the filtered, paged list; the whole card; creating and editing. */
@Path("tasks")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class TasksResource {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int MAX_UPLOAD = 10 * 1024 * 1024;

    @Inject
    private TaskImportService importer;

    @Inject
    private PortfolioService portfolio;

    @Inject
    private TaskService tasks;

    @Inject
    private ReportService reports;

    /**
     * The task list, filtered as on the portfolio page: {@code strategy} (number), {@code unit} (department
     * code; with {@code collaborating=true} also where it collaborates), {@code status}, {@code source},
     * {@code term}, {@code q} (number or title). Sorted by {@code sort} (number, title, owner, status, end),
     * {@code desc=true} to reverse; {@code page} from 0, {@code size} up to 200.
     */
    @GET
    public Page<TaskRow> list(@QueryParam("strategy") Integer strategy, @QueryParam("unit") String unit,
            @QueryParam("collaborating") boolean collaborating, @QueryParam("status") String status,
            @QueryParam("source") String source, @QueryParam("term") String term, @QueryParam("q") String text,
            @QueryParam("sort") String sort, @QueryParam("desc") boolean descending,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        TaskFilter filter = new TaskFilter(strategy, unit, collaborating, parse(TaskStatus.class, "status", status),
                parse(TaskSource.class, "source", source), parse(TaskTerm.class, "term", term), text);
        return portfolio.search(filter, TaskSort.parse(sort), descending, Parameters.integer("page", page, 0),
                Parameters.integer("size", size, 20));
    }

    /** The whole portfolio as the planning office's workbook (.xlsx), ready to edit and import again. */
    @GET
    @Path("export")
    @Produces(XLSX)
    public Response export() {
        return download(TaskWorkbook.write(tasks.allCards()), "corepolicy-portfolio-" + LocalDate.now() + ".xlsx");
    }

    /** The empty workbook with Korean headings and a guide sheet, to fill in and import. */
    @GET
    @Path("template")
    @Produces(XLSX)
    public Response template() {
        return download(TaskWorkbook.template(), "corepolicy-task-template.xlsx");
    }

    /** One problem of an import, with the message in the caller's language. */
    public record ImportProblem(String sheet, int row, String column, String code, String message) {
    }

    /** The outcome of an import: counts when saved, problems (and nothing saved) otherwise. */
    public record ImportOutcome(boolean saved, int created, int updated, int unchanged, List<ImportProblem> problems) {
    }

    /**
     * Imports the planning office's workbook sent as the request body (.xlsx, at most 10 MB, refused unread when
     * its Content-Length says more). All or nothing: 200 with the counts, or 400 with every problem by sheet, row
     * and column (a workbook that inflates too far is one of them); 409 while another import runs.
     */
    @POST
    @Path("import")
    @Consumes(XLSX)
    public Response importWorkbook(InputStream body, @Context HttpHeaders headers) {
        if (headers.getLength() > MAX_UPLOAD) {
            throw new InvalidInputException("body", "import.tooLarge", "upload too large");
        }
        Language language = Language.of(headers.getAcceptableLanguages().isEmpty() ? null
                : headers.getAcceptableLanguages().get(0).toLanguageTag());
        ImportResult result = importer.importWorkbook(limited(body), "api");
        List<ImportProblem> problems = result.errors().stream()
                .map(e -> new ImportProblem(e.sheet(), e.row(), e.column(), e.messageKey(),
                        Messages.get(language, e.messageKey(), e.arguments().toArray())))
                .toList();
        ImportOutcome outcome = new ImportOutcome(result.ok(), result.created(), result.updated(), result.unchanged(),
                problems);
        return Response.status(result.ok() ? 200 : 400).entity(outcome).type(MediaType.APPLICATION_JSON).build();
    }

    /** The body, refused past 10 MB (the same limit as the page's upload). */
    private static InputStream limited(InputStream body) {
        try {
            byte[] bytes = body.readNBytes(MAX_UPLOAD + 1);
            if (bytes.length > MAX_UPLOAD) {
                throw new InvalidInputException("body", "import.tooLarge", "upload too large");
            }
            return new ByteArrayInputStream(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Response download(byte[] xlsx, String fileName) {
        return Response.ok(xlsx, XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    @GET
    @Path("{id: \\d+}")
    public TaskCard card(@PathParam("id") long id) {
        return tasks.card(id);
    }

    /** The task's reports by period and the figures of its newest approved report (the card's 추진실적). */
    @GET
    @Path("{id: \\d+}/reports")
    public TaskReports reports(@PathParam("id") long id) {
        return reports.ofTask(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(TaskInput input, @Context UriInfo uri) {
        TaskCard card = tasks.create(require(input).toDraft());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(card.id())).build()).entity(card)
                .build();
    }

    @PUT
    @Path("{id: \\d+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public TaskCard update(@PathParam("id") long id, TaskInput input) {
        TaskInput body = require(input);
        if (body.version() == null) {
            throw new InvalidInputException("version", "task.versionRequired", "version required");
        }
        return tasks.update(id, body.version(), body.toDraft());
    }

    private static TaskInput require(TaskInput input) {
        if (input == null) {
            throw new InvalidInputException("body", "problem.bodyRequired", "body required");
        }
        return input;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(parameter, "problem.badParameter", "bad " + parameter + ": " + value,
                    parameter, value);
        }
    }
}
