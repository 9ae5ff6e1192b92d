package kr.corepolicy.web.faces.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kr.corepolicy.web.ApiClient;
import kr.corepolicy.web.ApiClient.Reply;
import kr.corepolicy.web.SharedServer;
import kr.corepolicy.web.rest.report.ReportFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 문서번호 (#11, item 8): documents of one department submitted at the same moment each get their own number of
 * the department's running count ({department}-{n}); the number is given once and kept through a return and the
 * resubmission. The count is a database row, so what holds for these threads holds for several servers.
 */
@ExtendWith(SharedServer.class)
class DocumentNumberIT {

    private static final String PW = "demo1234";
    private static final int AT_ONCE = 4;

    private final URL base = SharedServer.url();

    @Test
    void documentsSubmittedAtOnceGetDistinctNumbersKeptThroughAReturn() throws Exception {
        ApiClient api = new ApiClient(base);
        ReportFixture fixture = new ReportFixture(api);
        List<Long> tasks = new ArrayList<>();
        for (int i = 0; i < AT_ONCE; i++) {
            tasks.add(fixture.newTaskLike("1-2"));
        }
        long period = fixture.openPeriod(2030, 60, false);
        List<Long> reports = new ArrayList<>();
        for (long task : tasks) {
            long report = fixture.reportId(period, task);
            assertEquals(200, fixture.write("officer", report, "ON_TRACK", 50).status());
            reports.add(report);
        }

        ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Reply>> submissions = new ArrayList<>();
        try {
            for (long report : reports) {
                submissions.add(pool.submit(() -> {
                    start.await();
                    return new ReportFixture(new ApiClient(base)).submit("officer", report, null);
                }));
            }
            start.countDown();
            List<Long> documents = new ArrayList<>();
            for (Future<Reply> submission : submissions) {
                Reply reply = submission.get();
                assertEquals(200, reply.status(), reply.toString());
                documents.add(reply.json().getJsonNumber("documentId").longValue());
            }

            Set<String> numbers = new HashSet<>();
            for (long document : documents) {
                String number = api.get("api/approvals/" + document, "officer", PW).json().getString("number");
                assertTrue(number.matches("관광정책과-\\d+"), number);
                numbers.add(number);
            }
            assertEquals(AT_ONCE, numbers.size(), "every document its own number: " + numbers);

            long first = documents.get(0);
            String before = api.get("api/approvals/" + first, "officer", PW).json().getString("number");
            Reply returned = api.post("api/approvals/" + first + "/actions", "teamlead", PW,
                    "{\"action\":\"return\",\"comment\":\"보완\"}");
            assertEquals(200, returned.status(), returned.toString());
            assertEquals(200, fixture.submit("officer", reports.get(0), null).status());
            assertEquals(before, api.get("api/approvals/" + first, "officer", PW).json().getString("number"),
                    "a resubmission keeps the number");
        } finally {
            pool.shutdownNow();
        }
    }
}
