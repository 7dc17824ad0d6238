package org.parity.plan;

import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** The milestones of one organisation's actions that name an indicator. */
interface MilestoneLinks extends Repository<Milestone, Long> {

    /** Every (organisation, indicator, group, breakdown) some milestone is linked to. */
    @Query("select distinct p.organisationCode, m.indicatorCode, m.groupCode, m.breakdown from Milestone m, Action a, Plan p"
            + " where m.actionId = a.id and a.planId = p.id and m.indicatorCode is not null")
    List<Object[]> allSeries();

    @Query("select m from Milestone m, Action a, Plan p where m.actionId = a.id and a.planId = p.id"
            + " and p.organisationCode = :organisation and m.indicatorCode = :indicator order by m.id")
    List<Milestone> linkedTo(@Param("organisation") String organisation, @Param("indicator") String indicator);
}
