package io.remontada.coverage;

/** One season of one competition. */
public record SpanKey(String competition, String season) {
}
