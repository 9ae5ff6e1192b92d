package kr.corepolicy.web.faces.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import kr.corepolicy.domain.account.Language;
import kr.corepolicy.domain.kpi.KpiStatus;
import kr.corepolicy.domain.task.KpiDirection;
import kr.corepolicy.service.kpi.KpiViews.KpiHistory;
import kr.corepolicy.service.kpi.KpiViews.KpiYearFigure;
import kr.corepolicy.web.i18n.Messages;
import org.junit.jupiter.api.Test;

/** The KPI chart of the task card: Chart.js's configuration and its text alternative, from the KPI's years. */
class KpiChartTest {

    private static final BiFunction<String, Object[], String> KOREAN = (key, args) -> Messages.get(Language.KO, key,
            args);

    private static final KpiHistory VISITORS = new KpiHistory(11, "방문객 수", "만명", KpiDirection.HIGHER,
            new BigDecimal("100"), null, Map.of(2031, new BigDecimal("200"), 2032, new BigDecimal("260")), List.of(),
            List.of(new KpiYearFigure(2031, new BigDecimal("200"), new BigDecimal("150"), "2031년 6월", 102L, 2102L),
                    new KpiYearFigure(2032, new BigDecimal("260"), null, null, null, null),
                    new KpiYearFigure(2033, null, new BigDecimal("270.5"), "2033년 6월", 105L, 2105L)),
            KpiStatus.NO_DATA, null);

    @Test
    void theChartHasTheYearsTheTargetsAsALineAndTheActualsAsBarsWithGapsWhereThereIsNone() {
        JsonObject config = Json.createReader(new StringReader(KpiChart.config(VISITORS, KOREAN))).readObject();
        assertEquals("bar", config.getString("type"));
        JsonObject data = config.getJsonObject("data");
        assertEquals(List.of("2031", "2032", "2033"), data.getJsonArray("labels").getValuesAs(
                jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
        JsonArray datasets = data.getJsonArray("datasets");
        JsonObject target = datasets.getJsonObject(0);
        assertEquals("line", target.getString("type"));
        assertEquals("목표", target.getString("label"));
        assertEquals("[200,260,null]", target.getJsonArray("data").toString());
        assertEquals("rectRot", target.getString("pointStyle"), "the targets differ in shape, not only colour");
        JsonObject actual = datasets.getJsonObject(1);
        assertEquals("bar", actual.getString("type"));
        assertEquals("실적", actual.getString("label"));
        assertEquals("[150,null,270.5]", actual.getJsonArray("data").toString());
        assertEquals(JsonValue.ValueType.NULL, actual.getJsonArray("data").get(1).getValueType());
        JsonObject options = config.getJsonObject("options");
        assertEquals(false, options.getBoolean("maintainAspectRatio"), "the chart fills its box at any width");
        assertEquals("만명", options.getJsonObject("scales").getJsonObject("y").getJsonObject("title")
                .getString("text"), "the axis names the unit");
    }

    @Test
    void theTextAlternativeSaysEveryYearsTargetAndActual() {
        assertEquals("방문객 수(만명) 연도별 목표와 실적: 2031년 목표 200, 실적 150; 2032년 목표 260, 실적 없음; "
                + "2033년 목표 없음, 실적 270.5", KpiChart.label(VISITORS, KOREAN));
        String english = KpiChart.label(VISITORS, (key, args) -> Messages.get(Language.EN, key, args));
        assertTrue(english.startsWith("방문객 수 (만명), target and actual by year: 2031: target 200, actual 150;"),
                english);
    }
}
