package io.remontada.match;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import io.remontada.common.error.BadUserInputException;

/**
 * The handful of competitions, held in memory: every match and tie names one, and a lookup per row
 * would be a query per row. Reloaded when a code is missing, so an import that adds a competition
 * is seen without a restart.
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class CompetitionCatalog {

    private final CompetitionRepository competitions;
    private final Map<String, Competition> byCode = new ConcurrentHashMap<>();

    CompetitionCatalog(CompetitionRepository competitions) {
        this.competitions = competitions;
    }

    public Competition of(String code) {
        Competition competition = byCode.get(code);
        if (competition == null) {
            reload();
            competition = byCode.get(code);
        }
        return competition;
    }

    public List<Competition> all() {
        if (byCode.isEmpty()) {
            reload();
        }
        return byCode.values().stream().sorted(java.util.Comparator.comparing(Competition::code)).toList();
    }

    /** Validates a competition argument of a filter: a known code, any case; null stays null. */
    public String argument(String code) {
        if (code == null) {
            return null;
        }
        String normalized = code.trim().toUpperCase(Locale.ROOT);
        if (of(normalized) == null) {
            throw new BadUserInputException("competition must be one of " + all().stream().map(Competition::code).toList() + ", was \"" + code + "\"");
        }
        return normalized;
    }

    private void reload() {
        competitions.listAll().forEach(c -> byCode.put(c.code, new Competition(c.code, c.name)));
    }
}
