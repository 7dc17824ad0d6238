package org.parity.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Writes a complete, regional-size seed directory in the format of {@code seed-data/README.md}:
 * the national catalogue and groups copied from the repository, N organisations ({@code b001}...)
 * in a few integrated care systems, plans over WRES, WDES and GPG with M actions per organisation
 * (all IN_PROGRESS, so each starts a process), about one action in three with a milestone linked to
 * an indicator, and six years of figures for every indicator used so that some milestones come out
 * on track, some off track and some achieved. The same arguments always give the same files.
 *
 * <pre>java -cp ... org.parity.bench.GenerateSeeds --organisations 50 --actions 200 --out DIR [--repo .]</pre>
 */
public final class GenerateSeeds {

    static final long SEED = 20250401L;
    /** A plan file holds at most this many actions; bigger plans are split into parts. */
    static final int MAX_ACTIONS_PER_PLAN = 300;
    static final int ACTIONS_PER_THEME = 12;

    /** Financial years (workforce data at 31 March) and staff-survey years of the generated figures. */
    static final String[] FINANCIAL_YEARS = {"2019/20", "2020/21", "2021/22", "2022/23", "2023/24", "2024/25"};
    static final String[] SURVEY_YEARS = {"2019", "2020", "2021", "2022", "2023", "2024"};
    static final int BASELINE_INDEX = 3;   // 2022/23 or 2022

    /** Which direction is better, as the catalogue's polarities say. */
    enum Direction { UP, DOWN, TOWARDS_ONE, TOWARDS_ZERO, NONE }

    /**
     * An indicator the generated plans use: its code, standard, the group a milestone follows (null for
     * a ratio or a gap), its comparator groups, whether it is a staff-survey measure, the range a series
     * starts in and the yearly step.
     */
    record Measure(String code, String standard, Direction better, String ratedGroup, List<String> otherGroups,
                   boolean survey, double from, double to, double step) {
        boolean milestones() {
            return better != Direction.NONE;
        }
    }

    static final List<Measure> MEASURES = List.of(
            new Measure("WRES1", "WRES", Direction.UP, "BAME", List.of("WHITE"), false, 12, 28, 0.8),
            new Measure("WRES2", "WRES", Direction.TOWARDS_ONE, null, List.of(), false, 1.45, 2.2, 0.06),
            new Measure("WRES3", "WRES", Direction.TOWARDS_ONE, null, List.of(), false, 1.4, 2.0, 0.05),
            new Measure("WRES4", "WRES", Direction.TOWARDS_ONE, null, List.of(), false, 1.3, 1.6, 0.04),
            new Measure("WRES5", "WRES", Direction.DOWN, "BAME", List.of("WHITE"), true, 22, 34, 1.0),
            new Measure("WRES6", "WRES", Direction.DOWN, "BAME", List.of("WHITE"), true, 24, 33, 1.0),
            new Measure("WRES7", "WRES", Direction.UP, "BAME", List.of("WHITE"), true, 38, 52, 1.2),
            new Measure("WRES8", "WRES", Direction.DOWN, "BAME", List.of("WHITE"), true, 12, 20, 0.6),
            new Measure("WDES1", "WDES", Direction.UP, "DISABLED", List.of("NON_DISABLED"), false, 3, 6.5, 0.25),
            new Measure("WDES2", "WDES", Direction.TOWARDS_ONE, null, List.of(), false, 1.3, 1.8, 0.05),
            new Measure("WDES4a", "WDES", Direction.DOWN, "DISABLED", List.of("NON_DISABLED"), true, 28, 36, 1.0),
            new Measure("WDES4b", "WDES", Direction.DOWN, "DISABLED", List.of("NON_DISABLED"), true, 18, 26, 0.8),
            new Measure("WDES5", "WDES", Direction.UP, "DISABLED", List.of("NON_DISABLED"), true, 40, 52, 1.2),
            new Measure("WDES7", "WDES", Direction.UP, "DISABLED", List.of("NON_DISABLED"), true, 36, 48, 1.2),
            new Measure("WDES9a", "WDES", Direction.UP, "DISABLED", List.of("NON_DISABLED"), true, 5.6, 6.6, 0.08),
            new Measure("GPG_MEAN_GAP", "GPG", Direction.TOWARDS_ZERO, null, List.of(), false, 10, 19, 0.7),
            new Measure("GPG_MEDIAN_GAP", "GPG", Direction.TOWARDS_ZERO, null, List.of(), false, 6, 15, 0.6),
            new Measure("GPG_QUARTILE_4", "GPG", Direction.NONE, null, List.of("FEMALE", "MALE"), false, 0, 0, 0));

    /** Share of an organisation's actions in each standard's plan. */
    static final Map<String, Double> STANDARD_SHARE = new LinkedHashMap<>(Map.of("WRES", 0.45, "WDES", 0.30, "GPG", 0.25));

    static final Map<String, String[]> TOPICS = Map.of(
            "WRES", new String[] {"reverse mentoring", "inclusive recruitment panels", "anti-racism training",
                    "career progression pathways", "the race equality staff network", "de-biased shortlisting",
                    "cultural ambassadors", "reporting of racist abuse", "leadership development for BAME staff",
                    "board diversity", "fair disciplinary processes", "access to non-mandatory training"},
            "WDES", new String[] {"the reasonable adjustments passport", "the disability staff network",
                    "accessible workplace audits", "neurodiversity awareness", "flexible working",
                    "the disability declaration campaign", "health and wellbeing support",
                    "manager training on adjustments", "disability confident recruitment", "accessible IT equipment"},
            "GPG", new String[] {"pay transparency", "flexible working for senior roles", "the returners programme",
                    "the bonus scheme review", "shared parental leave", "women in leadership mentoring",
                    "pay band progression audits", "clinical excellence awards", "salary negotiation guidance",
                    "job evaluation consistency"});
    static final String[] VERBS = {"Launch", "Expand", "Review", "Embed", "Pilot", "Deliver", "Evaluate",
            "Strengthen", "Introduce", "Monitor", "Refresh", "Co-design"};
    static final String[] AUDIENCES = {"for nursing staff", "in estates and facilities", "across medical staffing",
            "for band 5 to 7 staff", "in community services", "for senior managers", "in corporate services",
            "for healthcare assistants", "across the trust", "for international recruits", "in mental health wards",
            "for allied health professionals"};
    static final String[] STAKEHOLDERS = {"EDI team", "People and Culture", "Staff networks", "Recruitment",
            "Learning and Development", "Communications", "Occupational Health", "Executive team", "Care groups",
            "Freedom to Speak Up Guardian"};
    static final String[] MEASURES_OF_SUCCESS = {"Improved staff survey scores for the groups concerned",
            "Higher declaration rates on ESR", "Fewer formal cases per 1,000 staff",
            "More staff from under-represented groups appointed at band 8a and above",
            "Attendance recorded for every session", "Quarterly report to the People Committee",
            "Feedback from network members", "Narrower gap in the annual figures"};
    /** Timescales Parity's TimescaleParser reads: start, due date, cadence. */
    static final String[][] TIMESCALES = {
            {"From April 2025 to March 2027; quarterly review", "60"},
            {"From September 2025 to December 2027; monthly review", "12"},
            {"From January 2026 to March 2028; bimonthly review", "10"},
            {"From July 2025 to June 2027; quarterly progress report", "8"},
            {"From April 2024 to September 2026; quarterly review", "5"},   // already past due: extension request
            {"Start 2025; review annually", "5"}};

    private final int organisations;
    private final int actions;
    private final Path out;
    private final Path repo;
    private final Random random = new Random(SEED);
    private final Map<String, String> sources = new LinkedHashMap<>();

    GenerateSeeds(int organisations, int actions, Path out, Path repo) {
        this.organisations = organisations;
        this.actions = actions;
        this.out = out;
        this.repo = repo;
    }

    public static void main(String[] args) throws IOException {
        int n = 50;
        int m = 200;
        Path out = null;
        Path repo = Path.of(".");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--organisations" -> n = Integer.parseInt(args[++i]);
                case "--actions" -> m = Integer.parseInt(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--repo" -> repo = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + " (expected --organisations N --actions M --out DIR [--repo DIR])");
            }
        }
        if (out == null || n < 1 || m < 1) {
            throw new IllegalArgumentException("usage: --organisations N --actions M --out DIR [--repo DIR]");
        }
        Summary s = new GenerateSeeds(n, m, out, repo).write();
        System.out.printf(Locale.ROOT, "Wrote %s: %d organisations, %d plans, %d actions, %d milestones, %d figures%n",
                out, n, s.plans, s.actions, s.milestones, s.figures);
    }

    /** Organisation code i (1-based): b001, b002, ... (wider when there are more than 999). */
    public static String code(int i, int total) {
        int width = Math.max(3, String.valueOf(total).length());
        return "b" + String.format(Locale.ROOT, "%0" + width + "d", i);
    }

    static final class Summary {
        int plans;
        int actions;
        int milestones;
        int figures;
    }

    Summary write() throws IOException {
        Files.createDirectories(out.resolve("plans"));
        Files.createDirectories(out.resolve("measurements"));
        Files.createDirectories(out.resolve("indicators"));
        copyCatalogue();
        writeOrganisations();
        Summary summary = new Summary();
        for (int i = 1; i <= organisations; i++) {
            String org = code(i, organisations);
            Map<String, Series> series = series(org);
            writePlans(org, series, summary);
            writeFigures(org, series, summary);
        }
        return summary;
    }

    /** The national catalogue and the group lists, as the repository has them; checks the measures used here. */
    private void copyCatalogue() throws IOException {
        Path seeds = repo.resolve("seed-data");
        Path national = seeds.resolve("indicators/national.yaml");
        String catalogue = Files.readString(national, StandardCharsets.UTF_8);
        String current = null;
        for (String line : catalogue.split("\n")) {
            if (line.startsWith("- code: ")) {
                current = line.substring("- code: ".length()).strip();
            } else if (current != null && line.startsWith("  source: ")) {
                sources.put(current, line.substring("  source: ".length()).strip());
            }
        }
        for (Measure m : MEASURES) {
            if (!sources.containsKey(m.code())) {
                throw new IllegalStateException(m.code() + " is not in " + national);
            }
        }
        Files.copy(national, out.resolve("indicators/national.yaml"));
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path p : files.filter(p -> p.getFileName().toString().matches("groups.*\\.csv")).sorted().toList()) {
                Files.copy(p, out.resolve(p.getFileName()));
            }
        }
    }

    /** One integrated care system per ten organisations. */
    private void writeOrganisations() throws IOException {
        int systems = Math.max(1, (organisations + 9) / 10);
        try (Writer w = Files.newBufferedWriter(out.resolve("organisations.yaml"), StandardCharsets.UTF_8)) {
            w.write("# Generated by bench GenerateSeeds: " + organisations + " organisations in " + systems
                    + " systems.\nsystems:\n");
            for (int s = 1; s <= systems; s++) {
                w.write("  - code: region-" + s + "\n    name: " + q("Bench Integrated Care System " + s) + "\n");
            }
            w.write("organisations:\n");
            for (int i = 1; i <= organisations; i++) {
                String org = code(i, organisations);
                w.write("  - code: " + org + "\n");
                w.write("    name: " + q("Bench " + i + " NHS Foundation Trust") + "\n");
                w.write("    shortName: " + q(org.toUpperCase(Locale.ROOT)) + "\n");
                w.write("    aliases: []\n");
                w.write("    system: region-" + ((i - 1) / 10 + 1) + "\n");
                w.write("    units: []\n");
            }
        }
    }

    /** The yearly figures of one indicator and group at one organisation, and whether it is getting better. */
    record Series(Measure measure, String group, double[] values, boolean improving) {
        String key() {
            return measure.code() + "|" + (group == null ? "" : group);
        }
    }

    /** Every series of one organisation; about four in ten milestone series get worse over the years. */
    private Map<String, Series> series(String org) {
        Map<String, Series> all = new LinkedHashMap<>();
        for (Measure m : MEASURES) {
            if (m.better() == Direction.NONE) {
                double female = 38 + random.nextDouble() * 20;
                double[] f = new double[FINANCIAL_YEARS.length];
                double[] male = new double[FINANCIAL_YEARS.length];
                for (int y = 0; y < f.length; y++) {
                    f[y] = round(female + y * 0.7 + noise(0.5));
                    male[y] = round(100 - f[y]);
                }
                all.put(m.code() + "|FEMALE", new Series(m, "FEMALE", f, true));
                all.put(m.code() + "|MALE", new Series(m, "MALE", male, true));
                continue;
            }
            boolean improving = random.nextDouble() >= 0.4;
            double start = m.from() + random.nextDouble() * (m.to() - m.from());
            double sign = switch (m.better()) {
                case UP -> 1;
                case DOWN, TOWARDS_ONE, TOWARDS_ZERO -> -1;
                case NONE -> 0;
            };
            double[] v = new double[FINANCIAL_YEARS.length];
            for (int y = 0; y < v.length; y++) {
                v[y] = round(start + (improving ? sign : -sign) * m.step() * y + noise(m.step() * 0.2));
            }
            Series rated = new Series(m, m.ratedGroup(), v, improving);
            all.put(rated.key(), rated);
            for (String other : m.otherGroups()) {
                double[] o = new double[v.length];
                double offset = (m.better() == Direction.UP ? 1 : -1) * m.step() * (3 + random.nextInt(5));
                for (int y = 0; y < o.length; y++) {
                    o[y] = round(start + offset + noise(m.step() * 0.5));
                }
                all.put(m.code() + "|" + other, new Series(m, other, o, true));
            }
        }
        return all;
    }

    private void writePlans(String org, Map<String, Series> series, Summary summary) throws IOException {
        int left = actions;
        List<String> standards = new ArrayList<>(STANDARD_SHARE.keySet());
        for (int s = 0; s < standards.size(); s++) {
            String standard = standards.get(s);
            int count = s == standards.size() - 1 ? left : (int) Math.round(actions * STANDARD_SHARE.get(standard));
            count = Math.min(count, left);
            left -= count;
            int parts = Math.max(1, (count + MAX_ACTIONS_PER_PLAN - 1) / MAX_ACTIONS_PER_PLAN);
            for (int p = 1; p <= parts; p++) {
                int inPart = count / parts + (p <= count % parts ? 1 : 0);
                if (inPart == 0) {
                    continue;
                }
                writePlan(org, standard, p, parts, inPart, series, summary);
            }
        }
    }

    private void writePlan(String org, String standard, int part, int parts, int count, Map<String, Series> series,
                           Summary summary) throws IOException {
        String key = org + "-" + standard.toLowerCase(Locale.ROOT) + "-2025-27" + (parts > 1 ? "-part" + part : "");
        List<Measure> measures = MEASURES.stream().filter(m -> m.standard().equals(standard)).toList();
        List<Measure> rated = measures.stream().filter(Measure::milestones).toList();
        String[] topics = TOPICS.get(standard);
        StringBuilder y = new StringBuilder(count * 900);
        y.append("# Generated by bench GenerateSeeds.\n");
        y.append("key: ").append(key).append('\n');
        y.append("organisation: ").append(org).append('\n');
        y.append("standard: ").append(standard).append('\n');
        y.append("title: ").append(q(standardName(standard) + " action plan 2025–27"
                + (parts > 1 ? " (part " + part + " of " + parts + ")" : ""))).append('\n');
        y.append("period: \"2025–27\"\n");
        y.append("sources:\n  - document: \"bench\"\n    location: generated for load testing\n");
        y.append("description: ").append(q("A generated " + standard + " plan of " + org + " with " + count
                + " actions.")).append('\n');
        y.append("themes:\n");
        int themes = Math.max(1, (count + ACTIONS_PER_THEME - 1) / ACTIONS_PER_THEME);
        int written = 0;
        for (int t = 1; t <= themes; t++) {
            int inTheme = count / themes + (t <= count % themes ? 1 : 0);
            String themeTopic = topics[random.nextInt(topics.length)];
            y.append("  - title: ").append(q("Objective " + t + ": make progress on " + themeTopic)).append('\n');
            y.append("    description: ").append(q("Actions on " + themeTopic + " and the figures that show whether "
                    + "they work.")).append('\n');
            y.append("    actions:\n");
            for (int a = 0; a < inTheme; a++) {
                written++;
                String topic = random.nextDouble() < 0.6 ? themeTopic : pick(topics);
                String audience = pick(AUDIENCES);
                String title = pick(VERBS) + " " + topic + " " + audience;
                Measure first = measures.get(random.nextInt(measures.size()));
                Measure second = measures.get(random.nextInt(measures.size()));
                Measure followed = written % 3 == 1 ? rated.get(random.nextInt(rated.size())) : null;
                List<String> codes = new ArrayList<>(List.of(first.code()));
                for (Measure extra : new Measure[] {second, followed}) {
                    if (extra != null && !codes.contains(extra.code())) {
                        codes.add(extra.code());
                    }
                }
                y.append("      - key: ").append("a").append(part).append('-').append(written).append('\n');
                y.append("        title: ").append(q(title)).append('\n');
                y.append("        rationale: ").append(q("Our " + standard + " figures show a gap " + audience
                        + "; work on " + topic + " is expected to help close it.")).append('\n');
                y.append("        stakeholders: [").append(pickTwo(STAKEHOLDERS)).append("]\n");
                y.append("        timescale: ").append(q(timescale())).append('\n');
                y.append("        successMeasures: [").append(pickTwo(MEASURES_OF_SUCCESS)).append("]\n");
                y.append("        indicators: [").append(String.join(", ", codes)).append("]\n");
                y.append("        status: IN_PROGRESS\n");
                if (followed != null) {
                    milestone(y, followed, series.get(followed.code() + "|"
                            + (followed.ratedGroup() == null ? "" : followed.ratedGroup())));
                    summary.milestones++;
                }
                summary.actions++;
            }
        }
        Files.writeString(out.resolve("plans/" + key + ".yaml"), y, StandardCharsets.UTF_8);
        summary.plans++;
    }

    /**
     * A milestone from the 2022/23 baseline to a 2026/27 target: the target asks for 1.5 to 5 years' worth
     * of the series' step, so an improving series is achieved or on track and a worsening one off track.
     */
    private void milestone(StringBuilder y, Measure m, Series s) {
        double baseline = s.values()[BASELINE_INDEX];
        double[] steps = {1.5, 3, 4, 5};
        double improvement = steps[random.nextInt(steps.length)] * m.step();
        double target = switch (m.better()) {
            case UP -> baseline + improvement;
            case DOWN, TOWARDS_ZERO -> Math.max(0, baseline - improvement);
            case TOWARDS_ONE -> Math.max(1.0, baseline - improvement);
            case NONE -> baseline;
        };
        String[] years = m.survey() ? SURVEY_YEARS : FINANCIAL_YEARS;
        String label = m.code() + (m.ratedGroup() == null ? "" : " (" + m.ratedGroup() + ")");
        y.append("        milestones:\n");
        y.append("          - title: ").append(q(label + " from " + fmt(baseline) + " to " + fmt(round(target))
                + " by 2026/27")).append('\n');
        y.append("            due: 2027-03-31\n");
        y.append("            indicator: ").append(m.code()).append('\n');
        if (m.ratedGroup() != null) {
            y.append("            group: ").append(m.ratedGroup()).append('\n');
        }
        y.append("            baseline: ").append(fmt(baseline)).append('\n');
        y.append("            baselinePeriod: ").append(q(years[BASELINE_INDEX])).append('\n');
        y.append("            target: ").append(fmt(round(target))).append('\n');
        y.append("            targetPeriod: ").append(q(m.survey() ? "2026" : "2026/27")).append('\n');
    }

    private void writeFigures(String org, Map<String, Series> series, Summary summary) throws IOException {
        StringBuilder csv = new StringBuilder("indicator,period,group,breakdown,value,inputs,source,document,flags,note\n");
        for (Series s : series.values()) {
            String[] years = s.measure().survey() ? SURVEY_YEARS : FINANCIAL_YEARS;
            for (int i = 0; i < years.length; i++) {
                csv.append(s.measure().code()).append(',').append(years[i]).append(',')
                        .append(s.group() == null ? "" : s.group()).append(",,").append(fmt(s.values()[i]))
                        .append(",,").append(source(s.measure())).append(",bench,,generated\n");
                summary.figures++;
            }
        }
        Files.writeString(out.resolve("measurements/" + org + "-figures.csv"), csv, StandardCharsets.UTF_8);
    }

    /** The data source the catalogue gives an indicator (its {@code source:} line). */
    private String source(Measure m) {
        String source = sources.get(m.code());
        if (source == null) {
            throw new IllegalStateException("no source for " + m.code() + " in the catalogue");
        }
        return source;
    }

    private static String standardName(String standard) {
        return switch (standard) {
            case "WRES" -> "Workforce Race Equality Standard";
            case "WDES" -> "Workforce Disability Equality Standard";
            default -> "Gender Pay Gap";
        };
    }

    private String timescale() {
        int total = 0;
        for (String[] t : TIMESCALES) {
            total += Integer.parseInt(t[1]);
        }
        int r = random.nextInt(total);
        for (String[] t : TIMESCALES) {
            r -= Integer.parseInt(t[1]);
            if (r < 0) {
                return t[0];
            }
        }
        return TIMESCALES[0][0];
    }

    private String pick(String[] words) {
        return words[random.nextInt(words.length)];
    }

    /** Two different words, quoted and joined for a YAML flow list. */
    private String pickTwo(String[] words) {
        int first = random.nextInt(words.length);
        int second = (first + 1 + random.nextInt(words.length - 1)) % words.length;
        return q(words[first]) + ", " + q(words[second]);
    }

    private double noise(double amplitude) {
        return (random.nextDouble() * 2 - 1) * amplitude;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    /** A YAML double-quoted scalar. */
    static String q(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
