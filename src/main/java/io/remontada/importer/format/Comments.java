package io.remontada.importer.format;

/** The {@code #} comment rule the openfootball text formats share. */
final class Comments {

    private Comments() {
    }

    /** Cuts a comment: a {@code #} at the start of the line or after whitespace, to the end of the line. */
    static String strip(String line) {
        int hash = line.indexOf('#');
        while (hash > 0 && !Character.isWhitespace(line.charAt(hash - 1))) {
            hash = line.indexOf('#', hash + 1);
        }
        return hash < 0 ? line : line.substring(0, hash);
    }
}
