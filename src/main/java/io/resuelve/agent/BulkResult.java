package io.resuelve.agent;

import java.util.List;

/** What a bulk action did: how many tickets changed, and each one that could not, with the reason. */
public record BulkResult(int updated, List<Failure> failures) {

    public record Failure(long number, String reason) {
    }
}
