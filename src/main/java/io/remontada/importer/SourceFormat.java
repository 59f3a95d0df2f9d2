package io.remontada.importer;

/** The match file formats the importer reads. */
public enum SourceFormat {
    /** openfootball's Football.TXT: one competition and season per file. */
    FOOTBALL_TXT,
    /** engsoccerdata's champs.csv: European Cup / Champions League, any seasons. */
    ENGSOCCERDATA_CSV
}
