package io.remontada.coverage;

/** A CDI event fired by an import: what the record holds has changed once its transaction commits. */
public record RecordChanged() {
}
