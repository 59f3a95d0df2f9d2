package io.remontada.importer;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import io.remontada.coverage.CoverageService;
import io.remontada.coverage.CoverageSpan;

/**
 * Ready when the history is in the database: a replica in front of an empty or unreachable database
 * answers nothing worth serving, so it names the record it serves (matches, seasons, the import that
 * loaded it) or says why it cannot. The datasource's own check says whether PostgreSQL answers.
 */
@Readiness
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class RecordHealth implements HealthCheck {

    private final EntityManager em;
    private final CoverageService coverage;

    RecordHealth(EntityManager em, CoverageService coverage) {
        this.em = em;
        this.coverage = coverage;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder record = HealthCheckResponse.named("record");
        try {
            @SuppressWarnings("unchecked")
            List<Object[]> latest = em.createNativeQuery("SELECT label, checksum, cast(finished_at AS text) FROM import_run ORDER BY id DESC LIMIT 1")
                    .getResultList();
            if (latest.isEmpty()) {
                return record.down().withData("reason", "no history imported yet").build();
            }
            List<CoverageSpan> spans = coverage.all();
            Object[] run = latest.get(0);
            return record.up()
                    .withData("matches", spans.stream().mapToLong(CoverageSpan::matches).sum())
                    .withData("seasons", spans.stream().filter(s -> s.matches() > 0).count())
                    .withData("lastImport", (String) run[0])
                    .withData("version", ((String) run[1]).substring(0, Math.min(12, ((String) run[1]).length())))
                    .withData("importedAt", (String) run[2])
                    .build();
        } catch (RuntimeException e) {
            return record.down().withData("reason", "the database does not answer: " + e.getClass().getSimpleName()).build();
        }
    }
}
