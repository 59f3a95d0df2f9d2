package io.remontada.importer;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.quarkus.runtime.QuarkusApplication;
import io.remontada.common.error.BadUserInputException;
import io.remontada.importer.format.SourceFormatException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code java -jar quarkus-run.jar import FILE...}: imports match files into the configured database
 * from a shell, with no HTTP server, for an operator who has the files on the machine (the
 * {@code importMatches} mutation stays for remote use). All files are one transaction, as in the
 * mutation: a bad file is refused at its line and nothing is written.
 *
 * <p>The application this mode runs (see {@code RemontadaMain}); picocli reads its arguments.
 */
@Singleton
@Command(name = "import", sortOptions = false,
        description = "Imports match files into the database named by QUARKUS_DATASOURCE_JDBC_URL, in one transaction.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = { "0:imported", "1:a file was refused (file:line: what); nothing was written", "2:wrong arguments or unreadable file" })
public class ImportCommand implements QuarkusApplication, Callable<Integer> {

    static final int REFUSED = 1;
    static final int USAGE = CommandLine.ExitCode.USAGE;

    @Option(names = { "-h", "--help" }, usageHelp = true, description = "Shows this help.")
    boolean help;

    @Option(names = "--format", defaultValue = "FOOTBALL_TXT", description = "FOOTBALL_TXT (openfootball) or ENGSOCCERDATA_CSV; default ${DEFAULT-VALUE}")
    SourceFormat format;

    @Option(names = "--competition", description = "Football.TXT: UCL, UEL or UECL; taken from an openfootball path like 2026-27/cl.txt when left out")
    String competition;

    @Option(names = "--season", description = "Football.TXT: like 2026-27; taken from an openfootball path when left out")
    String season;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "the files to import")
    List<Path> files;

    private final ImportService imports;
    private Progress progress;

    ImportCommand(ImportService imports) {
        this.imports = imports;
    }

    /** @param args as given on the command line, the first being {@code import} */
    @Override
    public int run(String... args) {
        return new CommandLine(this).execute(Arrays.copyOfRange(args, 1, args.length));
    }

    @Override
    public Integer call() {
        List<SourceText> sources = new ArrayList<>();
        try {
            for (Path file : files) {
                sources.add(SourceText.of(format, file.toString(), competition, season, Files.readString(file, StandardCharsets.UTF_8)));
            }
        } catch (NoSuchFileException e) {
            System.err.println(e.getFile() + ": no such file");
            return USAGE;
        } catch (IOException | BadUserInputException e) {
            System.err.println(e.getMessage());
            return USAGE;
        }
        Progress shown = new Progress(System.out, sources.size(), System.console() != null);
        progress = shown;
        try {
            ImportReport report = imports.importFiles(sources);
            shown.end();
            System.out.println(report.fullText());
            return CommandLine.ExitCode.OK;
        } catch (SourceFormatException e) {
            shown.end();
            System.err.println(e.getMessage());
            System.err.println("nothing was imported");
            return REFUSED;
        } finally {
            progress = null;
        }
    }

    void fileRead(@Observes ImportProgress read) {
        // the bundled import at start-up reads files too; only this command's are shown
        if (progress != null) {
            progress.fileRead(read);
        }
    }

    /**
     * Files and matches read so far: a bar redrawn in place on a terminal, a line a file otherwise (a log
     * file or a pipe would keep every redraw). Writing the record follows the last file and takes longest.
     */
    private static final class Progress {

        private static final int WIDTH = 30;

        private final PrintStream out;
        private final int total;
        private final boolean terminal;
        private int files;
        private int matches;

        Progress(PrintStream out, int total, boolean terminal) {
            this.out = out;
            this.total = total;
            this.terminal = terminal;
        }

        void fileRead(ImportProgress read) {
            files++;
            matches += read.matches();
            if (terminal) {
                int done = WIDTH * files / total;
                out.printf("\r[%s%s] %d/%d files, %d matches%s", "#".repeat(done), ".".repeat(WIDTH - done), files, total, matches,
                        files == total ? ", writing..." : "");
                out.flush();
            } else {
                out.printf("read %s: %d matches (%d/%d files, %d matches)%n", read.file(), read.matches(), files, total, matches);
            }
            if (files == total && !terminal) {
                out.println("writing...");
            }
        }

        /** Ends the bar's line, so what follows starts on a line of its own. */
        void end() {
            if (terminal && files > 0) {
                out.println();
            }
        }
    }
}
