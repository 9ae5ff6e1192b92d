package kr.corepolicy.web.faces.task;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import kr.corepolicy.service.task.ImportBusyException;
import kr.corepolicy.service.task.TaskImportService;
import kr.corepolicy.service.task.TaskImportService.ImportResult;
import kr.corepolicy.service.task.TaskWorkbook.CellError;
import kr.corepolicy.web.faces.Feedback;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/** tasks/import.xhtml: upload the task workbook; every problem is listed, and nothing is saved unless all is well. */
@Named("importTasks")
@ViewScoped
public class ImportTasksBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * One problem as the page lists it, with the message already in the reader's language; {@code row} is null
     * when the problem is a whole sheet's, and a problem of the whole file is in {@link #getFileProblems()}.
     */
    public record Problem(String sheet, Integer row, String column, String message) implements Serializable {
    }

    @Inject
    private TaskImportService importer;

    private String fileName;
    private List<Problem> problems = List.of();
    private List<String> fileProblems = List.of();
    private ImportResult result;

    public void upload(FileUploadEvent event) throws IOException {
        UploadedFile file = event.getFile();
        fileName = file.getFileName();
        try (InputStream in = file.getInputStream()) {
            ImportResult outcome = importer.importWorkbook(in, fileName);
            result = outcome.ok() ? outcome : null;
            problems = outcome.errors().stream().filter(e -> !e.wholeFile()).map(ImportTasksBacking::problem).toList();
            fileProblems = outcome.errors().stream().filter(CellError::wholeFile).map(ImportTasksBacking::message)
                    .toList();
        } catch (ImportBusyException e) {
            result = null;
            problems = List.of();
            fileProblems = List.of();
            Feedback.error(null, e);
            return;
        }
        if (result != null) {
            Feedback.info("import.done", result.created(), result.updated(), result.unchanged());
        } else if (!fileProblems.isEmpty()) {
            Feedback.error(null, "import.fileRefused", fileName);
        } else {
            Feedback.error(null, "import.refused", problems.size());
        }
    }

    private static Problem problem(CellError e) {
        return new Problem(e.sheet(), e.inRow() ? e.row() : null, e.column(), message(e));
    }

    private static String message(CellError e) {
        return Feedback.text(e.messageKey(), e.arguments().toArray());
    }

    public String getFileName() {
        return fileName;
    }

    /** The problems of the file's sheets, rows and cells. */
    public List<Problem> getProblems() {
        return problems;
    }

    /** What made the whole file unreadable (not a workbook, too large): no sheet, no row. */
    public List<String> getFileProblems() {
        return fileProblems;
    }

    public ImportResult getResult() {
        return result;
    }
}
