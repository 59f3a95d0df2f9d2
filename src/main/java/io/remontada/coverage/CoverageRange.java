package io.remontada.coverage;

import java.util.List;

/**
 * The competition seasons a question covers (a competition or all, a range of seasons up to the one
 * being played, a stage or all), each measured against the catalogue.
 */
public record CoverageRange(List<SpanState> spans) {

    public boolean complete() {
        return spans.stream().allMatch(SpanState::complete);
    }

    public List<SpanState> incomplete() {
        return spans.stream().filter(s -> !s.complete()).toList();
    }

    /** Every match the record holds in range. */
    public HeldMatches held() {
        return spans.stream().map(SpanState::held).reduce(HeldMatches.NONE, HeldMatches::plus);
    }
}
