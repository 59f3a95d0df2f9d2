package io.remontada.importer.format;

/** Where a parsed item came from, so that import errors and data questions can point at the source line. */
public record SourceLocation(String file, int line) {

    @Override
    public String toString() {
        return file + ":" + line;
    }
}
