package io.remontada.common;

/** A CDI event fired by an import: what the record holds has changed once its transaction commits. */
public record RecordChanged() {
}
