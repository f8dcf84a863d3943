package org.nearpeer.analytics.application;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.nearpeer.analytics.application.ChoiceTable.ItemTable;
import org.nearpeer.analytics.application.ChoiceTable.OptionRow;
import org.nearpeer.analytics.application.SatisfactionTable.ItemRow;
import org.nearpeer.analytics.domain.CycleOverview;
import org.nearpeer.analytics.domain.CycleOverviewRepository;
import org.nearpeer.analytics.domain.ProgramRepository;
import org.nearpeer.analytics.domain.SatisfactionRepository;
import org.nearpeer.analytics.domain.SchoolSetting;
import org.nearpeer.analytics.domain.SurveyInstrument;
import org.nearpeer.http.problem.ResourceNotFoundException;

/**
 * The evaluation report of one cycle or a range of cycles, laid out like the program's paper:
 * participants and response rate; Table 1, implementation (from the survey and, beside it, from the
 * session logs); Table 2, satisfaction by role with mean ± SD and Mann-Whitney p (exact and
 * asymptotic); Tables 3 and 4, purposes and the mentor's roles (counts and % of respondents,
 * several answers allowed); themes of the open answers. As JSON, a ZIP of CSV files, or a PDF.
 */
@ApplicationScoped
public class ProgramReport {

    /** Survey items of the default instrument behind Tables 1, 3 and 4. */
    static final List<String> IMPLEMENTATION_ITEMS = List.of("meetings_per_semester", "meeting_methods", "meeting_hours", "meeting_locations");
    static final List<String> PURPOSE_ITEMS = List.of("purpose_mentee", "purpose_mentor");
    static final List<String> ROLE_ITEMS = List.of("mentor_roles");

    private final CycleOverviewRepository cycles;
    private final ProgramTables program;
    private final SatisfactionTable satisfaction;
    private final ChoiceTable choices;
    private final CodingResults coding;
    private final SatisfactionRepository instruments;
    private final ProgramRepository facts;
    private final Clock clock;

    public ProgramReport(CycleOverviewRepository cycles, ProgramTables program, SatisfactionTable satisfaction, ChoiceTable choices,
            CodingResults coding, SatisfactionRepository instruments, ProgramRepository facts, Clock clock) {
        this.cycles = cycles;
        this.program = program;
        this.satisfaction = satisfaction;
        this.choices = choices;
        this.coding = coding;
        this.instruments = instruments;
        this.facts = facts;
        this.clock = clock;
    }

    public record CycleRef(UUID cycleId, String semester, String title) {
    }

    /** A Likert item with its question text and the satisfaction figures. */
    public record SatisfactionRow(String itemId, String question, ItemRow figures) {
    }

    public record Report(String school, String schoolName, List<CycleRef> cycles, Instant generatedAt, ProgramTables.Tables program,
            List<ItemTable> implementationFromSurvey, List<SatisfactionRow> satisfaction, List<ItemTable> purposes, List<ItemTable> mentorRoles,
            CodingResults.ThemeTable themes) {
    }

    @Transactional
    public Report of(String school, List<UUID> cycleIds) {
        List<CycleOverview> found = new ArrayList<>();
        for (UUID cycleId : cycleIds) {
            found.add(cycles.findInSchool(school, cycleId).orElseThrow(() -> new ResourceNotFoundException("cycle", cycleId)));
        }
        // Oldest first by the calendar, not by the label: "2017-spring" comes before "2017-fall".
        found.sort(Comparator.comparing(CycleOverview::applicationOpensOn).thenComparing(CycleOverview::semester));
        List<CycleRef> refs = found.stream().map(cycle -> new CycleRef(cycle.cycleId(), cycle.semester(), cycle.title())).toList();
        String schoolName = facts.find(SchoolSetting.class, school).map(SchoolSetting::name).orElse(school);
        Map<String, String> questions = new LinkedHashMap<>();
        for (UUID cycleId : cycleIds) {
            for (SurveyInstrument instrument : instruments.instrumentsOfCycle(cycleId)) {
                instrument.likertItems().forEach(questions::putIfAbsent);
            }
        }
        List<ItemTable> choiceTables = choices.of(cycleIds);
        return new Report(school, schoolName, refs, clock.instant(), program.of(cycleIds), only(choiceTables, IMPLEMENTATION_ITEMS),
                satisfaction.of(cycleIds).stream().map(row -> new SatisfactionRow(row.itemId(), questions.getOrDefault(row.itemId(), row.itemId()), row))
                        .toList(),
                only(choiceTables, PURPOSE_ITEMS), only(choiceTables, ROLE_ITEMS), coding.themes(school, cycleIds, null));
    }

    private static List<ItemTable> only(List<ItemTable> tables, List<String> items) {
        return items.stream().flatMap(item -> tables.stream().filter(t -> t.itemId().equals(item))).toList();
    }

    /** The report's tables as CSV files in a ZIP (one file per table, stable column names). */
    public byte[] csvZip(Report report) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "participants.csv", csv(List.of("group", "value", "mentors", "mentees"), rows -> {
                rows.add(List.of("total", "", report.program().participation().mentors(), report.program().participation().mentees()));
                report.program().participation().byYearLevel().forEach(r -> rows.add(List.of("year level", r.group(), r.mentors(), r.mentees())));
                report.program().participation().byGender().forEach(r -> rows.add(List.of("gender", r.group(), r.mentors(), r.mentees())));
            }));
            var rate = report.program().responseRate();
            entry(zip, "response-rate.csv", csv(List.of("role", "invited", "responded", "percent"), rows -> {
                rows.add(list("mentors", rate.mentors().invited(), rate.mentors().responded(), rate.mentors().percent()));
                rows.add(list("mentees", rate.mentees().invited(), rate.mentees().responded(), rate.mentees().percent()));
                rows.add(list("all", rate.overall().invited(), rate.overall().responded(), rate.overall().percent()));
            }));
            entry(zip, "table1-implementation-survey.csv", choiceCsv(report.implementationFromSurvey()));
            var log = report.program().implementation();
            entry(zip, "table1-implementation-logs.csv", csv(List.of("measure", "value", "sessions", "percent", "hours"), rows -> {
                rows.add(list("pairs", "", log.pairs(), null, null));
                rows.add(list("sessions", "", log.sessions(), null, log.hours()));
                rows.add(list("meetings per pair (mean)", log.meetingsPerPairMean(), null, null, null));
                rows.add(list("meetings per pair (SD)", log.meetingsPerPairSd(), null, null, null));
                log.meetingsPerPair().forEach(b -> rows.add(list("meetings per pair", b.meetings(), b.pairs(), b.percent(), null)));
                log.methods().forEach(m -> rows.add(list("method", m.value(), m.sessions(), m.percent(), m.hours())));
                log.locations().forEach(m -> rows.add(list("location", m.value(), m.sessions(), m.percent(), m.hours())));
                log.activities().forEach(m -> rows.add(list("activity", m.value(), m.sessions(), m.percent(), m.hours())));
            }));
            entry(zip, "table2-satisfaction.csv", csv(List.of("itemId", "question", "mentorsN", "mentorsMean", "mentorsSd", "menteesN", "menteesMean",
                    "menteesSd", "u", "pExact", "pAsymptotic", "pAsymptoticCorrected"), rows -> report.satisfaction().forEach(r -> {
                        var f = r.figures();
                        rows.add(list(r.itemId(), r.question(), f.mentors().n(), f.mentors().mean(), f.mentors().sd(), f.mentees().n(), f.mentees().mean(),
                                f.mentees().sd(), f.comparison().u(), f.comparison().pExact(), f.comparison().pAsymptotic(),
                                f.comparison().pAsymptoticCorrected()));
                    })));
            entry(zip, "table3-purposes.csv", choiceCsv(report.purposes()));
            entry(zip, "table4-mentor-roles.csv", choiceCsv(report.mentorRoles()));
            entry(zip, "themes.csv", csv(List.of("key", "level", "label", "mentors", "mentorsPercent", "mentees", "menteesPercent"),
                    rows -> report.themes().rows().forEach(t -> rows.add(list(t.key(), t.level(), t.label(), t.mentors(), t.mentorsPercent(),
                            t.mentees(), t.menteesPercent())))));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] choiceCsv(List<ItemTable> tables) {
        return csv(List.of("itemId", "option", "label", "mentors", "mentorsPercent", "mentees", "menteesPercent"), rows -> {
            for (ItemTable table : tables) {
                for (OptionRow o : table.options()) {
                    rows.add(list(table.itemId(), o.option(), o.label(), o.mentors(), o.mentorsPercent(), o.mentees(), o.menteesPercent()));
                }
            }
        });
    }

    private static List<Object> list(Object... values) {
        return java.util.Arrays.asList(values);
    }

    private static byte[] csv(List<String> header, java.util.function.Consumer<List<List<?>>> fill) {
        List<List<?>> rows = new ArrayList<>();
        fill.accept(rows);
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get().print(out)) {
            for (List<?> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }
}
