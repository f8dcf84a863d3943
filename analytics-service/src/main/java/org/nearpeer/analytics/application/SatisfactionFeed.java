package org.nearpeer.analytics.application;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.nearpeer.analytics.domain.FeedRepository;
import org.nearpeer.analytics.domain.FeedRepository.FeedItem;
import org.nearpeer.analytics.domain.FeedRepository.Position;
import org.nearpeer.analytics.domain.SchoolSetting;
import org.nearpeer.analytics.domain.SmallCellSuppression;
import org.nearpeer.analytics.domain.SmallCellSuppression.SharedGroup;
import org.nearpeer.analytics.domain.stats.LevelCounts;
import org.nearpeer.analytics.domain.stats.MannWhitney;
import org.nearpeer.events.vocabulary.ParticipantRole;

/**
 * The research feed of satisfaction aggregates: one row per school × cycle × Likert item × role,
 * in change order behind an opaque cursor, suppressed unless the reader may see the school's raw
 * figures. U and the p-values compare the item's mentors with its mentees and repeat on both rows.
 */
@ApplicationScoped
public class SatisfactionFeed {

    public static final int MAX_PAGE = 5_000;

    private final FeedRepository repository;

    public SatisfactionFeed(FeedRepository repository) {
        this.repository = repository;
    }

    /** Stable, documented field names (see the OpenAPI document and the README). */
    public record FeedRow(String school, UUID cycleId, String semester, String itemId, ParticipantRole role, Long n, Double mean, Double sd,
            Double median, long[] distribution, boolean suppressed, Double u, Double pExact, Double pAsymptotic,
            Double pAsymptoticCorrected) {
    }

    public record FeedPage(List<FeedRow> rows, String nextCursor, boolean hasMore) {
    }

    /**
     * @param cursor           where the previous page ended, or null from the start
     * @param school           only this school, or null
     * @param unsuppressedSchool the school whose raw figures the reader may see (a coordinator's own), or null
     */
    @Transactional
    public FeedPage page(String cursor, String school, String semester, int limit, String unsuppressedSchool) {
        Position after = cursor == null || cursor.isBlank() ? Position.START : decode(cursor).orElseThrow(
                () -> new jakarta.ws.rs.BadRequestException("The cursor is not one this feed issued; start again without it."));
        List<FeedItem> items = repository.after(after, school, semester, limit + 1);
        boolean hasMore = items.size() > limit;
        List<FeedItem> page = hasMore ? items.subList(0, limit) : items;
        Map<String, Integer> thresholds = repository.thresholds();
        List<FeedRow> rows = new ArrayList<>(page.size() * 2);
        for (FeedItem item : page) {
            boolean raw = item.schoolId().equals(unsuppressedSchool);
            SmallCellSuppression rule = new SmallCellSuppression(thresholds.getOrDefault(item.schoolId(), SchoolSetting.DEFAULT_SUPPRESSION_THRESHOLD));
            MannWhitney.Result test = raw || rule.comparisonShareable(item.mentors(), item.mentees()) ? MannWhitney.test(item.mentors(), item.mentees())
                    : null;
            rows.add(row(item, ParticipantRole.MENTOR, item.mentors(), raw, rule, test));
            rows.add(row(item, ParticipantRole.MENTEE, item.mentees(), raw, rule, test));
        }
        Position last = page.isEmpty() ? after : page.get(page.size() - 1).position();
        return new FeedPage(rows, encode(last), hasMore);
    }

    private static FeedRow row(FeedItem item, ParticipantRole role, LevelCounts counts, boolean raw, SmallCellSuppression rule,
            MannWhitney.Result test) {
        SharedGroup group = raw ? SmallCellSuppression.unsuppressed(counts) : rule.share(counts);
        Double u = test == null || Double.isNaN(test.u()) ? null : test.u();
        return new FeedRow(item.schoolId(), item.position().cycleId(), item.semester(), item.position().itemId(), role, group.n(), group.mean(),
                group.sd(), group.median(), group.distribution(), group.suppressed() || (!raw && test == null && counts.total() > 0), u,
                test == null ? null : test.pExact(), test == null ? null : test.pAsymptotic(), test == null ? null : test.pAsymptoticCorrected());
    }

    static String encode(Position position) {
        String plain = position.version() + "|" + position.cycleId() + "|" + position.itemId();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    static Optional<Position> decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", 3);
            return parts.length == 3 ? Optional.of(new Position(Long.parseLong(parts[0]), UUID.fromString(parts[1]), parts[2])) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
