package io.pulsecrm.warehouse.reconcile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The one comparison every figure family goes through: each key of either side, each value compared exactly
 * (Decimal, no tolerance; 5.0 and 5.00 are the same amount). A key only one side has is a difference in every value.
 */
final class Comparison {

    private Comparison() {}

    static List<Difference> compare(Figure figure, FigureRows postgres, FigureRows clickHouse) {
        Set<List<String>> keys = new LinkedHashSet<>(postgres.byKey().keySet());
        keys.addAll(clickHouse.byKey().keySet());
        List<Difference> differences = new ArrayList<>();
        for (List<String> key : keys) {
            List<BigDecimal> pg = postgres.byKey().get(key);
            List<BigDecimal> ch = clickHouse.byKey().get(key);
            for (int i = 0; i < figure.valueColumns().size(); i++) {
                BigDecimal pgValue = pg == null ? null : pg.get(i);
                BigDecimal chValue = ch == null ? null : ch.get(i);
                if (!same(pgValue, chValue)) {
                    differences.add(new Difference(figure.name(), key, figure.valueColumns().get(i), pgValue, chValue));
                }
            }
        }
        return differences;
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
