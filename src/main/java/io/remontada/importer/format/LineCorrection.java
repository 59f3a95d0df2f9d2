package io.remontada.importer.format;

/**
 * A reviewed reading of one line of a bundled source file that is wrong as written: on line {@code line},
 * {@code written} is read as {@code readAs}. The line must still say {@code written}, so a changed file cannot slip
 * under an old correction. Why each is right is written beside it, in the reviewed file the corrections come from.
 *
 * @param reviewedAt the row of the corrections file, which errors about the correction cite
 */
public record LineCorrection(int line, String written, String readAs, SourceLocation reviewedAt) {
}
