package kr.corepolicy.service.shared;

import java.util.List;

/** One page of a list sorted and cut on the server: its items, how many there are in all, which page, its size. */
public record Page<T>(List<T> items, long total, int page, int size) {

    public int pageCount() {
        return size == 0 ? 0 : (int) ((total + size - 1) / size);
    }
}
