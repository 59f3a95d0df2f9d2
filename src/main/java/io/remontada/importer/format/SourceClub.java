package io.remontada.importer.format;

/**
 * A club as a match source names it, before it is matched to the club register.
 *
 * @param name    the name as written, without a trailing country code such as "(ENG)"
 * @param country the 3-letter country code given by the source, or null when it gives none
 */
public record SourceClub(String name, String country) {
}
