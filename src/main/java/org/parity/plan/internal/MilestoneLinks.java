package org.parity.plan.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.parity.plan.MilestoneStatus;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** The milestones of one organisation's actions that name an indicator. */
public interface MilestoneLinks extends Repository<Milestone, Long> {

    @Query("select m from Milestone m, Action a, Plan p where m.actionId = a.id and a.planId = p.id"
            + " and p.organisationCode = :organisation and m.indicatorCode = :indicator order by m.id")
    List<Milestone> linkedTo(@Param("organisation") String organisation, @Param("indicator") String indicator);

    /** Every milestone of one organisation's actions that names an indicator, in id order. */
    @Query("select m from Milestone m, Action a, Plan p where m.actionId = a.id and a.planId = p.id"
            + " and p.organisationCode = :organisation and m.indicatorCode is not null order by m.id")
    List<Milestone> linkedIn(@Param("organisation") String organisation);

    /** The organisations with a milestone that names an indicator, in code order. */
    @Query("select distinct p.organisationCode from Milestone m, Action a, Plan p where m.actionId = a.id"
            + " and a.planId = p.id and m.indicatorCode is not null order by p.organisationCode")
    List<String> organisationsLinked();

    /**
     * The series of linked milestones in one of these states whose deadline has passed by {@code today}
     * (their due date, or, without one, possibly their target period's date, which is decided in Java).
     */
    @Query("select distinct p.organisationCode, m.indicatorCode, m.groupCode, m.breakdown from Milestone m, Action a,"
            + " Plan p where m.actionId = a.id and a.planId = p.id and m.indicatorCode is not null and m.target is not null"
            + " and m.status in :states and (m.due < :today or (m.due is null and m.targetPeriod is not null))")
    List<Object[]> seriesPastDeadline(
            @Param("states") Collection<MilestoneStatus> states, @Param("today") LocalDate today);
}
