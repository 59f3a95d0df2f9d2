package io.remontada.importer;

/**
 * Fired by an import each time it has read a file, before anything is written: what a person watching
 * an import from a terminal sees move.
 *
 * @param file    the file's name, as errors cite it
 * @param matches the matches it holds
 */
public record ImportProgress(String file, int matches) {
}
