package io.remontada.importer;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import io.remontada.common.Score;
import io.remontada.importer.format.LineCorrection;
import io.remontada.importer.format.RegisterClub;
import io.remontada.importer.format.SourceFormatException;
import io.remontada.importer.format.SourceLocation;
import io.remontada.importer.format.SourceMatch;

/**
 * The reviewed corrections of {@code data/corrections/errata.tsv}. Where a bundled source is wrong (an awarded result
 * stored as the one played, extra time written as full time, a walkover it does not state, a club filed under the
 * wrong association), the file stays as published and the correction is applied over its row as the row is read,
 * before sources merge, so every later stage sees what happened.
 *
 * <p>Each correction names its row twice, by file and line and by what the row says (a match's date and clubs as the
 * file writes them, a register club's name), then the field, the value the row has, the value it should have, and who
 * says so. A row that no longer says the old value, or no longer is that match, is refused at the correction's line:
 * the source was fixed or changed upstream, and the correction must be reviewed, never applied on top of a fix.
 */
final class Errata {

    static final String PATH = "corrections/errata.tsv";

    /** What a correction changes. Scores are written "3-0", home side first, as the row writes them; empty is none. */
    enum Field {
        FULL_TIME("full time"),
        HALF_TIME("half time"),
        AFTER_EXTRA_TIME("after extra time"),
        PENALTIES("penalties"),
        /** The result UEFA awarded in place of the one played; no source row states it, so its old value is empty. */
        AWARDED("awarded"),
        /** "yes": the match was stopped before its end, its full-time score the one at that moment. */
        ABANDONED("abandoned"),
        /** engsoccerdata's tiewinner, as written. */
        TIE_WINNER("tie winner"),
        /** engsoccerdata's words for an unusual decision (its pens column): "away goals", "coin toss", "walkover". */
        DECISION("decision"),
        DATE("date"),
        /**
         * A line's text, for a line of a history file that cannot be read as written (a shoot-out without its extra
         * time): the old value is a part of the line as written, the new one what to read in its place.
         */
        TEXT("text"),
        /** A register club's association, the FIFA code of the country whose league it plays in. */
        ASSOCIATION("association");

        final String label;

        Field(String label) {
            this.label = label;
        }

        static Field of(String label, SourceLocation where) {
            for (Field field : values()) {
                if (field.label.equals(label)) {
                    return field;
                }
            }
            throw new SourceFormatException(where, "unknown field '" + label + "'");
        }
    }

    /** One reviewed correction: on {@code source}'s {@code line}, which says {@code subject}, {@code field} is {@code replacement}. */
    record Correction(SourceLocation reviewedAt, String source, int line, String subject, Field field, String old, String replacement,
            String citation) {

        /** How the import report lists it. */
        String describe() {
            return source + ":" + line + " " + subject + ": " + field.label + " " + shown(old) + " -> " + shown(replacement) + " (" + citation + ")";
        }

        private static String shown(String value) {
            return value.isEmpty() ? "none" : value;
        }
    }

    /**
     * A source row with what the corrections say of it that no source row can: an awarded result, an abandonment.
     *
     * @param corrected whether any correction applied to the row
     */
    record CorrectedMatch(SourceMatch match, Score awarded, Boolean abandoned, boolean corrected) {
    }

    private final Map<String, List<Correction>> bySource = new LinkedHashMap<>();
    private final List<Correction> applied = new ArrayList<>();

    /** @param rows the file's tab-separated rows with their locations: source, line, subject, field, old, new, citation */
    Errata(List<Map.Entry<SourceLocation, String[]>> rows) {
        for (Map.Entry<SourceLocation, String[]> row : rows) {
            SourceLocation at = row.getKey();
            String[] f = row.getValue();
            int line;
            try {
                line = Integer.parseInt(f[1]);
            } catch (NumberFormatException e) {
                throw new SourceFormatException(at, "line is not a number: '" + f[1] + "'");
            }
            if (f[6].isBlank()) {
                throw new SourceFormatException(at, "a correction needs its citation");
            }
            Correction correction = new Correction(at, f[0], line, f[2], Field.of(f[3], at), f[4], f[5], f[6]);
            if (correction.old().equals(correction.replacement())) {
                throw new SourceFormatException(at, "the new value is the old one");
            }
            bySource.computeIfAbsent(correction.source(), s -> new ArrayList<>()).add(correction);
        }
    }

    /** The corrections applied so far, in the order applied. */
    List<Correction> applied() {
        return List.copyOf(applied);
    }

    /**
     * The matches of one source with its corrections applied, in the same order. A file is the bundled file a correction
     * names when its name is that path or ends it (an admin importing {@code champs.csv} or {@code 2014-15/cl.txt}): a
     * different file of that name is refused at the first correction its rows do not fit, as an upstream change is.
     *
     * @throws SourceFormatException at the correction's line when its row is not there or no longer says the old value
     */
    List<CorrectedMatch> apply(String source, List<SourceMatch> matches) {
        List<Correction> corrections = bySource.entrySet().stream()
                .filter(e -> e.getKey().equals(source) || e.getKey().endsWith("/" + source))
                .flatMap(e -> e.getValue().stream()).filter(c -> c.field() != Field.TEXT).toList();
        Map<Integer, List<Correction>> byLine = corrections.stream().collect(Collectors.groupingBy(Correction::line));
        List<CorrectedMatch> result = new ArrayList<>(matches.size());
        Set<Integer> found = new HashSet<>();
        for (SourceMatch match : matches) {
            List<Correction> own = byLine.get(match.location().line());
            if (own == null) {
                result.add(new CorrectedMatch(match, null, null, false));
                continue;
            }
            found.add(match.location().line());
            CorrectedMatch corrected = new CorrectedMatch(match, null, null, true);
            for (Correction c : own) {
                if (!c.subject().equals(subject(match))) {
                    throw new SourceFormatException(c.reviewedAt(), source + ":" + c.line() + " is " + subject(match) + ", not " + c.subject());
                }
                corrected = apply(c, corrected);
                applied.add(c);
            }
            result.add(corrected);
        }
        for (Correction c : corrections) {
            if (!found.contains(c.line())) {
                throw new SourceFormatException(c.reviewedAt(), source + ":" + c.line() + " is no match row");
            }
        }
        return result;
    }

    /**
     * The text corrections of one source, for its parser to apply as it reads the lines (and to refuse where a line no
     * longer says what they correct); they count as applied once handed over, since the parser applies every one or fails.
     */
    List<LineCorrection> lineCorrections(String source) {
        List<LineCorrection> lines = new ArrayList<>();
        for (Correction c : bySource.getOrDefault(source, List.of())) {
            if (c.field() == Field.TEXT) {
                lines.add(new LineCorrection(c.line(), c.old(), c.replacement(), c.reviewedAt()));
                applied.add(c);
            }
        }
        return lines;
    }

    /** The register's clubs with their association corrections applied. */
    List<RegisterClub> applyToRegister(List<RegisterClub> register) {
        List<RegisterClub> result = new ArrayList<>(register.size());
        for (RegisterClub club : register) {
            RegisterClub corrected = club;
            for (Correction c : bySource.getOrDefault(club.location().file(), List.of())) {
                if (c.line() == club.location().line()) {
                    if (c.field() != Field.ASSOCIATION || !c.subject().equals(club.name())) {
                        throw new SourceFormatException(c.reviewedAt(), c.source() + ":" + c.line() + " is register club " + club.name()
                                + ", whose association alone can be corrected");
                    }
                    requireOld(c, corrected.country());
                    corrected = new RegisterClub(club.name(), club.aliases(), c.replacement(), club.founded(), club.stadium(), club.city(),
                            club.location());
                    applied.add(c);
                }
            }
            result.add(corrected);
        }
        return result;
    }

    /** Refuses corrections of a source the import did not read, or of a line no row of it was on. */
    void requireAllApplied() {
        for (List<Correction> corrections : bySource.values()) {
            for (Correction c : corrections) {
                if (!applied.contains(c)) {
                    throw new SourceFormatException(c.reviewedAt(), "no row of a bundled source at " + c.source() + ":" + c.line());
                }
            }
        }
    }

    /** A match as a correction names it: the date and the clubs as the source writes them. */
    static String subject(SourceMatch m) {
        return m.date() + " " + m.home().name() + " v " + m.away().name();
    }

    private static CorrectedMatch apply(Correction c, CorrectedMatch m) {
        SourceMatch s = m.match();
        return switch (c.field()) {
            case FULL_TIME -> {
                requireOld(c, text(s.fullTime()));
                if (c.replacement().isEmpty()) {
                    throw new SourceFormatException(c.reviewedAt(), "a match always has a full-time score");
                }
                yield with(m, s.halfTime(), score(c), s.afterExtraTime(), s.penalties(), s.statedTieWinner(), s.statedDecision(), s.date());
            }
            case HALF_TIME -> {
                requireOld(c, text(s.halfTime()));
                yield with(m, score(c), s.fullTime(), s.afterExtraTime(), s.penalties(), s.statedTieWinner(), s.statedDecision(), s.date());
            }
            case AFTER_EXTRA_TIME -> {
                requireOld(c, text(s.afterExtraTime()));
                yield with(m, s.halfTime(), s.fullTime(), score(c), s.penalties(), s.statedTieWinner(), s.statedDecision(), s.date());
            }
            case PENALTIES -> {
                requireOld(c, text(s.penalties()));
                yield with(m, s.halfTime(), s.fullTime(), s.afterExtraTime(), score(c), s.statedTieWinner(), s.statedDecision(), s.date());
            }
            case TIE_WINNER -> {
                requireOld(c, Objects.toString(s.statedTieWinner(), ""));
                yield with(m, s.halfTime(), s.fullTime(), s.afterExtraTime(), s.penalties(), blankToNull(c.replacement()), s.statedDecision(),
                        s.date());
            }
            case DECISION -> {
                requireOld(c, Objects.toString(s.statedDecision(), ""));
                yield with(m, s.halfTime(), s.fullTime(), s.afterExtraTime(), s.penalties(), s.statedTieWinner(), blankToNull(c.replacement()),
                        s.date());
            }
            case DATE -> {
                requireOld(c, s.date().toString());
                LocalDate date;
                try {
                    date = LocalDate.parse(c.replacement());
                } catch (DateTimeParseException e) {
                    throw new SourceFormatException(c.reviewedAt(), "not a date: '" + c.replacement() + "'");
                }
                yield with(m, s.halfTime(), s.fullTime(), s.afterExtraTime(), s.penalties(), s.statedTieWinner(), s.statedDecision(), date);
            }
            case AWARDED -> {
                requireOld(c, text(m.awarded()));
                yield new CorrectedMatch(s, score(c), m.abandoned(), true);
            }
            case ABANDONED -> {
                requireOld(c, Boolean.TRUE.equals(m.abandoned()) ? "yes" : "");
                if (!c.replacement().equals("yes")) {
                    throw new SourceFormatException(c.reviewedAt(), "abandoned is 'yes' or nothing");
                }
                yield new CorrectedMatch(s, m.awarded(), true, true);
            }
            case ASSOCIATION, TEXT -> throw new SourceFormatException(c.reviewedAt(), c.field().label + " is corrected on a register row or a line, not a match");
        };
    }

    private static CorrectedMatch with(CorrectedMatch m, Score halfTime, Score fullTime, Score afterExtraTime, Score penalties,
            String tieWinner, String decision, LocalDate date) {
        SourceMatch s = m.match();
        return new CorrectedMatch(new SourceMatch(s.location(), s.competition(), s.season(), s.round(), s.roundKind(), s.leg(), s.replay(), date,
                s.home(), s.away(), halfTime, fullTime, afterExtraTime, penalties, tieWinner, decision), m.awarded(), m.abandoned(), true);
    }

    private static void requireOld(Correction c, String actual) {
        if (!c.old().equals(actual)) {
            throw new SourceFormatException(c.reviewedAt(), c.source() + ":" + c.line() + " has " + c.field().label + " '" + actual
                    + "', not '" + c.old() + "': the source changed since this correction was reviewed; review it again");
        }
    }

    private static Score score(Correction c) {
        if (c.replacement().isEmpty()) {
            return null;
        }
        try {
            return Score.parse(c.replacement());
        } catch (IllegalArgumentException e) {
            throw new SourceFormatException(c.reviewedAt(), "not a score: '" + c.replacement() + "'");
        }
    }

    private static String text(Score score) {
        return score == null ? "" : score.toString();
    }

    private static String blankToNull(String value) {
        return value.isBlank() ? null : value;
    }
}
