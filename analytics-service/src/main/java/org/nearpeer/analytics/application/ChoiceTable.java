package org.nearpeer.analytics.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.nearpeer.analytics.domain.ChoiceCell;
import org.nearpeer.analytics.domain.SatisfactionRepository;
import org.nearpeer.analytics.domain.SurveyInstrument;
import org.nearpeer.events.survey.ChoiceOption;
import org.nearpeer.events.vocabulary.ParticipantRole;

/**
 * The program's frequency tables of a cycle (meetings, methods, hours, locations, purposes, the
 * mentor's roles): per choice item and option, how many mentors and mentees chose it and the
 * percentage of that role's respondents (several answers allowed, so percentages may exceed 100 in sum).
 */
@ApplicationScoped
public class ChoiceTable {

    private final SatisfactionRepository repository;

    public ChoiceTable(SatisfactionRepository repository) {
        this.repository = repository;
    }

    public record OptionRow(String option, String label, long mentors, Double mentorsPercent, long mentees, Double menteesPercent) {
    }

    public record ItemTable(String itemId, long mentorRespondents, long menteeRespondents, List<OptionRow> options) {
    }

    @Transactional
    public List<ItemTable> of(UUID cycleId) {
        return of(List.of(cycleId));
    }

    /** Several cycles pooled: counts and respondents add up. */
    @Transactional
    public List<ItemTable> of(List<UUID> cycleIds) {
        long mentors = 0;
        long mentees = 0;
        Map<String, Map<String, long[]>> counts = new HashMap<>();
        Map<String, List<ChoiceOption>> options = new LinkedHashMap<>();
        for (UUID cycleId : cycleIds) {
            mentors += repository.respondents(cycleId, ParticipantRole.MENTOR);
            mentees += repository.respondents(cycleId, ParticipantRole.MENTEE);
            for (ChoiceCell cell : repository.choiceCells(cycleId)) {
                long[] pair = counts.computeIfAbsent(cell.itemId(), i -> new HashMap<>()).computeIfAbsent(cell.option(), o -> new long[2]);
                pair[cell.role() == ParticipantRole.MENTOR ? 0 : 1] += cell.chosen();
            }
            for (SurveyInstrument instrument : repository.instrumentsOfCycle(cycleId)) {
                instrument.choiceItems().forEach(options::putIfAbsent);
            }
        }
        long mentorRespondents = mentors;
        long menteeRespondents = mentees;
        List<ItemTable> tables = new ArrayList<>();
        options.keySet().stream().sorted().forEach(item -> {
            List<OptionRow> rows = new ArrayList<>();
            for (ChoiceOption option : options.get(item)) {
                long[] pair = counts.getOrDefault(item, Map.of()).getOrDefault(option.code(), new long[2]);
                rows.add(new OptionRow(option.code(), option.label(), pair[0], percent(pair[0], mentorRespondents), pair[1],
                        percent(pair[1], menteeRespondents)));
            }
            tables.add(new ItemTable(item, mentorRespondents, menteeRespondents, rows));
        });
        return tables;
    }

    private static Double percent(long count, long respondents) {
        return respondents == 0 ? null : 100.0 * count / respondents;
    }
}
