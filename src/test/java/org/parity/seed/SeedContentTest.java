package org.parity.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parity.ParityTest;
import org.parity.common.Flag;
import org.parity.plan.internal.Action;
import org.parity.plan.internal.ActionListingRepository;
import org.parity.plan.internal.ActionRepository;
import org.parity.plan.internal.Plan;
import org.parity.plan.internal.PlanRepository;
import org.parity.plan.internal.ThemeRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every plan of the five seed documents is loaded, with the numbers of themes and actions counted by
 * hand from the documents (see the closing note of the foundation issue), and spot checks of one
 * action per plan: its lead, timescale text and success measures as printed.
 */
@ParityTest
@Transactional
class SeedContentTest {

    @Autowired
    PlanRepository plans;

    @Autowired
    ThemeRepository themes;

    @Autowired
    ActionRepository actions;

    @Autowired
    ActionListingRepository listings;

    @Autowired
    org.parity.plan.internal.MilestoneRepository milestones;

    @ParameterizedTest(name = "{0}: {2} themes, {3} actions, {4} listings")
    @CsvSource({
        // plan key,                       organisation, themes, distinct actions, listings
        "kmpt-race-2025-27,                 kmpt,   4, 16, 16", // 000 table (and 001 next steps for race)
        "kmpt-disability-2024-26,           kmpt,   6, 10, 10", // 001 next steps for disability
        "kmpt-gender-2025-27,               kmpt,   4, 10, 10", // 001 next steps for gender
        "kmpt-religion-2025-27,             kmpt,   3,  9,  9", // 001 next steps for religion and belief
        "kmpt-sexual-orientation-2025-27,   kmpt,   4,  9,  9", // 001 next steps for sexual orientation
        "kmpt-age-2025-27,                  kmpt,   4, 10, 10", // 001 next steps for age
        "kmpt-edi-summary-2025-27,          kmpt,   7, 24, 24", // 001 summary of actions 2025-2027
        "kmpt-edi-focus-areas-2024-25,      kmpt,   7, 22, 22", // 001 six focus areas + EDS22
        "ekhuft-wres-2024-25,               ekhuft, 3,  6,  6", // 002 three objectives, a) and b) each
        "ekhuft-wres-2022,                  ekhuft, 9, 20, 53", // 004 53 numbered items, 20 distinct actions
        "kings-wres-2024-25,                kings,  6, 21, 21"
    }) // 003 six metric rows
    void everyPlanOfEveryDocumentIsLoaded(
            String key, String organisation, int themeCount, int actionCount, int listingCount) {
        Plan plan = plans.findByKey(key).orElseThrow();
        assertThat(plan.getOrganisationCode()).isEqualTo(organisation);
        assertThat(themes.findByPlanIdOrderByPosition(plan.getId())).hasSize(themeCount);
        List<Action> planActions = actions.findByPlanIdOrderById(plan.getId());
        assertThat(planActions).hasSize(actionCount);
        long listed = planActions.stream()
                .mapToLong(a -> listings.findByActionId(a.getId()).size())
                .sum();
        assertThat(listed).isEqualTo(listingCount);
    }

    @Test
    void elevenPlansAndAHundredAndFiftySevenActionsInAll() {
        assertThat(plans.count()).isEqualTo(11);
        assertThat(actions.count()).isEqualTo(157);
        Map<String, Long> byOrganisation = plans.findAll().stream()
                .collect(Collectors.groupingBy(Plan::getOrganisationCode, Collectors.counting()));
        assertThat(byOrganisation).containsExactlyInAnyOrderEntriesOf(Map.of("kmpt", 8L, "ekhuft", 2L, "kings", 1L));
    }

    @Test
    void raceActionKeepsItsThemesMeasuresAndTimeline() {
        Action action = action("kmpt-race-2025-27", "Introduce diverse panels across all bands");
        assertThat(action.getTimescaleText()).isEqualTo("From Q2 2025; quarterly tracking");
        assertThat(action.getSuccessMeasures())
                .containsExactly("Reduced recruitment disparities", "Increased panel diversity compliance");
        assertThat(action.getStart()).hasToString("2025-04-01");
        assertThat(action.getReviewCadence().name()).isEqualTo("QUARTERLY");
        assertThat(action.getIndicatorCodes()).contains("WRES2");
        assertThat(action.getLeadUsername()).isEqualTo("lead@kmpt");
        assertThat(action.getSponsorUsername()).isEqualTo("sponsor@kmpt");
        assertThat(codes(action)).contains("ASSUMED_CALENDAR_QUARTER");
    }

    @Test
    void ekhuftDeclarationActionHasItsNumericMilestoneAndStakeholders() {
        Action action = actionStartingWith("ekhuft-wres-2024-25", "Improve ESR ethnicity declaration rates");
        assertThat(action.getTimescaleText()).startsWith("Communications regarding the importance/value of declaring");
        assertThat(action.getStakeholders()).contains("EDI team", "EDEN staff network", "Staff Experience");
        assertThat(action.getSuccessMeasures()).anyMatch(m -> m.contains("22% in 2024 to 19% in 2025"));
        assertThat(action.getIndicatorCodes()).contains("EKHUFT_ESR_ETHNICITY_UNDECLARED");
    }

    @Test
    void seededMilestonesAreEvaluatedAgainstTheSeededFigures() {
        Action action = actionStartingWith("ekhuft-wres-2024-25", "Improve ESR ethnicity declaration rates");
        var milestone = milestones.findByActionIdOrderByPosition(action.getId()).get(0);
        // 22% in 2024, target 19% by the end of 2025, no newer figure: the due date has passed unmet
        assertThat(milestone.getStatus()).isEqualTo(org.parity.plan.MilestoneStatus.MISSED);
    }

    @Test
    void kingsActionKeepsItsLeadAsPrinted() {
        Action action = actionStartingWith("kings-wres-2024-25", "Participate in the KPMG Cross Company Allyship");
        assertThat(action.getLeadRole()).isEqualTo("EDI Officer");
        assertThat(action.getTimescaleText()).isEqualTo("From February 2025");
        assertThat(action.getStart()).hasToString("2025-02-01");
        assertThat(action.getIndicatorCodes()).containsExactlyInAnyOrder("WRES1", "WRES9");
    }

    @Test
    void kingsSplitRowsAreFlaggedAsAmbiguous() {
        Action action = actionStartingWith("kings-wres-2024-25", "Deliver Inclusive Recruitment training");
        assertThat(codes(action)).contains("AMBIGUOUS_ASSIGNMENT");
        assertThat(action.getTimescaleText()).isEqualTo("Ongoing");
    }

    @Test
    void disabilityAdjustmentsActionHasBothTargets() {
        Action action = actionStartingWith("kmpt-disability-2024-26", "Increase satisfaction with adjustments");
        assertThat(action.getIndicatorCodes()).contains("WDES8");
    }

    @Test
    void steppingUpIsOneActionLinkedToSixIndicatorsAndListedSixTimes() {
        Action action = actionStartingWith("ekhuft-wres-2022", "Apply for The Stepping Up Programme");
        assertThat(action.getIndicatorCodes())
                .containsExactlyInAnyOrder("WRES1", "WRES4", "WRES5", "WRES6", "WRES7", "WRES8");
        assertThat(listings.findByActionId(action.getId())).hasSize(6);
        long samePrinted = actions.findByPlanIdOrderById(action.getPlanId()).stream()
                .filter(a -> a.getTitle().startsWith("Apply for The Stepping Up Programme"))
                .count();
        assertThat(samePrinted).isEqualTo(1);
    }

    @Test
    void justCultureTwiceUnderIndicatorTwoIsFlaggedAsADuplicateListing() {
        Action action = actionStartingWith("ekhuft-wres-2022", "Continue to embed Just Culture Programme");
        assertThat(codes(action)).contains("DUPLICATE_LISTING");
        assertThat(listings.findByActionId(action.getId()))
                .filteredOn(l -> l.isDuplicate())
                .hasSize(1);
        assertThat(flag(action, "DUPLICATE_LISTING").note()).contains("WRES Indicator 2");
    }

    @Test
    void theShowcaseEventIn2033IsFlaggedAndNotScheduled() {
        Action action = actionStartingWith("ekhuft-wres-2022", "Aspiring Development Programme");
        assertThat(flag(action, "IMPOSSIBLE_DATE").note()).contains("November 2033");
        assertThat(action.getStart()).hasToString("2023-04-01"); // "programme launches April 2023"
        assertThat(action.getDue()).isNull(); // 2033 is not used as a due date
    }

    @Test
    void summaryPlanTimescalesAreFlaggedAsUndated() {
        List<Action> summary = actions.findByPlanIdOrderById(
                plans.findByKey("kmpt-edi-summary-2025-27").orElseThrow().getId());
        assertThat(summary).allSatisfy(a -> assertThat(codes(a)).contains("UNDATED_TIMESCALE"));
    }

    private Action action(String planKey, String title) {
        Plan plan = plans.findByKey(planKey).orElseThrow();
        return actions.findByPlanIdOrderById(plan.getId()).stream()
                .filter(a -> a.getTitle().equals(title))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no action '" + title + "' in " + planKey));
    }

    private Action actionStartingWith(String planKey, String title) {
        Plan plan = plans.findByKey(planKey).orElseThrow();
        List<Action> found = actions.findByPlanIdOrderById(plan.getId()).stream()
                .filter(a -> a.getTitle().startsWith(title))
                .toList();
        assertThat(found).as("actions of %s starting with '%s'", planKey, title).hasSize(1);
        return found.get(0);
    }

    private static List<String> codes(Action action) {
        return action.getFlags().stream().map(Flag::code).toList();
    }

    private static Flag flag(Action action, String code) {
        return action.getFlags().stream()
                .filter(f -> f.code().equals(code))
                .findFirst()
                .orElseThrow(() ->
                        new AssertionError(action.getTitle() + " has no flag " + code + ": " + action.getFlags()));
    }
}
