import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Imports a match file into a running Remontada through its importMatches mutation. Runs with the
 * JDK alone: {@code java scripts/ImportFile.java <base-url> [--format F] [--competition C] [--season S] <file>}.
 * The admin token comes from the REMONTADA_ADMIN_TOKEN environment variable.
 */
public class ImportFile {

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: java scripts/ImportFile.java <base-url> [--format FOOTBALL_TXT|ENGSOCCERDATA_CSV] "
                    + "[--competition UCL|UEL|UECL] [--season 2026-27] <file>");
            System.exit(2);
        }
        String format = "FOOTBALL_TXT";
        String competition = null;
        String season = null;
        for (int i = 1; i < args.length - 1; i += 2) {
            switch (args[i]) {
                case "--format" -> format = args[i + 1];
                case "--competition" -> competition = args[i + 1];
                case "--season" -> season = args[i + 1];
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Path file = Path.of(args[args.length - 1]);
        String token = System.getenv("REMONTADA_ADMIN_TOKEN");
        if (token == null || token.isBlank()) {
            System.err.println("set REMONTADA_ADMIN_TOKEN to the server's admin token");
            System.exit(2);
        }
        // a relative openfootball path keeps its season folder, from which the server takes the season
        String fileName = file.getNameCount() >= 2 ? file.subpath(file.getNameCount() - 2, file.getNameCount()).toString() : file.toString();
        String input = "{\"format\": " + json(format) + ", \"fileName\": " + json(fileName)
                + (competition == null ? "" : ", \"competition\": " + json(competition))
                + (season == null ? "" : ", \"season\": " + json(season))
                + ", \"content\": " + json(Files.readString(file)) + "}";
        String body = "{\"query\": " + json("mutation($input: ImportInput!) { importMatches(input: $input) { files matchesRead "
                + "unplayedFixtures mergedAcrossSources inserted updated unchanged clubsInserted ties deficitOccasions conflicts "
                + "tieDisagreements unexplainedDisagreements millis } }") + ", \"variables\": {\"input\": " + input + "}}";
        System.out.println("importing " + file + " (" + Files.size(file) + " bytes) into " + args[0] + " ...");
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(args[0] + "/graphql"))
                .timeout(Duration.ofMinutes(30))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        System.out.println("HTTP " + response.statusCode());
        System.out.println(response.body());
        System.exit(response.statusCode() == 200 && !response.body().contains("\"errors\"") ? 0 : 1);
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }
}
