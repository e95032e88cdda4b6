package dev.kairos.imports;

import java.util.List;

/**
 * What an import did: either every new row was written ({@code problems} empty), or nothing was.
 *
 * @param skipped rows already imported before (from this file or another), with their appointment
 */
record ImportReport(int rows, int imported, List<Skipped> skipped, List<Problem> problems) {

    record Skipped(int row, long appointmentId) {}

    public boolean applied() {
        return problems.isEmpty();
    }
}
