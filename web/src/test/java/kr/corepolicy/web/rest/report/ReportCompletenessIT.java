package kr.corepolicy.web.rest.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import kr.corepolicy.web.ApiClient;
import kr.corepolicy.web.ApiClient.Reply;
import kr.corepolicy.web.SharedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Submitting an incomplete report is refused once, naming every missing field (#11, item 4). */
@ExtendWith(SharedServer.class)
class ReportCompletenessIT {

    private final URL base = SharedServer.url();

    @Test
    void anEmptyReportIsRefusedWithEveryMissingFieldAndTheirReasons() {
        ReportFixture f = new ReportFixture(new ApiClient(base));
        long report = f.reportId(f.openPeriod(2030, 60, false), f.taskId("7-3"));

        Reply refused = f.submit("officer", report, null);
        assertEquals(400, refused.status(), refused.toString());
        JsonObject problem = refused.json();
        assertEquals("form.fieldsRefused", problem.getString("code"));
        assertEquals("status", problem.getString("field"), "the first field, for clients that read one");
        assertEquals("4개 항목을 확인하십시오. 각 항목 옆에 이유가 있습니다.", problem.getString("detail"));
        List<JsonObject> fields = problem.getJsonArray("fields").stream().map(v -> v.asJsonObject()).toList();
        assertEquals(List.of("status", "progressPercent", "results", "nextSteps"),
                fields.stream().map(x -> x.getString("field")).toList(), problem.toString());
        assertEquals(List.of("report.statusRequired", "report.progressRequired", "report.resultsRequired",
                "report.nextStepsRequired"), fields.stream().map(x -> x.getString("code")).toList());
        assertEquals("추진상황을 선택하십시오.", fields.get(0).getString("detail"));
        assertEquals("NOT_STARTED", f.report("officer", report).getString("state"), "nothing was submitted");
    }
}
