package io.remontada.match;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A competition by its short code: UCL, UEL, UECL. */
@Entity
@Table(name = "competition")
public class CompetitionEntity {
    @Id
    public String code;
    public String name;
}
