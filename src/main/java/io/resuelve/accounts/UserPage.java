package io.resuelve.accounts;

import java.util.List;

/** One page of people, with the total for "x of y" and the pager. */
public record UserPage(List<UserView> users, int page, int size, long total) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasNext() {
        return page + 1 < pages();
    }

    public boolean hasPrevious() {
        return page > 0;
    }
}
