package io.remontada.importer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import io.micrometer.core.instrument.MeterRegistry;

/** Counts what committed imports did, for operators: files, matches read, stored and merged, and how long each took. */
@ApplicationScoped
public class ImportMetrics {

    private final MeterRegistry registry;

    ImportMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void imported(@Observes(during = TransactionPhase.AFTER_SUCCESS) ImportReport report) {
        registry.counter("remontada.import.files").increment(report.files);
        registry.counter("remontada.import.matches", "outcome", "read").increment(report.matchesRead);
        registry.counter("remontada.import.matches", "outcome", "inserted").increment(report.inserted);
        registry.counter("remontada.import.matches", "outcome", "updated").increment(report.updated);
        registry.counter("remontada.import.matches", "outcome", "unchanged").increment(report.unchanged);
        registry.counter("remontada.import.matches", "outcome", "merged").increment(report.mergedAcrossSources);
        registry.timer("remontada.import.duration").record(java.time.Duration.ofMillis(report.millis));
    }
}
