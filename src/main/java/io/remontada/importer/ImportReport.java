package io.remontada.importer;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

import io.remontada.importer.format.ParsedFile;

/**
 * What an import read and did: the figures a person checks before trusting the data. The stages report into it through
 * its methods, one for each thing a stage does, so that what a figure counts is decided here and nowhere else; the
 * GraphQL type and the rest of the application read it through its getters.
 */
@Name("ImportReport")
public final class ImportReport {

    private static final String UNEXPLAINED = "UNEXPLAINED";

    @Description("Source files read")
    int files;
    @Description("Matches read from all sources (one real match read from two sources counts twice)")
    int matchesRead;
    @Description("Fixtures listed without a result, not imported")
    int unplayedFixtures;
    @Description("Matches one source repeated from another, merged into one")
    int mergedAcrossSources;
    @Description("Matches new to the database")
    int inserted;
    @Description("Matches already stored that this import completed (half time, venue...)")
    int updated;
    @Description("Matches already stored, unchanged")
    int unchanged;
    @Description("Clubs new to the database")
    int clubsInserted;
    @Description("Ties derived in the seasons this import touched")
    int ties;
    @Description("Deficit occasions derived in the seasons this import touched")
    int deficitOccasions;
    @Description("Reviewed corrections applied over the sources' rows (data/corrections/errata.tsv), each with its citation")
    final List<String> corrections = new ArrayList<>();
    @Description("Sources disagreeing on a match: the first source's value was kept")
    final List<String> conflicts = new ArrayList<>();
    @Description("Computed tie outcomes that differ from what a source states, with the reviewed explanation where there is one")
    final List<String> tieDisagreements = new ArrayList<>();
    @Description("Tie disagreements that no reviewed explanation covers: should be empty")
    int unexplainedDisagreements;
    @Description("Matches of a third source (openfootball's older files) found in the record and compared with it")
    int crossChecked;
    @Description("Where the third source and the record disagree, each with the reviewed word on which source is right and why")
    final List<String> crossCheckDisagreements = new ArrayList<>();
    @Description("Cross-check disagreements that no reviewed explanation covers: should be empty")
    int unexplainedCrossCheck;
    @Description("Wall-clock milliseconds")
    long millis;

    void fileRead(ParsedFile file) {
        files++;
        matchesRead += file.matches().size();
        unplayedFixtures += file.unplayedFixtures();
    }

    void matchCrossChecked() {
        crossChecked++;
    }

    /** @param whoIsRight the reviewed explanation's word on which source is right and why; null when there is none */
    void crossCheckDisagreement(String disagreement, String whoIsRight) {
        if (whoIsRight == null) {
            unexplainedCrossCheck++;
        }
        crossCheckDisagreements.add(disagreement + " | " + (whoIsRight == null ? UNEXPLAINED : whoIsRight));
    }

    void sourcesMerged(List<String> appliedCorrections, int duplicates, List<String> sourceConflicts) {
        corrections.addAll(appliedCorrections);
        mergedAcrossSources = duplicates;
        conflicts.addAll(sourceConflicts);
    }

    void clubsStored(int newClubs) {
        clubsInserted += newClubs;
    }

    void matchesStored(int newMatches, int completed, int unchangedMatches) {
        inserted += newMatches;
        updated += completed;
        unchanged += unchangedMatches;
    }

    /** A source disagreeing with what an earlier import stored. */
    void conflict(String conflict) {
        conflicts.add(conflict);
    }

    /** @param explanation the reviewed explanation of the disagreement; null when there is none */
    void tieDisagreement(String disagreement, String explanation) {
        if (explanation == null) {
            unexplainedDisagreements++;
        }
        tieDisagreements.add(disagreement + (explanation == null ? " | " + UNEXPLAINED : " | explained: " + explanation));
    }

    void derived(int derivedTies, int occasions) {
        ties += derivedTies;
        deficitOccasions += occasions;
    }

    /** Another replica imported the bundle while this import waited for it: this one read its files for nothing. */
    void importedByAnotherReplica() {
        files = 0;
    }

    void took(long milliseconds) {
        millis = milliseconds;
    }

    public int getFiles() {
        return files;
    }

    public int getMatchesRead() {
        return matchesRead;
    }

    public int getUnplayedFixtures() {
        return unplayedFixtures;
    }

    public int getMergedAcrossSources() {
        return mergedAcrossSources;
    }

    public int getInserted() {
        return inserted;
    }

    public int getUpdated() {
        return updated;
    }

    public int getUnchanged() {
        return unchanged;
    }

    public int getClubsInserted() {
        return clubsInserted;
    }

    public int getTies() {
        return ties;
    }

    public int getDeficitOccasions() {
        return deficitOccasions;
    }

    public List<String> getCorrections() {
        return corrections;
    }

    public List<String> getConflicts() {
        return conflicts;
    }

    public List<String> getTieDisagreements() {
        return tieDisagreements;
    }

    public int getUnexplainedDisagreements() {
        return unexplainedDisagreements;
    }

    public int getCrossChecked() {
        return crossChecked;
    }

    public List<String> getCrossCheckDisagreements() {
        return crossCheckDisagreements;
    }

    public int getUnexplainedCrossCheck() {
        return unexplainedCrossCheck;
    }

    public long getMillis() {
        return millis;
    }

    public String summary() {
        return String.format("files %d, matches read %d (unplayed fixtures skipped %d), merged across sources %d, inserted %d, updated %d, "
                + "unchanged %d, clubs inserted %d, ties %d, deficit occasions %d, corrections %d, conflicts %d, tie disagreements %d (unexplained %d), "
                + "cross-checked %d, cross-check disagreements %d (unexplained %d), %d ms", files, matchesRead, unplayedFixtures,
                mergedAcrossSources, inserted, updated, unchanged, clubsInserted, ties, deficitOccasions, corrections.size(), conflicts.size(),
                tieDisagreements.size(), unexplainedDisagreements, crossChecked, crossCheckDisagreements.size(), unexplainedCrossCheck, millis);
    }

    /** The summary, then every conflict and disagreement on a line of its own. */
    public String fullText() {
        StringBuilder text = new StringBuilder(summary());
        corrections.forEach(c -> text.append("\ncorrection: ").append(c));
        conflicts.forEach(c -> text.append("\nconflict: ").append(c));
        tieDisagreements.forEach(d -> text.append("\ntie: ").append(d));
        crossCheckDisagreements.forEach(d -> text.append("\ncross-check: ").append(d));
        return text.toString();
    }
}
