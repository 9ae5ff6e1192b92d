package kr.corepolicy.web.rest.kpi;

import jakarta.validation.constraints.PositiveOrZero;

/**
 * The body of {@code PUT /api/kpi-thresholds}: both thresholds in whole percent ({@code 0 < behindFrom < onTrackFrom
 * <= 100}, checked by the domain, which names the field it refuses) and the version the client read.
 */
public record ThresholdsInput(Integer onTrackFrom, Integer behindFrom, @PositiveOrZero Long version) {
}
