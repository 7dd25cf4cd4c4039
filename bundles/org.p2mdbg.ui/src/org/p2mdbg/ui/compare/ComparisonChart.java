package org.p2mdbg.ui.compare;

import java.util.ArrayList;
import java.util.List;

import org.p2mdbg.core.compare.ComparedRun;
import org.p2mdbg.core.trace.CostCounter;

/**
 * The numbers of the grouped bar chart: one category per cost that is not zero in some run, one
 * series per run (named by its option value), so each cost's bars stand side by side.
 */
record ComparisonChart(String[] costs, List<String> seriesNames, List<double[]> series) {
    static ComparisonChart of(String option, List<ComparedRun> runs) {
        List<String> costs = new ArrayList<>();
        for (String name : CostCounter.NAMES) {
            if (runs.stream().anyMatch(r -> r.costs().getOrDefault(name, 0L) != 0)) {
                costs.add(name);
            }
        }
        List<String> names = new ArrayList<>();
        List<double[]> series = new ArrayList<>();
        for (ComparedRun r : runs) {
            names.add(r.options().get(option));
            series.add(costs.stream().mapToDouble(c -> r.costs().get(c)).toArray());
        }
        return new ComparisonChart(costs.toArray(String[]::new), names, series);
    }
}
