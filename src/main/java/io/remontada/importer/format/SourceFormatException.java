package io.remontada.importer.format;

/** A source file says something a parser does not understand or that contradicts itself; the message names file and line. */
public class SourceFormatException extends RuntimeException {

    private final SourceLocation location;

    public SourceFormatException(SourceLocation where, String what) {
        super(where + ": " + what);
        this.location = where;
    }

    public SourceLocation location() {
        return location;
    }
}
