package io.remontada.importer;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

/** What an import read and did: the figures a person checks before trusting the data. */
@Name("ImportReport")
public final class ImportReport {

    @Description("Source files read")
    public int files;
    @Description("Matches read from all sources (one real match read from two sources counts twice)")
    public int matchesRead;
    @Description("Fixtures listed without a result, not imported")
    public int unplayedFixtures;
    @Description("Matches one source repeated from another, merged into one")
    public int mergedAcrossSources;
    @Description("Matches new to the database")
    public int inserted;
    @Description("Matches already stored that this import completed (half time, venue...)")
    public int updated;
    @Description("Matches already stored, unchanged")
    public int unchanged;
    @Description("Clubs new to the database")
    public int clubsInserted;
    @Description("Ties derived in the seasons this import touched")
    public int ties;
    @Description("Deficit occasions derived in the seasons this import touched")
    public int deficitOccasions;
    @Description("Reviewed corrections applied over the sources' rows (data/corrections/errata.tsv), each with its citation")
    public List<String> corrections = new ArrayList<>();
    @Description("Sources disagreeing on a match: the first source's value was kept")
    public List<String> conflicts = new ArrayList<>();
    @Description("Computed tie outcomes that differ from what a source states, with the reviewed explanation where there is one")
    public List<String> tieDisagreements = new ArrayList<>();
    @Description("Tie disagreements that no reviewed explanation covers: should be empty")
    public int unexplainedDisagreements;
    @Description("Matches of a third source (openfootball's older files) found in the record and compared with it")
    public int crossChecked;
    @Description("Where the third source and the record disagree, each with the reviewed word on which source is right and why")
    public List<String> crossCheckDisagreements = new ArrayList<>();
    @Description("Cross-check disagreements that no reviewed explanation covers: should be empty")
    public int unexplainedCrossCheck;
    @Description("Wall-clock milliseconds")
    public long millis;

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
