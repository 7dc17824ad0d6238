package org.parity.indicator.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A group figures compare: BAME, WHITE, DISABLED, FEMALE, ... */
@Entity(name = "PopulationGroup")
@Table(name = "population_group")
public class PopulationGroupEntity {

    @Id
    private String code;

    private String dimension;
    private String label;

    protected PopulationGroupEntity() {}

    public PopulationGroupEntity(String code, String dimension, String label) {
        this.code = code;
        this.dimension = dimension;
        this.label = label;
    }

    public String getCode() {
        return code;
    }
}
