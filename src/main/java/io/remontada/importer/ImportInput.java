package io.remontada.importer;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("ImportInput")
public record ImportInput(@NonNull SourceFormat format,
        @NonNull @Description("The file's name, as errors will cite it (e.g. 2026-27/cl.txt)") String fileName,
        @Description("FOOTBALL_TXT only: UCL, UEL or UECL; taken from an openfootball path like 2026-27/cl.txt when left out") String competition,
        @Description("FOOTBALL_TXT only: like 2026-27; taken from an openfootball path when left out") String season,
        @NonNull @Description("The file's text") String content) {
}
