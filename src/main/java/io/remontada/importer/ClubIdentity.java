package io.remontada.importer;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One real club as the importer knows it: its natural key (stable across runs), its canonical
 * facts, and every name the sources used for it, which become its aliases.
 *
 * @param identity "R:ENG:liverpool fc" for a register club, "S:BUL:cska 1948 sofia" for one the register lacks
 */
public record ClubIdentity(String identity, String name, String country, Integer founded, String stadium, String city,
        Set<String> names) {

    static ClubIdentity of(String identity, String name, String country, Integer founded, String stadium, String city) {
        Set<String> names = new LinkedHashSet<>();
        names.add(name);
        return new ClubIdentity(identity, name, country, founded, stadium, city, names);
    }
}
