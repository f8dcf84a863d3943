package org.nearpeer.http.paging;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list.
 *
 * @param items      the items on this page
 * @param page       zero-based page number
 * @param size       requested page size
 * @param totalItems items in the whole list
 * @param totalPages pages in the whole list
 */
public record Page<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static <T> Page<T> of(List<T> items, PageRequest request, long totalItems) {
        int pages = (int) ((totalItems + request.size - 1) / request.size);
        return new Page<>(List.copyOf(items), request.page, request.size, totalItems, pages);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, totalItems, totalPages);
    }
}
