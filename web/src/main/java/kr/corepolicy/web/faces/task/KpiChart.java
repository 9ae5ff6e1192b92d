package kr.corepolicy.web.faces.task;

import jakarta.json.JsonArrayBuilder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import kr.corepolicy.service.kpi.KpiViews.KpiHistory;
import kr.corepolicy.service.kpi.KpiViews.KpiYearFigure;
import kr.corepolicy.web.Jsonp;

/**
 * A KPI's chart on the task card: its target against its approved actual, year by year, as the Chart.js
 * configuration {@code p:chart} takes (PrimeFaces 15: a JSON string in {@code value}). The actuals are bars, the
 * targets a dashed line with diamond points, so that the two differ in shape as well as in colour; the same figures
 * are in the table under the chart and in the canvas's label ({@link #label}).
 */
final class KpiChart {

    /** The application's status blue (정상추진) for the actuals, a dark grey for the targets: 3:1 or more on white. */
    static final String ACTUAL_COLOUR = "#1f6fb2";
    static final String TARGET_COLOUR = "#4f6672";

    private KpiChart() {
    }

    /**
     * The configuration of {@code kpi}'s chart; {@code text} gives a bundle text by key and arguments (the labels
     * "목표", "실적" and the axis title with the unit).
     */
    static String config(KpiHistory kpi, BiFunction<String, Object[], String> text) {
        JsonArrayBuilder labels = Jsonp.JSON.createArrayBuilder();
        JsonArrayBuilder targets = Jsonp.JSON.createArrayBuilder();
        JsonArrayBuilder actuals = Jsonp.JSON.createArrayBuilder();
        for (KpiYearFigure y : kpi.years()) {
            labels.add(String.valueOf(y.year()));
            add(targets, y.target());
            add(actuals, y.actual());
        }
        return Jsonp.JSON.createObjectBuilder().add("type", "bar")
                .add("data", Jsonp.JSON.createObjectBuilder().add("labels", labels).add("datasets", Jsonp.JSON.createArrayBuilder()
                        .add(Jsonp.JSON.createObjectBuilder().add("type", "line")
                                .add("label", text.apply("cardKpi.chartTarget", new Object[0]))
                                .add("data", targets).add("borderColor", TARGET_COLOUR)
                                .add("backgroundColor", TARGET_COLOUR).add("borderDash", Jsonp.JSON.createArrayBuilder()
                                        .add(6).add(4))
                                .add("pointStyle", "rectRot").add("pointRadius", 6).add("spanGaps", true)
                                .add("order", 0))
                        .add(Jsonp.JSON.createObjectBuilder().add("type", "bar")
                                .add("label", text.apply("cardKpi.chartActual", new Object[0]))
                                .add("data", actuals).add("backgroundColor", ACTUAL_COLOUR)
                                .add("maxBarThickness", 48).add("order", 1))))
                .add("options", Jsonp.JSON.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                        .add("animation", false)
                        .add("plugins", Jsonp.JSON.createObjectBuilder().add("legend",
                                Jsonp.JSON.createObjectBuilder().add("position", "bottom")))
                        .add("scales", Jsonp.JSON.createObjectBuilder().add("y", Jsonp.JSON.createObjectBuilder()
                                .add("beginAtZero", true).add("title", Jsonp.JSON.createObjectBuilder()
                                        .add("display", true).add("text", kpi.unit())))))
                .build().toString();
    }

    /**
     * The chart's text alternative in one sentence, for the canvas's {@code aria-label}: the KPI's name and unit,
     * then each year's target and actual ("2031년 목표 200, 실적 150").
     */
    static String label(KpiHistory kpi, BiFunction<String, Object[], String> text) {
        List<String> years = new ArrayList<>();
        String none = text.apply("cardKpi.none", new Object[0]);
        for (KpiYearFigure y : kpi.years()) {
            years.add(text.apply("cardKpi.chartYear", new Object[] {String.valueOf(y.year()), shown(y.target(), none),
                shown(y.actual(), none)}));
        }
        return text.apply("cardKpi.chartLabel", new Object[] {kpi.name(), kpi.unit(), String.join("; ", years)});
    }

    private static String shown(BigDecimal value, String none) {
        return value == null ? none : value.toPlainString();
    }

    private static void add(JsonArrayBuilder array, BigDecimal value) {
        if (value == null) {
            array.addNull();
        } else {
            array.add(value);
        }
    }
}
