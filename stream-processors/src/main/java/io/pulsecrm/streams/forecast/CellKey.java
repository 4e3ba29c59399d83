package io.pulsecrm.streams.forecast;

/**
 * One cell of the forecast: the deals of one stage with one status (OPEN, or WON: closed) and one close month, owned by
 * one owner in one department (as on the deal's row). {@code closeMonth} is {@code yyyyMM}: of the expected close date
 * for an open deal (0 when it has none), of {@code closed_at} in the forecast zone for a won one.
 *
 * <p>Why the stage is part of the cell: a stage's win rate and category weigh all its open deals alike, so cells are
 * summed by stage before they are weighted, in the task that also reads the stage rows (one internal topic per deal
 * change, which the pipeline by stage reads too). Readers add the stages of a category up.
 */
public record CellKey(long stageId, String status, int closeMonth, long ownerId, long ownerDeptId) {

    static final String OPEN = "OPEN";
    static final String WON = "WON";

    /** The key in the cells store: stage and status first, so one stage's open cells are one prefix. */
    String storeKey() {
        return stageId + "|" + status + "|" + closeMonth + "|" + ownerId + "|" + ownerDeptId;
    }

    /** The prefix of {@link #storeKey()} shared by the open cells of a stage. */
    static String openCellsOf(long stageId) {
        return stageId + "|" + OPEN + "|";
    }

    static CellKey ofStoreKey(String key) {
        String[] parts = key.split("\\|");
        return new CellKey(Long.parseLong(parts[0]), parts[1], Integer.parseInt(parts[2]), Long.parseLong(parts[3]),
                Long.parseLong(parts[4]));
    }

    /** The Kafka key of the cell's output: the table's dimensions in its sort order. */
    String outputKey() {
        return closeMonth + "|" + ownerId + "|" + ownerDeptId + "|" + status + "|" + stageId;
    }

    boolean open() {
        return OPEN.equals(status);
    }
}
