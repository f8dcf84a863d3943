package org.nearpeer.enrollment.application;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.nearpeer.enrollment.domain.Curriculum;
import org.nearpeer.enrollment.domain.ProgramCycle;
import org.nearpeer.enrollment.domain.ProgramCycleRepository;
import org.nearpeer.enrollment.domain.RosterEntry;
import org.nearpeer.enrollment.domain.RosterRepository;
import org.nearpeer.enrollment.domain.SchoolRepository;
import org.nearpeer.http.paging.Page;
import org.nearpeer.http.paging.PageRequest;
import org.nearpeer.http.problem.ConflictException;
import org.nearpeer.http.problem.Problem;
import org.nearpeer.http.problem.ResourceNotFoundException;
import org.nearpeer.http.problem.RuleViolationException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Roster uploads from campus systems: every row is checked before anything is applied (a bad
 * file changes nothing and gets a report naming each bad row), and an {@code Idempotency-Key}
 * makes retries safe — the same key and body replay the first answer, another body is refused.
 */
@ApplicationScoped
public class RosterService {

    public static final int MAX_ROWS = 20_000;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final ProgramCycleRepository cycles;
    private final SchoolRepository schools;
    private final RosterRepository roster;
    private final ObjectMapper json;
    private final Clock clock;

    public RosterService(ProgramCycleRepository cycles, SchoolRepository schools, RosterRepository roster, ObjectMapper json, Clock clock) {
        this.cycles = cycles;
        this.schools = schools;
        this.roster = roster;
        this.json = json;
        this.clock = clock;
    }

    /** One student row of an upload. */
    public record Row(String email, String yearLevel, String campus) {
    }

    /**
     * @param replayed true when this answer was stored by an earlier upload with the same key
     */
    public record UploadResult(UUID cycleId, int received, int added, int updated, int unchanged, long onRoster, boolean replayed) {
    }

    /** Parses {@code email,yearLevel,campus} CSV with a header row. */
    public static List<Row> parseCsv(String csv) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), format)) {
            List<String> header = parser.getHeaderNames();
            if (!header.containsAll(List.of("email", "yearLevel", "campus"))) {
                throw new RuleViolationException("roster-header", "The CSV header must name the columns email, yearLevel and campus; it has " + header + ".");
            }
            List<Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                rows.add(new Row(value(record, "email"), value(record, "yearLevel"), value(record, "campus")));
            }
            return rows;
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new RuleViolationException("roster-unreadable", "The CSV file cannot be read: " + e.getMessage());
        }
    }

    private static String value(CSVRecord record, String column) {
        return record.isMapped(column) && record.isSet(column) ? record.get(column) : null;
    }

    @Transactional
    public UploadResult upload(String schoolId, UUID cycleId, String idempotencyKey, String mediaType, String body, List<Row> rows) {
        ProgramCycle cycle = cycles.findInSchool(schoolId, cycleId).orElseThrow(() -> new ResourceNotFoundException("cycle", cycleId));
        String hash = sha256(cycleId + "\n" + mediaType + "\n" + body);
        var stored = roster.upload(schoolId, idempotencyKey);
        if (stored.isPresent()) {
            if (!stored.get().requestHash().equals(hash)) {
                throw new ConflictException("idempotency-key-reused", "Idempotency-Key " + idempotencyKey
                        + " was used for a different upload; use a new key for a new file.");
            }
            return read(stored.get().response());
        }
        if (rows.size() > MAX_ROWS) {
            throw new RuleViolationException("roster-too-large", "A roster upload holds at most " + MAX_ROWS + " rows; this one has " + rows.size() + ".");
        }
        Curriculum curriculum = Curriculum.of(schools.findByIdOptional(schoolId));
        List<Problem.Violation> errors = validate(rows, curriculum);
        if (!errors.isEmpty()) {
            throw new RuleViolationException("roster-rejected", errors.size() + " problem(s) in the roster; nothing was imported.", errors);
        }
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        int added = 0;
        int updated = 0;
        for (Row row : rows) {
            String email = row.email().toLowerCase(Locale.ROOT);
            var existing = roster.find(cycleId, email);
            if (existing.isEmpty()) {
                roster.persist(RosterEntry.of(cycle, email, row.yearLevel(), row.campus(), now));
                added++;
            } else if (existing.get().update(row.yearLevel(), row.campus(), now)) {
                updated++;
            }
        }
        roster.flush();
        UploadResult result = new UploadResult(cycleId, rows.size(), added, updated, rows.size() - added - updated,
                roster.countInCycle(cycleId), false);
        roster.recordUpload(schoolId, idempotencyKey, cycleId, hash, write(new UploadResult(result.cycleId(), result.received(),
                result.added(), result.updated(), result.unchanged(), result.onRoster(), true)), now);
        return result;
    }

    @Transactional
    public Page<RosterEntry> list(String schoolId, UUID cycleId, PageRequest page) {
        cycles.findInSchool(schoolId, cycleId).orElseThrow(() -> new ResourceNotFoundException("cycle", cycleId));
        return Page.of(roster.list(cycleId, page.page, page.size), page, roster.countInCycle(cycleId));
    }

    private static List<Problem.Violation> validate(List<Row> rows, Curriculum curriculum) {
        List<Problem.Violation> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            String at = "row " + (i + 1) + ".";
            if (row.email() == null || !EMAIL.matcher(row.email()).matches() || row.email().length() > 254) {
                errors.add(new Problem.Violation(at + "email", "must be an e-mail address"));
            } else if (!seen.add(row.email().toLowerCase(Locale.ROOT))) {
                errors.add(new Problem.Violation(at + "email", "appears more than once in this file"));
            }
            if (row.yearLevel() == null || !curriculum.yearLevels().contains(row.yearLevel())) {
                errors.add(new Problem.Violation(at + "yearLevel", "must be one of " + curriculum.yearLevels()));
            }
            if (row.campus() == null || row.campus().isBlank() || row.campus().length() > 100
                    || (!curriculum.campuses().isEmpty() && !curriculum.campuses().contains(row.campus()))) {
                errors.add(new Problem.Violation(at + "campus",
                        curriculum.campuses().isEmpty() ? "is required (up to 100 characters)" : "must be one of " + curriculum.campuses()));
            }
        }
        return errors;
    }

    private String write(UploadResult result) {
        try {
            return json.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private UploadResult read(String stored) {
        try {
            return json.readValue(stored, UploadResult.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
